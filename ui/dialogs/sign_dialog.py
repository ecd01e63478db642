"""File → Sign a submission: check a received submission, show it, sign it as reviewer or
approver with this installation's credential.

The file is verified off the GUI thread as soon as it is chosen (the coordinator's checks),
and its content and every earlier signature are shown before anything can be signed;
signing (key unlock ~0.3 s, signature, self-check) runs off the GUI thread too, with a
cancel between steps. Nothing is written unless the signed file verifies.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.errors import DigigovError
from digigov_desktop.services.signing import SubmissionPreview, countersign_submission, preview
from digigov_desktop.services.stores import open_agency
from ui import tasks
from ui.code_text import outcome_text
from ui.dialogs.file_dialogs import OpenFileDialog, SaveFileDialog
from ui.dialogs.fitting import FittedDialog
from ui.dialogs.form_dialog import add_value_rows
from ui.i18n import error_message, number


def preview_job(db_path: Path, path: Path) -> tuple[bytes, SubmissionPreview]:
    """Worker: read the file and verify it with this installation's trust bundle."""
    data = path.read_bytes()
    with open_agency(db_path, create=False) as store:
        return data, preview(store, data)


def sign_job(db_path: Path, data: bytes, role: str, passphrase: bytes, out: Path,
             cancelled: threading.Event):
    """Worker: a generator of progress; its last step carries the signed bytes."""
    with open_agency(db_path, create=False) as store:
        yield from countersign_submission(store, data, role=role, passphrase=passphrase,
                                          out=out, cancelled=cancelled.is_set)


class SignDialog(FittedDialog):
    text_width_chars = 72

    def __init__(self, db_path: Path, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.folder = folder
        self.data: bytes | None = None
        self.seen: SubmissionPreview | None = None
        self.task: tasks.Task | None = None
        self.cancel_event = threading.Event()
        self.signed_path: Path | None = None
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign a submission"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Sign a submission prepared by your agency as its reviewer or approver. The file "
            "is checked exactly as the coordinator will check it, and you see what you are "
            "signing before you sign."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choose_button = QPushButton(self.tr("&Choose the submission…"), self)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.file_label = self._value()
        self.state_label = self._value()
        self.content_label = self._value()
        self.hash_label = self._value()
        self.chain_label = self._value()
        self.planned_label = self._value()  # the preparer's plan: who has still to sign
        add_value_rows(form, ((self.tr("File:"), self.file_label),
                              (self.tr("Check:"), self.state_label),
                              (self.tr("Content:"), self.content_label),
                              (self.tr("Payload SHA-256:"), self.hash_label),
                              (self.tr("Signatures so far:"), self.chain_label),
                              (self.tr("Still to sign:"), self.planned_label)))
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Reviewer"), "reviewer")
        self.role.addItem(self.tr("Approver"), "approver")
        role_label = QLabel(self.tr("Sign &as:"), self)
        role_label.setBuddy(self.role)
        form.addRow(role_label, self.role)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Key passphrase"))
        pass_label = QLabel(self.tr("Key &passphrase:"), self)
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        layout.addLayout(form)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.sign_button = QPushButton(self.tr("&Sign and save…"), self)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = QPushButton(self.tr("Cancel signing"), self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)

    def _value(self) -> QLabel:
        label = QLabel("–", self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self._on_choose)
        self.sign_button.clicked.connect(self._on_sign)
        self.cancel_button.clicked.connect(self.cancel_event.set)
        self.passphrase.textChanged.connect(self._update_buttons)

    def _update_buttons(self) -> None:
        idle = self.task is None
        ready = self.seen is not None and self.seen.valid
        self.choose_button.setEnabled(idle)
        self.sign_button.setEnabled(idle and ready and bool(self.passphrase.text()))
        self.cancel_button.setVisible(not idle)

    # --- choosing ------------------------------------------------------------------------

    def _on_choose(self) -> None:
        path = OpenFileDialog.ask(self, "submission", self.tr("Choose the submission to sign"),
                                  self.folder, self.tr("Submission (*.pdf);;All files (*)"))
        if path is None:
            return
        self.load(path)

    def load(self, path: Path) -> None:
        """Verify `path` in the background and show it."""
        self.source = path
        self.file_label.setText(str(path))
        self.state_label.setText(self.tr("Checking…"))
        self.seen = self.data = None
        self.task = tasks.run_in_background(preview_job, self.db_path, path,
                                            on_success=self._on_previewed,
                                            on_error=self._on_error)
        self._update_buttons()

    def _on_previewed(self, result: tuple[bytes, SubmissionPreview]) -> None:
        self.task = None
        self.data, seen = result
        self.seen = seen
        self.state_label.setText(
            self.tr("Valid: every signature verifies.") if seen.valid else
            self.tr("Not valid, cannot be signed: %1").replace("%1", outcome_text(seen.reason)))
        overall = number(seen.overall, 2) if seen.overall is not None else "–"
        self.content_label.setText(self.tr("%1 (%2) · cycle %3 · overall score %4").replace(
            "%1", seen.agency_name or "–").replace("%2", seen.agency_code or "–").replace(
            "%3", str(seen.cycle or "–")).replace("%4", overall))
        self.hash_label.setText(seen.payload_sha256 or "–")
        self.chain_label.setText("\n".join(self._link_text(e) for e in seen.chain) or "–")
        names = {self.role.itemData(i): self.role.itemText(i) for i in range(self.role.count())}
        self.planned_label.setText(", ".join(names[r] for r in seen.still_to_sign) or "–")
        if seen.still_to_sign:  # the next planned signer
            self.role.setCurrentIndex(self.role.findData(seen.still_to_sign[0]))
        elif seen.last_role == "reviewer":
            self.role.setCurrentIndex(self.role.findData("approver"))
        self._update_buttons()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the wrapped texts' height at this width (the chain adds lines)."""
        layout = self.layout()
        if layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(
                self.width())))

    def _link_text(self, entry) -> str:
        role = {"preparer": self.tr("Prepared by"), "reviewer": self.tr("Reviewed by"),
                "approver": self.tr("Approved by")}[entry.role]
        return self.tr("%1 %2 · %3 · certificate %4").replace("%1", role).replace(
            "%2", entry.name).replace(
            "%3", (entry.signed_at or "–")[:19].replace("T", " ")).replace("%4", entry.serial)

    # --- signing -------------------------------------------------------------------------

    def _on_sign(self) -> None:
        role = self.role.currentData()
        suggested = self.source.with_name(f"{self.source.stem}-{role}.pdf")
        target = SaveFileDialog.ask(self, "signed", self.tr("Save the signed submission"),
                                    suggested, self.tr("Submission (*.pdf)"))
        if target is None:
            return
        self.cancel_event.clear()
        self.outcome.setText(self.tr("Signing…"))
        self.task = tasks.run_in_background(
            sign_job, self.db_path, self.data, role, self.passphrase.text().encode("utf-8"),
            target, self.cancel_event, on_success=lambda _r: self._on_signed(target),
            on_error=self._on_error)
        self._update_buttons()

    def _on_signed(self, target: Path) -> None:
        self.task = None
        self.signed_path = target
        self.outcome.setText(self.tr("Signed and saved to %1. Send this file on (to the "
                                     "approver, or to the coordinator).").replace(
                                         "%1", str(target)))
        self._update_buttons()

    def _on_error(self, exc: BaseException) -> None:
        self.task = None
        self._update_buttons()
        if not isinstance(exc, DigigovError | OSError):
            if isinstance(exc, tasks.Cancelled):
                self.outcome.setText(self.tr("Cancelled: nothing was written."))
                return
            raise exc  # a bug: the crash dialog
        if isinstance(exc, OSError):
            self.state_label.setText(self.tr("The file cannot be read: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        self.outcome.setText(error_message(exc))

    def done(self, result: int) -> None:  # noqa: D102 - closing never abandons a run
        if self.task is not None:
            self.cancel_event.set()
            self.task.cancel()
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: Path, folder: Path) -> Path | None:
        """Run the dialog; returns the signed file written, or None."""
        dialog = cls(db_path, folder, parent)
        try:
            dialog.exec()
            return dialog.signed_path
        finally:
            dialog.deleteLater()
