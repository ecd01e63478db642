"""The readable submission report: `render_report(data, labels) -> bytes` (reportlab platypus).

Layout: cover (agency, cycle, dates, preparers, scores, payload SHA-256, signer),
summary (radar, pillar bars, table, previous-cycle comparison), one section per
recommendation starting on its own page, appendix (framework and method). Every page
but the cover has a running header; every page has a footer "agency · cycle" and
"page X of Y". Fonts are embedded TrueType only; output is byte-for-byte reproducible
for the same data (fixed creation date taken from the data, invariant mode).
"""

from __future__ import annotations

import copy
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from digigov_desktop.reports.data import ReportData
from digigov_desktop.reports.labels import ReportLabels
from digigov_desktop.reports.pdf_page import NumberedCanvas, clip
from digigov_desktop.reports.pdf_story import build_story
from digigov_desktop.reports.pdf_story_parts import BOOKMARK_ATTRIBUTE
from digigov_desktop.reports.pdf_styles import FONT, MUTED, RULE, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.2 * cm
MARGIN_BOTTOM = 2.0 * cm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def render_report(data: ReportData, labels: ReportLabels) -> bytes:
    """Lay out the report and return the PDF bytes.

    Args:
        data: the report's content in one language (`reports.data.report_data`).
        labels: the fixed texts of that language (`ReportLabels.for_language`).

    Returns:
        A PDF 1.4 document with embedded DejaVu Sans subsets only; identical bytes for
        identical inputs.
    """
    register_fonts()
    buffer = BytesIO()
    doc = _ReportTemplate(buffer, data=data, labels=labels)
    story = build_story(data, labels, content_width=CONTENT_WIDTH)
    signature = (f"digigov report|{data.payload_sha256}|{data.submission_id}|{data.revision}|"
                 f"{data.generated_at}|{data.lang}").encode()
    doc.build(story, canvasmaker=partial(
        NumberedCanvas, footer=partial(_draw_footer, data=data, labels=labels),
        stamp=data.generated_at, signature=signature))
    return buffer.getvalue()


# --- document template and canvas ----------------------------------------------------


class _ReportTemplate(BaseDocTemplate):
    def __init__(self, buffer: BytesIO, *, data: ReportData, labels: ReportLabels) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{labels.title} — {data.agency_name} — {data.cycle_year}",
            author=data.agency_name,
            subject=data.framework_title,
            creator=f"DigiGov Desktop {data.app_version}",
            keywords=[data.framework_id, data.agency_code, str(data.cycle_year)],
            lang=data.lang,
            invariant=1,
            initialFontName=FONT,
            displayDocTitle=1,
        )
        frame = _Frame(
            MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        header = partial(_draw_header, data=data, labels=labels)
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], autoNextPageTemplate="body"),
                PageTemplate(id="body", frames=[frame], onPage=header),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        bookmark = getattr(flowable, BOOKMARK_ATTRIBUTE, None)
        if bookmark is not None:
            key, title = bookmark
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0, closed=True)


class _Frame(Frame):
    """A Frame whose deep copy is a shallow one.

    WORKAROUND for reportlab 5.1 ``flowables._listWrapOn``: KeepTogether (ours, and those
    keepWithNext styles make) deep-copies the current frame at every wrap, for content
    generated while wrapping, which this report never makes; that was ~10 % of its layout
    time. A frame's state is numbers and strings, and a list of backgrounds, copied here.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        twin = copy.copy(self)
        if hasattr(self, "_frameBGs"):
            twin._frameBGs = list(self._frameBGs)
        return twin


def _draw_header(canvas: Canvas, _doc: Any, *, data: ReportData, labels: ReportLabels) -> None:
    regular, _ = register_fonts()
    y = PAGE_HEIGHT - MARGIN_TOP + 0.7 * cm
    canvas.saveState()
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, clip(labels.title, regular, 7.5, CONTENT_WIDTH * 0.6))
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, y, clip(data.agency_code, regular, 7.5, CONTENT_WIDTH * 0.35)
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y - 4, PAGE_WIDTH - MARGIN_X, y - 4)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, page_number: int, total: int, *, data: ReportData,
                 labels: ReportLabels) -> None:
    """"Agency (code) · cycle" and "page X of Y" under a rule."""
    regular, _ = register_fonts()
    y = MARGIN_BOTTOM - 0.95 * cm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    page = labels.page_of.format(page=page_number, total=total)
    left = f"{data.agency_name} ({data.agency_code}) · " + labels.footer_cycle.format(
        cycle=data.cycle_year
    )
    room = CONTENT_WIDTH - canvas.stringWidth(page, regular, 7.5) - 12
    canvas.drawString(MARGIN_X, y, clip(left, regular, 7.5, room))
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, page)
    canvas.restoreState()
