"""Table model of the team's ratings: one row per rated element, its spread and consensus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from digigov_desktop.domain.ratings import ElementSpread
from ui.icons import icon
from ui.models.rows_model import Column, Getter, RowsTableModel

COL_ELEMENT, COL_RATINGS, COL_SPREAD, COL_CONSENSUS = range(4)

ElementRole = Qt.ItemDataRole.UserRole + 1
FlaggedRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ConsensusRow:
    spread: ElementSpread
    title: str  # "R1.2 Title" in the interface language


def level_text(level: int | None, not_applicable: bool, na_text: str) -> str:
    return na_text if not_applicable else ("–" if level is None else str(level))


class ConsensusModel(RowsTableModel):
    TOOLTIP_IS_TEXT = False

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Element"), lambda row: row.title),
            Column(self.tr("Ratings"), self._ratings),
            Column(self.tr("Spread"), self._spread, tooltip=self._spread_tip,
                   icon=lambda row: icon("state-issues") if row.spread.flagged else None),
            Column(self.tr("Consensus"), self._consensus,
                   icon=lambda row: icon("state-in_progress" if row.spread.pending
                                         else "state-complete")),
        ]

    def row_roles(self) -> dict[int, Getter]:
        return {ElementRole: lambda row: row.spread.element_id,
                FlaggedRole: lambda row: row.spread.flagged}

    def _ratings(self, row: ConsensusRow) -> str:
        na = self.tr("N/A")
        return " · ".join(f"{r.rater} {level_text(r.level, r.not_applicable, na)}"
                          for r in row.spread.ratings)

    def _spread(self, row: ConsensusRow) -> str:
        e = row.spread
        return "–" if e.spread is None else f"{e.low}–{e.high}"

    def _spread_tip(self, row: ConsensusRow) -> str | None:
        if not row.spread.flagged:
            return None
        return self.tr("The ratings differ by 2 levels or more: discuss before deciding.")

    def _consensus(self, row: ConsensusRow) -> str:
        e = row.spread
        if e.pending or e.consensus is None:
            return self.tr("Pending")
        return level_text(e.consensus.level, e.consensus.not_applicable, self.tr("N/A"))
