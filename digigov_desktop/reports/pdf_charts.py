"""Charts for the PDF, drawn with reportlab.graphics shapes (pyqtgraph is screen-only).

Every `String` names the embedded font explicitly (reportlab's default is Helvetica,
which must not appear in the file), and every fill is a solid colour (no transparency).
Inputs are plain tuples so the charts can be tested and reused without a report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from digigov_desktop.reports import chart_kit as kit
from digigov_desktop.reports.chart_kit import MAX_SCORE
from digigov_desktop.reports.pdf_styles import (
    ACCENT,
    GRID,
    INK,
    MUTED,
    PREVIOUS,
    PRIMARY,
    PRIMARY_LIGHT,
    register_fonts,
)


@dataclass(frozen=True)
class RadarPoint:
    label: str
    score: float | None
    target: float | None


@dataclass(frozen=True)
class BarRow:
    label: str
    current: float | None
    previous: float | None = None
    value_text: str = ""  # printed after the bar, e.g. "1,83" or "+0,25"
    bold: bool = False


@dataclass(frozen=True)
class LevelRow:
    label: str
    level: int | None
    target: int | None
    note: str = ""  # shown instead of a bar, e.g. "No aplica"






def _diamond(x: float, y: float, r: float, color: colors.Color) -> Polygon:
    return Polygon([x, y + r, x + r, y, x, y - r, x - r, y], fillColor=color,
                   strokeColor=colors.white, strokeWidth=0.6)


def _legend(drawing: Drawing, x: float, y: float, items: Sequence[tuple[str, str, colors.Color]],
            *, size: float = 8) -> None:
    """Legend swatches in one row; kind is "fill", "line", "dash" or "diamond"."""
    regular, _ = register_fonts()
    for kind, label, color in items:
        if kind == "fill":
            drawing.add(Rect(x, y - 1, 10, 8, fillColor=PRIMARY_LIGHT, strokeColor=color,
                             strokeWidth=1))
        elif kind == "diamond":
            drawing.add(_diamond(x + 7, y + 3, 4, color))
        else:
            drawing.add(Line(x, y + 3, x + 14, y + 3, strokeColor=color, strokeWidth=1.6,
                             strokeDashArray=[3, 2] if kind == "dash" else None))
        drawing.add(kit.text(x + 18, y, label, size=size))
        x += 18 + stringWidth(label, regular, size) + 16


def radar_chart(
    points: Sequence[RadarPoint],
    *,
    legend_score: str,
    legend_target: str,
    width: float = 440,
    height: float = 330,
) -> Drawing:
    """A radar with one axis per point (clockwise from the top), score filled, target dashed.

    Points without a score are drawn at 0 with a muted axis label.
    """
    drawing = kit.drawing(width, height)
    legend_height = 22
    cx = width / 2
    cy = legend_height + (height - legend_height) / 2
    radius = (height - legend_height) / 2 - 22
    n = max(len(points), 3)

    def xy(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / n
        r = radius * max(0.0, min(value, MAX_SCORE)) / MAX_SCORE
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for ring in range(1, MAX_SCORE + 1):
        ring_points: list[float] = []
        for i in range(n):
            ring_points.extend(xy(i, ring))
        drawing.add(Polygon(ring_points, fillColor=None, strokeColor=GRID, strokeWidth=0.6))
    for i in range(n):
        drawing.add(Line(cx, cy, *xy(i, MAX_SCORE), strokeColor=GRID, strokeWidth=0.6))

    score_xy: list[float] = []
    target_xy: list[float] = []
    for i, point in enumerate(points):
        score_xy.extend(xy(i, point.score or 0.0))
        target = point.target if point.target is not None else point.score
        target_xy.extend(xy(i, target or 0.0))
    if score_xy:
        drawing.add(Polygon(score_xy, fillColor=PRIMARY_LIGHT, strokeColor=PRIMARY,
                            strokeWidth=1.4))
        drawing.add(PolyLine(target_xy + target_xy[:2], strokeColor=ACCENT, strokeWidth=1.4,
                             strokeDashArray=[4, 2.5]))
    for i, point in enumerate(points):
        if point.score is not None:
            x, y = xy(i, point.score)
            drawing.add(Circle(x, y, 1.8, fillColor=PRIMARY, strokeColor=PRIMARY))
        angle = math.pi / 2 - 2 * math.pi * i / n
        lx = cx + (radius + 12) * math.cos(angle)
        ly = cy + (radius + 12) * math.sin(angle) - 3
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
        drawing.add(kit.text(lx, ly, point.label, size=8, bold=point.score is not None,
                             color=INK if point.score is not None else MUTED, anchor=anchor))
    for ring in range(1, MAX_SCORE + 1):  # the scale, on white chips above the series
        x, y = xy(0, ring)
        drawing.add(Rect(x + 2, y - 3.5, 6, 7, fillColor=colors.white, strokeColor=None))
        drawing.add(kit.text(x + 5, y - 2.3, str(ring), size=6.5, color=MUTED, anchor="middle"))
    _legend(drawing, cx - 110, 4, [("fill", legend_score, PRIMARY),
                                   ("dash", legend_target, ACCENT)])
    return drawing


def bar_chart(
    rows: Sequence[BarRow],
    *,
    width: float = 440,
    label_width: float = 170,
    row_height: float = 26,
    value_width: float = 46,
    legend: Sequence[tuple[str, str, colors.Color]] = (),
) -> Drawing:
    """Horizontal 0–5 bars, one row per item; a thinner grey bar below for the previous value."""
    regular, bold = register_fonts()
    axis_height = 14
    legend_height = 18 if legend else 0
    height = len(rows) * row_height + axis_height + legend_height + 4
    drawing = kit.drawing(width, height)
    x0 = label_width + 6
    span = width - x0 - value_width
    top = height - 2
    kit.tick_grid(drawing, x0, span, top, legend_height + axis_height, legend_height + 3)
    for index, row in enumerate(rows):
        y_top = top - index * row_height
        has_previous = row.previous is not None
        bar_h = row_height * (0.42 if has_previous else 0.55)
        y_bar = y_top - row_height * 0.18 - bar_h
        lines = simpleSplit(row.label, bold if row.bold else regular, 8, label_width)[:2]
        mid = y_top - row_height / 2
        first_y = mid + (len(lines) - 1) * 4.5 - 2.5
        for n, line in enumerate(lines):
            drawing.add(kit.text(label_width, first_y - n * 9, line, size=8, bold=row.bold,
                                 anchor="end"))
        if row.current is not None:
            drawing.add(Rect(x0, y_bar, span * min(row.current, MAX_SCORE) / MAX_SCORE, bar_h,
                             fillColor=PRIMARY, strokeColor=None))
        if row.previous is not None:  # (has_previous, narrowed for the type checker)
            prev_h = row_height * 0.22
            drawing.add(Rect(x0, y_bar - prev_h - 1, span * min(row.previous, MAX_SCORE)
                             / MAX_SCORE, prev_h, fillColor=PREVIOUS, strokeColor=None))
        if row.value_text:
            drawing.add(kit.text(x0 + span + 6, mid - 3, row.value_text, size=8, bold=row.bold))
    if legend:
        _legend(drawing, x0, 2, legend, size=7.5)
    return drawing


def level_chart(
    rows: Sequence[LevelRow],
    *,
    legend_level: str,
    legend_target: str,
    width: float = 440,
    row_height: float = 15,
) -> Drawing:
    """One bar per element (its level) with the target as a diamond."""
    label_width = 34
    axis_height = 12
    legend_height = 16
    height = len(rows) * row_height + axis_height + legend_height + 4
    drawing = kit.drawing(width, height)
    x0 = label_width + 6
    span = width - x0 - 10
    top = height - 2
    kit.tick_grid(drawing, x0, span, top, legend_height + axis_height, legend_height + 2)
    for index, row in enumerate(rows):
        y_top = top - index * row_height
        mid = y_top - row_height / 2
        drawing.add(kit.text(label_width, mid - 3, row.label, size=7.5, anchor="end"))
        if row.note:
            drawing.add(kit.text(x0 + 4, mid - 3, row.note, size=7.5, color=MUTED))
            continue
        if row.level is not None:
            drawing.add(Rect(x0, mid - 4, span * row.level / MAX_SCORE, 8, fillColor=PRIMARY,
                             strokeColor=None))
        if row.target is not None:
            drawing.add(_diamond(x0 + span * row.target / MAX_SCORE, mid, 5, ACCENT))
    items = [("line", legend_level, PRIMARY), ("diamond", legend_target, ACCENT)]
    _legend(drawing, x0, 2, items, size=7.5)
    return drawing
