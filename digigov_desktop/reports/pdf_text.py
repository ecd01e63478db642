"""`TextBlock`: a paragraph flowable for the report's text, laid out by us (issue #16).

reportlab's Paragraph parses markup and measures every word of every fragment each
time it is wrapped; the submission report wraps about a thousand paragraphs, most of
them more than once (KeepTogether, tables), and that was most of an export. The report
only needs plain text with bold or italic runs and line breaks, so this flowable takes
exactly that, measures each distinct word once per font, breaks lines as Paragraph does
(greedy, the same 5 % space shrinkage, long words cut to the line, no break at a
no-break space, a hyphen shown only where a word breaks at a soft hyphen), and splits
across pages under the style's widow and orphan rules. It
reads a ParagraphStyle (font, size, leading, colour, indents, spacing, alignment,
background with its border padding, keepWithNext), puts the first baseline at
`height - fontSize` as Paragraph does, and writes each line as one text run per font.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import unescape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.geomutils import normalizeTRBL
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from digigov_desktop.reports.pdf_basics import clean

# A run of text in one font; a source line is a list of runs, ended by a hard break.
Run = tuple[str, str]  # (font name, text)
# A line of words: the words, their fonts, the font of the space before each ("": the
# word is glued to the one before, as in "<b>x</b>y"), and (laid out) its width.
_Words = tuple[list[str], list[str], list[str]]
_Line = tuple[list[str], list[str], list[str], float]

_SHRINK = 0.05  # reportlab's spaceShrinkage: a line may overrun by 5 % of its spaces
_NO_BREAK = "\xa0\u2007\u202f"
_SOFT_HYPHEN = "\xad"
_BREAKABLE = re.compile(rf"[^\S{_NO_BREAK}]+")
_TAG = re.compile(r"(<b>|</b>|<i>|</i>|<br/>)")
_OTHER_MARKUP = re.compile(r"<|&(?!amp;|lt;|gt;)")
_WIDTHS: dict[str, dict[str, float]] = {}  # font → word → width at 1 pt
_WIDTH_CACHE_LIMIT = 200_000


def plain(text: str, style: ParagraphStyle) -> TextBlock:
    """User or framework text as it is (no markup): newlines break lines."""
    font = style.fontName
    return TextBlock([[(font, line)] for line in clean(text).split("\n")], style)


def rich(markup: str, style: ParagraphStyle) -> Flowable:
    """Paragraph markup made of escaped text, <b>, <i> and <br/> as a TextBlock; any
    other markup as a Paragraph."""
    lines: list[list[Run]] = [[]]
    bold = italic = False
    for index, token in enumerate(_TAG.split(markup)):
        if index % 2 == 0:
            if _OTHER_MARKUP.search(token):
                return Paragraph(markup, style)
            if token:
                lines[-1].append((_font(style.fontName, bold, italic), unescape(token)))
        elif token == "<br/>":
            lines.append([])
        elif token[-2] == "b":
            bold = token[1] != "/"
        else:
            italic = token[1] != "/"
    return TextBlock(lines, style)


class TextBlock(Flowable):
    """Text in one ParagraphStyle: `lines` are hard lines, each a list of (font, text) runs.

    Whitespace collapses to one space (in the font of the run it is in) and may break
    the line; a run boundary without whitespace glues the words on either side.
    """

    def __init__(self, lines: Sequence[Sequence[Run]], style: ParagraphStyle) -> None:
        if style.alignment == TA_JUSTIFY:  # no report style justifies: Paragraph would
            raise ValueError(f"TextBlock does not justify (style {style.name})")
        super().__init__()
        self.style = style
        self.source = lines  # the hard lines as given
        self._laid: tuple[float, list[_Line]] | None = None
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        laid = self._laid
        style = self.style
        if laid is None or laid[0] != availWidth:
            room = availWidth - style.leftIndent - style.rightIndent
            lines: list[_Line] = []
            for runs in self.source:
                first = room - (0 if lines else style.firstLineIndent)
                _break(_tokens(runs), first, room, style.fontSize, lines)
            if not any(line[0] for line in lines):
                lines = []  # no text at all: no line, as Paragraph
            elif not lines[-1][0]:
                lines.pop()  # a closing line break adds no empty line, as in Paragraph
            laid = self._laid = (availWidth, lines)
        self.width = availWidth
        self.height = len(laid[1]) * style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        assert self._laid is not None
        lines, style = self._laid[1], self.style
        fit = int(availHeight / style.leading) if availHeight > 0 else 0
        if fit == 0 or (fit == 1 and not style.allowOrphans):
            return []
        if len(lines) <= fit:
            return [self]
        if len(lines) == fit + 1 and not style.allowWidows:
            if len(lines) > 3 or (style.allowOrphans and len(lines) == 3):
                fit -= 1  # give the widow company
            else:
                return []
        # the rest goes on with no first-line indent, as Paragraph's split does
        rest = style if not style.firstLineIndent else ParagraphStyle(
            f"{style.name}-continued", parent=style, firstLineIndent=0)
        return [_part(lines[:fit], style, availWidth), _part(lines[fit:], rest, availWidth)]

    def minWidth(self) -> float:  # noqa: N802 (reportlab's name)
        """The widest word, as Paragraph answers a table sizing its columns."""
        widest = max((_width(font, word) for runs in self.source
                      for word, font in zip(*_tokens(runs)[:2], strict=True)), default=0.0)
        return widest * self.style.fontSize

    def getPlainText(self, identify: Any = None) -> str:  # noqa: N802 (reportlab's name)
        return "\n".join("".join(text for _, text in runs) for runs in self.source)

    def line_texts(self) -> list[str]:
        """The text of each line as last laid out (after `wrap`)."""
        return [_line_text(words, gaps) for words, _, gaps, _ in (self._laid or (0, []))[1]]

    def draw(self) -> None:
        assert self._laid is not None
        canvas, style = self.canv, self.style
        lines = self._laid[1]
        left, right = style.leftIndent, style.rightIndent
        if style.backColor:
            top, pad_right, bottom, pad_left = normalizeTRBL(style.borderPadding)
            canvas.setFillColor(style.backColor)
            canvas.rect(left - pad_left, -bottom,
                        self.width - (left + right) + pad_left + pad_right,
                        self.height + top + bottom, fill=1, stroke=0)
        if not lines:
            return
        # no saveState here: drawOn wraps draw() in one
        size, indent = style.fontSize, style.firstLineIndent
        text = canvas.beginText(left + indent, self.height - size)
        text.setFillColor(style.textColor)
        text.setFont(style.fontName, size, style.leading)
        room, align = self.width - left - right, style.alignment
        for number, (words, fonts, gaps, width) in enumerate(lines):
            if number == 1 and indent:
                text.setXPos(-indent)
            extra, spaces = room - width, 0
            if extra < -1e-8:  # a line using the space shrinkage: narrower spaces, as Paragraph
                spaces = sum(1 for gap in gaps[1:] if gap) + sum(w.count("\xa0") for w in words)
            shift = 0.0 if spaces > 0 else (
                extra if align == TA_RIGHT else extra / 2 if align == TA_CENTER else 0.0)
            if spaces > 0:
                text.setWordSpace(extra / spaces)
            if shift:
                text.setXPos(shift)
            runs = _runs(words, fonts, gaps)
            for index, (font, chunk) in enumerate(runs):
                if font != text._fontname:
                    text.setFont(font, size, style.leading)
                text._textOut(chunk, index == len(runs) - 1)
            if not runs:
                text._textOut("", 1)
            if shift:
                text.setXPos(-shift)
            if spaces > 0:
                text.setWordSpace(0)
        canvas.drawText(text)


def _tokens(runs: Sequence[Run]) -> _Words:
    """The words of a hard line, their fonts and the font of the space before each."""
    words: list[str] = []
    fonts: list[str] = []
    gaps: list[str] = []
    gap = ""  # the font of pending whitespace ("" when the text so far ends in a word)
    for font, text in runs:
        if not text:
            continue
        parts = _words(text)
        if parts:
            gaps.append(font if _opens(text[0]) else gap)
            gaps += [font] * (len(parts) - 1)
            words += parts
            fonts += [font] * len(parts)
            gap = font if _opens(text[-1]) else ""
        else:
            gap = font
    return words, fonts, gaps


def _break(line: _Words, first: float, room: float, size: float, out: list[_Line]) -> None:
    """Break one hard line into `out`, greedily as Paragraph does."""
    words, fonts, gaps = line
    if not words:
        out.append(([], [], [], 0.0))
        return
    words = list(words)
    limit = first
    now_words: list[str] = []
    now_fonts: list[str] = []
    now_gaps: list[str] = []
    width = spaces = 0.0  # the line's width, and the part of it that is spaces
    index = 0
    while index < len(words):
        word, font, gap = words[index], fonts[index], gaps[index]
        word_width = _width(font, word) * size
        space = _width(gap, " ") * size if now_words and gap else 0.0
        if now_words and width + space + word_width <= limit + _SHRINK * (spaces + space):
            now_words.append(word)
            now_fonts.append(font)
            now_gaps.append(gap)
            width += space + word_width
            spaces += space
            index += 1
            continue
        if _SOFT_HYPHEN in word and (now_words or word_width > limit):
            # break at the author's soft hyphen, as Paragraph (a word that fits whole on a
            # line of its own starts that line whole)
            fit = limit + _SHRINK * (spaces + space) - width - space if now_words else limit
            head, tail = _hyphenate(word, font, size, fit)
            if head:
                now_words.append(head)
                now_fonts.append(font)
                now_gaps.append(gap)
                width += space + _width(font, head) * size
                words[index] = tail
                out.append((now_words, now_fonts, now_gaps, width))
                now_words, now_fonts, now_gaps, width, spaces = [], [], [], 0.0, 0.0
                limit = room
                continue
            first_part = word[:word.find(_SOFT_HYPHEN)] + "-"
            if now_words and _width(font, first_part) * size <= room:
                out.append((now_words, now_fonts, now_gaps, width))  # hyphenate it on the next
                now_words, now_fonts, now_gaps, width, spaces = [], [], [], 0.0, 0.0
                limit = room
                continue
        if word_width > limit:
            # a word longer than a line: fill this line with its head, carry the rest
            head, tail = _cut(word, font, size, limit - width - space, whole=not now_words)
            if head:
                now_words.append(head)
                now_fonts.append(font)
                now_gaps.append(gap)
                width += space + _width(font, head) * size
                if tail:
                    words[index] = tail
                else:
                    index += 1
            out.append((now_words, now_fonts, now_gaps, width))
            now_words, now_fonts, now_gaps, width, spaces = [], [], [], 0.0, 0.0
            limit = room
            continue
        if now_words:
            out.append((now_words, now_fonts, now_gaps, width))
            limit = room
        now_words, now_fonts, now_gaps = [word], [font], [gap]
        width, spaces = word_width, 0.0
        index += 1
    out.append((now_words, now_fonts, now_gaps, width))


def _runs(words: list[str], fonts: list[str], gaps: list[str]) -> list[Run]:
    """A line as text runs, one per change of font (each space in its own font)."""
    if not words:
        return []
    font = fonts[0]
    if fonts.count(font) == len(fonts) and gaps[1:].count(font) == len(gaps) - 1:
        return [(font, " ".join(words).replace(_SOFT_HYPHEN, ""))]
    words = [word.replace(_SOFT_HYPHEN, "") for word in words]
    runs: list[Run] = []
    for index, (word, font) in enumerate(zip(words, fonts, strict=True)):
        gap = gaps[index] if index else ""
        for piece_font, piece in ((gap, " "), (font, word)) if gap else ((font, word),):
            if runs and runs[-1][0] == piece_font:
                runs[-1] = (piece_font, runs[-1][1] + piece)
            else:
                runs.append((piece_font, piece))
    return runs


def _line_text(words: list[str], gaps: list[str]) -> str:
    return "".join((" " if index and gap else "") + word.replace(_SOFT_HYPHEN, "")
                   for index, (word, gap) in enumerate(zip(words, gaps, strict=True)))


def _part(lines: list[_Line], style: ParagraphStyle, width: float) -> TextBlock:
    """One side of a split: the laid-out lines, kept for the same width."""
    part = TextBlock([_runs(words, fonts, gaps) for words, fonts, gaps, _ in lines], style)
    part._laid = (width, lines)
    return part


def _width(font: str, word: str) -> float:
    """The width of `word` in `font` at 1 pt, measured once per process."""
    table = _WIDTHS.get(font)
    if table is None:
        table = _WIDTHS[font] = {}
    width = table.get(word)
    if width is None:
        if len(table) > _WIDTH_CACHE_LIMIT:
            table.clear()
        width = table[word] = stringWidth(word.replace(_SOFT_HYPHEN, ""), font, 1.0)
    return width


def _hyphenate(word: str, font: str, size: float, room: float) -> tuple[str, str]:
    """`word` cut at its last soft hyphen where the head and a hyphen fit `room`: the
    head with "-", and the rest ("", word when none fits)."""
    at = word.rfind(_SOFT_HYPHEN)
    while at > 0:
        head = word[:at] + "-"
        if _width(font, head) * size <= room:
            return head, word[at + 1:]
        at = word.rfind(_SOFT_HYPHEN, 0, at)
    return "", word


def _cut(word: str, font: str, size: float, room: float, *, whole: bool) -> tuple[str, str]:
    """The longest head of `word` that fits `room` and the rest; on a `whole` (empty)
    line the head has at least one character."""
    width = 0.0
    for index, char in enumerate(word):
        width += _width(font, char) * size
        if width > room:
            cut = 1 if index == 0 and whole else index
            return word[:cut], word[cut:]
    return word, ""


def _words(text: str) -> list[str]:
    if any(c in text for c in _NO_BREAK):
        return [w for w in _BREAKABLE.split(text) if w]
    return text.split()


def _opens(char: str) -> bool:
    """Whitespace a line may break at (not a no-break space)."""
    return char.isspace() and char not in _NO_BREAK


@cache
def _font(base: str, bold: bool, italic: bool) -> str:
    """The font of `base`'s family with bold and italic added (as Paragraph's <b>, <i>)."""
    family, is_bold, is_italic = ps2tt(base)
    return tt2ps(family, int(is_bold or bold), int(is_italic or italic))
