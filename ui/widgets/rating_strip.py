"""A strip plot of a team's ratings: one column per element, one symbol per rater.

Each column shows every rater's level (symbols differ per rater, not colour alone), a bar
from the lowest to the highest level (orange and thick when the spread is 2 levels or more)
and the recorded consensus as a star. Takes plain data; emits `clicked(index)`.
Import lazily: pyqtgraph is only needed once the consensus page is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ui.widgets.plots import BLUE, GREY, ORANGE, ClickablePlot

SYMBOLS = ("o", "s", "t1", "d", "t", "p", "h", "x", "+", "t2", "t3")
RATER_COLORS = ("#1a5fb4", "#26a269", "#813d9c", "#c64600", "#1c71d8", "#613583", "#63452c")


@dataclass(frozen=True)
class StripData:
    """`levels[k][i]`: rater k's level for element i (None: not rated or N/A)."""

    labels: list[str] = field(default_factory=list)
    raters: list[str] = field(default_factory=list)
    levels: list[list[int | None]] = field(default_factory=list)
    consensus: list[int | None] = field(default_factory=list)
    flagged: list[bool] = field(default_factory=list)

    def range_of(self, index: int) -> tuple[int, int] | None:
        values = [row[index] for row in self.levels if row[index] is not None]
        return (min(values), max(values)) if values else None


class RatingStrip(ClickablePlot):
    def __init__(self, *, consensus_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consensus_name = consensus_name
        self.data = StripData()
        self.plot.setYRange(-0.4, 5.4, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(6)]])
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setMinimumHeight(200)
        self.legend = self.plot.addLegend(offset=(-10, 10))

    def set_data(self, data: StripData) -> None:
        self.data = data
        self.plot.clear()
        self.legend.clear()
        n = len(data.labels)
        for flagged in (False, True):
            xs, ys = [], []
            for i in range(n):
                span = data.range_of(i)
                if span is None or data.flagged[i] != flagged:
                    continue
                low, high = span
                xs += [i, i]
                ys += [low - 0.12, high + 0.12]
            if xs:
                color = QColor(ORANGE if flagged else GREY)
                color.setAlpha(150 if flagged else 90)
                self.plot.addItem(pg.PlotDataItem(xs, ys, connect="pairs",
                                                  pen=pg.mkPen(color, width=10 if flagged else 6)))
        k_total = max(len(data.raters), 1)
        for k, name in enumerate(data.raters):
            offset = (k - (k_total - 1) / 2) * min(0.5 / k_total, 0.12)
            points = [(i + offset, v) for i, v in enumerate(data.levels[k]) if v is not None]
            color = QColor(RATER_COLORS[k % len(RATER_COLORS)])
            item = pg.ScatterPlotItem(
                x=[p[0] for p in points], y=[p[1] for p in points], size=11,
                symbol=SYMBOLS[k % len(SYMBOLS)], brush=pg.mkBrush(color),
                pen=pg.mkPen(color.darker(140)), name=name)
            self.plot.addItem(item)
        decided = [(i, v) for i, v in enumerate(data.consensus) if v is not None]
        if decided:
            self.plot.addItem(pg.ScatterPlotItem(
                x=[p[0] for p in decided], y=[p[1] for p in decided], size=18, symbol="star",
                brush=pg.mkBrush(QColor("#000000")), pen=pg.mkPen(QColor(BLUE)),
                name=self.consensus_name))
        self.plot.getAxis("bottom").setTicks([[(i, t) for i, t in enumerate(data.labels)]])
        self.plot.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        self.plot.setYRange(-0.4, 5.4, padding=0)

    def index_at(self, scene_pos: QPointF) -> int | None:
        return self.column_at(scene_pos, len(self.data.labels))

    def scene_pos_of(self, index: int, value: float = 2.5) -> QPointF:
        """Where column `index` is drawn (tests click there)."""
        return self.scene_pos_of_point(QPointF(index, value))
