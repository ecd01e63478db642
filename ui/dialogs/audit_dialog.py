"""The cycle's change history: every recorded change, newest first, with a filter.

The audit trail is read off the GUI thread (a long evaluation has thousands of changes);
the filter matches any column (element, person, action, values, reason). "Export as CSV"
writes the rows shown, through the audit service's writer (the CLI's `digigov audit --csv`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.errors import DigigovError
from digigov_desktop.services.audit import AuditEntry, write_audit_csv
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.stores import StoreRef
from ui import tasks
from ui.dialogs.file_dialogs import SaveFileDialog
from ui.dialogs.fitting import FittedDialog
from ui.i18n import error_message
from ui.models.audit_model import AuditModel, EntryRole
from ui.msgbox import show_message
from ui.session import Session
from ui.widgets.audit_table import AuditTable


def history_job(db: StoreRef, cycle_id: int) -> list[AuditEntry]:
    """Worker: the cycle's audit trail, from a store of its own."""
    with db.open() as store:
        return EvaluationService(store).history(cycle_id)


class AuditDialog(FittedDialog):
    text_width_chars = 110

    def __init__(self, session: Session, exports_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: tasks.Task | None = None
        self.exports_dir = exports_dir
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Change history"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every change to this evaluation, newest first: who made it, when, the value "
            "before and after, and the reason given. The history cannot be edited."), self)
        intro.setWordWrap(True)
        filter_row = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Element, person, action or value"))
        label = QLabel(self.tr("&Filter:"), self)
        label.setBuddy(self.filter)
        filter_row.addWidget(label)
        filter_row.addWidget(self.filter, 1)
        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # 20 lines where the screen has room; at 200 % font on a short screen it shrinks.
        self.table = AuditTable(self.proxy, self.tr("Change history"), self, lines=6,
                                preferred_lines=20)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy while loading
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.csv_button = QPushButton(self.tr("Export as &CSV…"), self)
        self.buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.setEnabled(False)
        layout.addWidget(intro)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._on_filter)
        self.csv_button.clicked.connect(self._on_export_csv)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self._on_finished)

    # --- loading -----------------------------------------------------------------------

    def load(self) -> None:
        """Read the history in the background; the table fills when it arrives."""
        self.bar.show()
        self.summary.setText(self.tr("Reading the history…"))
        self.task = tasks.run_in_background(
            history_job, self.session.store_ref, self.session.cycle_id,
            on_success=self._on_loaded, on_error=self._on_failed)

    def _on_loaded(self, entries: list[AuditEntry]) -> None:
        self.task = None
        self.bar.hide()
        self.model.set_rows(entries)
        self.csv_button.setEnabled(bool(entries))
        self._on_filter(self.filter.text())

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.bar.hide()
        if not isinstance(exc, DigigovError):
            raise exc
        self.summary.setText(error_message(exc))

    def _on_finished(self) -> None:
        if self.task is not None:  # closed while reading: drop the result
            self.task.cancel()
            self.task = None

    # --- filter and export ---------------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.summary.setText(self.tr("%n change(s).", "", total))
        else:
            self.summary.setText(self.tr("%1 of %2 changes shown.").replace(
                "%1", str(shown)).replace("%2", str(total)))

    def shown_entries(self) -> list[AuditEntry]:
        """The entries the filter keeps, in the table's order."""
        return [self.proxy.index(r, 0).data(EntryRole) for r in range(self.proxy.rowCount())]

    def _on_export_csv(self) -> None:
        target = SaveFileDialog.ask(self, "csv", self.tr("Export the change history"),
                                    self.exports_dir / "digigov-history.csv",
                                    self.tr("CSV (*.csv)"))
        if target is None:
            return
        try:
            write_audit_csv(self.shown_entries(), target)
        except DigigovError as exc:
            show_message(self, self.tr("Change history"), error_message(exc))
            return
        self.summary.setText(self.tr("The history was saved to %1.").replace(
            "%1", str(target)))

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, exports_dir: Path) -> None:
        dialog = cls(session, exports_dir, parent)
        try:
            dialog.load()
            dialog.exec()
        finally:
            dialog.deleteLater()
