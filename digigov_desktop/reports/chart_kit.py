"""What every PDF chart is drawn with (submission and consolidated reports alike).

reportlab.graphics shapes only (pyqtgraph is screen-only). Every `String` names the
embedded font explicitly (reportlab's default is Helvetica, which must not appear in the
file), and every fill is a solid colour (no transparency).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from digigov_desktop.reports.pdf_styles import GRID, INK, MUTED, register_fonts

MAX_SCORE = 5


def drawing(width: float, height: float) -> Drawing:
    """A Drawing whose implicit font is ours (reportlab's default would pull in Helvetica)."""
    regular, _ = register_fonts()
    made = Drawing(width, height)
    made.initialFontName = regular
    return made


def text(x: float, y: float, value: str, *, size: float = 8, bold: bool = False,
         color: colors.Color = INK, anchor: str = "start") -> String:
    """A string in the embedded font."""
    regular, heavy = register_fonts()
    return String(x, y, value, fontName=heavy if bold else regular, fontSize=size,
                  fillColor=color, textAnchor=anchor)


def score_axis(target: Drawing, x0: float, x1: float, y_top: float, y_bottom: float,
               fmt: Callable[[float], str]) -> None:
    """Vertical grid lines at 0…5 between `x0` and `x1`, labelled under the plot."""
    for level in range(MAX_SCORE + 1):
        x = x0 + (x1 - x0) * level / MAX_SCORE
        target.add(Line(x, y_bottom, x, y_top, strokeColor=GRID, strokeWidth=0.5))
        target.add(text(x, y_bottom - 10, fmt(level), size=7, color=MUTED, anchor="middle"))


def tick_grid(target: Drawing, x0: float, span: float, y_top: float, y_bottom: float,
              label_y: float) -> None:
    """Vertical grid lines at 0…5 over `span` points from `x0`, small labels at `label_y`."""
    for tick in range(MAX_SCORE + 1):
        x = x0 + span * tick / MAX_SCORE
        target.add(Line(x, y_top, x, y_bottom, strokeColor=GRID, strokeWidth=0.5))
        target.add(text(x, label_y, str(tick), size=6.5, color=MUTED, anchor="middle"))
