"""Choosing a level other than the one the ticked criteria propose: ask why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class OverrideDialog(QDialog):
    """`OverrideDialog.ask(parent, proposed, chosen, current)` → the justification or None."""

    def __init__(self, parent: QWidget | None, proposed: int, chosen: int, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Justify the level"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "The ticked criteria reach level %1. You chose level %2: say why (recorded and "
            "shown in the report).").replace("%1", str(proposed)).replace("%2", str(chosen)),
            self)
        text.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Justification"))
        self.text.setPlainText(current)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(text)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self._on_changed()
        self.text.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def _on_accept(self) -> None:
        if self.text.toPlainText().strip():
            self.accept()

    def justification(self) -> str:
        return self.text.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, proposed: int, chosen: int,
            current: str = "") -> str | None:
        dialog = cls(parent, proposed, chosen, current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.justification()
