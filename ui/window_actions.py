"""Base of the command groups kept out of the agency window (submission, team, packs).

Each holds the window it serves, the session and the folder its file dialogs start in,
runs one background job at a time, and reports a failed job as a message under its own
title: a typed error as a sentence, anything else raised again for the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ui import tasks
from ui.msgbox import TitledMessages
from ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class WindowActions(TitledMessages, QObject):
    """Subclasses give `message_title()` (translated in their own class) and may word
    errors their way in `error_text()` (`TitledMessages`)."""

    def __init__(self, parent: QWidget, session: Session, exports_dir: Path) -> None:
        super().__init__(parent)
        self.widget = parent
        self.session = session
        self.exports_dir = exports_dir
        self.task: tasks.Task | None = None

    def message_parent(self) -> QWidget:
        return self.widget

    def run(self, fn: Callable[..., Any], *args: Any,
            on_success: Callable[[Any], None]) -> None:
        """`fn(*args)` off the GUI thread; `on_success(result)` back on it."""
        def done(result: Any) -> None:
            self.task = None
            on_success(result)

        self.task = tasks.run_in_background(fn, *args, on_success=done,
                                            on_error=self._on_failed)

    def ask_file(self, kind: str, title: str, filters: str) -> Path | None:
        """A file to open, the dialog starting in the exports folder; None when cancelled
        or while a job runs."""
        if self.task is not None:
            return None
        from ui.dialogs.file_dialogs import OpenFileDialog

        return OpenFileDialog.ask(self.widget, kind, title, self.exports_dir, filters)

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self.show_error(exc)
