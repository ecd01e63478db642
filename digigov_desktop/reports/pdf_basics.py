"""Fonts, colours and safe text of every PDF: embedded TrueType fonts only (DejaVu Sans,
shipped in `resources/fonts/` with its licence, never a base-14 font), solid colours,
user text escaped for Paragraph markup, tables in our font."""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

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
    # Streams are Flate-compressed binary, not also ASCII85-armoured (reportlab's default):
    # the same pages, a 20 % smaller file, and no pure-Python ASCII85 pass over every
    # stream (~10 % of an export's rendering). Every PDF of the project registers its fonts
    # here first, and reportlab reads this setting when it writes a document.
    rl_config.useA85 = 0
    for name, file_name in _FONT_FILES.items():
        path = resource_path("fonts", file_name)
        if not path.is_file():
            raise FileNotFoundError(f"report font not found: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return FONT, FONT_BOLD


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells use our font (reportlab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def clean(text: str) -> str:
    """User text as the PDF can show it: control characters dropped, tabs as spaces, every
    line end a newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL_RE.sub("", text)


def markup(text: str) -> str:
    """User text → safe Paragraph markup: escaped, control characters dropped, newlines kept."""
    return escape(clean(text)).replace("\n", "<br/>")
