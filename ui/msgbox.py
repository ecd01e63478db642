"""Non-blocking message boxes: code that tests reach never waits in a modal loop.

QMessageBox is imported where a box is made: the first use of that class sets up its
enums (~2.5 ms), which the windows' start-up does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget | None, title: str, text: str, *,
                 icon: QMessageBox.Icon | None = None) -> QMessageBox:
    """Open a window-modal message box (a warning unless `icon` says) and return at once."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning if icon is None else icon, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setObjectName("digigov-message")
    box.open()
    return box
