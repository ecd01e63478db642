"""Table model of one import run: a row per file with its translated outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.code_text import outcome_text
from ui.icons import icon
from ui.models.rows_model import Column, Getter, RowsTableModel

COL_FILE, COL_OUTCOME, COL_AGENCY, COL_SUBMISSION, COL_REVISION, COL_SIGNED_BY = range(6)

OutcomeRole = Qt.ItemDataRole.UserRole + 1
ResultRole = Qt.ItemDataRole.UserRole + 2


def outcome_icon(code: str):
    if code == "ACCEPTED":
        return icon("state-complete")
    if code == "DUPLICATE":
        return icon("state-in_progress")
    return icon("state-issues")


class ImportResultsModel(RowsTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("File"), lambda result: result.path.name,
                   tooltip=lambda result: str(result.path)),
            Column(self.tr("Outcome"), lambda result: outcome_text(result.outcome),
                   icon=lambda result: outcome_icon(result.outcome)),
            Column(self.tr("Agency"), lambda result: result.agency_code or ""),
            Column(self.tr("Submission"), lambda result: result.submission_id or ""),
            Column(self.tr("Revision"),
                   lambda result: "" if result.revision is None else str(result.revision)),
            Column(self.tr("Signed by"),
                   lambda result: " → ".join(self._link(e) for e in result.chain)),
        ]

    def row_roles(self) -> dict[int, Getter]:
        return {OutcomeRole: lambda result: result.outcome, ResultRole: lambda result: result}

    def _link(self, entry) -> str:
        """`Reviewer: Rita Revisora` (a person's credential) or just the role's name."""
        role = {"preparer": self.tr("Preparer"), "reviewer": self.tr("Reviewer"),
                "approver": self.tr("Approver")}.get(entry.role, entry.role)
        return f"{role}: {entry.person}" if entry.person else role
