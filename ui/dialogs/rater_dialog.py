"""Name a member of the self-assessment group: name, role and unit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.dialogs.form_dialog import FormDialog, answer_or_none


@dataclass(frozen=True)
class RaterAnswer:
    name: str
    role: str
    unit: str = ""


class RaterDialog(FormDialog):
    text_width_chars = 55

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _build_ui(self) -> None:
        self.begin_form(self.tr("Add a rater"), self.tr(
            "Each rater scores on their own, in the workbook you export for them, and sends "
            "back a sealed file that only their workbook can produce."))
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.unit = QLineEdit(self)
        for text, field, accessible in (
                (self.tr("&Name:"), self.name, self.tr("Name of the rater")),
                (self.tr("&Role:"), self.role, self.tr("Role of the rater")),
                (self.tr("&Unit:"), self.unit, self.tr("Unit of the rater"))):
            field.setMaxLength(200)
            self.add_row(text, field, accessible)
        self.end_form(self.tr("Add rater"))

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()))

    def answer(self) -> RaterAnswer:
        return RaterAnswer(self.name.text().strip(), self.role.text().strip(),
                           self.unit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None) -> RaterAnswer | None:
        dialog = cls(parent)
        return answer_or_none(dialog, dialog.answer)
