"""Table model of one import run: a row per file with its translated outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.code_text import outcome_text
from ui.icons import icon
from ui.models.rows_model import ROOT, RowsTableModel

if TYPE_CHECKING:
    from digigov_desktop.services.import_ import FileResult

COL_FILE = 0
COL_OUTCOME = 1
COL_AGENCY = 2
COL_SUBMISSION = 3
COL_REVISION = 4
COL_SIGNED_BY = 5
COLUMN_COUNT = 6

OutcomeRole = Qt.ItemDataRole.UserRole + 1
ResultRole = Qt.ItemDataRole.UserRole + 2


def outcome_icon(code: str):
    if code == "ACCEPTED":
        return icon("state-complete")
    if code == "DUPLICATE":
        return icon("state-in_progress")
    return icon("state-issues")


class ImportResultsModel(RowsTableModel):
    COLUMN_COUNT = COLUMN_COUNT

    def append(self, result: FileResult) -> None:
        row = len(self._rows)
        self.beginInsertRows(ROOT, row, row)
        self._rows.append(result)
        self.endInsertRows()

    def column_titles(self) -> dict[int, str]:
        return {
            COL_FILE: self.tr("File"),
            COL_OUTCOME: self.tr("Outcome"),
            COL_AGENCY: self.tr("Agency"),
            COL_SUBMISSION: self.tr("Submission"),
            COL_REVISION: self.tr("Revision"),
            COL_SIGNED_BY: self.tr("Signed by"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        result = self.row_of(index)
        if result is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_FILE: result.path.name,
                COL_OUTCOME: outcome_text(result.outcome),
                COL_AGENCY: result.agency_code or "",
                COL_SUBMISSION: result.submission_id or "",
                COL_REVISION: "" if result.revision is None else str(result.revision),
                COL_SIGNED_BY: " → ".join(self._link(e) for e in result.chain),
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(result.path) if column == COL_FILE else self.data(index)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_OUTCOME:
            return outcome_icon(result.outcome)
        if role == OutcomeRole:
            return result.outcome
        if role == ResultRole:
            return result
        return None

    def _link(self, entry) -> str:
        """`Reviewer: Rita Revisora` (a person's credential) or just the role's name."""
        role = {"preparer": self.tr("Preparer"), "reviewer": self.tr("Reviewer"),
                "approver": self.tr("Approver")}.get(entry.role, entry.role)
        return f"{role}: {entry.person}" if entry.person else role
