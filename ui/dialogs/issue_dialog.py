"""Issue an agency credential: from the agency's request (CSR) or as a PKCS#12 file.

The CA sets the subject itself; the agency code found in a CSR is only a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from digigov_desktop.services.authority import csr_subject
from ui.dialogs.file_dialogs import OpenFileDialog
from ui.dialogs.form_dialog import FormDialog, answer_or_none
from ui.dialogs.passphrase_dialog import hint_text

CSR = "csr"
P12 = "p12"


@dataclass(frozen=True)
class IssueRequest:
    route: str  # CSR or P12
    agency_code: str
    agency_name: str
    ca_passphrase: bytes
    csr_pem: bytes | None = None
    p12_passphrase: bytes | None = None
    person: str | None = None  # a person's credential for the signature chain
    role: str | None = None  # preparer, reviewer or approver (with person)


class IssueDialog(FormDialog):
    text_width_chars = 64

    def __init__(self, route: str, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.route = route
        self.start_folder = folder
        self.csr_pem: bytes | None = None
        self._build_ui()
        self.browse_button.clicked.connect(self._on_choose_csr)
        for edit in (self.code, self.name, self.p12_passphrase, self.p12_repeat,
                     self.ca_passphrase, self.person):
            edit.textChanged.connect(self._on_changed)
        self.role.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def _build_ui(self) -> None:
        csr = self.route == CSR
        self.setMinimumWidth(560)
        title = (self.tr("Issue a credential from a request") if csr
                 else self.tr("Issue a credential as a PKCS#12 file"))
        intro = self.tr(
            "The agency sent a request file (.csr); its key stays with the agency. Check the "
            "agency code and name: the certificate carries what you enter here.") if csr \
            else self.tr(
            "A new key and certificate are made here and packed in a PKCS#12 file protected by "
            "a passphrase. Deliver the file (e.g. on a USB stick) and send the passphrase "
            "separately.")
        form = self.begin_form(title, intro, wrap_rows=True)
        self.csr_path = QLineEdit(self)
        self.csr_path.setReadOnly(True)
        self.csr_path.setAccessibleName(self.tr("Request file"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.csr_problem = QLabel(self)
        self.csr_problem.setWordWrap(True)
        if csr:
            row = QHBoxLayout()
            row.addWidget(self.csr_path, 1)
            row.addWidget(self.browse_button)
            form.addRow(self.tr("Request (.csr):"), row)
            form.addRow(self.csr_problem)
        else:  # not in a layout: they would be drawn at the top-left corner
            for widget in (self.csr_path, self.browse_button, self.csr_problem):
                widget.hide()
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. AB-001"))
        self.name = QLineEdit(self)
        self.p12_passphrase = self.password_edit()
        self.p12_repeat = self.password_edit()
        self.ca_passphrase = self.password_edit()
        # Signature chain: the agency's credential, or a person's with a role.
        self.role = QComboBox(self)
        self.role.addItem(self.tr("The agency (no person)"), None)
        self.role.addItem(self.tr("A person: preparer"), "preparer")
        self.role.addItem(self.tr("A person: reviewer"), "reviewer")
        self.role.addItem(self.tr("A person: approver"), "approver")
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("the person's full name"))
        rows = [(self.tr("Agency &code:"), self.code), (self.tr("Agency &name:"), self.name),
                (self.tr("&Signs as:"), self.role), (self.tr("&Person:"), self.person)]
        if not csr:
            rows += [(self.tr("PKCS#12 &passphrase:"), self.p12_passphrase),
                     (self.tr("PKCS#12 passphrase &again:"), self.p12_repeat)]
        else:  # not in a layout: they would be drawn over the introduction, top left
            self.p12_passphrase.hide()
            self.p12_repeat.hide()
        rows.append((self.tr("CA pa&ssphrase:"), self.ca_passphrase))
        self.add_rows(rows)
        self.hint = self.wrapped_label("")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.hint)
        self.end_form(self.tr("Issue"))

    def load_csr(self, path: Path) -> None:
        """Read a request file and prefill the agency it asks for."""
        try:
            pem = path.read_bytes()
        except OSError as exc:
            self.csr_pem = None
            self.csr_problem.setText(self.tr("%1 cannot be read: %2").replace(
                "%1", str(path)).replace("%2", exc.strerror or str(exc)))
            self._on_changed()
            return
        code, name = csr_subject(pem)
        self.csr_path.setText(str(path))
        if code is None and not name:
            self.csr_pem = None
            self.csr_problem.setText(self.tr("The file is not a valid certificate request."))
        else:
            self.csr_pem = pem
            self.csr_problem.clear()
            if code and not self.code.text():
                self.code.setText(code)
            if name and not self.name.text():
                self.name.setText(name)
        self._on_changed()

    def _on_choose_csr(self) -> None:
        path = OpenFileDialog.ask(self, "csr", self.tr("Choose the agency's request"),
                                  self.start_folder,
                                  self.tr("Certificate request (*.csr *.pem);;All files (*)"))
        if path is not None:
            self.load_csr(path)

    def _on_changed(self) -> None:
        ok = bool(self.code.text().strip() and self.name.text().strip()
                  and self.ca_passphrase.text())
        self.person.setEnabled(self.role.currentData() is not None)
        ok = ok and (self.role.currentData() is None or bool(self.person.text().strip()))
        hint = ""
        if self.route == CSR:
            ok = ok and self.csr_pem is not None
        else:
            text = self.p12_passphrase.text()
            level, rule_hint = hint_text(text)  # the services' passphrase rule
            if level == 0:
                hint = rule_hint
            elif self.p12_repeat.text() != text:
                hint = self.tr("The two PKCS#12 passphrases do not match yet.")
            ok = ok and not hint
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.ok.setEnabled(ok)

    def value(self) -> IssueRequest:
        return IssueRequest(
            route=self.route, agency_code=self.code.text().strip(),
            agency_name=self.name.text().strip(),
            ca_passphrase=self.ca_passphrase.text().encode("utf-8"),
            csr_pem=self.csr_pem if self.route == CSR else None,
            p12_passphrase=(self.p12_passphrase.text().encode("utf-8")
                            if self.route == P12 else None),
            person=self.person.text().strip() or None if self.role.currentData() else None,
            role=self.role.currentData(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, route: str,
            folder: Path | None = None) -> IssueRequest | None:
        dialog = cls(route, folder, parent)
        return answer_or_none(dialog, dialog.value)
