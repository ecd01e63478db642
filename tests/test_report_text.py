"""TextBlock, the report's own text flowable (#16): the lines reportlab's Paragraph would
make, splits across pages under the widow and orphan rules, overfull lines kept inside
the frame, and a Paragraph for any other markup."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, KeepTogether, PageTemplate, Paragraph, Table
from reportlab.platypus.doctemplate import BaseDocTemplate

from digigov_desktop.reports import ReportLabels, report_data
from digigov_desktop.reports.pdf_story import build_story
from digigov_desktop.reports.pdf_styles import FONT, FONT_BOLD, markup, styles
from digigov_desktop.reports.pdf_text import TextBlock, plain, rich
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService

TEXTS = [
    "<b>Nivel:</b> 2 — En desarrollo",
    markup("Pide que la institución haga de la apertura, la transparencia, la rendición de "
           "cuentas y la inclusión objetivos explícitos de su gestión digital. " * 3),
    "<b>Criterios cumplidos:</b><br/>" + "<br/>".join(
        f"✓ {markup(t)}" for t in ("Al menos una unidad publica regularmente documentos o "
                                   "datos en un formato abierto.", "Hay un borrador.")),
    "<b>Deberes legales:</b><br/><i>Obligación</i> — " + markup("Ley 20.285 sobre Acceso a "
                                                                "la Información Pública " * 4),
    markup("x" * 300),  # a word longer than any line
    markup("archivo " + "muy-largo-" * 20 + ".pdf y sigue"),
    markup("100\xa0% de 2,5\xa0de\xa05 puntos, " * 12),  # no break at a no-break space
    markup("primera\n\ntercera línea\tcon tab\r\nfin"),
    markup("   espacios   al   borde   "),
    markup("a" * 64),
    markup("una infor\xadmación larguísima"),  # a soft hyphen is not shown
    markup("infor\xadmación larguísima, y otra infor\xadmación al comienzo " * 3),  # first
    markup("un texto pegado que termina en salto de línea\n"),  # it adds no line
    markup("a\n\nb\n\n"),
]
STYLES = ["body", "cell", "cell_right", "descriptor", "hash", "element_heading", "big_number"]
WIDTHS = [40, 48, 123.5, 296, 481.89]


def paragraph_lines(paragraph: Paragraph) -> list[str]:
    """The text of each line of a wrapped Paragraph."""
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [" ".join(words).replace("\xad", "") for _, words in lines]
    texts = ("".join(getattr(frag, "text", "") for frag in line.words) for line in lines)
    return [re.sub(r"[ \t\r\n]+", " ", text).strip(" ").replace("\xad", "") for text in texts]


@pytest.mark.parametrize("style_name", STYLES)
@pytest.mark.parametrize("width", WIDTHS)
def test_lines_are_those_of_a_paragraph(style_name, width):
    style = getattr(styles(), style_name)
    for text in TEXTS:
        if "\xad" in text and width < style.fontSize * 2:
            continue  # a 30 pt word cut letter by letter: Paragraph drops the hyphen there
        paragraph, block = Paragraph(text, style), rich(text, style)
        assert isinstance(block, TextBlock)
        assert block.wrap(width, 10_000) == paragraph.wrap(width, 10_000), text
        assert block.line_texts() == paragraph_lines(paragraph), text


@pytest.fixture(scope="module")
def demo_status(tmp_path_factory):
    store = create_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite", seed=3)  # pack 2.0
    service = EvaluationService(store)
    status = service.status(service.current_cycle().id)
    store.close()
    return status


def test_the_demo_reports_text_breaks_as_paragraphs_would(demo_status):
    """Every text of the demo report (es and en) at the frame's width and in the tables
    gives the lines a Paragraph of the same markup gives."""
    checked = 0
    for lang in ("es", "en"):
        data = report_data(demo_status.evaluation, demo_status.framework, demo_status.scores,
                           lang=lang, payload_sha256="0" * 64, signer="Servicio (X-1)",
                           previous_scores=None, submission_id="s", revision=1)
        labels = ReportLabels.for_language(lang)
        for flowable, width in _texts(build_story(data, labels, content_width=481.89), 481.89):
            paragraph = Paragraph(_as_markup(flowable), flowable.style)
            assert flowable.wrap(width, 10_000) == paragraph.wrap(width, 10_000)
            assert flowable.line_texts() == paragraph_lines(paragraph)
            checked += 1
    assert checked > 1500


def _texts(flowables, width):
    for flowable in flowables:
        if isinstance(flowable, TextBlock):
            yield flowable, width
        elif isinstance(flowable, KeepTogether):
            yield from _texts(flowable._content, width)
        elif isinstance(flowable, Table):
            pad = 8  # data_table's cell padding, left + right
            for row in flowable._cellvalues:
                for cell, column in zip(row, flowable._colWidths, strict=True):
                    yield from _texts([cell], column - pad)


def _as_markup(block: TextBlock) -> str:
    def run(font: str, text: str) -> str:
        return f"<b>{markup(text)}</b>" if font == FONT_BOLD else markup(text)
    return "<br/>".join("".join(run(font, text) for font, text in line) for line in block.source)


def test_min_width_is_the_widest_word_as_for_a_paragraph():
    for text in TEXTS:
        if "\xad" in text:
            continue  # Paragraph measures the soft hyphen too, though it never shows it
        for style_name in STYLES:
            style = getattr(styles(), style_name)
            expected = Paragraph(text, style).minWidth()
            assert rich(text, style).minWidth() == pytest.approx(expected), text


def test_plain_text_is_shown_as_it_is():
    block = plain("<b>no markup</b> & <font size=40>\x07\tx\r\ny", styles().body)
    block.wrap(400, 1000)
    assert block.line_texts() == ["<b>no markup</b> & <font size=40> x", "y"]
    assert plain("", styles().body).wrap(400, 1000) == (400, 0)  # no text, no line
    ending = plain("a\n\nb\n", styles().body)  # a closing newline adds no line
    ending.wrap(400, 1000)
    assert ending.line_texts() == ["a", "", "b"]


def test_other_markup_stays_a_paragraph():
    assert isinstance(rich("<font color='red'>x</font>", styles().body), Paragraph)
    assert isinstance(rich("a &quot;b&quot;", styles().body), Paragraph)
    assert isinstance(rich("a &amp; b &lt;c&gt;", styles().body), TextBlock)


def test_runs_without_space_between_them_stay_one_word():
    block = rich("abc<b>def</b> ghi", styles().body)
    block.wrap(48, 1000)
    assert block.line_texts() == ["abcdef", "ghi"]


def test_split_keeps_every_line_and_obeys_widows_and_orphans():
    style = styles().body  # allowWidows = allowOrphans = 0
    block = plain("palabra " * 100, style)
    _, height = block.wrap(200, 10_000)
    lines = block.line_texts()
    count = len(lines)
    assert count > 6 and height == count * style.leading
    first, rest = block.split(200, 4.5 * style.leading)
    first.wrap(200, 10_000)
    rest.wrap(200, 10_000)
    assert first.line_texts() + rest.line_texts() == lines
    assert len(first.line_texts()) == 4 and first.height == 4 * style.leading
    assert block.split(200, 1.5 * style.leading) == []  # one line alone: an orphan
    assert block.split(200, (count - 1) * style.leading)[0].line_texts() == lines[:count - 2]
    assert block.split(200, count * style.leading) == [block]


def test_the_rest_of_a_split_has_no_first_line_indent_and_justifying_is_refused():
    indented = ParagraphStyle("indented", parent=styles().body, firstLineIndent=20)
    block = plain("palabra " * 100, indented)
    block.wrap(200, 10_000)
    lines = block.line_texts()
    first, rest = block.split(200, 4.5 * indented.leading)
    assert first.style.firstLineIndent == 20 and rest.style.firstLineIndent == 0
    rest.wrap(200, 10_000)
    assert first.line_texts() + rest.line_texts() == lines  # the lines as laid out whole
    with pytest.raises(ValueError, match="does not justify"):
        plain("x", ParagraphStyle("j", parent=styles().body, alignment=TA_JUSTIFY))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_long_text_flows_over_pages_in_order_and_inside_the_frame(tmp_path):
    """Every word once, in order, over several pages, none beyond the frame's right edge
    (lines that use the 5 % space shrinkage are drawn with narrower spaces)."""
    words = [f"p{i}" + "x" * (i % 3) for i in range(2000)]
    style = styles().body
    left, width = 72, 185
    block = plain(" ".join(words), style)
    block.wrap(width, 10_000)
    overfull = [line for line in block.line_texts()
                if stringWidth(line, FONT, style.fontSize) > width]
    assert len(overfull) > 20  # lines that only fit with narrower spaces
    pdf = _pdf([rich("<b>Inicio:</b> " + markup(" ".join(words)), style)], left, width)
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert text.count("\f") > 2
    assert re.findall(r"p\d+x*", text) == words
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                           capture_output=True, text=True).stdout
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes))
    assert left + width - 15 < right <= left + width + 0.05


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_soft_hyphen_shows_only_where_the_word_breaks(tmp_path):
    text = "una infor\xadmación larguísima"
    path = tmp_path / "shy.pdf"
    lines = []
    for width in (300, 48):
        path.write_bytes(_pdf([plain(text, styles().cell)], 72, width))
        lines.append(subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                                    capture_output=True, text=True).stdout.split())
    assert lines == [["una", "información", "larguísima"],
                     ["una", "infor-", "mación", "larguísima"]]


def _pdf(flowables, left: float, width: float) -> bytes:
    buffer = BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=FONT)
    frame = Frame(left, 72, width, 300, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flowables)
    return buffer.getvalue()

