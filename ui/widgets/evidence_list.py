"""Evidence files of one element: add (dialog or drag-and-drop), open, remove.

Reading and hashing a file, and reading a stored file back, run in the background
(ui.tasks) on the worker's own store; the list refreshes when they report back.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.domain.evaluation import Evidence
from digigov_desktop.errors import DigigovError
from digigov_desktop.services.evaluations import DEFAULT_MAX_EVIDENCE_BYTES, EvaluationService
from digigov_desktop.services.stores import StoreRef
from ui import tasks
from ui.dialogs.confirm_dialog import ConfirmDialog
from ui.icons import icon
from ui.session import Session
from ui.widgets.page_parts import wrapped

log = logging.getLogger(__name__)


def open_url(url: QUrl) -> bool:
    """The one call that leaves the application (tests replace it)."""
    return QDesktopServices.openUrl(url)


def _add_files(db: StoreRef, actor: str, cycle_id: int, element_id: str,
               files: list[Path], max_bytes: int):
    """Worker: store each file; yields the name being stored; returns the errors."""
    errors = []
    with db.open() as store:
        service = EvaluationService(store, actor=actor)
        for path in files:
            yield path.name
            try:
                service.add_evidence(cycle_id, element_id, path=path, max_bytes=max_bytes)
            except Exception as exc:  # noqa: BLE001 - reported per file on the GUI thread
                errors.append(exc)
    return errors


def _export_copy(db: StoreRef, evidence_id: int, file_name: str, folder: Path) -> Path:
    """Worker: write a temporary copy of a stored file to open it with the system viewer."""
    with db.open() as store:
        content = EvaluationService(store).evidence_content(evidence_id)
    target = folder / str(evidence_id) / Path(file_name).name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return target


class EvidenceList(QWidget):
    """Emits `changed` after evidence was added or removed, `failed(exc)` on an error."""

    changed = Signal()
    failed = Signal(object)
    idle = Signal()  # the files being added are all stored (or failed): not busy any more
    opened = Signal(object)  # the temporary path handed to the system

    max_bytes = DEFAULT_MAX_EVIDENCE_BYTES

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.element_id = ""
        self._temp = Path(tempfile.gettempdir()) / "digigov-evidence"
        self.busy = False
        self.setAcceptDrops(True)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = wrapped(self.tr("Drop files here or use “Add files…”."), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Evidence files"))
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("evidence-add"), self.tr("Add files…"), self)
        self.open_button = QPushButton(icon("evidence-open"), self.tr("Open"), self)
        self.remove_button = QPushButton(icon("evidence-remove"), self.tr("Remove…"), self)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add)
        self.open_button.clicked.connect(self._on_open)
        self.remove_button.clicked.connect(self._on_remove)
        self.list.itemActivated.connect(lambda _item: self._on_open())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    # --- showing -----------------------------------------------------------------

    def set_element(self, element_id: str) -> None:
        self.element_id = element_id
        self.status.clear()
        self.reload()

    def reload(self) -> None:
        items = self.session.service.evidence(self.session.cycle_id, self.element_id)
        self.list.clear()
        locale = QLocale()
        for item in items:
            size = locale.formattedDataSize(item.size)
            row = QListWidgetItem(f"{item.file_name} ({size})")
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setToolTip(self.tr("SHA-256: %1").replace("%1", item.sha256))
            self.list.addItem(row)
        if not items:
            self.list.addItem(self._placeholder())
        self._update_buttons()

    def _placeholder(self) -> QListWidgetItem:
        row = QListWidgetItem(self.tr("No evidence attached yet"))
        row.setFlags(Qt.ItemFlag.NoItemFlags)
        return row

    def evidence(self) -> list[Evidence]:
        out = []
        for index in range(self.list.count()):
            data = self.list.item(index).data(Qt.ItemDataRole.UserRole)
            if data is not None:
                out.append(data)
        return out

    def selected(self) -> Evidence | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has and not self.busy)
        self.remove_button.setEnabled(has and not self.busy)
        self.add_button.setEnabled(not self.busy)

    # --- adding ------------------------------------------------------------------

    def choose_files(self) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog  # set up when first needed, not at start

        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        return [Path(n) for n in names]

    def _on_add(self) -> None:
        files = self.choose_files()
        if files:
            self.add_files(files)

    def add_files(self, files: list[Path]) -> None:
        """Store files as evidence of the shown element, in the background."""
        self.busy = True
        self._update_buttons()
        self.status.setText(self.tr("Adding %1…").replace("%1", files[0].name))
        s = self.session
        tasks.run_in_background(
            _add_files, s.store_ref, s.service.actor, s.cycle_id, self.element_id, files,
            self.max_bytes, owner=self,
            on_progress=lambda name: self.status.setText(self.tr("Adding %1…").replace("%1", name)),
            on_success=self._on_added,
            on_error=self._on_task_error,
        )

    def _on_added(self, errors: list[Exception]) -> None:
        self.busy = False
        self.status.clear()
        self.reload()
        self.changed.emit()
        for exc in errors:
            self.failed.emit(exc)
        self.idle.emit()

    def _on_task_error(self, exc: BaseException) -> None:
        was_busy, self.busy = self.busy, False
        self.status.clear()
        self._update_buttons()
        self.failed.emit(exc)
        if was_busy:
            self.idle.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if f.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # --- opening and removing ------------------------------------------------------

    def _on_open(self) -> None:
        item = self.selected()
        if item is None:
            return
        tasks.run_in_background(
            _export_copy, self.session.store_ref, item.id, item.file_name, self._temp,
            owner=self, on_success=self._on_exported, on_error=self._on_task_error,
        )

    def _on_exported(self, path: Path) -> None:
        open_url(QUrl.fromLocalFile(str(path)))
        self.opened.emit(path)

    def _on_remove(self) -> None:
        item = self.selected()
        if item is None:
            return
        question = self.tr("Remove “%1” from the evidence of %2?").replace(
            "%1", item.file_name).replace("%2", self.element_id)
        if not ConfirmDialog.ask(self, self.tr("Remove evidence"), question):
            return
        try:
            self.session.service.remove_evidence(item.id)
        except DigigovError as exc:
            self.failed.emit(exc)
            return
        self.reload()
        self.changed.emit()
