"""Table model of the team's ratings: one row per rated element, its spread and consensus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from digigov_desktop.domain.ratings import ElementSpread
from ui.icons import icon
from ui.models.rows_model import RowsTableModel

COL_ELEMENT = 0
COL_RATINGS = 1
COL_SPREAD = 2
COL_CONSENSUS = 3
COLUMN_COUNT = 4

ElementRole = Qt.ItemDataRole.UserRole + 1
FlaggedRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ConsensusRow:
    spread: ElementSpread
    title: str  # "R1.2 Title" in the interface language


def level_text(level: int | None, not_applicable: bool, na_text: str) -> str:
    return na_text if not_applicable else ("–" if level is None else str(level))


class ConsensusModel(RowsTableModel):
    COLUMN_COUNT = COLUMN_COUNT

    def column_titles(self) -> dict[int, str]:
        return {
            COL_ELEMENT: self.tr("Element"),
            COL_RATINGS: self.tr("Ratings"),
            COL_SPREAD: self.tr("Spread"),
            COL_CONSENSUS: self.tr("Consensus"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_of(index)
        if row is None:
            return None
        e, column = row.spread, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ELEMENT:
                return row.title
            if column == COL_RATINGS:
                na = self.tr("N/A")
                return " · ".join(f"{r.rater} {level_text(r.level, r.not_applicable, na)}"
                                  for r in e.ratings)
            if column == COL_SPREAD:
                return "–" if e.spread is None else f"{e.low}–{e.high}"
            if column == COL_CONSENSUS:
                if e.pending or e.consensus is None:
                    return self.tr("Pending")
                return level_text(e.consensus.level, e.consensus.not_applicable, self.tr("N/A"))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SPREAD and e.flagged:
            return self.tr("The ratings differ by 2 levels or more: discuss before deciding.")
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_SPREAD and e.flagged:
                return icon("state-issues")
            if column == COL_CONSENSUS:
                return icon("state-in_progress" if e.pending else "state-complete")
        if role == ElementRole:
            return e.element_id
        if role == FlaggedRole:
            return e.flagged
        return None
