"""The coordinator's window: certificate authority, inbox, dashboard. No business logic.

Navigation keys: `ca`, `inbox`, `dashboard`. The dashboard (pyqtgraph) is built the first
time it is shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui.coordinator_session import CoordinatorSession
from ui.i18n import LANGUAGES, Translators, language_actions
from ui.icons import icon
from ui.pages.ca_page import CaPage
from ui.pages.inbox_page import InboxPage

log = logging.getLogger(__name__)
LANGUAGE_PREFERENCE = "coordinator_language"
KEYS = ("ca", "inbox", "dashboard")
KeyRole = Qt.ItemDataRole.UserRole + 1


class CoordinatorWindow(QMainWindow):
    """Emits `navigated(key)`, and `mode_switch_requested("agency")` from the File menu."""

    navigated = Signal(str)
    mode_switch_requested = Signal(str)
    store_switch_requested = Signal(str)  # a shared store's URL, checked reachable
    store_changed = Signal(str)  # another coordinator imported (outcome); GUI thread

    def __init__(self, session: CoordinatorSession, translators: Translators | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.translators = translators or Translators()
        self.current = ""
        self.watcher = None
        self.connect_task = None
        self.setWindowIcon(icon("app"))
        self._build_ui()
        self._connect_signals()
        self.store_changed.connect(self._on_store_changed)

    # --- construction ----------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("DigiGov Desktop — coordinator"))
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Coordinator pages"))
        self.nav.setIconSize(self.nav.iconSize().expandedTo(self.nav.iconSize()))
        for key, text, icon_name in (
            ("ca", self.tr("Certificate authority"), "authority"),
            ("inbox", self.tr("Inbox"), "inbox"),
            ("dashboard", self.tr("Dashboard"), "dashboard"),
        ):
            item = QListWidgetItem(icon(icon_name), text)
            item.setData(KeyRole, key)
            item.setToolTip(text)
            self.nav.addItem(item)
        self.nav.setMinimumWidth(200)

        self.stack = QStackedWidget(self)
        self.ca_page = CaPage(self.session, self.stack)
        self.inbox_page = InboxPage(self.session, self.stack)
        from ui.pages.dashboard_page import DashboardPage

        self.dashboard_page = DashboardPage(self.session, self.stack)
        for page in (self.ca_page, self.inbox_page, self.dashboard_page):
            self.stack.addWidget(page)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 980])
        self.setCentralWidget(self.splitter)
        self.place = QLabel(self)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.place)
        self._build_menus()
        self._update_place()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.agency_action = QAction(self.tr("Switch to &agency mode"), self)
        from digigov_desktop.services.policy import mode_switch_allowed

        self.agency_action.setEnabled(mode_switch_allowed())
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.connect_action = QAction(self.tr("&Connect to a shared store…"), self)
        file_menu.addAction(self.connect_action)
        file_menu.addAction(self.agency_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        self.go_actions: dict[str, QAction] = {}
        for number, (key, text) in enumerate((
            ("ca", self.tr("&Certificate authority")), ("inbox", self.tr("&Inbox")),
            ("dashboard", self.tr("&Dashboard")),
        ), 1):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(key)
            go_menu.addAction(action)
            self.go_actions[key] = action
        language_menu = bar.addMenu(self.tr("&Language"))
        self.language_group = language_actions(self, language_menu, self.session.lang)
        self._owned = [self.agency_action, self.quit_action, self.connect_action,
                       *self.go_actions.values(),
                       self.language_group, *self.language_group.actions()]

    def _connect_signals(self) -> None:
        self.nav.currentItemChanged.connect(self._on_nav)
        self.agency_action.triggered.connect(lambda: self.mode_switch_requested.emit("agency"))
        self.quit_action.triggered.connect(self.close)
        self.connect_action.triggered.connect(self.connect_shared_store)
        for key, action in self.go_actions.items():
            action.triggered.connect(lambda _=False, k=key: self.go_to(k))
        self.language_group.triggered.connect(lambda a: self.set_language(a.data()))
        self.ca_page.changed.connect(self._on_ca_changed)
        self.inbox_page.imported.connect(self.dashboard_page.invalidate)

    # --- navigation ----------------------------------------------------------------------

    def go_to(self, key: str) -> bool:
        if key not in KEYS:
            return False
        page = {"ca": self.ca_page, "inbox": self.inbox_page,
                "dashboard": self.dashboard_page}[key]
        page.refresh()
        self.stack.setCurrentWidget(page)
        self.current = key
        row = KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.navigated.emit(key)
        return True

    def start(self) -> None:
        """The first page: the CA page until a CA exists, then the inbox. On a shared
        store, also listen for the other coordinators' imports."""
        self.go_to("inbox" if self.session.authority() is not None else "ca")
        if self.session.shared and self.watcher is None:
            from digigov_desktop.errors import StorageError
            from digigov_desktop.services.central_store import Watcher

            try:  # the listener thread emits; Qt queues the signal to this thread
                self.watcher = Watcher(self.session.central_path, self.store_changed.emit)
            except StorageError as exc:
                log.warning("no live updates from the shared store: %s", exc)

    def _on_store_changed(self, _outcome: str) -> None:
        self.dashboard_page.invalidate()
        if self.current == "dashboard":
            self.dashboard_page.refresh()
        elif self.current == "inbox":
            self.inbox_page.refresh()

    def connect_shared_store(self) -> None:
        """Ask for a shared store's URL, check it off the GUI thread, then ask the launcher
        to switch to it (`store_switch_requested`)."""
        from ui.dialogs.connect_store_dialog import ConnectStoreDialog

        current = str(self.session.central_path) if self.session.shared else ""
        url = ConnectStoreDialog.ask(self, current)
        if not url:
            return
        self._check_shared_store(url)

    def _check_shared_store(self, url: str, password: str | None = None) -> None:
        from ui import tasks

        self.statusBar().showMessage(self.tr("Connecting to %1…").replace("%1", url))
        self.connect_task = tasks.run_in_background(
            _check_store, url, password, on_success=self._on_store_checked,
            on_error=lambda exc: self._on_store_error(exc, url, password))

    def _on_store_checked(self, url: str) -> None:
        self.connect_task = None
        self.statusBar().clearMessage()
        self.store_switch_requested.emit(url)

    def _on_store_error(self, exc: BaseException, url: str = "",
                        password: str | None = None) -> None:
        """A server that wants a password (or refused the one typed) gets the password
        prompt, again until it accepts one or the prompt is cancelled; else the message."""
        from digigov_desktop.services.central_store import needs_password
        from ui.i18n import error_message
        from ui.msgbox import show_message

        self.connect_task = None
        self.statusBar().clearMessage()
        if needs_password(exc) and url:
            from ui.dialogs.connect_store_dialog import StorePasswordDialog

            typed = StorePasswordDialog.ask(self, url, refused=password is not None)
            if typed:
                self._check_shared_store(url, typed)
            return
        show_message(self, self.tr("Connect to a shared store"), error_message(exc))

    def _on_nav(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.go_to(item.data(KeyRole))

    def _on_ca_changed(self) -> None:
        self._update_place()
        self.dashboard_page.invalidate()

    def _update_place(self) -> None:
        folder = self.session.ca_folder
        self.place.setText(self.tr("Central database: %1 · CA: %2").replace(
            "%1", self.session.store_label).replace(
            "%2", folder.name if folder else self.tr("none yet")))
        self.place.setToolTip(self.tr("Central database: %1 · CA: %2").replace(
            "%1", str(self.session.central_path)).replace(
            "%2", str(folder) if folder else self.tr("none yet")))

    # --- commands ----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        if lang == self.session.lang or lang not in LANGUAGES:
            return
        if self.busy():  # the pages are rebuilt: an import under way would be stopped
            from ui.msgbox import show_message

            for action in self.language_group.actions():
                action.setChecked(action.data() == self.session.lang)
            show_message(self, "DigiGov Desktop", self.tr(
                "Change the language once the work under way (an import, an export, a "
                "receipt, a credential) has finished."))
            return
        self.session.prefs.set(LANGUAGE_PREFERENCE, lang)
        self.translators.install(lang)
        self.session.lang = lang
        self.rebuild()

    def rebuild(self) -> None:
        key = self.current or "ca"
        old = self.centralWidget()
        self.statusBar().removeWidget(self.place)
        self.place.deleteLater()
        for obj in self._owned:
            obj.deleteLater()
        for obj in self._owned:
            if isinstance(obj, QAction):
                obj.setShortcuts([])
        self._build_ui()
        self.splitter.show()
        old.deleteLater()
        self._connect_signals()
        self.current = ""
        self.go_to(key)

    def busy(self) -> bool:
        return (any(page.task is not None for page in (self.ca_page, self.inbox_page))
                or self.dashboard_page.export_task is not None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.inbox_page.task is not None:
            self.inbox_page.cancel()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        event.accept()


def _check_store(url: str, password: str | None = None) -> str:
    """Worker: connect to the shared store (creating or migrating its schema) and close;
    a password that opens it is kept in memory for the window's connections."""
    from digigov_desktop.services.central_store import open_central_store

    open_central_store(url, password=password).close()
    return url
