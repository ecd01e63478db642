"""Which window runs: the agency's evaluation or the coordinator's, and switching between them.

The mode is chosen at first run (the setup dialog offers both) or from the File menu, and
kept per user in `ui.preferences`; `ui.app.mode_switch_allowed()` (the IT policy) can
keep an installation in agency mode. The coordinator has its own central database
(default `central.sqlite` beside the agency database, or `--central PATH`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from digigov_desktop.errors import DigigovError
from ui.i18n import Translators, default_language, error_message
from ui.preferences import AGENCY, COORDINATOR, Preferences

log = logging.getLogger(__name__)

CENTRAL_FILE = "central.sqlite"
CENTRAL_PREFERENCE = "central"


@dataclass(frozen=True)
class CoordinatorChosen:
    """What `build_window` returns when the first-run setup chose coordinator mode."""

    actor: str


def build_coordinator_window(store, translators: Translators, prefs: Preferences, *,
                             lang: str | None = None):
    """The coordinator's window over an open central store."""
    from ui.coordinator_session import CoordinatorSession
    from ui.coordinator_window import LANGUAGE_PREFERENCE, CoordinatorWindow

    lang = lang or prefs.get(LANGUAGE_PREFERENCE) or default_language()
    translators.install(lang)
    return CoordinatorWindow(CoordinatorSession(store, prefs, lang), translators)


class Launcher(QObject):
    """Owns the open store and window; `switch(mode)` replaces both without quitting."""

    def __init__(self, data_dir: Path, translators: Translators, *, db_path: Path,
                 central_path: Path | None = None, lang: str | None = None) -> None:
        super().__init__()
        self.prefs = Preferences.in_folder(data_dir)
        self.translators = translators
        self.db_path = Path(db_path)
        self.central_override = central_path
        self.lang = lang
        self.window = None
        self.store = None

    @property
    def central_path(self) -> Path:
        return (self.central_override or self.prefs.path_value(CENTRAL_PREFERENCE)
                or self.db_path.parent / CENTRAL_FILE)

    def initial_mode(self) -> str:
        from ui.app import mode_switch_allowed

        if not mode_switch_allowed():
            return AGENCY
        if self.central_override is not None:
            return COORDINATOR
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
        from digigov_desktop.storage.database import open_store
        from ui.app import build_window

        store = open_store(self.db_path, rolling_backup=True)
        try:
            window = build_window(store, self.translators, lang=self.lang)
        except BaseException:
            store.close()
            raise
        if isinstance(window, CoordinatorChosen):
            store.close()
            self.prefs.set("coordinator_actor", window.actor)
            return self._open_coordinator()
        if window is None:
            store.close()
            return None
        self.prefs.mode = AGENCY
        self._adopt(window, store)
        window.restore_location()
        return window

    def _open_coordinator(self):
        from digigov_desktop.storage.central import open_central

        path = self.central_path
        path.parent.mkdir(parents=True, exist_ok=True)
        store = open_central(path, rolling_backup=True)
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

    def _adopt(self, window, store) -> None:
        self.window, self.store = window, store
        window.mode_switch_requested.connect(self.switch)
        window.resize(1200, 800)
        window.show()

    def switch(self, mode: str) -> bool:
        """Open the other mode's window, then close this one (the application keeps running)."""
        from ui.app import mode_switch_allowed

        if not mode_switch_allowed() or self.window is None:
            return False
        old_window, old_store = self.window, self.store
        if hasattr(old_window, "autosaver"):
            old_window.autosaver.flush()
        self.lang = getattr(getattr(old_window, "session", None), "lang", self.lang)
        try:
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

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
