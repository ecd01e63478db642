"""Agency vs coordinator mode: first-run choice, switching from the menu, the policy lock."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from digigov_desktop.services import policy as policy_service
from digigov_desktop.storage.database import open_store
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
    monkeypatch.setattr(policy_service, "mode_switch_allowed", lambda: False)
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
    ok = dialog.start_button
    dialog.coordinator_mode.setChecked(True)
    assert not dialog.code.isEnabled() and not ok.isEnabled()
    qtbot.keyClicks(dialog.person, "Ana")
    assert ok.isEnabled() and dialog.result_value().mode == "coordinator"


def test_the_window_is_on_screen_before_the_evaluation_loads(qtbot, tmp_path, monkeypatch,
                                                             setup_answer):
    """Start-up shows the main window first; the first-run setup then asks over it."""
    seen = []

    def ask(cls, parent=None):
        seen.append((type(parent).__name__, parent.isVisible(), parent.session))
        return setup_answer

    monkeypatch.setattr(SetupDialog, "ask", classmethod(ask))
    launcher = _launcher(tmp_path)
    window = launcher.open("agency")
    qtbot.addWidget(window)
    try:
        assert seen == [("MainWindow", True, None)]
        assert launcher.shown_at is not None
        assert window.session is not None and window.current == "element:R1.1"
        assert window.windowTitle().startswith("DigiGov Desktop — Servicio de Ejemplo")
    finally:
        launcher.close()


def test_cancelled_first_run_leaves_no_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None: None))
    launcher = _launcher(tmp_path)
    assert launcher.open("agency") is None
    assert launcher.window is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]


def test_rolling_backup_once_the_window_has_settled(qtbot, tmp_path, monkeypatch, setup_answer):
    """The start-up backup runs on the thread pool after the window is up, not before."""
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None: setup_answer))
    first = _launcher(tmp_path)
    window = first.open("agency")
    qtbot.addWidget(window)
    first.window.close()
    first.close()
    backups = tmp_path / "data" / "backups"
    second = _launcher(tmp_path)
    window = second.open("agency")
    qtbot.addWidget(window)
    try:
        assert not list(backups.glob("digigov-auto-*.sqlite"))  # not before the window
        qtbot.waitUntil(lambda: bool(list(backups.glob("digigov-auto-*.sqlite"))),
                        timeout=10_000)
        second.wait_for_background()
        (copy,) = backups.glob("digigov-auto-*.sqlite")
        with open_store(copy, create=False) as store:
            assert store.query_one("SELECT name FROM agency")["name"] == "Servicio de Ejemplo"
    finally:
        second.window.close()
        second.close()


def test_a_named_evaluation_opens_in_agency_mode(tmp_path):
    """`--db` or `--demo` opens that evaluation even if coordinator mode was used last;
    `--central` still opens the coordinator's window."""
    Preferences.in_folder(tmp_path / "data").mode = "coordinator"
    assert _launcher(tmp_path).initial_mode() == "coordinator"
    assert _launcher(tmp_path, db_requested=True).initial_mode() == "agency"
    assert _launcher(tmp_path, db_requested=True,
                     central_path=tmp_path / "c.sqlite").initial_mode() == "coordinator"
