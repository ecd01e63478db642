"""Team-evaluation commands of the agency window (#15): the consensus page, opening a rater
workbook, and — in a workbook — sealing the rater's ratings for the facilitator.

Kept out of the main window so that it stays navigation only. Sealing runs off the GUI
thread on a store of its own.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from digigov_desktop.errors import DigigovError
from digigov_desktop.services.workbook_info import WorkbookInfo, workbook_info
from ui.session import Session
from ui.team_text import team_error_message
from ui.window_actions import WindowActions


class TeamActions(WindowActions):
    """`navigate(key)`; `database_requested(path)` asks the launcher to open a workbook."""

    navigate = Signal(str)
    database_requested = Signal(object)

    def __init__(self, parent: QWidget, session: Session, exports_dir: Path) -> None:
        super().__init__(parent, session, exports_dir)
        self.workbook: WorkbookInfo | None = workbook_info(session.service.store)

    def build(self, file_menu: QMenu, team_menu: QMenu) -> list[QAction]:
        """Create the actions, put them in the menus and return them (the window owns them)."""
        self.open_workbook_action = QAction(self.tr("Open rater &workbook…"), self)
        self.consensus_action = QAction(self.tr("Raters and &consensus"), self)
        self.consensus_action.setShortcut(QKeySequence("Ctrl+4"))
        self.seal_action = QAction(self.tr("&Seal my ratings for the facilitator…"), self)
        separators = [a for a in file_menu.actions() if a.isSeparator()]
        if separators:  # after "Start a new cycle", before the mode switch and Quit
            file_menu.insertAction(separators[0], self.open_workbook_action)
        else:
            file_menu.addAction(self.open_workbook_action)
        if self.workbook is None:
            team_menu.addAction(self.consensus_action)
        else:
            team_menu.addAction(self.seal_action)
        self.open_workbook_action.triggered.connect(self.open_workbook)
        self.consensus_action.triggered.connect(lambda: self.navigate.emit("consensus"))
        self.seal_action.triggered.connect(self.seal)
        return [self.open_workbook_action, self.consensus_action, self.seal_action]

    def title_suffix(self) -> str:
        if self.workbook is None:
            return ""
        return " — " + self.tr("rater workbook of %1").replace("%1", self.workbook.rater)

    def open_workbook(self) -> None:
        from ui.dialogs.file_dialogs import OpenFileDialog

        path = OpenFileDialog.ask(self.widget, "workbook", self.tr("Open a rater workbook"),
                                  self.exports_dir,
                                  self.tr("Rater workbook (*.dgw);;All files (*)"))
        if path is not None:
            self.database_requested.emit(path)

    def seal(self) -> None:
        if self.task is not None or self.workbook is None:
            return
        info = self.workbook
        slug = "".join(c if c.isalnum() else "-" for c in info.rater).strip("-").lower()
        from ui.dialogs.file_dialogs import SaveFileDialog

        out = SaveFileDialog.ask(
            self.widget, "ratings", self.tr("Save your sealed ratings"),
            self.exports_dir / f"ratings-{slug}-{info.cycle_year}.dgrating",
            self.tr("Rater file (*.dgrating);;All files (*)"))
        if out is None:
            return
        from digigov_desktop.services.workbooks import seal_workbook_file  # team code

        job = partial(seal_workbook_file, out=out, actor=self.session.service.actor)
        self.run(job, self.session.db_path, on_success=self._on_sealed)

    def _on_sealed(self, result) -> None:
        self.inform(self.tr(
            "%1 rating(s) sealed into %2. Send this file to the facilitator; any change to "
            "it will be detected.").replace("%1", str(result.ratings))
            .replace("%2", str(result.path)))

    def message_title(self) -> str:
        return self.tr("Team evaluation")

    def error_text(self, exc: DigigovError) -> str:
        return team_error_message(exc)
