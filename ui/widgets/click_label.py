"""A wrapping text beside a check box or radio button that a click on it clicks too.

(A check box or radio button does not wrap its own text.) The label handles its own mouse
release rather than through an event filter: a filter is a Python call for every event
of every label, and the first one makes PySide6 set up every QEvent class (~6 ms at
start-up).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QHBoxLayout, QLabel, QWidget


class ClickLabel(QLabel):
    """Plain, word-wrapped text; releasing a mouse button on it clicks `button`."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None
                 ) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.button.click()
        event.accept()


def wrapping_check_box(text: str, parent: QWidget) -> tuple[QWidget, QCheckBox, ClickLabel]:
    """A check box whose long text wraps beside it (a check box's own text would be cut at
    200 % font): the row to lay out, the box and its text. The text is the box's accessible
    name (a caller with another name sets it after), and a click on the text ticks the box.
    """
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox(row)
    box.setAccessibleName(text)
    label = ClickLabel(text, box, row)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row, box, label
