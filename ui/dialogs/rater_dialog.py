"""Name a member of the self-assessment group: name, role and unit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fitting import FittedDialog


@dataclass(frozen=True)
class RaterAnswer:
    name: str
    role: str
    unit: str = ""


class RaterDialog(FittedDialog):
    text_width_chars = 55

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()
        self._update_ok()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a rater"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each rater scores on their own, in the workbook you export for them, and sends "
            "back a sealed file that only their workbook can produce."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.unit = QLineEdit(self)
        for text, field, accessible in (
                (self.tr("&Name:"), self.name, self.tr("Name of the rater")),
                (self.tr("&Role:"), self.role, self.tr("Role of the rater")),
                (self.tr("&Unit:"), self.unit, self.tr("Unit of the rater"))):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            field.setMaxLength(200)
            form.addRow(label, field)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add rater"))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name.text().strip()))

    def answer(self) -> RaterAnswer:
        return RaterAnswer(self.name.text().strip(), self.role.text().strip(),
                           self.unit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None) -> RaterAnswer | None:
        dialog = cls(parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
