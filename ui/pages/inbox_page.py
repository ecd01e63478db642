"""Coordinator inbox: collect submission files, import them off the GUI thread, see results.

Files and folders come from dialogs or drag-and-drop; folders are searched recursively by
the importer. The results table shows the last run; the import log tab shows the
append-only log of every run, exportable as CSV (UTF-8 with BOM, for spreadsheets).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.errors import DigigovError
from digigov_desktop.services.authority import CertificateAuthority
from digigov_desktop.services.stores import StoreRef
from ui import tasks
from ui.coordinator_session import CoordinatorSession
from ui.dialogs.file_dialogs import FolderDialog, OpenFilesDialog, SaveFileDialog
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.i18n import error_message
from ui.models.import_log_model import ImportLogModel
from ui.models.import_results_model import (
    COL_OUTCOME,
    ImportResultsModel,
    ResultRole,
)
from ui.msgbox import show_message
from ui.widgets.page_parts import heading, page_column, row_table, wrapped

if TYPE_CHECKING:
    from digigov_desktop.services.import_ import ImportProgress


def import_job(central: StoreRef, ca_folder: Path, paths: list[Path], actor: str,
               cancel: threading.Event, seal_passphrase: bytes | None = None):
    """Worker: import on a central store of its own; yields progress, returns the results."""
    # The verification stack (pyHanko, aiohttp: ~0.3 s) loads here, not at start-up.
    from digigov_desktop.services.import_ import Importer

    results = []
    with central.open() as store:
        importer = Importer(store, CertificateAuthority(ca_folder), actor=actor,
                            seal_passphrase=seal_passphrase)
        for progress in importer.run(paths, cancelled=cancel.is_set):
            results.append(progress.result)
            yield progress
    return results


def receipt_job(central: StoreRef, ca_folder: Path, submission_id: str, revision: int | None,
                passphrase: bytes, out: Path, lang: str, actor: str):
    """Worker: issue one signed receipt on a central store of its own."""
    from digigov_desktop.services.receipts import issue_receipt

    with central.open() as store:
        return issue_receipt(store, CertificateAuthority(ca_folder), submission_id=submission_id,
                             revision=revision, passphrase=passphrase, out=out, lang=lang,
                             actor=actor)


def import_log_job(central: StoreRef) -> list:
    """Worker: the import log, newest first, on a central store of its own (thousands of
    rows, maybe over the network: never on the GUI thread)."""
    from digigov_desktop.services.coordinator import CoordinatorService

    with central.open() as store:
        return CoordinatorService(store).import_log()


class InboxPage(QWidget):
    """Emits `imported()` after a run that accepted at least one file."""

    imported = Signal()

    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: tasks.Task | None = None
        self.log_task: tasks.Task | None = None  # reading the import log
        self._log_again = False  # asked again while it was reading
        self.cancel_event = threading.Event()
        self.pending: list[Path] = []
        self.setAcceptDrops(True)
        self._build_ui()
        self._connect_signals()

    # --- construction ----------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = page_column(self)
        title = heading(self.tr("Inbox"), self)
        intro = wrapped(self.tr(
            "Add the submission files you received (USB sticks, e-mail attachments, shared "
            "folders): drop them here or use the buttons. Each file is checked exactly as the "
            "agency's own export checked it, then stored with its original bytes. Importing "
            "the same file twice changes nothing."), self)
        layout.addWidget(title)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.files = QListWidget(self)
        self.files.setAccessibleName(self.tr("Files and folders to import"))
        self.files.setMaximumHeight(self.fontMetrics().height() * 7)
        buttons = QVBoxLayout()
        self.add_files_button = QPushButton(self.tr("Add &files…"), self)
        self.add_folder_button = QPushButton(self.tr("Add a f&older…"), self)
        self.clear_button = QPushButton(self.tr("C&lear the list"), self)
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addWidget(self.files, 1)
        row.addLayout(buttons)
        layout.addLayout(row)

        run_row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        run_row.addWidget(self.import_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.bar, 1)
        layout.addLayout(run_row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget(self)
        results = QWidget(self.tabs)
        results_layout = QVBoxLayout(results)
        self.results_model = ImportResultsModel(self)
        self.results = self._table(results, self.results_model, self.tr("Results of the import"))
        self.results.horizontalHeader().setSectionResizeMode(
            COL_OUTCOME, QHeaderView.ResizeMode.Stretch)
        results_layout.addWidget(self.results, 1)
        receipt_row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Issue a signed &receipt…"), results)
        receipt_row.addWidget(self.receipt_button)
        receipt_note = QLabel(self.tr(
            "For the selected accepted file: the agency installs it to see that its "
            "submission arrived."), results)
        receipt_note.setWordWrap(True)
        receipt_row.addWidget(receipt_note, 1)
        results_layout.addLayout(receipt_row)
        self.tabs.addTab(results, self.tr("Last import"))

        log = QWidget(self.tabs)
        log_layout = QVBoxLayout(log)
        self.log_model = ImportLogModel(self)
        self.log = self._table(log, self.log_model, self.tr("Import log"))
        self.log.horizontalHeader().setStretchLastSection(True)
        log_layout.addWidget(self.log, 1)
        log_row = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export the log as &CSV…"), log)
        log_row.addWidget(self.csv_button)
        log_row.addStretch(1)
        log_layout.addLayout(log_row)
        self.tabs.addTab(log, self.tr("Import log (every file ever received)"))
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    def _table(self, parent: QWidget, model, name: str) -> QTableView:
        table = row_table(model, parent, name)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _connect_signals(self) -> None:
        self.add_files_button.clicked.connect(self._on_add_files)
        self.add_folder_button.clicked.connect(self._on_add_folder)
        self.clear_button.clicked.connect(self.clear)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.receipt_button.clicked.connect(self._on_receipt)
        self.csv_button.clicked.connect(self._on_export_csv)
        self.results.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- the list of files -------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.pending:
                self.pending.append(path)
                label = str(path) + (" " + self.tr("(folder)") if path.is_dir() else "")
                self.files.addItem(label)
        self._update_buttons()

    def clear(self) -> None:
        self.pending.clear()
        self.files.clear()
        self._update_buttons()

    def _on_add_files(self) -> None:
        self.add_paths(OpenFilesDialog.ask(self, "submissions", self.tr(
            "Choose submission files"), None, self.tr("Submissions (*.pdf *.p7m);;All files (*)")))

    def _on_add_folder(self) -> None:
        folder = FolderDialog.ask(self, "submissions", self.tr(
            "Choose a folder (its subfolders are searched too)"))
        if folder is not None:
            self.add_paths([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the import log again, in the background; the tab fills when it arrives."""
        self._update_buttons()
        if self.log_task is not None:
            self._log_again = True
            return
        self.log_task = tasks.run_in_background(
            import_log_job, self.session.central_ref, owner=self,
            on_success=self._on_log_loaded, on_error=self._on_log_failed)

    def _on_log_loaded(self, entries: list) -> None:
        self.log_task = None
        self.log_model.set_rows(entries)
        if self._log_again:
            self._log_again = False
            self.refresh()

    def _on_log_failed(self, exc: BaseException) -> None:
        self.log_task = None
        self._log_again = False
        if not isinstance(exc, DigigovError):
            raise exc
        show_message(self, self.tr("Inbox"), error_message(exc))

    def _selected_result(self):
        index = self.results.currentIndex()
        if not index.isValid() or not self.results.selectionModel().isSelected(index):
            return None
        return self.results_model.index(index.row(), 0).data(ResultRole)

    def _update_buttons(self) -> None:
        running = self.task is not None
        has_ca = self.session.ca_folder is not None
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            button.setEnabled(not running)
        self.import_button.setEnabled(not running and bool(self.pending) and has_ca)
        self.import_button.setToolTip("" if has_ca else self.tr(
            "Create or open the certificate authority first."))
        self.cancel_button.setEnabled(running and not self.cancel_event.is_set())
        result = self._selected_result()
        self.receipt_button.setEnabled(
            not running and has_ca and result is not None and result.submission_id is not None
            and result.outcome in ("ACCEPTED", "DUPLICATE"))

    # --- import ------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.task is not None or not self.pending:
            return
        authority = self.session.authority()
        if authority is None:
            show_message(self, self.tr("Inbox"), self.tr(
                "Create or open the certificate authority first: every file is checked "
                "against it."))
            return
        from digigov_desktop.services.import_ import any_sealed

        seal_passphrase = None
        if any_sealed(self.pending):  # asked here, on the GUI thread, before the run
            seal_passphrase = PassphraseDialog.ask(self, self.tr("Sealed submissions"), self.tr(
                "Some files are sealed for the coordinator. Enter the passphrase of the "
                "certificate authority to open them (or cancel: they will be refused)."))
        self.cancel_event.clear()
        self.results_model.set_rows([])
        self.bar.setRange(0, 0)  # busy until the first file reports the total
        self.summary.setText(self.tr("Looking for files…"))
        self.task = tasks.run_in_background(
            import_job, self.session.central_ref, authority.folder, list(self.pending),
            self.session.actor, self.cancel_event, seal_passphrase, owner=self,
            on_progress=self._on_progress, on_success=self._on_done, on_error=self._on_failed)
        self._update_buttons()

    def cancel(self) -> None:
        if self.task is not None:
            self.cancel_event.set()
            self.summary.setText(self.tr("Cancelling after the current file…"))
            self._update_buttons()

    def _on_progress(self, progress: ImportProgress) -> None:
        self.bar.setRange(0, progress.total)
        self.bar.setValue(progress.done)
        self.results_model.append(progress.result)
        if not self.cancel_event.is_set():
            self.summary.setText(self.tr("%1 of %2 files checked…").replace(
                "%1", str(progress.done)).replace("%2", str(progress.total)))

    def _counts_text(self, results) -> str:
        accepted = sum(r.outcome == "ACCEPTED" for r in results)
        duplicates = sum(r.outcome == "DUPLICATE" for r in results)
        rejected = len(results) - accepted - duplicates
        superseded = sum(r.superseded for r in results)
        text = self.tr("%1 accepted, %2 already imported, %3 rejected.").replace(
            "%1", str(accepted)).replace("%2", str(duplicates)).replace("%3", str(rejected))
        if superseded:
            text += " " + self.tr("%n older revision(s) superseded.", "", superseded)
        return text

    def _on_done(self, results) -> None:
        self.task = None
        cancelled = self.cancel_event.is_set()
        self.cancel_event.clear()
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(1 if not cancelled else 0)
        text = self._counts_text(results)
        if cancelled:
            text = self.tr("Cancelled after %n file(s).", "", len(results)) + " " + text
        elif not results:
            text = self.tr("No PDF files were found.")
        else:
            self.clear()
        self.summary.setText(text)
        self.refresh()
        self.results.resizeColumnsToContents()
        if any(r.outcome == "ACCEPTED" for r in results):
            self.imported.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.cancel_event.clear()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.summary.clear()
        self.refresh()
        if not isinstance(exc, DigigovError):
            raise exc
        show_message(self, self.tr("Inbox"), error_message(exc))

    # --- receipts and CSV ---------------------------------------------------------------------

    def _on_receipt(self) -> None:
        result = self._selected_result()
        authority = self.session.authority()
        if result is None or authority is None or result.submission_id is None:
            return
        self.issue_receipt(result.submission_id, result.revision, result.agency_code or "")

    def issue_receipt(self, submission_id: str, revision: int | None, agency_code: str) -> None:
        authority = self.session.authority()
        if authority is None or self.task is not None:
            return
        passphrase = PassphraseDialog.ask(self, self.tr("Sign the receipt"), self.tr(
            "Enter the passphrase of the certificate authority."))
        if passphrase is None:
            return
        suggested = self.session.central_path.parent / (
            f"digigov-receipt-{agency_code}-{submission_id[:8]}-r{revision or 1}.pdf")
        target = SaveFileDialog.ask(self, "receipt", self.tr("Save the receipt"), suggested,
                                    self.tr("Receipt (*.pdf)"))
        if target is None:
            return

        def done(_issued) -> None:
            self.task = None
            self.summary.clear()
            self._update_buttons()
            show_message(self, self.tr("Receipt"), self.tr(
                "The receipt was saved to %1. Send it to the agency.").replace(
                "%1", str(target)), icon=QMessageBox.Icon.Information)

        self.summary.setText(self.tr("Signing the receipt…"))
        self.task = tasks.run_in_background(
            receipt_job, self.session.central_ref, authority.folder, submission_id, revision,
            passphrase, target, self.session.lang, self.session.actor, owner=self,
            on_success=done, on_error=self._on_failed)
        self._update_buttons()

    def _on_export_csv(self) -> None:
        suggested = self.session.central_path.parent / "digigov-import-log.csv"
        target = SaveFileDialog.ask(self, "csv", self.tr("Export the import log"), suggested,
                                    self.tr("CSV (*.csv)"))
        if target is None:
            return
        try:
            self.session.coordinator.write_import_log_csv(target)
        except DigigovError as exc:
            show_message(self, self.tr("Inbox"), error_message(exc))
            return
        self.summary.setText(self.tr("The import log was saved to %1.").replace(
            "%1", str(target)))
