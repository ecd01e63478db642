"""Revoke one agency certificate: the reason and the CA passphrase."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from digigov_desktop.services.authority import REVOCATION_REASONS
from ui.dialogs.form_dialog import FormDialog, answer_or_none

REASON_TEXT = {
    "unspecified": QT_TRANSLATE_NOOP("RevokeDialog", "No particular reason"),
    "key_compromise": QT_TRANSLATE_NOOP("RevokeDialog", "The key was lost or exposed"),
    "affiliation_changed": QT_TRANSLATE_NOOP("RevokeDialog", "The agency changed"),
    "superseded": QT_TRANSLATE_NOOP("RevokeDialog", "Replaced by a new credential"),
    "cessation_of_operation": QT_TRANSLATE_NOOP("RevokeDialog", "The agency no longer takes part"),
}


@dataclass(frozen=True)
class RevokeRequest:
    reason: str
    passphrase: bytes


class RevokeDialog(FormDialog):
    text_width_chars = 56

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui(description)
        self.passphrase.textChanged.connect(self._on_changed)
        self._on_changed()

    def _build_ui(self, description: str) -> None:
        self.setMinimumWidth(520)
        self.begin_form(self.tr("Revoke a credential"), self.tr(
            "Revoke %1? Files it signs from now on are rejected. The revocation list is "
            "reissued: send the new trust bundle to the agencies.").replace("%1", description),
            wrap_rows=True)
        self.reason = QComboBox(self)
        for code in REVOCATION_REASONS:
            self.reason.addItem(QCoreApplication.translate("RevokeDialog", REASON_TEXT[code]),
                                code)
        self.passphrase = self.password_edit()
        self.add_rows(((self.tr("&Reason:"), self.reason),
                       (self.tr("CA pa&ssphrase:"), self.passphrase)))
        self.end_form(self.tr("Revoke"))

    def _on_changed(self) -> None:
        self.ok.setEnabled(bool(self.passphrase.text()))

    def value(self) -> RevokeRequest:
        return RevokeRequest(self.reason.currentData(), self.passphrase.text().encode("utf-8"))

    @classmethod
    def ask(cls, parent: QWidget | None, description: str) -> RevokeRequest | None:
        dialog = cls(description, parent)
        return answer_or_none(dialog, dialog.value)
