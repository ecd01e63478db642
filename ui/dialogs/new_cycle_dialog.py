"""Start a new cycle from the current one: choose its year."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fitting import FittedDialog


class NewCycleDialog(FittedDialog):
    text_width_chars = 50

    def __init__(self, previous_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_year = previous_year
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Start a new cycle"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The answers, notes and evidence of %1 are copied into the new cycle as a draft. "
            "Copied answers are marked until you review and edit them.").replace(
            "%1", str(self.previous_year)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(self.previous_year + 1, 2100)
        self.year.setValue(self.previous_year + 1)
        label = QLabel(self.tr("&Year of the new cycle:"), self)
        label.setBuddy(self.year)
        self.year.setAccessibleName(self.tr("Year of the new cycle"))
        form.addRow(label, self.year)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start cycle"))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, previous_year: int) -> int | None:
        dialog = cls(previous_year, parent)
        try:
            return dialog.year.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
