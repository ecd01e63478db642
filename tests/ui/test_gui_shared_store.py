"""The coordinator's window on a shared PostgreSQL store: connecting from the File menu, and
the inbox and dashboard following another coordinator's imports (LISTEN/NOTIFY, no polling).

A real PostgreSQL server (the session's throwaway cluster), real signed files, real widgets.
"""

from __future__ import annotations

from gui_helpers import wait_idle

from digigov_desktop.services.import_ import Importer
from digigov_desktop.storage import central
from ui import msgbox
from ui.coordinator_window import CoordinatorWindow
from ui.dialogs.connect_store_dialog import ConnectStoreDialog
from ui.i18n import Translators
from ui.launcher import Launcher
from ui.preferences import Preferences


def test_inbox_and_dashboard_follow_another_coordinator(qtbot, coordinator, campaign,
                                                        authority, pg_cluster):
    url = pg_cluster.create_database("gui_live", template="digigov_template")
    window = coordinator(authority.folder, central_path=url)
    assert window.session.shared and window.watcher is not None and window.watcher.active
    assert url.split("?")[0] in window.place.text()
    window.go_to("inbox")
    assert window.inbox_page.log_model.rowCount() == 0
    with qtbot.waitSignal(window.store_changed, timeout=10_000) as heard, \
            central.open_central(url) as other:  # another coordinator, its own connection
        Importer(other, authority, actor="otra").import_file(campaign["files"]["AG-002"])
    assert heard.args == ["ACCEPTED"]
    assert window.inbox_page.log_model.rowCount() == 1  # refreshed by the signal
    window.go_to("dashboard")
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.data is not None and len(page.data) == 1, timeout=20_000)
    with qtbot.waitSignal(window.store_changed, timeout=10_000), \
            central.open_central(url) as other:
        Importer(other, authority, actor="otra").import_file(campaign["files"]["AG-003"])
    qtbot.waitUntil(lambda: page.data is not None and len(page.data) == 2, timeout=20_000)
    window.close()
    assert window.watcher is None


def test_connect_to_a_shared_store_from_the_file_menu(qtbot, tmp_path, monkeypatch,
                                                      pg_cluster):
    url = pg_cluster.create_database("gui_connect")
    launcher = Launcher(tmp_path / "data", Translators(), lang="en",
                        db_path=tmp_path / "data" / "digigov.sqlite")
    window = launcher.open("coordinator")
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "show_message", lambda parent, title, text: shown.append(text))
    try:
        assert isinstance(window, CoordinatorWindow) and not window.session.shared
        # a password in the address is refused, nothing changes
        monkeypatch.setattr(ConnectStoreDialog, "ask", classmethod(
            lambda cls, parent, current="": "postgresql://ana:secret@127.0.0.1/x"))
        window.connect_action.trigger()
        wait_idle(qtbot, window, "connect_task")
        assert shown and "password" in shown[0] and launcher.window is window
        # a reachable store: the window is reopened on it, and it is remembered
        monkeypatch.setattr(ConnectStoreDialog, "ask",
                            classmethod(lambda cls, parent, current="": url))
        window.connect_action.trigger()
        qtbot.waitUntil(lambda: launcher.window is not window, timeout=20_000)
        shared = launcher.window
        qtbot.addWidget(shared)
        assert isinstance(shared, CoordinatorWindow) and shared.session.shared
        assert shared.session.central_path == url and shared.isVisible()
        assert Preferences.in_folder(tmp_path / "data").get("central") == url
        assert central.count(launcher.store, "submission") == 0  # migrated, empty
    finally:
        launcher.close()


def test_the_connect_dialog_accepts_only_postgresql_urls(qtbot):
    dialog = ConnectStoreDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.url, "central.sqlite")
    assert not dialog.ok.isEnabled()
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "postgresql://ana@db.example.org/digigov")
    assert dialog.ok.isEnabled()
