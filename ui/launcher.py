"""The session: which window runs (the agency's evaluation or the coordinator's), set up.

Owns session set-up: opening the store, applying the deployment policy to it
(`services.policy`), the first-run setup, the language, and switching between the modes.
The mode is chosen at first run (the setup dialog offers both) or from the File menu, and
kept per user in `ui.preferences`; `services.policy.mode_switch_allowed()` (the IT policy)
can keep an installation in agency mode. The coordinator has its own central database
(default `central.sqlite` beside the agency database, or `--central PATH`).

Imports stay light at module level (start-up time): windows, dialogs and services load
where they are first used. Nothing here imports `ui.app` (which imports this module).
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from digigov_desktop.errors import DigigovError
from digigov_desktop.services import policy as policy_service
from digigov_desktop.services import stores
from ui import tasks
from ui.i18n import Translators, default_language, error_message
from ui.preferences import AGENCY, COORDINATOR, Preferences

log = logging.getLogger(__name__)

CENTRAL_FILE = "central.sqlite"
CENTRAL_PREFERENCE = "central"
AFTER_START_DELAY_MS = 1000
START_SIZE = (1200, 800)  # the first window's size, in pixels


@dataclass(frozen=True)
class CoordinatorChosen:
    """What `build_window` returns when the first-run setup chose coordinator mode."""

    actor: str


def open_agency_store(path: Path):
    """The agency store with the deployment policy applied (its trust bundle installed).

    Raises:
        StorageError: the database cannot be opened.
        PolicyError: the policy's trust bundle is unusable.
    """
    store = stores.open_agency(path)
    try:
        policy_service.apply_to_agency_store(store)
    except BaseException:
        store.close()
        raise
    return store


def build_window(store, translators: Translators, *, lang: str | None = None):
    """The main window over an open store, running the first-run setup when needed.

    Returns None when the person cancelled the first-run setup, and a
    `CoordinatorChosen` when the setup chose coordinator mode.
    """
    from ui.main_window import MainWindow
    from ui.session import Session

    session = prepare_session(store, translators, lang=lang)
    if not isinstance(session, Session):
        return session
    return MainWindow(session, translators)


def prepare_session(store, translators: Translators, *, lang: str | None = None, parent=None):
    """The evaluation to open: the language installed, the first-run setup run if needed.

    Returns a `ui.session.Session`; None when the person cancelled the first-run setup;
    a `CoordinatorChosen` when the setup chose coordinator mode.
    """
    import dataclasses

    from digigov_desktop.config import active_policy
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.pack_registry import register_installed
    from ui.i18n import LANGUAGE_SETTING
    from ui.session import ACTOR_SETTING, Session

    register_installed(store)  # cycles on installed packs resolve like built-in ones
    service = EvaluationService(store)
    service.actor = service.get_setting(ACTOR_SETTING, "") or ""
    policy = active_policy()
    lang = policy.choose("language", lang or service.get_setting(LANGUAGE_SETTING))
    lang = lang or default_language()
    translators.install(lang)
    cycle = service.current_cycle()
    if cycle is None:
        from ui.dialogs.setup_dialog import SetupDialog

        answer = SetupDialog.ask(parent)
        if answer is None:
            return None
        if answer.mode == "coordinator":
            return CoordinatorChosen(answer.person.name)
        answer = dataclasses.replace(
            answer, agency=policy_service.with_policy_agency(answer.agency, policy))
        service.actor = answer.person.name
        cycle = service.setup(agency=answer.agency, year=answer.year, preparers=[answer.person])
        service.put_setting(ACTOR_SETTING, answer.person.name)
        service.put_setting(LANGUAGE_SETTING, lang)
    return Session(service, cycle.id, lang)


def build_coordinator_window(store, translators: Translators, prefs: Preferences, *,
                             lang: str | None = None):
    """The coordinator's window over an open central store."""
    from ui.coordinator_session import CoordinatorSession
    from ui.coordinator_window import LANGUAGE_PREFERENCE, CoordinatorWindow

    lang = lang or prefs.get(LANGUAGE_PREFERENCE) or default_language()
    translators.install(lang)
    return CoordinatorWindow(CoordinatorSession(store, prefs, lang), translators)


@contextlib.contextmanager
def _busy_cursor():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _discard(window) -> None:
    window.close()
    window.deleteLater()


# What the agency window imports on first use of a page, loaded ahead in the background:
# the progress charts (numpy, pyqtgraph: the first visit took ~0.3 s on the GUI thread,
# ~0.1 s once these are loaded) and the credential page's cryptography.
AGENCY_WARM_UP = ("pyqtgraph", "ui.widgets.plots", "digigov_desktop.services.credentials")
# The same for the coordinator's dashboard charts and the inbox's verification (pyHanko).
COORDINATOR_WARM_UP = ("pyqtgraph", "ui.widgets.plots", "ui.widgets.heatmap",
                       "ui.widgets.distribution_plot", "digigov_desktop.services.import_")


def after_start(ref: stores.StoreRef, *, warm_up: tuple[str, ...] = ()) -> None:
    """Start-up work that need not delay the window (runs on the thread pool).

    A rolling backup of the database (SQLite's online backup: safe while the window
    edits) and the sqlite-utils import that the first edit needs, so that the first
    keystroke does not wait ~100 ms for it (`services.stores.start_up_backup`); then the
    `warm_up` modules (imports only: no widget is made here).
    """
    import importlib

    stores.start_up_backup(ref)
    for name in warm_up:
        importlib.import_module(name)


def _warm_up(names: tuple[str, ...]) -> None:
    import importlib

    for name in names:
        importlib.import_module(name)


class Launcher(QObject):
    """Owns the open store and window; `switch(mode)` replaces both without quitting."""

    def __init__(self, data_dir: Path, translators: Translators, *, db_path: Path,
                 central_path: Path | str | None = None, lang: str | None = None,
                 db_requested: bool = False) -> None:
        """`db_requested`: the person named the evaluation (`--db`, `--demo`), so it opens
        in agency mode even when coordinator mode was the last one used."""
        super().__init__()
        self.db_requested = db_requested
        self.prefs = Preferences.in_folder(data_dir)
        self.translators = translators
        self.db_path = Path(db_path)
        self.central_override = central_path
        self.lang = lang
        self.window = None
        self.store = None
        self.shown_at: float | None = None  # when the first window was on screen

    @property
    def central_path(self) -> Path | str:
        """The central store: a file (default beside the agency database), or the URL of a
        shared store (File → Connect to a shared store)."""
        from digigov_desktop.services.central_store import target_of

        value = self.central_override or self.prefs.get(CENTRAL_PREFERENCE)
        return target_of(value) if value else self.db_path.parent / CENTRAL_FILE

    def initial_mode(self) -> str:
        if not policy_service.mode_switch_allowed():
            return AGENCY
        if self.central_override is not None:
            return COORDINATOR
        if self.db_requested:
            return AGENCY
        return self.prefs.mode or AGENCY

    def open(self, mode: str):
        """Open the store and window of `mode`; returns the window, or None when cancelled.

        Raises:
            StorageError: the database cannot be opened.
        """
        if mode == COORDINATOR:
            return self._open_coordinator()
        return self._open_agency()

    def _open_agency(self):
        from ui.main_window import MainWindow

        store = open_agency_store(self.db_path)
        # The window goes on screen first, empty; the pages, the framework and the scores
        # load into it straight after (see ui/main_window.py).
        window = MainWindow(translators=self.translators)
        self._show(window)
        from ui.session import Session

        try:
            session = prepare_session(store, self.translators, lang=self.lang, parent=window)
            if isinstance(session, Session):
                with _busy_cursor():
                    window.attach(session)
                    window.restore_location()
        except BaseException:
            _discard(window)
            store.close()
            raise
        if not isinstance(session, Session):
            _discard(window)
            store.close()
            if session is None:  # the first-run setup was cancelled
                return None
            self.prefs.set("coordinator_actor", session.actor)
            return self._open_coordinator()
        self.prefs.mode = AGENCY
        self._adopt(window, store)
        return window

    def _open_coordinator(self):
        path = self.central_path
        if not stores.is_shared(path):
            path.parent.mkdir(parents=True, exist_ok=True)
        store = stores.open_central(path, ask_password=self._ask_store_password)
        try:
            window = build_coordinator_window(store, self.translators, self.prefs,
                                              lang=self.lang)
        except BaseException:
            store.close()
            raise
        self.prefs.mode = COORDINATOR
        if self.central_override is not None:
            self.prefs.set(CENTRAL_PREFERENCE, str(path))
        self._adopt(window, store)
        window.start()
        return window

    def _ask_store_password(self, url: str) -> str | None:
        """The shared store's password, asked in a dialog (at start: a store remembered
        from the last session whose password libpq does not have)."""
        from ui.dialogs.connect_store_dialog import StorePasswordDialog

        return StorePasswordDialog.ask(self.window, url)

    def _show(self, window) -> None:
        """Put `window` on screen now (painted, not waiting for the event loop)."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        if not window.isVisible():
            window.resize(*START_SIZE)
            window.show()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self.shown_at is None:
            self.shown_at = time.time()
            from ui.fonts import ensure_spanish_font

            ensure_spanish_font(QApplication.instance())

    def _adopt(self, window, store) -> None:
        self.window, self.store = window, store
        window.mode_switch_requested.connect(self.switch)
        if hasattr(window, "database_requested"):
            window.database_requested.connect(self.open_database)
        if hasattr(window, "store_switch_requested"):
            window.store_switch_requested.connect(self.use_central)
        self._show(window)
        # Once the window has settled, so the work does not compete with its first paints.
        QTimer.singleShot(AFTER_START_DELAY_MS, window, lambda: self._after_start(store))

    def _after_start(self, store) -> None:
        if store is not self.store:  # switched or closed meanwhile
            return
        from digigov_desktop import code_cache

        code_cache.save()  # the next start skips compiling what this one compiled
        ref = stores.StoreRef.of(store)
        if ref.shared:  # the server keeps its own backups: only warm the libraries up
            tasks.run_in_background(
                _warm_up, COORDINATOR_WARM_UP,
                on_error=lambda exc: log.warning("start-up work failed: %s", exc))
            return
        warm_up = AGENCY_WARM_UP if ref.kind == stores.AGENCY else COORDINATOR_WARM_UP
        tasks.run_in_background(
            after_start, ref, warm_up=warm_up,
            on_error=lambda exc: log.warning("start-up work failed: %s", exc))

    def wait_for_background(self) -> None:
        """Let the start-up work finish (before the process exits)."""
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()

    def open_database(self, path: Path) -> bool:
        """Open another agency database (a rater workbook) in place of the current one."""
        if self.window is None:
            return False
        previous = self.db_path
        self.db_path = Path(path)
        if not self._replace(AGENCY, create=False):
            self.db_path = previous
            return False
        return True

    def switch(self, mode: str) -> bool:
        """Open the other mode's window, then close this one (the application keeps running)."""
        if not policy_service.mode_switch_allowed() or self.window is None:
            return False
        return self._replace(mode)

    def _replace(self, mode: str, *, create: bool = True) -> bool:
        old_window, old_store = self.window, self.store
        if hasattr(old_window, "autosaver"):
            old_window.autosaver.flush()
        self.lang = getattr(getattr(old_window, "session", None), "lang", self.lang)
        try:
            if not create and not self.db_path.exists():
                from digigov_desktop.errors import StorageError

                raise StorageError(f"{self.db_path}: no such database", code="STORE_NOT_FOUND",
                                   path=str(self.db_path))
            window = self.open(mode)
        except DigigovError as exc:
            from ui.msgbox import show_message

            show_message(old_window, "DigiGov Desktop", error_message(exc))
            return False
        if window is None:
            return False
        old_window.close()
        old_window.deleteLater()
        # The old store is closed once the old window's deferred deletions have run.
        QTimer.singleShot(0, old_store.close)
        return True

    def use_central(self, target: str) -> bool:
        """Reopen the coordinator's window on another central store (a shared store's
        URL), remembered for the next start; the old store stays on failure."""
        previous = self.prefs.get(CENTRAL_PREFERENCE)
        override = self.central_override
        self.prefs.set(CENTRAL_PREFERENCE, target)
        self.central_override = None
        old_window, old_store = self.window, self.store
        try:
            window = self._open_coordinator()
        except DigigovError as exc:
            from ui.msgbox import show_message

            self.prefs.set(CENTRAL_PREFERENCE, previous or "")
            self.central_override = override
            show_message(old_window, "DigiGov Desktop", error_message(exc))
            return False
        if old_window is not None and old_window is not window:
            old_window.close()
            old_window.deleteLater()
            QTimer.singleShot(0, old_store.close)
        return True

    def close(self) -> None:
        self.wait_for_background()
        if self.store is not None:
            self.store.close()
            self.store = None
