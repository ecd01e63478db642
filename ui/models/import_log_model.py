"""Table model of the append-only import log (newest first): `ImportLogEntry` rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.code_text import outcome_text
from ui.models.import_results_model import outcome_icon
from ui.models.rows_model import RowsTableModel

COL_AT = 0
COL_ACTOR = 1
COL_FILE = 2
COL_OUTCOME = 3
COL_AGENCY = 4
COL_SUBMISSION = 5
COL_REVISION = 6
COLUMN_COUNT = 7

_KEYS = {COL_AT: "at", COL_ACTOR: "actor", COL_FILE: "file_name", COL_AGENCY: "agency_code",
         COL_SUBMISSION: "submission_id", COL_REVISION: "revision"}


class ImportLogModel(RowsTableModel):
    COLUMN_COUNT = COLUMN_COUNT

    def column_titles(self) -> dict[int, str]:
        return {
            COL_AT: self.tr("When (UTC)"),
            COL_ACTOR: self.tr("Who"),
            COL_FILE: self.tr("File"),
            COL_OUTCOME: self.tr("Outcome"),
            COL_AGENCY: self.tr("Agency"),
            COL_SUBMISSION: self.tr("Submission"),
            COL_REVISION: self.tr("Revision"),
        }

    def text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        if column == COL_OUTCOME:
            return outcome_text(entry.outcome)
        value = getattr(entry, _KEYS[column])
        if column == COL_AT and value:
            return str(value)[:19].replace("T", " ")
        return "" if value is None else str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self._rows[index.row()]
            if index.column() == COL_OUTCOME and entry.message:
                return f"{self.text(index.row(), COL_OUTCOME)}\n{entry.message}"
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COL_OUTCOME:
            return outcome_icon(self._rows[index.row()].outcome)
        return None
