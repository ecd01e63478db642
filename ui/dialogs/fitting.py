"""Dialogs sized for their text: wide enough in characters, as tall as their wrapped lines.

Qt sizes a window from its layout's minimum, which leaves word-wrapped labels out, and a
minimum width in pixels does not grow with the font: at 200 % font texts were cut and
rows squeezed over each other. `FittedDialog` widens itself to `text_width_chars` average
characters when shown and grows to the height its wrapped texts need at that width, both
within the screen's available area (it never shrinks below what Qt chose).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

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
