"""Distribution of each recommendation across agencies: a box (quartiles, median, range)
with every agency as a point beside it (strip plot). Clicking a point reports its row.

Import lazily: pyqtgraph is heavy.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from ui.i18n import number
from ui.widgets.plots import BLUE, ORANGE, fixed_plot

MAX_POINTS = 5000  # above this, only the boxes are drawn


def jitter(n: int) -> np.ndarray:
    """Deterministic horizontal offsets in [-0.12, 0.12] (the same rows land in the same place)."""
    if n == 0:
        return np.zeros(0)
    golden = (np.arange(n) * 0.6180339887) % 1.0
    return (golden - 0.5) * 0.24


class DistributionPlot(QWidget):
    point_clicked = Signal(int)

    def __init__(self, *, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values = np.zeros((0, 0))
        self.plot = fixed_plot(self)
        self.plot.setLabel("left", y_label)
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setMinimumHeight(260)
        self.scatter: pg.ScatterPlotItem | None = None

    def set_data(self, labels: list[str], values: np.ndarray, *, q1, median, q3, minimum,
                 maximum) -> None:
        """`values` (rows × len(labels)); the statistics are arrays of len(labels)."""
        self.labels = list(labels)
        self.values = np.asarray(values, dtype=float)
        self.plot.clear()
        self.scatter = None
        n = len(labels)
        xs = np.arange(n, dtype=float)
        ok = ~np.isnan(np.asarray(q1, dtype=float))
        if ok.any():
            q1a, q3a = np.asarray(q1, float)[ok], np.asarray(q3, float)[ok]
            box = pg.BarGraphItem(x=xs[ok] - 0.22, y0=q1a, height=np.maximum(q3a - q1a, 0.02),
                                  width=0.3, brush=QBrush(QColor(BLUE).lighter(170)),
                                  pen=pg.mkPen(BLUE, width=1.5))
            self.plot.addItem(box)
            seg_x, seg_y = [], []
            for x, lo, hi, med in zip(xs[ok], np.asarray(minimum, float)[ok],
                                      np.asarray(maximum, float)[ok],
                                      np.asarray(median, float)[ok], strict=True):
                seg_x += [x - 0.22, x - 0.22, x - 0.37, x - 0.07]
                seg_y += [lo, hi, med, med]
            self.plot.plot(seg_x, seg_y, connect="pairs", pen=pg.mkPen(BLUE, width=2))
        rows = self.values.shape[0] if self.values.ndim == 2 else 0
        if rows and rows * n <= MAX_POINTS:
            offsets = jitter(rows)
            px, py, data = [], [], []
            for j in range(n):
                column = self.values[:, j]
                keep = np.flatnonzero(~np.isnan(column))
                px.extend((j + 0.18 + offsets[keep]).tolist())
                py.extend(column[keep].tolist())
                data.extend(keep.tolist())
            self.scatter = pg.ScatterPlotItem(
                x=px, y=py, data=data, size=7, symbol="o", pen=pg.mkPen(ORANGE.darker(130)),
                brush=QBrush(ORANGE), hoverable=True, tip=self._tip)
            self.scatter.sigClicked.connect(self._on_points_clicked)
            self.plot.addItem(self.scatter)
        self.plot.getAxis("bottom").setTicks([[(i, t) for i, t in enumerate(labels)]])
        self.plot.setXRange(-0.6, n - 0.4, padding=0)
        self.plot.setYRange(0, 5.2, padding=0)

    def _tip(self, x, y, data) -> str:
        return number(y, 2)

    def _on_points_clicked(self, _item, points, *_args) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].data()))

