"""Table model of the readiness issues: where, how serious, what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from digigov_desktop.domain.validation import Issue
from ui.i18n import issue_text
from ui.icons import icon
from ui.models.rows_model import RowsTableModel

COL_WHERE = 0
COL_SEVERITY = 1
COL_PROBLEM = 2
COLUMN_COUNT = 3

ElementRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ReadinessRow:
    issue: Issue
    where: str  # "R1.2 Title", or the evaluation as a whole


class ReadinessModel(RowsTableModel):
    COLUMN_COUNT = COLUMN_COUNT

    def column_titles(self) -> dict[int, str]:
        return {
            COL_WHERE: self.tr("Where"),
            COL_SEVERITY: self.tr("Severity"),
            COL_PROBLEM: self.tr("What to do"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_of(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_WHERE:
                return row.where
            if column == COL_SEVERITY:
                return self.tr("Blocks submission") if row.issue.blocking else self.tr("Warning")
            if column == COL_PROBLEM:
                return issue_text(row.issue.code)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_SEVERITY:
            return icon("state-issues" if row.issue.blocking else "state-in_progress")
        if role == ElementRole:
            return row.issue.element
        return None
