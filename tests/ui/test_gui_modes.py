"""Agency vs coordinator mode: first-run choice, switching from the menu, the policy lock."""

from __future__ import annotations

import dataclasses

from ui import app as app_module
from ui.coordinator_window import CoordinatorWindow
from ui.dialogs.setup_dialog import SetupDialog
from ui.i18n import Translators
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.preferences import Preferences


def _launcher(tmp_path, **kwargs) -> Launcher:
    return Launcher(tmp_path / "data", Translators(), db_path=tmp_path / "data" / "digigov.sqlite",
                    lang="en", **kwargs)


def test_first_run_can_choose_coordinator_mode(qtbot, tmp_path, monkeypatch, setup_answer):
    answer = dataclasses.replace(setup_answer, mode="coordinator")
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None: answer))
    launcher = _launcher(tmp_path)
    assert launcher.initial_mode() == "agency"
    window = launcher.open(launcher.initial_mode())
    qtbot.addWidget(window)
    try:
        assert isinstance(window, CoordinatorWindow) and window.current == "ca"
        assert (tmp_path / "data" / "central.sqlite").is_file()
        prefs = Preferences.in_folder(tmp_path / "data")
        assert prefs.mode == "coordinator" and prefs.get("coordinator_actor") == "Ana Pérez"
        assert _launcher(tmp_path).initial_mode() == "coordinator"  # remembered
    finally:
        launcher.close()


def test_switch_modes_from_the_menu_and_back(qtbot, tmp_path, monkeypatch, setup_answer):
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None: setup_answer))
    launcher = _launcher(tmp_path)
    agency = launcher.open("agency")
    qtbot.addWidget(agency)
    try:
        assert isinstance(agency, MainWindow) and agency.coordinator_action.isEnabled()
        agency.coordinator_action.trigger()
        coordinator = launcher.window
        qtbot.addWidget(coordinator)
        assert isinstance(coordinator, CoordinatorWindow) and coordinator.isVisible()
        assert not agency.isVisible()
        assert Preferences.in_folder(tmp_path / "data").mode == "coordinator"
        coordinator.agency_action.trigger()
        again = launcher.window
        qtbot.addWidget(again)
        assert isinstance(again, MainWindow) and again.isVisible()
        assert again.session.service.evaluation(again.session.cycle_id).agency.code == "AB-001"
        assert Preferences.in_folder(tmp_path / "data").mode == "agency"
    finally:
        launcher.window.close()
        launcher.close()


def test_policy_can_lock_agency_mode(qtbot, tmp_path, monkeypatch, setup_answer, open_window,
                                     demo_db):
    monkeypatch.setattr(app_module, "mode_switch_allowed", lambda: False)
    prefs = Preferences.in_folder(tmp_path / "data")
    prefs.mode = "coordinator"
    launcher = _launcher(tmp_path, central_path=tmp_path / "c.sqlite")
    assert launcher.initial_mode() == "agency"
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    assert not dialog.coordinator_mode.isVisibleTo(dialog)
    window = open_window(demo_db)
    assert not window.coordinator_action.isEnabled()
    assert launcher.switch("coordinator") is False


def test_central_option_opens_coordinator_mode(qtbot, tmp_path):
    args = app_module.parse_args(["--central", str(tmp_path / "mine.sqlite")])
    launcher = _launcher(tmp_path, central_path=args.central)
    assert launcher.initial_mode() == "coordinator"
    window = launcher.open("coordinator")
    qtbot.addWidget(window)
    try:
        assert window.session.central_path == tmp_path / "mine.sqlite"
        assert "mine.sqlite" in window.place.text()
        assert str(tmp_path / "mine.sqlite") in window.place.toolTip()
    finally:
        window.close()
        launcher.close()


def test_setup_dialog_coordinator_needs_only_a_name(qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.coordinator_mode.setChecked(True)
    assert not dialog.code.isEnabled() and not ok.isEnabled()
    qtbot.keyClicks(dialog.person, "Ana")
    assert ok.isEnabled() and dialog.result_value().mode == "coordinator"
