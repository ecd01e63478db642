"""Fonts, colours, paragraph styles and safe text for the PDF report.

Only embedded TrueType fonts (DejaVu Sans, shipped in `resources/fonts/` with its
licence) are used: never a base-14 font. User text is escaped for Paragraph markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from digigov_desktop.paths import resource_path

FONT = "DigiGovSans"
FONT_BOLD = "DigiGovSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# Solid colours only (no transparency: PDF/A friendly).
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
PRIMARY = colors.HexColor("#1f4e79")
PRIMARY_LIGHT = colors.HexColor("#c8d9ee")
ACCENT = colors.HexColor("#c65f00")
PREVIOUS = colors.HexColor("#9a9a9a")
GRID = colors.HexColor("#d4d4d4")
PANEL = colors.HexColor("#f1f4f8")
RULE = colors.HexColor("#b8c4d2")

# Characters Paragraph markup cannot carry: C0 controls other than tab and newline.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@cache
def register_fonts() -> tuple[str, str]:
    """Register the embedded fonts once per process; returns (regular, bold) names.

    Raises:
        FileNotFoundError: a font file is missing from `resources/fonts/`.
    """
    for name, file_name in _FONT_FILES.items():
        path = resource_path("fonts", file_name)
        if not path.is_file():
            raise FileNotFoundError(f"report font not found: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return FONT, FONT_BOLD


def markup(text: str) -> str:
    """User text → safe Paragraph markup: escaped, control characters dropped, newlines kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL_RE.sub("", text)
    return escape(text).replace("\n", "<br/>")


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
