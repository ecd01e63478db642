"""Dialogs sized for their text: wide enough in characters, as tall as their wrapped lines.

Qt sizes a window from its layout's minimum, which leaves word-wrapped labels out, and a
minimum width in pixels does not grow with the font: at 200 % font texts were cut and
rows squeezed over each other. `FittedDialog` widens itself to `text_width_chars` average
characters when shown and grows to the height its wrapped texts need at that width, both
within the screen's available area (it never shrinks below what Qt chose).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

SCREEN_MARGIN = 40  # px left free around a dialog that fills the screen


def fit_to_text(dialog: QWidget, chars: int) -> None:
    """Resize `dialog` to at least `chars` characters wide and its wrapped texts' height."""
    screen = dialog.screen()
    room = screen.availableGeometry() if screen is not None else None
    width = max(dialog.width(), dialog.fontMetrics().averageCharWidth() * chars)
    if room is not None:
        width = min(width, room.width() - SCREEN_MARGIN)
    width = max(width, dialog.minimumWidth())
    layout = dialog.layout()
    height = dialog.height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    if room is not None:
        height = min(height, room.height() - SCREEN_MARGIN)
    height = max(height, dialog.minimumHeight())
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)


class FittedDialog(QDialog):
    """A QDialog that fits its text when shown (see the module's docstring)."""

    text_width_chars = 60

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_to_text(self, self.text_width_chars)


class ScrollingBody(QScrollArea):
    """A frameless scroll area for a FittedDialog's rows: it asks for its body's whole
    wrapped height, so the dialog grows to show every row, and it scrolls them only where
    the screen is too short for that (200 % font), instead of squeezing the rows until
    their texts are cut. Lay the rows out in `body`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.setWidget(self.body)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        layout = self.body.layout()
        return layout is not None and layout.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.body.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.body.sizeHint()
