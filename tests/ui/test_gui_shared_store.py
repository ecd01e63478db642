"""The coordinator's window on a shared PostgreSQL store: connecting from the File menu, and
the inbox and dashboard following another coordinator's imports (LISTEN/NOTIFY, no polling).

A real PostgreSQL server (the session's throwaway cluster), real signed files, real widgets.
"""

from __future__ import annotations

import psycopg
from gui_helpers import wait_idle
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from digigov_desktop.services import central_store
from digigov_desktop.services.import_ import Importer
from digigov_desktop.storage import central
from ui import msgbox
from ui.coordinator_window import CoordinatorWindow
from ui.dialogs.connect_store_dialog import ConnectStoreDialog, StorePasswordDialog
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
    qtbot.waitUntil(lambda: window.inbox_page.log_task is None)
    assert window.inbox_page.log_model.rowCount() == 0
    with qtbot.waitSignal(window.store_changed, timeout=10_000) as heard, \
            central.open_central(url) as other:  # another coordinator, its own connection
        Importer(other, authority, actor="otra").import_file(campaign["files"]["AG-002"])
    assert heard.args == ["ACCEPTED"]
    qtbot.waitUntil(lambda: window.inbox_page.log_model.rowCount() == 1)  # by the signal
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
    launcher, window, shown = _local_coordinator(qtbot, tmp_path, monkeypatch)
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


def _local_coordinator(qtbot, tmp_path, monkeypatch):
    """The launcher, the coordinator's window on a local store, and the message boxes it
    shows (collected, not shown)."""
    launcher = Launcher(tmp_path / "data", Translators(), lang="en",
                        db_path=tmp_path / "data" / "digigov.sqlite")
    window = launcher.open("coordinator")
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "show_message", lambda parent, title, text: shown.append(text))
    return launcher, window, shown


def _password_role(pg_cluster, database: str, role: str, password: str) -> str:
    """A fresh shared store and a role that logs in with `password` (scram-sha-256, TLS
    only: the cluster's pg_hba); returns the role's TLS URL to it."""
    url = pg_cluster.create_database(database, template="digigov_template")
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    return pg_cluster.tls_url(database, role)


def _coordinator_asked_for(qtbot, tmp_path, monkeypatch, target: str):
    """A coordinator's window on a local store whose Connect dialog will be given `target`,
    libpq finding no password (empty PGPASSFILE) and none typed yet in this process.
    Returns the launcher, the window and the list of messages boxes shown."""
    (tmp_path / "pgpass").write_text("")
    (tmp_path / "pgpass").chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(central_store, "_passwords", {})
    launcher, window, shown = _local_coordinator(qtbot, tmp_path, monkeypatch)
    monkeypatch.setattr(ConnectStoreDialog, "ask",
                        classmethod(lambda cls, parent, current="": target))
    return launcher, window, shown


def _type_passwords(qtbot, answers: list[str], seen: list[tuple]) -> None:
    """Answer each password prompt as it comes up (modal: its own event loop) by typing
    the next of `answers` into its field and pressing Connect."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StorePasswordDialog) and dialog.isVisible():
            seen.append((dialog.password.echoMode(), dialog.problem.isVisibleTo(dialog),
                         dialog.ok.isEnabled()))
            qtbot.keyClicks(dialog.password, answers.pop(0))
            dialog.ok.click()
        if answers:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_the_password_of_a_shared_store_is_asked_for_and_kept_in_memory(
        qtbot, tmp_path, monkeypatch, pg_cluster):
    """A role that logs in with a password (scram-sha-256 over TLS) and no PGPASSFILE entry:
    the window asks for it in a password field; a wrong one is said, the right one opens
    the store (the window's connections and the listener reuse it); nothing on disk."""
    target = _password_role(pg_cluster, "gui_password", "coord_gui_pw", "pw-gui-7")
    central_store.grant(pg_cluster.url("gui_password"), role="coord_gui_pw",  # as the owner
                        regions=[central_store.ALL_REGIONS])
    launcher, window, shown = _coordinator_asked_for(qtbot, tmp_path, monkeypatch, target)
    try:
        seen: list[tuple] = []
        _type_passwords(qtbot, ["not-the-password", "pw-gui-7"], seen)
        window.connect_action.trigger()
        qtbot.waitUntil(lambda: launcher.window is not window, timeout=30_000)
        password_echo = QLineEdit.EchoMode.Password
        # first asked plainly, then with the refusal said; Connect waits for a password
        assert seen == [(password_echo, False, False), (password_echo, True, False)]
        assert shown == []  # no error box, no traceback: the prompt said it
        shared = launcher.window
        qtbot.addWidget(shared)
        assert shared.session.shared and shared.session.central_path == target
        assert shared.watcher is not None and shared.watcher.active  # LISTEN logged in too
        with shared.session.central_ref.open() as other:  # a worker thread's connection
            assert central.count(other, "submission") == 0
        for path in (tmp_path / "data").rglob("*"):
            if path.is_file():
                assert b"pw-gui-7" not in path.read_bytes(), path
    finally:
        launcher.close()


def test_a_wrong_password_then_cancel_changes_nothing(qtbot, tmp_path, monkeypatch,
                                                      pg_cluster):
    target = _password_role(pg_cluster, "gui_password_no", "coord_gui_no", "pw-gui-8")
    launcher, window, shown = _coordinator_asked_for(qtbot, tmp_path, monkeypatch, target)
    cancelled: list[bool] = []

    def cancel_when_refused():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StorePasswordDialog) and dialog.isVisible():
            if dialog.problem.isVisibleTo(dialog):
                cancelled.append(True)
                dialog.reject()
                return
            qtbot.keyClicks(dialog.password, "wrong")
            dialog.ok.click()
        QTimer.singleShot(20, cancel_when_refused)

    try:
        QTimer.singleShot(20, cancel_when_refused)
        window.connect_action.trigger()
        qtbot.waitUntil(lambda: bool(cancelled) and window.connect_task is None,
                        timeout=30_000)
        assert launcher.window is window and not window.session.shared
        assert shown == [] and central_store._passwords == {}
        assert Preferences.in_folder(tmp_path / "data").get("central") in (None, "")
    finally:
        launcher.close()


def test_the_program_opens_a_shared_store_named_on_its_command_line(tmp_path, pg_cluster):
    """`digigov-desktop --central postgresql://...`: the real program, in its own process,
    opens coordinator mode on the server (the URL once became a SQLite file in a folder
    named "postgresql:", as a Path folds its "//")."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    url = pg_cluster.create_database("gui_command_line")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIGIGOV_DATA_DIR=str(tmp_path / "d"))
    main = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run([sys.executable, str(main), "--central", url, "--lang", "es",
                           "--startup-probe"], capture_output=True, text=True, env=env,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]  # no "postgresql:" folder
    with psycopg.connect(url) as conn:  # the store's tables were made on the server
        assert conn.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = 'submission'").fetchone()[0] == 1
    prefs = Preferences.in_folder(tmp_path / "d")
    assert prefs.get("central") == url  # remembered as the URL it is
