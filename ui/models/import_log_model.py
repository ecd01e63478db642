"""Table model of the append-only import log (newest first): `ImportLogEntry` rows."""

from __future__ import annotations

from ui.code_text import outcome_text
from ui.models.import_results_model import outcome_icon
from ui.models.rows_model import Column, RowsTableModel


def _field(name: str):
    """The entry's field as text ("" for None)."""
    return lambda entry: "" if getattr(entry, name) is None else str(getattr(entry, name))


def _outcome_tip(entry) -> str:
    text = outcome_text(entry.outcome)
    return f"{text}\n{entry.message}" if entry.message else text


class ImportLogModel(RowsTableModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("When (UTC)"),
                   lambda entry: str(entry.at)[:19].replace("T", " ") if entry.at else ""),
            Column(self.tr("Who"), _field("actor")),
            Column(self.tr("File"), _field("file_name")),
            Column(self.tr("Outcome"), lambda entry: outcome_text(entry.outcome),
                   tooltip=_outcome_tip, icon=lambda entry: outcome_icon(entry.outcome)),
            Column(self.tr("Agency"), _field("agency_code")),
            Column(self.tr("Submission"), _field("submission_id")),
            Column(self.tr("Revision"), _field("revision")),
        ]
