"""Create the coordinator's certificate authority: folder, name, passphrase twice.

Says BEFORE anything is created that a lost passphrase cannot be repaired and how to back
up the folder; Create stays disabled until the person ticks that they understood.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.dialogs.file_dialogs import FolderDialog
from ui.dialogs.form_dialog import FormDialog, answer_or_none
from ui.dialogs.passphrase_dialog import hint_text
from ui.widgets.click_label import wrapping_check_box


@dataclass(frozen=True)
class CaCreateRequest:
    folder: Path
    name: str
    passphrase: bytes


class CaCreateDialog(FormDialog):
    text_width_chars = 72

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui(folder)
        self.browse_button.clicked.connect(self._on_browse)
        for edit in (self.folder, self.name, self.passphrase, self.repeat):
            edit.textChanged.connect(self._on_changed)
        self.understood.toggled.connect(self._on_changed)
        self._on_changed()

    def _build_ui(self, folder: Path) -> None:
        self.setMinimumWidth(620)
        self.begin_form(self.tr("Create the certificate authority"), self.tr(
            "The certificate authority issues and revokes the agencies' signing credentials. "
            "It is one folder holding the root key, encrypted with the passphrase you choose "
            "now."), wrap_rows=True)
        warning = self.add_text(self.tr(
            "<b>Losing the passphrase cannot be repaired.</b> It is not stored anywhere. "
            "Without the folder and its passphrase nobody can issue or revoke credentials, and "
            "every agency would need a new credential from a new authority."))
        warning.setTextFormat(Qt.TextFormat.RichText)
        self.add_text(self.tr(
            "Back up the whole folder to two separate places (for example an encrypted USB "
            "stick kept in a safe, and the institution's backup system) after creating it and "
            "after every change. Write the passphrase down and keep it apart from the "
            "backups."))

        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(folder), self)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.add_row(self.tr("&Folder:"), folder_row,
                     self.tr("Folder of the certificate authority"), buddy=self.folder)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Digital Government Coordination 2026"))
        self.passphrase = self.password_edit()
        self.repeat = self.password_edit()
        self.add_rows(((self.tr("&Name:"), self.name),
                       (self.tr("&Passphrase:"), self.passphrase),
                       (self.tr("&Again:"), self.repeat)))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        understood_row, self.understood, _ = wrapping_check_box(self.tr(
            "I understand that a lost passphrase cannot be recovered, and I will back up the "
            "folder."), self)
        self.end_form(self.tr("Create the authority"), after=[understood_row])

    def _on_browse(self) -> None:
        folder = FolderDialog.ask(self, "ca_folder", self.tr(
            "Choose an empty folder for the certificate authority"),
            Path(self.folder.text()).parent)
        if folder is not None:
            self.folder.setText(str(folder))

    def _on_changed(self) -> None:
        text = self.passphrase.text()
        level, hint = hint_text(text)
        matches = self.repeat.text() == text
        if level and self.repeat.text() and not matches:
            hint += " " + self.tr("The two passphrases do not match yet.")
        self.hint.setText(hint)
        ok = (bool(self.folder.text().strip()) and bool(self.name.text().strip()) and level > 0
              and matches and self.understood.isChecked())
        self.ok.setEnabled(ok)

    def value(self) -> CaCreateRequest:
        return CaCreateRequest(Path(self.folder.text().strip()).expanduser(),
                               self.name.text().strip(), self.passphrase.text().encode("utf-8"))

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> CaCreateRequest | None:
        dialog = cls(folder, parent)
        return answer_or_none(dialog, dialog.value)
