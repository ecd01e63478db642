"""The consolidated report of a campaign: `render_consolidated(data, labels) -> bytes`.

Sections: summary (coordinator, cycle, counts, campaign completion, pillar averages),
distribution of each recommendation across agencies (box plots), the agencies ×
recommendations heat table, and the lists of agencies that did and did not submit.
Plain data in (`ConsolidatedReport`), embedded DejaVu fonts only, "page X of Y" footers,
reproducible bytes for the same data.
"""

from __future__ import annotations

from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from digigov_desktop.reports import consolidated_sections as sections
from digigov_desktop.reports.consolidated_model import (
    ConsolidatedLabels,
    ConsolidatedReport,
    HeatRow,
)
from digigov_desktop.reports.pdf_page import NumberedCanvas
from digigov_desktop.reports.pdf_styles import FONT, MUTED, RULE, register_fonts

__all__ = ["ConsolidatedLabels", "ConsolidatedReport", "HeatRow", "render_consolidated"]


def render_consolidated(data: ConsolidatedReport, labels: ConsolidatedLabels) -> bytes:
    """Lay out the consolidated report and return the PDF bytes."""
    register_fonts()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
        bottomMargin=1.8 * cm, title=labels.title, author=data.coordinator or "DigiGov Desktop",
        creator="DigiGov Desktop", lang=data.lang, invariant=1, initialFontName=FONT,
    )
    story = (sections.summary(data, labels) + sections.distribution(data, labels)
             + sections.heat(data, labels) + sections.completion_lists(data, labels))
    footer = partial(_footer, labels=labels)
    doc.build(story, onFirstPage=footer, onLaterPages=footer,
              canvasmaker=partial(NumberedCanvas, stamp=data.generated_at,
                                  footer=partial(_page_number, page_of=labels.page_of)))
    return buffer.getvalue()


# --------------------------------------------------------------------------- page furniture


def _footer(canvas: Any, _doc: Any, *, labels: ConsolidatedLabels) -> None:
    regular, _ = register_fonts()
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(1.8 * cm, 1.3 * cm, A4[0] - 1.8 * cm, 1.3 * cm)
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(1.8 * cm, 0.95 * cm, labels.title)
    canvas.restoreState()


def _page_number(canvas: Canvas, page: int, total: int, *, page_of: str) -> None:
    regular, _ = register_fonts()
    canvas.saveState()
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(A4[0] - 1.8 * cm, 0.95 * cm, page_of.format(page=page, total=total))
    canvas.restoreState()
