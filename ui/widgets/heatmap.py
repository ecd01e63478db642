"""A pyqtgraph heatmap of scores 0–5 with the number written in each cell (when it fits).

Rows top to bottom, columns left to right; grey cells have no score. `clicked(row, col)`
reports the cell under the mouse so the dashboard can open that submission.
Import lazily: pyqtgraph is heavy.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ui.i18n import number
from ui.widgets.plots import fixed_plot

MAX_TEXT_CELLS = 600  # above this, numbers are left to the tooltip and the drill-down
ROW_PX = 22
# Pale orange (0) → white (2.5) → blue (5), like the consolidated PDF; readable in grey too.
_STOPS = np.array([0.0, 2.5, 5.0])
_COLOURS = np.array([[243, 227, 211], [247, 247, 247], [26, 95, 180]], dtype=float)
_EMPTY = np.array([200, 200, 200, 255], dtype=np.uint8)


def cell_colours(values: np.ndarray) -> np.ndarray:
    """(rows × cols) scores → (rows × cols × 4) RGBA bytes; NaN is grey."""
    clipped = np.clip(np.nan_to_num(values, nan=0.0), 0.0, 5.0)
    rgb = np.stack([np.interp(clipped, _STOPS, _COLOURS[:, k]) for k in range(3)], axis=-1)
    rgba = np.concatenate([rgb, np.full(values.shape + (1,), 255.0)], axis=-1)
    out = rgba.round().astype(np.uint8)
    out[np.isnan(values)] = _EMPTY
    return out


class Heatmap(QWidget):
    clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = np.zeros((0, 0))
        self.row_labels: list[str] = []
        self.column_labels: list[str] = []
        self.plot = fixed_plot(self)
        self.plot.getPlotItem().invertY(True)
        self.plot.showAxis("top")
        self.plot.getAxis("top").setStyle(showValues=True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.texts: list[pg.TextItem] = []
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def set_data(self, row_labels: list[str], column_labels: list[str],
                 values: np.ndarray) -> None:
        self.row_labels, self.column_labels = list(row_labels), list(column_labels)
        self.values = np.asarray(values, dtype=float).reshape(len(row_labels),
                                                              len(column_labels))
        for item in self.texts:
            self.plot.removeItem(item)
        self.texts.clear()
        rows, cols = self.values.shape
        self.image.setImage(cell_colours(self.values) if rows and cols
                            else np.zeros((1, 1, 4), dtype=np.uint8), levels=(0, 255))
        self.image.setRect(0, 0, max(cols, 1), max(rows, 1))
        if rows * cols <= MAX_TEXT_CELLS:
            for r in range(rows):
                for c in range(cols):
                    value = self.values[r, c]
                    text = number(value, 1)
                    colour = QColor("white") if not np.isnan(value) and value > 3.6 else QColor(
                        "#1f1f1f")
                    item = pg.TextItem(text, color=colour, anchor=(0.5, 0.5))
                    item.setPos(c + 0.5, r + 0.5)
                    self.plot.addItem(item)
                    self.texts.append(item)
        ticks_x = [[(c + 0.5, text) for c, text in enumerate(self.column_labels)]]
        ticks_y = [[(r + 0.5, text) for r, text in enumerate(self.row_labels)]]
        self.plot.getAxis("bottom").setTicks(ticks_x)
        self.plot.getAxis("top").setTicks(ticks_x)
        self.plot.getAxis("left").setTicks(ticks_y)
        self.plot.setXRange(0, max(cols, 1), padding=0)
        self.plot.setYRange(0, max(rows, 1), padding=0)
        self.setMinimumHeight(min(max(rows, 4) * ROW_PX + 70, 4000))

    def _on_scene_clicked(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.clicked.emit(*cell)

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        p = view.mapSceneToView(scene_pos)
        row, col = int(np.floor(p.y())), int(np.floor(p.x()))
        rows, cols = self.values.shape
        return (row, col) if 0 <= row < rows and 0 <= col < cols else None

    def scene_pos_of(self, row: int, col: int) -> QPointF:
        return self.plot.getPlotItem().vb.mapViewToScene(QPointF(col + 0.5, row + 0.5))
