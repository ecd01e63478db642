"""Table model of the readiness issues: where, how serious, what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from digigov_desktop.domain.validation import Issue
from ui.i18n import issue_text
from ui.icons import icon
from ui.models.rows_model import Column, Getter, RowsTableModel

COL_WHERE, COL_SEVERITY, COL_PROBLEM = range(3)

ElementRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ReadinessRow:
    issue: Issue
    where: str  # "R1.2 Title", or the evaluation as a whole


class ReadinessModel(RowsTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Where"), lambda row: row.where),
            Column(self.tr("Severity"), self._severity,
                   icon=lambda row: icon("state-issues" if row.issue.blocking
                                         else "state-in_progress")),
            Column(self.tr("What to do"), lambda row: issue_text(row.issue.code)),
        ]

    def row_roles(self) -> dict[int, Getter]:
        return {ElementRole: lambda row: row.issue.element}

    def _severity(self, row: ReadinessRow) -> str:
        return self.tr("Blocks submission") if row.issue.blocking else self.tr("Warning")
