"""Start a new cycle from the current one: choose its year."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from ui.dialogs.form_dialog import FormDialog, answer_or_none


class NewCycleDialog(FormDialog):
    text_width_chars = 50

    def __init__(self, previous_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_year = previous_year
        self._build_ui()

    def _build_ui(self) -> None:
        self.begin_form(self.tr("Start a new cycle"), self.tr(
            "The answers, notes and evidence of %1 are copied into the new cycle as a draft. "
            "Copied answers are marked until you review and edit them.").replace(
            "%1", str(self.previous_year)))
        self.year = QSpinBox(self)
        self.year.setRange(self.previous_year + 1, 2100)
        self.year.setValue(self.previous_year + 1)
        self.add_row(self.tr("&Year of the new cycle:"), self.year,
                     self.tr("Year of the new cycle"))
        self.end_form(self.tr("Start cycle"))

    @classmethod
    def ask(cls, parent: QWidget | None, previous_year: int) -> int | None:
        dialog = cls(previous_year, parent)
        return answer_or_none(dialog, dialog.year.value)
