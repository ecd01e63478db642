"""Charts of the consolidated report, drawn with reportlab.graphics shapes.

Plain inputs (tuples of numbers and labels). Every `String` names the embedded font
(reportlab's default would pull in Helvetica) and every fill is a solid colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors

from digigov_desktop.reports import chart_kit as kit
from digigov_desktop.reports.chart_kit import MAX_SCORE
from digigov_desktop.reports.pdf_styles import (
    ACCENT,
    INK,
    MUTED,
    PRIMARY,
    PRIMARY_LIGHT,
)

_LOW = colors.HexColor("#f3e3d3")  # heat scale: pale orange (0) … primary blue (5)
_MID = colors.HexColor("#f7f7f7")


@dataclass(frozen=True)
class BoxStats:
    label: str
    count: int
    minimum: float | None
    q1: float | None
    median: float | None
    q3: float | None
    maximum: float | None
    mean: float | None


def heat_color(value: float | None) -> colors.Color:
    """Cell colour for a 0–5 score: orange-ish when low, blue when high, white for none."""
    if value is None:
        return colors.white
    t = max(0.0, min(1.0, value / MAX_SCORE))
    if t < 0.5:
        return _blend(_LOW, _MID, t / 0.5)
    return _blend(_MID, PRIMARY, (t - 0.5) / 0.5 * 0.85)


def text_color_on(value: float | None) -> colors.Color:
    return colors.white if value is not None and value / MAX_SCORE > 0.78 else INK


def _blend(a: colors.Color, b: colors.Color, t: float) -> colors.Color:
    return colors.Color(a.red + (b.red - a.red) * t, a.green + (b.green - a.green) * t,
                        a.blue + (b.blue - a.blue) * t)








def pillar_bars(
    rows: Sequence[tuple[str, float | None]], *, width: float,
    fmt: Callable[[float | None], str],
) -> Drawing:
    """Horizontal 0–5 bars, one per (label, mean); the first row is drawn bold."""
    bar, gap, label_w = 14.0, 8.0, 205.0
    height = len(rows) * (bar + gap) + 22
    drawing = kit.drawing(width, height)
    x0, x1 = label_w, width - 40
    kit.score_axis(drawing, x0, x1, height - 2, 14, lambda v: str(int(v)))
    for i, (label, value) in enumerate(rows):
        y = height - (i + 1) * (bar + gap)
        drawing.add(kit.text(x0 - 6, y + 4, label, size=8, bold=i == 0, anchor="end"))
        if value is not None:
            w = (x1 - x0) * max(0.0, min(value, MAX_SCORE)) / MAX_SCORE
            drawing.add(Rect(x0, y, w, bar, fillColor=PRIMARY if i == 0 else PRIMARY_LIGHT,
                             strokeColor=None))
        drawing.add(kit.text(x1 + 6, y + 4, fmt(value), size=8, bold=i == 0))
    return drawing


def box_plot(
    rows: Sequence[BoxStats], *, width: float, fmt: Callable[[float | None], str],
    mean_label: str,
) -> Drawing:
    """One horizontal box (min, quartiles, median, max, mean ◆) per recommendation."""
    row_h, label_w = 17.0, 46.0
    height = len(rows) * row_h + 34
    drawing = kit.drawing(width, height)
    x0, x1 = label_w, width - 60

    def at(v: float) -> float:
        return x0 + (x1 - x0) * max(0.0, min(v, MAX_SCORE)) / MAX_SCORE

    kit.score_axis(drawing, x0, x1, height - 14, 14, lambda v: str(int(v)))
    for i, row in enumerate(rows):
        y = height - 14 - (i + 1) * row_h + row_h / 2
        drawing.add(kit.text(x0 - 6, y - 3, row.label, size=8, bold=True, anchor="end"))
        low, q1, median, q3, high = row.minimum, row.q1, row.median, row.q3, row.maximum
        if low is None or q1 is None or median is None or q3 is None or high is None:
            drawing.add(kit.text(x1 + 6, y - 3, fmt(None), size=7.5, color=MUTED))
            continue
        drawing.add(Line(at(low), y, at(high), y, strokeColor=MUTED, strokeWidth=0.8))
        for v in (low, high):
            drawing.add(Line(at(v), y - 3.5, at(v), y + 3.5, strokeColor=MUTED, strokeWidth=0.8))
        drawing.add(Rect(at(q1), y - 5.5, max(at(q3) - at(q1), 0.8), 11,
                         fillColor=PRIMARY_LIGHT, strokeColor=PRIMARY, strokeWidth=0.6))
        drawing.add(Line(at(median), y - 5.5, at(median), y + 5.5, strokeColor=PRIMARY,
                         strokeWidth=1.6))
        if row.mean is not None:
            m = at(row.mean)
            drawing.add(Rect(m - 2.2, y - 2.2, 4.4, 4.4, fillColor=ACCENT, strokeColor=None))
        drawing.add(kit.text(x1 + 6, y - 3, f"{fmt(median)}  (n={row.count})", size=7.5,
                             color=MUTED))
    legend_y = height - 8
    drawing.add(Rect(x0, legend_y - 2, 4.4, 4.4, fillColor=ACCENT, strokeColor=None))
    drawing.add(kit.text(x0 + 8, legend_y - 2, mean_label, size=7, color=MUTED))
    return drawing


def completion_bar(
    done: int, total: int, *, width: float, done_label: str, pending_label: str
) -> Drawing:
    """One stacked bar: submitted (blue) and pending (orange) agencies, with counts."""
    height = 34.0
    drawing = kit.drawing(width, height)
    if total <= 0:
        return drawing
    w_done = width * done / total
    drawing.add(Rect(0, 14, w_done, 14, fillColor=PRIMARY, strokeColor=None))
    drawing.add(Rect(w_done, 14, width - w_done, 14, fillColor=ACCENT, strokeColor=None))
    drawing.add(kit.text(0, 2, f"{done_label}: {done}", size=8, color=PRIMARY, bold=True))
    drawing.add(kit.text(width, 2, f"{pending_label}: {total - done}", size=8, color=ACCENT,
                         bold=True, anchor="end"))
    return drawing
