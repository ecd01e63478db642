"""The readable receipt: one A4 page saying which submission the coordinator accepted.

`render_receipt(data, labels) -> bytes`. Embedded DejaVu fonts only (never a base-14
font), reproducible bytes for the same data (invariant mode, dated from the data).
The machine-readable receipt is attached by the signing layer, not drawn here.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from digigov_desktop.reports.pdf_page import dated, parse_utc
from digigov_desktop.reports.pdf_styles import (
    FONT,
    GRID,
    PANEL,
    PRIMARY,
    markup,
    register_fonts,
    styles,
)
from digigov_desktop.reports.receipt_labels import ReceiptLabels

__all__ = ["ReceiptDocument", "ReceiptLabels", "render_receipt"]


@dataclass(frozen=True)
class ReceiptDocument:
    """What the receipt page shows (plain values, already chosen by the service)."""

    agency_code: str
    agency_name: str
    cycle: int
    submission_id: str
    revision: int
    accepted_at: str  # UTC ISO 8601
    payload_sha256: str
    file_sha256: str
    coordinator: str
    issued_at: str  # UTC ISO 8601; also the PDF's creation date


def render_receipt(data: ReceiptDocument, labels: ReceiptLabels) -> bytes:
    """Lay out the one-page receipt and return the PDF bytes."""
    regular, _bold = register_fonts()
    st = styles()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.5 * cm,
        bottomMargin=2.2 * cm,
        title=f"{labels.title} — {data.agency_code} — {data.cycle}",
        author=data.coordinator,
        creator="DigiGov Desktop",
        lang=labels.lang,
        invariant=1,
        initialFontName=FONT,
    )
    rows = [
        (labels.agency, f"{data.agency_name} ({data.agency_code})"),
        (labels.cycle, str(data.cycle)),
        (labels.submission_id, data.submission_id),
        (labels.revision, str(data.revision)),
        (labels.accepted_at, _when(data.accepted_at)),
        (labels.payload_sha256, data.payload_sha256),
        (labels.file_sha256, data.file_sha256),
        (labels.coordinator, data.coordinator),
        (labels.issued_at, _when(data.issued_at)),
    ]
    hashes = {labels.payload_sha256, labels.file_sha256, labels.submission_id}
    digits = ParagraphStyle("receipt_hash", parent=st.cell, fontSize=7.6, leading=10.5)
    table = Table(
        [
            [Paragraph(markup(k), st.label), Paragraph(markup(v), digits if k in hashes
                                                       else st.cell)]
            for k, v in rows
        ],
        colWidths=[4.8 * cm, A4[0] - 4.4 * cm - 4.8 * cm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), PANEL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, PRIMARY),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("FONTNAME", (0, 0), (-1, -1), regular),
            ]
        )
    )
    story = [
        Paragraph(markup(labels.title), st.cover_title),
        Paragraph(markup(labels.intro), st.body),
        Spacer(1, 0.5 * cm),
        table,
        Spacer(1, 0.8 * cm),
        Paragraph(markup(labels.note), st.muted),
    ]
    doc.build(story, onFirstPage=dated(data.issued_at))
    return buffer.getvalue()


def _when(stamp: str) -> str:
    """`2026-03-05T14:03:07.123Z` → `2026-03-05 14:03 UTC` (unparseable: as given)."""
    moment = parse_utc(stamp)
    return stamp if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")
