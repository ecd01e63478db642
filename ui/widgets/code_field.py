"""A long code or path shown read-only: it scrolls where it cannot be shown whole.

A label does not break a SHA-256's 64 digits or a Windows path without spaces, so a long one
made its window at least that wide (a 100-character CA folder path: 1,075 px). The field
asks for the whole width (its size hint) but may be narrower, and it copies exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QWidget


class CodeField(QLineEdit):
    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.set_code(code)

    def set_code(self, code: str) -> None:
        """Show `code` from its start, whole in the tooltip."""
        self.setText(code)
        self.setToolTip(code)
        self.setCursorPosition(0)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()  # room for 17 "x" plus the frame and margins
        metrics = self.fontMetrics()
        frame = hint.width() - 17 * metrics.horizontalAdvance("x")
        return QSize(max(hint.width(), metrics.horizontalAdvance(self.text()) + frame + 2),
                     hint.height())
