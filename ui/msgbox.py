"""Non-blocking message boxes: code that tests reach never waits in a modal loop.

QMessageBox is imported where a box is made: the first use of that class sets up its
enums (~2.5 ms), which the windows' start-up does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from digigov_desktop.errors import DigigovError
from ui.i18n import error_message

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


class TitledMessages:
    """Message boxes under one title, for a page or a group of window commands.

    Subclasses give `message_title()` (translated in their own class, where the translation
    finds it) and may word errors their way in `error_text()`; the boxes open over
    `message_parent()` (the page itself; a command group answers the window it serves).
    """

    def message_title(self) -> str:
        raise NotImplementedError

    def message_parent(self) -> QWidget:
        return self  # type: ignore[return-value]  # the mixin of a widget

    def error_text(self, exc: DigigovError) -> str:
        return error_message(exc)

    def show_error(self, exc: BaseException) -> None:
        """A typed error as a message; anything else is a bug for the crash dialog."""
        if not isinstance(exc, DigigovError):
            raise exc
        show_message(self.message_parent(), self.message_title(), self.error_text(exc))

    def inform(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        show_message(self.message_parent(), self.message_title(), text,
                     icon=QMessageBox.Icon.Information)
