"""pyqtgraph wrappers that take plain data: grouped bars and a radar (spider) chart.

Each chart emits `clicked(index)` with the category under the mouse, so the progress
page can jump to a recommendation. Series differ by pattern and symbol, not colour alone.
Import this module lazily: pyqtgraph is only needed once the progress page is shown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

pg.setConfigOptions(antialias=True, background="w", foreground="k")

BLUE = QColor("#1a5fb4")
ORANGE = QColor("#b35900")
GREY = QColor("#77767b")
LABEL_RADIUS = 1.2  # category labels of the radar, as a multiple of its largest ring


def fixed_plot(owner: QWidget) -> pg.PlotWidget:
    """A plot filling `owner` that shows data only: no menu, no zoom or pan, no buttons
    (clicks are ours: they open a recommendation or a submission)."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    plot = pg.PlotWidget(owner)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    layout.addWidget(plot)
    return plot


class ClickablePlot(QWidget):
    """A `fixed_plot` whose categories answer clicks: `clicked(index)` where `index_at()`
    finds one under the mouse."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = fixed_plot(self)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def _on_scene_clicked(self, event) -> None:
        index = self.index_at(event.scenePos())
        if index is not None:
            self.clicked.emit(index)

    def index_at(self, scene_pos: QPointF) -> int | None:
        raise NotImplementedError

    def view_point(self, scene_pos: QPointF) -> QPointF | None:
        """The plot's coordinates of a scene point, None outside the plotting area."""
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        return view.mapSceneToView(scene_pos)

    def column_at(self, scene_pos: QPointF, count: int) -> int | None:
        """Which of `count` columns drawn at x = 0, 1, … is under `scene_pos`."""
        point = self.view_point(scene_pos)
        if point is None:
            return None
        index = round(point.x())
        return index if 0 <= index < count and abs(point.x() - index) <= 0.45 else None

    def scene_pos_of_point(self, point: QPointF) -> QPointF:
        """Where the plot point `point` is drawn (tests click there)."""
        return self.plot.getPlotItem().vb.mapViewToScene(point)


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float | None]
    color: QColor = field(default_factory=lambda: QColor(BLUE))
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern
    dashed: bool = False


class BarChart(ClickablePlot):
    """Vertical bars per category; one or two series side by side."""

    def __init__(self, *, y_max: float, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.y_max = y_max
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.plot.setLabel("left", y_label)
        self.plot.setYRange(0, y_max, padding=0.02)
        self.plot.showGrid(y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.plot.setMinimumHeight(220)

    def set_data(self, labels: list[str], series: list[Series]) -> None:
        self.labels, self.series = list(labels), list(series)
        self.plot.clear()
        self.legend.clear()
        self.legend.setVisible(len(series) > 1)
        n = max(len(series), 1)
        width = 0.8 / n
        for k, one in enumerate(series):
            xs = [i - 0.4 + width * (k + 0.5) for i in range(len(labels))]
            heights = [0.0 if v is None else v for v in one.values]
            item = pg.BarGraphItem(
                x=xs, height=heights, width=width * 0.92,
                brush=QBrush(one.color, one.pattern), pen=pg.mkPen(one.color.darker(130)),
                name=one.name,
            )
            self.plot.addItem(item)
        axis = self.plot.getAxis("bottom")
        axis.setTicks([[(i, text) for i, text in enumerate(labels)]])
        self.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)
        self.plot.setYRange(0, self.y_max * 1.04, padding=0)

    def index_at(self, scene_pos: QPointF) -> int | None:
        return self.column_at(scene_pos, len(self.labels))

    def scene_pos_of(self, index: int, value: float = 0.5) -> QPointF:
        """Where category `index` is drawn (tests click there)."""
        return self.scene_pos_of_point(QPointF(index, value))


class RadarChart(ClickablePlot):
    """A spider chart on a 0..`r_max` scale; category 0 at the top, clockwise."""

    def __init__(self, *, r_max: float = 5.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.r_max = r_max
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)
        self.plot.setMinimumHeight(320)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self._grid_labels: list[str] | None = None  # the categories the grid is drawn for
        self._series_items: list[pg.PlotDataItem] = []

    def _angle(self, index: int) -> float:
        return math.pi / 2 - 2 * math.pi * index / max(len(self.labels), 1)

    def point(self, index: int, radius: float) -> QPointF:
        angle = self._angle(index)
        return QPointF(radius * math.cos(angle), radius * math.sin(angle))

    def set_data(self, labels: list[str], series: list[Series]) -> None:
        """Draw `series` over the grid of `labels`. The grid (rings, spokes, their labels)
        is drawn again only when the categories change: a page shown again with new
        scores replaces the series' two or three curves, not some thirty items."""
        self.labels, self.series = list(labels), list(series)
        if self._grid_labels != self.labels:
            self._draw_grid()
        for item in self._series_items:
            self.plot.removeItem(item)  # and its legend entry
        n = len(self.labels)
        symbols = ["o", "t", "s"]
        self._series_items = []
        for k, one in enumerate(series):
            values = [0.0 if v is None else v for v in one.values]
            pts = [self.point(i % n, values[i % n]) for i in range(n + 1)]
            pen = pg.mkPen(one.color, width=2.5,
                           style=Qt.PenStyle.DashLine if one.dashed else Qt.PenStyle.SolidLine)
            self._series_items.append(self.plot.plot(
                [p.x() for p in pts], [p.y() for p in pts], pen=pen,
                symbol=symbols[k % len(symbols)], symbolBrush=one.color,
                symbolPen=one.color, symbolSize=8, name=one.name))

    def _draw_grid(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self._series_items = []
        self._grid_labels = list(self.labels)
        n = len(self.labels)
        # The rings and the spokes are one curve, broken by NaN between its pieces.
        xs: list[float] = []
        ys: list[float] = []
        for ring in range(1, int(self.r_max) + 1):
            pts = [self.point(i % n, ring) for i in range(n + 1)]
            xs += [p.x() for p in pts] + [math.nan]
            ys += [p.y() for p in pts] + [math.nan]
            # Beside the first axis, just above its ring; far enough inside the category
            # labels (at LABEL_RADIUS) that "5" never touches "R1".
            label = pg.TextItem(str(ring), color=GREY, anchor=(0.0, 1.0))
            label.setPos(self.point(0, ring) + QPointF(0.1, 0.02))
            self.plot.addItem(label)
        for i, text in enumerate(self.labels):
            end = self.point(i, self.r_max)
            xs += [0.0, end.x(), math.nan]
            ys += [0.0, end.y(), math.nan]
            item = pg.TextItem(text, color="k", anchor=(0.5, 0.5))
            item.setPos(self.point(i, self.r_max * LABEL_RADIUS))
            self.plot.addItem(item)
        self.plot.plot(xs, ys, pen=pg.mkPen(QColor("#c0bfbc"), width=1), connect="finite")
        limit = self.r_max * (LABEL_RADIUS + 0.1)
        self.plot.setXRange(-limit, limit, padding=0)
        self.plot.setYRange(-limit, limit, padding=0)

    def index_at(self, scene_pos: QPointF) -> int | None:
        p = self.view_point(scene_pos)
        if not self.labels or p is None:
            return None
        radius = math.hypot(p.x(), p.y())
        if radius < 0.3 or radius > self.r_max * (LABEL_RADIUS + 0.1):
            return None
        n = len(self.labels)
        turn = (math.pi / 2 - math.atan2(p.y(), p.x())) % (2 * math.pi)
        return round(turn / (2 * math.pi / n)) % n

    def scene_pos_of(self, index: int, radius: float | None = None) -> QPointF:
        radius = self.r_max * 0.8 if radius is None else radius
        return self.scene_pos_of_point(self.point(index, radius))
