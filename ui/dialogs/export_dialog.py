"""Export the signed submission: readiness first, then passphrase, file, language, progress.

`SubmissionExport.run()` runs off the GUI thread (ui.tasks) on a `Store` of its own; the
Cancel button sets an event the export checks between its steps, so the outcome shown
is always what really happened (a file is either fully written or not at all).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.config import active_policy
from digigov_desktop.errors import DigigovError
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.export import (
    MAX_EMBEDDED_EVIDENCE_BYTES,
    ExportProgress,
    ExportResult,
    SubmissionExport,
    planned_signers,
)
from digigov_desktop.services.passphrases import advice
from digigov_desktop.services.stores import StoreRef
from ui import desktop, tasks
from ui.dialogs.file_dialogs import SaveFileDialog
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, error_message, issue_text
from ui.session import Session

ElementRole = Qt.ItemDataRole.UserRole + 1


def export_job(db: StoreRef, cancel: threading.Event, **kwargs):
    """Worker: run one export on a store of its own; yields progress, returns the result."""
    result = None
    with db.open() as store:
        for progress in SubmissionExport(store, **kwargs).run(cancelled=cancel.is_set):
            result = progress.result or result
            yield progress
    return result


def default_file_name(agency_code: str, year: int, revision: int) -> str:
    return f"digigov-{agency_code}-{year}-r{revision}.pdf"


@dataclass(frozen=True)
class ExportOutcome:
    """What `ExportDialog.ask` returns: the file written (if any) and where to go next."""

    result: ExportResult | None = None
    go_to: str | None = None  # a navigation key ("element:R1.2", "credentials")


class ExportDialog(QDialog):
    """Emits `progressed(ExportProgress)` on the GUI thread while exporting."""

    progressed = Signal(object)
    finished_export = Signal()

    def __init__(self, session: Session, exports_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exports_dir = Path(exports_dir)
        self.task: tasks.Task | None = None
        self.cancel_event = threading.Event()
        self.result_value: ExportResult | None = None
        self.error: BaseException | None = None
        self.go_to: str | None = None
        self._close_when_done = False
        self._build_ui()
        self._connect_signals()
        self.check()

    # --- construction ----------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Export the signed submission"))
        self.setMinimumWidth(760)
        outer = QVBoxLayout(self)
        # The three sections scroll when the window is shorter than their wrapped texts
        # (200 % font on a small screen); the buttons stay in view below them.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        self.body = body

        self.readiness_box = QGroupBox(self.tr("1. Readiness"), self)
        readiness = QVBoxLayout(self.readiness_box)
        self.readiness_summary = QLabel(self.readiness_box)
        self.readiness_summary.setWordWrap(True)
        self.issues = QListWidget(self.readiness_box)
        self.issues.setAccessibleName(self.tr("Problems that block the export"))
        self.issues.setWordWrap(True)
        # A list has no height-for-width: room for about three problems, each may wrap.
        self.issues.setMinimumHeight(self.issues.fontMetrics().lineSpacing() * 6)
        self.issues_hint = QLabel(self.tr(
            "Double-click a problem (or press Enter) to go to it."), self.readiness_box)
        self.issues_hint.setWordWrap(True)
        readiness.addWidget(self.readiness_summary)
        readiness.addWidget(self.issues)
        readiness.addWidget(self.issues_hint)
        credential_row = QHBoxLayout()
        self.credential_state = QLabel(self.readiness_box)
        self.credential_state.setWordWrap(True)
        self.credential_state.setTextFormat(Qt.TextFormat.PlainText)
        self.credential_button = QPushButton(self.tr("Open the &credential page"),
                                             self.readiness_box)
        credential_row.addWidget(self.credential_state, 1)
        credential_row.addWidget(self.credential_button, 0, Qt.AlignmentFlag.AlignTop)
        readiness.addLayout(credential_row)
        layout.addWidget(self.readiness_box)

        self.options_box = QGroupBox(self.tr("2. Signature and file"), self)
        form = QFormLayout(self.options_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase = QLineEdit(self.options_box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Key passphrase"))
        label = QLabel(self.tr("Key &passphrase:"), self.options_box)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        destination_row = QHBoxLayout()
        self.destination = QLineEdit(self.options_box)
        self.destination.setAccessibleName(self.tr("File to write"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self.options_box)
        destination_row.addWidget(self.destination, 1)
        destination_row.addWidget(self.browse_button)
        label = QLabel(self.tr("&File:"), self.options_box)
        label.setBuddy(self.destination)
        form.addRow(label, destination_row)
        self.language = QComboBox(self.options_box)
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(self.language.findData(self.session.lang))
        self.language.setAccessibleName(self.tr("Language of the report"))
        label = QLabel(self.tr("Report &language:"), self.options_box)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        # A check box does not wrap: at 200 % its text must still fit, so the limit goes on a
        # short line of its own (a wrapping one gets no height in a dialog this size).
        self.embed = QCheckBox(self.tr("&Embed the evidence files in the PDF"), self.options_box)
        self.embed_hint = QLabel(self.tr("(up to %1 MB in total)").replace(
            "%1", str(MAX_EMBEDDED_EVIDENCE_BYTES // (1024 * 1024))), self.options_box)
        form.addRow(self.embed)
        form.addRow(self.embed_hint)
        # Sealed: only the coordinator can open the file (on by policy; locked: always).
        self.seal = QCheckBox(self.tr("&Seal for the coordinator (.p7m)"), self.options_box)
        policy = active_policy()
        self.seal.setChecked(bool(policy.get("seal_submissions", False)))
        self.seal.setEnabled(not policy.is_locked("seal_submissions"))
        form.addRow(self.seal)
        # The plan, signed into the file: who signs after the preparer (preset from the last
        # export, else the policy's required roles); the coordinator waits for them.
        plan = planned_signers(self.session.service.store)
        self.then_reviewer = QCheckBox(self.tr("To be reviewed by the &reviewer"),
                                       self.options_box)
        self.then_approver = QCheckBox(self.tr("To be approved by the appr&over"),
                                       self.options_box)
        for box, role in ((self.then_reviewer, "reviewer"), (self.then_approver, "approver")):
            box.setChecked(role in plan)
            box.setToolTip(self.tr("Their signature is added after yours (File → Sign a "
                                   "submission); the coordinator accepts the file only then."))
            form.addRow(box)
        layout.addWidget(self.options_box)

        self.progress_box = QGroupBox(self.tr("3. Export"), self)
        progress = QVBoxLayout(self.progress_box)
        self.step = QLabel(self.progress_box)
        self.step.setWordWrap(True)
        self.bar = QProgressBar(self.progress_box)
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.outcome = QLabel(self.progress_box)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint_row = QHBoxLayout()
        self.fingerprint_label = QLabel(self.tr("SHA-256 fingerprint:"), self.progress_box)
        self.fingerprint = QLineEdit(self.progress_box)
        self.fingerprint.setReadOnly(True)
        self.fingerprint.setAccessibleName(self.tr("SHA-256 fingerprint of the file"))
        self.fingerprint.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 40))
        self.copy_button = QPushButton(self.tr("Co&py"), self.progress_box)
        fingerprint_row.addWidget(self.fingerprint_label)
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(self.copy_button)
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self.progress_box)
        progress.addWidget(self.step)
        progress.addWidget(self.bar)
        progress.addWidget(self.outcome)
        progress.addLayout(fingerprint_row)
        progress.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress_box)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export and sign"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        outer.addWidget(self.buttons)
        self._show_result_widgets(False)
        self.close_button.hide()

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.accept)
        self.browse_button.clicked.connect(self._on_browse)
        self.copy_button.clicked.connect(self._on_copy)
        self.open_folder_button.clicked.connect(self._on_open_folder)
        self.issues.itemActivated.connect(self._on_issue_activated)
        self.credential_button.clicked.connect(self._on_credential_page)
        self.passphrase.textChanged.connect(self._update_buttons)
        self.destination.textChanged.connect(self._update_buttons)
        self.seal.toggled.connect(self._on_seal_toggled)

    # --- readiness -------------------------------------------------------------------

    def check(self) -> None:
        """Readiness and credential checks; the export stays disabled while any fails."""
        s = self.session
        status = s.status()
        framework = status.framework
        blocking = [i for i in status.issues if i.blocking]
        self.issues.clear()
        for issue in blocking:
            if issue.element is None:
                where = self.tr("The evaluation as a whole")
            else:
                where = f"{issue.element} {framework.element(issue.element).title.get(s.lang)}"
            item = QListWidgetItem(f"{where} — {issue_text(issue.code)}")
            item.setData(ElementRole, issue.element)
            self.issues.addItem(item)
        self.ready = not blocking
        if blocking:
            self.readiness_summary.setText(self.tr(
                "%n problem(s) must be solved before the evaluation can be exported:", "",
                len(blocking)))
            self.issues.setCurrentRow(0)
        else:
            self.readiness_summary.setText(self.tr("The evaluation is ready to submit."))
        self.issues.setVisible(bool(blocking))
        self.issues_hint.setVisible(bool(blocking))

        state = CredentialService(s.service.store).state()
        self.credential_ok = state.status == "active" and state.has_trust_bundle
        if state.status == "active" and state.has_trust_bundle:
            until = state.not_after.astimezone().strftime("%Y-%m-%d") if state.not_after else "–"
            self.credential_state.setText(self.tr(
                "Signed with the credential of %1 (valid until %2).").replace(
                "%1", state.agency_code or "").replace("%2", until))
        elif state.status == "expired":
            self.credential_state.setText(self.tr(
                "The signing credential has expired: request a new one first."))
        elif state.status == "active":
            self.credential_state.setText(self.tr(
                "The coordinator's trust bundle is not installed yet."))
        else:
            self.credential_state.setText(self.tr(
                "No signing credential is installed yet: request or import one first."))
        self.credential_button.setVisible(not self.credential_ok)

        evaluation = s.service.evaluation(s.cycle_id)
        latest = s.service.latest_submission(s.cycle_id)
        revision = (latest.revision if latest is not None else 0) + 1
        self.destination.setText(str(self.exports_dir / default_file_name(
            evaluation.agency.code, s.cycle.year, revision)))
        self._on_seal_toggled(self.seal.isChecked())
        self.options_box.setEnabled(self.ready and self.credential_ok)
        self._update_buttons()
        if self.isVisible():
            self.fit_height()

    def signers_planned(self) -> list[str]:
        """The roles ticked to sign after the preparer, in chain order."""
        return [role for box, role in ((self.then_reviewer, "reviewer"),
                                       (self.then_approver, "approver")) if box.isChecked()]

    def _update_buttons(self) -> None:
        running = self.task is not None
        done = self.result_value is not None
        self.export_button.setEnabled(
            not running and not done and self.ready and self.credential_ok
            and bool(self.passphrase.text()) and bool(self.destination.text().strip()))
        self.export_button.setVisible(not done)
        self.cancel_button.setVisible(not done)
        self.cancel_button.setEnabled(not self.cancel_event.is_set())
        self.close_button.setVisible(done)

    def _show_result_widgets(self, visible: bool) -> None:
        for widget in (self.fingerprint_label, self.fingerprint, self.copy_button,
                       self.open_folder_button):
            widget.setVisible(visible)

    # --- export ----------------------------------------------------------------------

    def start(self) -> None:
        if self.task is not None or not self.export_button.isEnabled():
            return
        s = self.session
        self.cancel_event.clear()
        self.error = None
        self.outcome.clear()
        self.bar.setValue(0)
        self.step.setText(self.tr("Starting…"))
        self.options_box.setEnabled(False)
        self.weak_passphrase = advice(self.passphrase.text()) is not None
        self.task = tasks.run_in_background(
            export_job, s.store_ref, self.cancel_event,
            out=Path(self.destination.text().strip()).expanduser(),
            passphrase=self.passphrase.text().encode("utf-8"),
            lang=self.language.currentData(), actor=s.service.actor, cycle_id=s.cycle_id,
            embed_evidence=self.embed.isChecked(), seal=self.seal.isChecked(),
            signers_planned=self.signers_planned(),
            on_progress=self._on_progress, on_success=self._on_success, on_error=self._on_error,
        )
        self._update_buttons()

    def cancel(self) -> None:
        """Ask the running export to stop at its next step."""
        if self.task is not None:
            self.cancel_event.set()
            self.step.setText(self.tr("Cancelling…"))
            self._update_buttons()

    def _step_text(self, step: str) -> str:
        return {
            "check": self.tr("Checking the evaluation and the credential…"),
            "payload": self.tr("Preparing the evaluation data…"),
            "report": self.tr("Writing the report…"),
            "sign": self.tr("Signing…"),
            "verify": self.tr("Checking the file as the coordinator will…"),
            "write": self.tr("Saving the file…"),
            "done": self.tr("Done."),
        }.get(step, step)

    def _on_progress(self, progress: ExportProgress) -> None:
        self.bar.setValue(round(progress.fraction * 100))
        if not self.cancel_event.is_set() or progress.step == "done":
            self.step.setText(self._step_text(progress.step))
        self.progressed.emit(progress)

    def _on_success(self, result: ExportResult | None) -> None:
        self.task = None
        self.result_value = result
        self.bar.setValue(100)
        self.step.setText(self._step_text("done"))
        if result is not None:
            self.outcome.setText(self.tr(
                "Saved %1 (submission %2, revision %3). Send this file to the coordinator.")
                .replace("%1", str(result.path)).replace("%2", result.submission_id)
                .replace("%3", str(result.revision)))
            if getattr(self, "weak_passphrase", False):
                self.outcome.setText(self.outcome.text() + "\n" + self.tr(
                    "Notice: the key's passphrase is weaker than the current rule allows. "
                    "Change it on the Credentials page (Change the passphrase)."))
            self.fingerprint.setText(result.file_sha256)
            self.fingerprint.setCursorPosition(0)
            self._show_result_widgets(True)
            self.fit_height()  # room for the result's sentence and the fingerprint row
        self._update_buttons()
        self.finished_export.emit()
        if self._close_when_done:
            super().accept()

    def _on_error(self, exc: BaseException) -> None:
        self.task = None
        self.error = exc
        self.bar.setValue(0)
        cancelled = isinstance(exc, DigigovError) and exc.code == "CANCELLED"
        self.step.setText(self.tr("Cancelled: no file was written.") if cancelled else
                          self.tr("The export failed: no file was written."))
        self.cancel_event.clear()
        if not isinstance(exc, DigigovError):
            self._update_buttons()
            self.finished_export.emit()
            raise exc  # a bug: the crash dialog
        if not cancelled:
            self.outcome.setText(error_message(exc))
        if exc.code == "NOT_READY":
            self.check()
        else:
            self.options_box.setEnabled(True)
        self._update_buttons()
        self.finished_export.emit()
        if self._close_when_done:
            super().reject()

    # --- other actions ---------------------------------------------------------------------

    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.cancel()  # the dialog stays open and says what happened
        else:
            self.reject()

    def _suffix(self) -> str:
        return ".p7m" if self.seal.isChecked() else ".pdf"

    def _on_seal_toggled(self, sealed: bool) -> None:
        """A sealed file is named .p7m, a plain one .pdf (the import reads both by content)."""
        text = self.destination.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in (".pdf", ".p7m"):
                self.destination.setText(str(path.with_suffix(".p7m" if sealed else ".pdf")))

    def _on_browse(self) -> None:
        current = Path(self.destination.text().strip() or self.exports_dir)
        suffix = self._suffix()
        path = SaveFileDialog.ask(self, "export", self.tr("Save the signed submission"), current,
                                  self.tr("Sealed submission (*.p7m)") if suffix == ".p7m"
                                  else self.tr("PDF (*.pdf)"))
        if path is not None:
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
            self.destination.setText(str(path))

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.text())

    def _on_open_folder(self) -> None:
        if self.result_value is not None:
            desktop.open_folder(self.result_value.path.parent)

    def _on_issue_activated(self, item: QListWidgetItem) -> None:
        element = item.data(ElementRole)
        self.go_to = f"element:{element}" if element else "readiness"
        self.reject()

    def _on_credential_page(self) -> None:
        self.go_to = "credentials"
        self.reject()

    def reject(self) -> None:
        if self.task is not None:  # closing while exporting: stop first, close when done
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the sections' wrapped texts need at this width, up to the screen.

        A window is sized from its layout's minimum, which leaves word-wrapped labels out
        (they need many more lines at 200 % font); past the screen's height the sections
        scroll instead.
        """
        body = self.body.layout()
        need = (body.totalHeightForWidth(self.body.width()) if body.hasHeightForWidth()
                else body.sizeHint().height())
        margins = self.layout().contentsMargins()
        need += (self.buttons.sizeHint().height() + self.layout().spacing()
                 + margins.top() + margins.bottom())
        screen = self.screen().availableGeometry().height() if self.screen() else need
        height = min(need, screen - 40)
        if self.height() < height:
            self.resize(self.width(), height)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.task is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def outcome_value(self) -> ExportOutcome:
        return ExportOutcome(self.result_value, self.go_to)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, exports_dir: Path) -> ExportOutcome:
        dialog = cls(session, exports_dir, parent)
        try:
            dialog.exec()
            return dialog.outcome_value()
        finally:
            dialog.deleteLater()
