"""The main window: sidebar tree, page stack, menus, navigation. No business logic.

The window can be shown before its evaluation is loaded (`MainWindow()`, then
`attach(session)`): the launcher shows the empty frame first, so the person sees the
window at once while the pages, the framework and the scores load. That is why this
module imports the pages (and Qt's large `Qt` namespace) where they are built.

Navigation keys: `element:R1.2`, `recommendation:R1`, `pillar:P1`, `progress`, `readiness`,
`credentials`, `consensus`. Export and receipts live in `ui.submission_actions`; raters,
workbooks and consensus in `ui.team_actions` and `ui.pages.consensus_page`.
Every navigation, language switch, new cycle and close first flushes the autosaver.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from digigov_desktop.config import active_policy
from digigov_desktop.errors import DigigovError
from digigov_desktop.paths import AppPaths
from ui.autosave import Autosaver
from ui.i18n import LANGUAGE_SETTING, LANGUAGES, Translators, error_message, language_actions
from ui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from ui.session import Session

log = logging.getLogger(__name__)

LOCATION_SETTING = "ui_last_location"


def _lazy_page(kind: str) -> property:
    """A page attribute of the window: the page of `kind`, made on its first use."""
    return property(lambda window: window._page(kind))


class MainWindow(QMainWindow):
    """Emits `navigated(key)` after a page was shown, `mode_switch_requested("coordinator")`,
    `database_requested(path)` (open a rater workbook)."""

    navigated = Signal(str)
    mode_switch_requested = Signal(str)
    database_requested = Signal(object)

    def __init__(self, session: Session | None = None, translators: Translators | None = None,
                 parent: QWidget | None = None, *, exports_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.translators = translators or Translators()
        self._exports_dir = exports_dir
        self.autosaver = Autosaver(self)
        self.current = ""
        self._selecting = False
        self._close_refused = False
        self._closing_when_idle = False  # a close waits for the files being added
        self._location_timer = QTimer(self)
        self._location_timer.setSingleShot(True)
        self._location_timer.setInterval(1000)
        self.setWindowIcon(icon("app"))
        self.setWindowTitle("DigiGov Desktop")
        self.setObjectName("digigov-main-window")
        if session is not None:
            self.attach(session)

    def attach(self, session: Session) -> None:
        """Load `session`'s evaluation into the window (once; the window may be showing)."""
        from ui.submission_actions import SubmissionActions
        from ui.team_actions import TeamActions

        if self.session is not None:
            raise RuntimeError("the main window already shows an evaluation")
        self.session = session
        self.exports_dir = self._exports_dir or AppPaths.default(policy=active_policy()).exports
        self.submission = SubmissionActions(self, session, self.exports_dir)
        self.submission.navigate.connect(self.go_to)
        self.submission.changed.connect(self.refresh_status)
        self.team = TeamActions(self, session, self.exports_dir)
        self.team.navigate.connect(self.go_to)
        self.team.database_requested.connect(self.database_requested)
        from ui.pack_actions import PackActions

        self.packs = PackActions(self, session, self.exports_dir)
        self.packs.migrated.connect(self.rebuild)
        self._build_ui()
        self._connect_signals()
        self.autosaver.saving.connect(self._on_saving)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self.show_error)
        self._location_timer.timeout.connect(self.remember_location)
        self.submission_label.setText(self.submission.status_text())

    # --- construction ----------------------------------------------------------------

    def _build_ui(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QHBoxLayout,
            QLabel,
            QPushButton,
            QSplitter,
            QStackedWidget,
            QVBoxLayout,
        )

        from ui.models.outline_model import OutlineModel
        from ui.pages.element_page import ElementPage
        from ui.widgets.outline_view import OutlineView

        s = self.session
        agency = s.service.evaluation(s.cycle_id).agency
        self.setWindowTitle(self.tr("DigiGov Desktop — %1 · cycle %2").replace(
            "%1", agency.name).replace("%2", str(s.cycle.year)) + self.team.title_suffix())
        self.outline = OutlineModel(self)
        self.outline.set_framework(s.framework, s.lang)
        self._mark_outline()  # before the view shows the model: it lays the rows out once
        self.tree = OutlineView(self)
        self.tree.setModel(self.outline)
        self.tree.setHeaderHidden(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setAccessibleName(self.tr("Evaluation outline"))
        self.tree.setMinimumWidth(260)
        self.tree.expandToDepth(0)

        self.stack = QStackedWidget(self)
        self.element_page = ElementPage(s, self.autosaver, self.stack)
        self.stack.addWidget(self.element_page)
        # The other pages are made on their first visit (`_page`): start-up builds only the
        # page it opens on, the element page of the walk.
        self._pages: dict[str, QWidget] = {}

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(12, 4, 12, 8)
        self.previous_button = QPushButton(icon("go-previous"), self.tr("&Previous"), right)
        self.previous_button.setToolTip(self.tr("Previous (Alt+Left)"))
        self.position = QLabel(right)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(icon("go-next"), self.tr("&Next"), right)
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.setToolTip(self.tr("Next (Alt+Right)"))
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position, 1)
        nav.addWidget(self.next_button)
        right_layout.addLayout(nav)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 840])
        self.setCentralWidget(self.splitter)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.submission_label = QLabel(self)
        self.submission_label.setAccessibleName(self.tr("Submission state"))
        self.statusBar().addPermanentWidget(self.submission_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        QWidget.setTabOrder(self.tree, self.element_page)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_cycle_action = QAction(self.tr("Start a &new cycle…"), self)
        self.new_cycle_action.setShortcut(QKeySequence.StandardKey.New)
        self.pack_action = QAction(self.tr("Install a framework &pack…"), self)
        self.history_action = QAction(self.tr("Change &history…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.sign_action = QAction(self.tr("&Sign a submission…"), self)
        self.coordinator_action = QAction(self.tr("Switch to &coordinator mode"), self)
        from digigov_desktop.services.policy import mode_switch_allowed

        self.coordinator_action.setEnabled(mode_switch_allowed())
        file_menu.addAction(self.new_cycle_action)
        file_menu.addAction(self.sign_action)
        file_menu.addAction(self.pack_action)
        file_menu.addAction(self.history_action)
        file_menu.addSeparator()
        file_menu.addAction(self.coordinator_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        submission_menu = bar.addMenu(self.tr("&Submission"))
        self.credentials_action = QAction(icon("credential"), self.tr("Signing &credential"), self)
        self.credentials_action.setShortcut(QKeySequence("Ctrl+3"))
        self.export_action = QAction(icon("export"), self.tr("&Export signed submission…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.receipt_action = QAction(self.tr("Install a &receipt…"), self)
        for action in (self.credentials_action, self.export_action, self.receipt_action):
            submission_menu.addAction(action)
        team_actions = self.team.build(file_menu, bar.addMenu(self.tr("&Team")))

        go_menu = bar.addMenu(self.tr("&Go"))
        self.previous_action = QAction(icon("go-previous"), self.tr("&Previous"), self)
        self.previous_action.setShortcuts([QKeySequence("Alt+Left"), QKeySequence("Ctrl+PgUp")])
        self.next_action = QAction(icon("go-next"), self.tr("&Next"), self)
        self.next_action.setShortcuts([QKeySequence("Alt+Right"), QKeySequence("Ctrl+PgDown")])
        self.progress_action = QAction(icon("progress"), self.tr("P&rogress"), self)
        self.progress_action.setShortcut(QKeySequence("Ctrl+1"))
        self.readiness_action = QAction(icon("readiness"), self.tr("Rea&diness"), self)
        self.readiness_action.setShortcut(QKeySequence("Ctrl+2"))
        self.outline_action = QAction(self.tr("&Outline"), self)
        self.outline_action.setShortcut(QKeySequence("F6"))
        for action in (self.previous_action, self.next_action, self.progress_action,
                       self.readiness_action, self.outline_action):
            go_menu.addAction(action)

        language_menu = bar.addMenu(self.tr("&Language"))
        self.language_group = language_actions(self, language_menu, self.session.lang)
        self.language_actions: dict[str, QAction] = {
            a.data(): a for a in self.language_group.actions()}
        self._owned = [self.new_cycle_action, self.sign_action, self.pack_action,
                       self.history_action, self.quit_action,
                       self.coordinator_action, self.credentials_action, self.export_action,
                       self.receipt_action, self.previous_action,
                       self.next_action, self.progress_action, self.readiness_action,
                       self.outline_action, self.language_group, *self.language_actions.values(),
                       *team_actions]

    def _connect_signals(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.previous_action.triggered.connect(self.go_previous)
        self.next_action.triggered.connect(self.go_next)
        self.progress_action.triggered.connect(lambda: self.go_to("progress"))
        self.readiness_action.triggered.connect(lambda: self.go_to("readiness"))
        self.outline_action.triggered.connect(self.tree.setFocus)
        self.new_cycle_action.triggered.connect(self.start_new_cycle)
        self.pack_action.triggered.connect(self.install_pack)
        self.history_action.triggered.connect(self.show_history)
        self.quit_action.triggered.connect(self.close)
        self.coordinator_action.triggered.connect(
            lambda: self.mode_switch_requested.emit("coordinator"))
        self.credentials_action.triggered.connect(lambda: self.go_to("credentials"))
        self.export_action.triggered.connect(self.export_submission)
        self.sign_action.triggered.connect(self.sign_submission)
        self.receipt_action.triggered.connect(self.submission.install_receipt)
        self.language_group.triggered.connect(lambda a: self.set_language(a.data()))
        self.element_page.evidence_changed.connect(self._on_evidence_changed)
        self.element_page.failed.connect(self.show_error)

    # --- pages made on first visit ----------------------------------------------------

    def _page(self, kind: str):
        """The page of `kind`, built (with its imports) the first time it is needed."""
        page = self._pages.get(kind)
        if page is None:
            page = self._pages[kind] = self._make_page(kind)
            self.stack.addWidget(page)
        return page

    def _make_page(self, kind: str):
        s = self.session
        if kind == "recommendation":
            from ui.pages.recommendation_page import RecommendationPage

            page = RecommendationPage(s, self.autosaver, self.stack)
            page.element_requested.connect(self._show_element)
        elif kind == "progress":
            from ui.pages.progress_page import ProgressPage

            page = ProgressPage(s, self.stack)
            page.recommendation_requested.connect(lambda r: self.go_to(f"recommendation:{r}"))
        elif kind == "readiness":
            from ui.pages.readiness_page import ReadinessPage

            page = ReadinessPage(s, self.stack)
            page.element_requested.connect(self._show_element)
        elif kind == "credentials":
            # cryptography and asn1crypto (about 70 ms), which the walk does not need
            from ui.pages.credentials_page import CredentialsPage

            page = CredentialsPage(s, self.stack, exports_dir=self.exports_dir)
            page.changed.connect(self.refresh_status)
        elif kind == "consensus":
            from ui.pages.consensus_page import ConsensusPage  # pyqtgraph

            page = ConsensusPage(s, self.stack, exports_dir=self.exports_dir)
            page.changed.connect(self.refresh_status)
            page.element_requested.connect(self._show_element)
        else:
            raise ValueError(f"no page of kind {kind!r}")
        return page

    def _show_element(self, element_id: str) -> None:
        self.go_to(f"element:{element_id}")

    recommendation_page = _lazy_page("recommendation")
    progress_page = _lazy_page("progress")
    readiness_page = _lazy_page("readiness")
    credentials_page = _lazy_page("credentials")
    consensus_page = _lazy_page("consensus")  # the team's ratings and consensus

    # --- navigation ------------------------------------------------------------------

    def walk(self) -> list[str]:
        """Next/Previous order: each recommendation's elements, then its notes page."""
        keys = []
        for rec in self.session.framework.recommendations:
            keys.extend(f"element:{e.id}" for e in rec.elements)
            keys.append(f"recommendation:{rec.id}")
        return keys

    def all_locations(self) -> list[str]:
        return ["progress", "readiness", "credentials", *self.walk()]

    def go_to(self, key: str) -> bool:
        """Show a location; returns False when the key is unknown."""
        kind, _, ident = key.partition(":")
        framework = self.session.framework
        if kind == "pillar":
            pillar = next((p for p in framework.pillars if p.id == ident), None)
            if pillar is None:
                return False
            key, kind, ident = (f"recommendation:{pillar.recommendations[0].id}",
                                "recommendation", pillar.recommendations[0].id)
        if kind == "element" and not framework.has_element(ident):
            return False
        if kind == "recommendation" and ident not in {r.id for r in framework.recommendations}:
            return False
        if kind not in ("element", "recommendation", "progress", "readiness", "credentials",
                        "consensus"):
            return False
        self.autosaver.flush()
        if kind == "element":
            self.element_page.show_element(ident)
            self.stack.setCurrentWidget(self.element_page)
        elif kind == "recommendation":
            self.recommendation_page.show_recommendation(ident)
            self.stack.setCurrentWidget(self.recommendation_page)
        elif kind == "progress":
            self.progress_page.refresh()
            self.stack.setCurrentWidget(self.progress_page)
        elif kind == "credentials":
            self.credentials_page.refresh()
            self.stack.setCurrentWidget(self.credentials_page)
        elif kind == "consensus":
            self.consensus_page.refresh()
            self.stack.setCurrentWidget(self.consensus_page)
        else:
            self.readiness_page.refresh()
            self.stack.setCurrentWidget(self.readiness_page)
        self.current = key
        self._select_in_tree(key)
        self._update_position()
        self._location_timer.start()
        self.navigated.emit(key)
        return True

    def _select_in_tree(self, key: str) -> None:
        index = self.outline.index_of(key)
        if index is None or self.tree.currentIndex() == index:
            return
        self._selecting = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.reveal(index)
        finally:
            self._selecting = False

    def _update_position(self) -> None:
        walk = self.walk()
        if self.current in walk:
            i = walk.index(self.current)
            self.position.setText(self.tr("%1 of %2").replace("%1", str(i + 1)).replace(
                "%2", str(len(walk))))
            self.previous_button.setEnabled(i > 0)
            self.next_button.setEnabled(i < len(walk) - 1)
        else:
            self.position.clear()
            self.previous_button.setEnabled(True)
            self.next_button.setEnabled(True)
        self.previous_action.setEnabled(self.previous_button.isEnabled())
        self.next_action.setEnabled(self.next_button.isEnabled())

    def go_next(self) -> None:
        self._step(+1)

    def go_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        walk = self.walk()
        if self.current in walk:
            i = walk.index(self.current) + delta
            if 0 <= i < len(walk):
                self.go_to(walk[i])
        else:
            self.go_to(walk[0] if delta > 0 else walk[-1])

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        key = self.outline.key_of(current)
        if key and key != self.current and not key.startswith("pillar:"):
            self.go_to(key)

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        key = self.outline.key_of(index)
        if key.startswith("pillar:"):
            self.go_to(key)

    def restore_location(self) -> None:
        """Reopen where the person left off (or the first element)."""
        key = self.session.service.get_setting(LOCATION_SETTING) or ""
        if not self.go_to(key):
            self.go_to(self.walk()[0])

    def remember_location(self) -> None:
        self._location_timer.stop()
        if not self.current:
            return
        try:
            if self.session.service.get_setting(LOCATION_SETTING) != self.current:
                self.session.service.put_setting(LOCATION_SETTING, self.current)
        except DigigovError as exc:
            log.warning("could not remember the location: %s", exc)

    # --- status and saving -------------------------------------------------------------

    def refresh_status(self) -> None:
        """The outline's marks and counts, the status bar and the page on show."""
        self._mark_outline()
        self.submission_label.setText(self.submission.status_text())
        page = self.stack.currentWidget()
        if page is not None and page is self._pages.get("recommendation"):
            page.refresh_score()
        elif page is self.element_page:
            self.element_page.refresh()

    def _mark_outline(self) -> None:
        s = self.session
        self.outline.set_status(s.status(), s.service.carried_forward(s.cycle_id))

    def _on_saving(self) -> None:
        self.saved_label.setText(self.tr("Saving…"))

    def _on_saved(self) -> None:
        from PySide6.QtCore import QTime

        self.saved_label.setText(self.tr("Saved at %1").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")))
        self.refresh_status()

    def _on_evidence_changed(self) -> None:
        self._on_saved()

    def show_error(self, exc: object) -> None:
        if not isinstance(exc, DigigovError):
            raise exc  # a bug: sys.excepthook shows the crash dialog  # type: ignore[misc]
        text = error_message(exc)
        if exc.code in ("STORE_LOCKED", "STORE_READ_ONLY", "DISK_FULL", "STORE_IO_ERROR"):
            self.saved_label.setText(self.tr("Not saved"))
        from ui.msgbox import show_message

        show_message(self, self.tr("DigiGov Desktop"), text)

    # --- commands ----------------------------------------------------------------------

    def busy(self) -> bool:
        """Files are being added as evidence (the element page would be rebuilt under them).
        A window not attached to a session yet (the first run's set-up) has no pages."""
        page = getattr(self, "element_page", None)
        return page is not None and page.evidence.busy

    def _refuse_while_busy(self) -> bool:
        """True, and say why, while `busy()`: a rebuild would leave the files being stored
        out of the new page until the next visit."""
        if not self.busy():
            return False
        from ui.msgbox import show_message

        show_message(self, self.tr("DigiGov Desktop"), self.tr(
            "Files are still being added as evidence. Try again once they are stored."))
        return True

    def set_language(self, lang: str) -> None:
        """Switch the interface and the framework texts, keeping the current page."""
        if lang == self.session.lang or lang not in LANGUAGES:
            return
        if self._refuse_while_busy():
            for action in self.language_group.actions():
                action.setChecked(action.data() == self.session.lang)
            return
        self.autosaver.flush()
        try:
            self.session.service.put_setting(LANGUAGE_SETTING, lang)
        except DigigovError as exc:
            self.show_error(exc)
        self.translators.install(lang)
        self.session.lang = lang
        self.rebuild()

    def rebuild(self) -> None:
        """Recreate every widget (after a language switch or a cycle change)."""
        key = self.current
        old = self.centralWidget()
        for label in (self.saved_label, self.submission_label):
            self.statusBar().removeWidget(label)
            label.deleteLater()
        for obj in [*self._owned, self.outline]:
            obj.deleteLater()
        for action in self._owned:
            if isinstance(action, QAction):
                action.setShortcuts([])
        self._build_ui()
        self.splitter.show()  # now, not on the next event-loop turn
        old.deleteLater()
        self._connect_signals()
        self.submission_label.setText(self.submission.status_text())
        self.current = ""
        if not self.go_to(key):
            self.go_to(self.walk()[0])

    def sign_submission(self) -> None:
        """File → Sign a submission: the reviewer's or approver's signature."""
        from ui.dialogs.sign_dialog import SignDialog

        SignDialog.ask(self, self.session.db_path, self.exports_dir)

    def export_submission(self) -> None:
        self.autosaver.flush()
        self.submission.export()

    def show_history(self) -> None:
        """The cycle's change history (every edit flushed first, so it is in there)."""
        from ui.dialogs.audit_dialog import AuditDialog

        self.autosaver.flush()
        AuditDialog.ask(self, self.session, self.exports_dir)

    def install_pack(self) -> None:
        """File → Install a framework pack (a migration that follows rebuilds the view)."""
        if not self._refuse_while_busy():
            self.packs.install_pack()

    def start_new_cycle(self) -> None:
        from ui.dialogs.new_cycle_dialog import NewCycleDialog

        if self._refuse_while_busy():
            return
        self.autosaver.flush()
        s = self.session
        year = NewCycleDialog.ask(self, s.cycle.year)
        if year is None:
            return
        try:
            cycle = s.service.start_new_cycle(from_cycle_id=s.cycle_id, year=year)
        except DigigovError as exc:
            self.show_error(exc)
            return
        s.cycle_id = cycle.id
        self.rebuild()
        self.statusBar().showMessage(self.tr("Cycle %1 started.").replace("%1", str(year)), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.autosaver.flush() and not self._close_refused:
            self._close_refused = True  # say it once; a second close really closes
            event.ignore()
            return
        if self.busy() and not self._closing_when_idle:
            # The files are stored whatever happens (tasks.Task.detach); the window stays
            # until they are, so the person sees the work end. A second close closes now.
            self._closing_when_idle = True
            self.element_page.evidence.idle.connect(self.close)
            self.statusBar().showMessage(self.tr(
                "Closing once the files being added as evidence are stored…"))
            event.ignore()
            return
        self.remember_location()
        event.accept()
