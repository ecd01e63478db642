"""The paragraph styles of the PDF reports (`styles()`), with the fonts, colours and safe
text of `pdf_basics` re-exported: one import for a report module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from digigov_desktop.reports.pdf_basics import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GRID,
    INK,
    MUTED,
    PANEL,
    PREVIOUS,
    PRIMARY,
    PRIMARY_LIGHT,
    RULE,
    markup,
    register_fonts,
    table_style,
)

__all__ = [
    "ACCENT", "FONT", "FONT_BOLD", "GRID", "INK", "MUTED", "PANEL", "PREVIOUS", "PRIMARY",
    "PRIMARY_LIGHT", "RULE", "Styles", "markup", "register_fonts", "styles", "table_style",
]


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the report."""

    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_agency: ParagraphStyle
    big_number: ParagraphStyle
    big_caption: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    element_heading: ParagraphStyle
    descriptor: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    hash: ParagraphStyle


@cache
def styles() -> Styles:
    """Build the styles (cached; they are immutable in practice)."""
    regular, bold = register_fonts()

    def style(name: str, **kw) -> ParagraphStyle:
        base = {
            "fontName": regular,
            "fontSize": 9.5,
            "leading": 12.5,
            "textColor": INK,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", spaceAfter=4),
        small=style("small", fontSize=8.5, leading=11),
        tiny=style("tiny", fontSize=7, leading=9, textColor=MUTED),
        muted=style("muted", fontSize=8.5, leading=11, textColor=MUTED),
        label=style("label", fontName=bold, fontSize=8, leading=10.5, textColor=MUTED),
        cover_title=style(
            "cover_title", fontName=bold, fontSize=22, leading=27, textColor=PRIMARY,
            spaceAfter=6,
        ),
        cover_subtitle=style("cover_subtitle", fontSize=10.5, leading=14, textColor=MUTED),
        cover_agency=style(
            "cover_agency", fontName=bold, fontSize=15, leading=19, spaceBefore=14, spaceAfter=8
        ),
        big_number=style(
            "big_number", fontName=bold, fontSize=30, leading=34, textColor=PRIMARY,
            alignment=TA_CENTER,
        ),
        big_caption=style(
            "big_caption", fontSize=9, leading=12, textColor=MUTED, alignment=TA_CENTER
        ),
        h1=style(
            "h1", fontName=bold, fontSize=16, leading=20, textColor=PRIMARY, spaceAfter=6,
            keepWithNext=1,
        ),
        h2=style(
            "h2", fontName=bold, fontSize=12, leading=15, textColor=PRIMARY, spaceBefore=10,
            spaceAfter=4, keepWithNext=1,
        ),
        h3=style(
            "h3", fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2,
            keepWithNext=1,
        ),
        element_heading=style(
            "element_heading", fontName=bold, fontSize=10, leading=13, backColor=PANEL,
            borderPadding=(3, 4, 3, 4), leftIndent=4, rightIndent=4, spaceBefore=12,
            spaceAfter=5, keepWithNext=1,
        ),
        descriptor=style(
            "descriptor", fontSize=8.5, leading=11, textColor=MUTED, leftIndent=10,
            spaceAfter=4,
        ),
        cell=style("cell", fontSize=8.5, leading=10.5),
        cell_bold=style("cell_bold", fontName=bold, fontSize=8.5, leading=10.5),
        cell_right=style("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        cell_head=style(
            "cell_head", fontName=bold, fontSize=8, leading=10, textColor=colors.white
        ),
        hash=style("hash", fontSize=7, leading=8.5, textColor=MUTED),
    )
