"""The PDF report: renders in es and en, embedded TrueType only, same figures as the payload."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Group, String

from digigov_desktop import __version__
from digigov_desktop.domain.evaluation import Answer, Evidence, Person
from digigov_desktop.domain.framework import load_framework
from digigov_desktop.domain.scoring import compute_scores
from digigov_desktop.domain.submission import build_payload, canonical_json, payload_sha256
from digigov_desktop.reports import ReportData, ReportLabels, render_report, report_data
from digigov_desktop.reports import pdf_charts as charts
from digigov_desktop.reports.pdf_styles import FONT, FONT_BOLD, markup
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService

SUBMISSION_ID = "2f1c9a4e-6b1d-4c1e-9a53-0b4f3d2a7e10"
CREATED_AT = "2026-03-01T10:00:00.000Z"
SIGNER = "Servicio de Demostración Digital (DIGIGOV-DEMO-001)"
LANGS = ("es", "en")
BASE14 = re.compile(rb"/BaseFont\s*/(Helvetica|Times|Courier|Symbol|ZapfDingbats)")

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


@pytest.fixture(scope="module")
def status(tmp_path_factory):
    # pack 1.0.0 (old cycles still render); tests/packs renders format 2
    store = create_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite", year=2026,
                        framework=load_framework("oecd-dgs-2014", "1.0.0"))
    service = EvaluationService(store)
    result = service.status(service.current_cycle().id)
    store.close()
    return result


def _payload(status, lang):
    return build_payload(
        status, submission_id=SUBMISSION_ID, revision=1, supersedes=None,
        created_at=CREATED_AT, app_version=__version__, lang=lang,
    )


def _data(evaluation, framework, scores, *, lang, sha="0" * 64, previous=None) -> ReportData:
    return report_data(
        evaluation, framework, scores, lang=lang, payload_sha256=sha, signer=SIGNER,
        previous_scores=previous, submission_id=SUBMISSION_ID, revision=1,
        generated_at=CREATED_AT,
    )


@pytest.fixture(scope="module")
def rendered(status):
    """lang → (payload dict, payload sha256, pdf bytes)."""
    out = {}
    for lang in LANGS:
        payload = _payload(status, lang)
        sha = payload_sha256(canonical_json(payload))
        data = _data(status.evaluation, status.framework, status.scores, lang=lang, sha=sha)
        out[lang] = (payload, sha, render_report(data, ReportLabels.for_language(lang)))
    return out


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page (pdftotext -layout), in order."""
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        check=True, capture_output=True,
    ).stdout.decode("utf-8")
    return text.replace("\xa0", " ").split("\f")[:-1]


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


def pdf_info(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(":") for line in out.stdout.splitlines())
    )


# --- rendering -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_renders_a_pdf_with_no_base14_font(rendered, lang):
    pdf = rendered[lang][2]
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert BASE14.search(pdf) is None
    assert b"/Subtype /Type1" not in pdf and b"/FontFile2" in pdf
    assert b"/SMask" not in pdf and b"/CA " not in pdf and b"/ca " not in pdf  # no transparency


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_only_embedded_truetype_fonts(rendered, lang, tmp_path):
    fonts = pdf_fonts(rendered[lang][2], tmp_path)
    assert fonts, "no fonts listed"
    names = sorted(row[0].split("+", 1)[1] for row in fonts)
    assert names == ["DejaVuSans", "DejaVuSans-Bold"]
    for row in fonts:
        assert row[1] == "TrueType" and row[-5:-2] == ["yes", "yes", "yes"], row


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_one_section_per_recommendation_and_page_numbers(rendered, status, lang, tmp_path):
    pages = pdf_pages(rendered[lang][2], tmp_path)
    recommendations = status.framework.recommendations
    assert len(pages) >= len(recommendations) + 3  # cover, summary, appendix
    labels = ReportLabels.for_language(lang)
    for number, page in enumerate(pages, start=1):
        assert labels.page_of.format(page=number, total=len(pages)) in page
        assert f"(DEMO-001) · {labels.footer_cycle.format(cycle=2026)}" in page
    section_starts = []
    for rec in recommendations:
        heading = f"{rec.id} · {rec.title.get(lang)}"
        starts = [i for i, page in enumerate(pages) if _starts_with(page, heading)]
        assert len(starts) == 1, heading
        section_starts.append(starts[0])
    assert section_starts == sorted(section_starts)
    assert len(set(section_starts)) == len(recommendations)
    assert _starts_with(pages[-1], labels.appendix)


def _starts_with(page: str, heading: str) -> bool:
    """Whether the text below the running header starts with `heading` (maybe wrapped)."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return " ".join(" ".join(lines[1:4]).split()).startswith(heading)


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_text_shows_the_payload_figures_and_hash(rendered, status, lang, tmp_path):
    payload, sha, pdf = rendered[lang]
    labels = ReportLabels.for_language(lang)
    pages = pdf_pages(pdf, tmp_path)
    cover, text = pages[0], "\n".join(pages)
    scores = payload["scores"]
    overall = labels.format_score(scores["overall"])
    assert overall in cover
    assert labels.out_of_five.format(score=overall) in cover
    assert labels.format_number(scores["overall_normalized"]) in cover
    # pdftotext turns the no-break space of "100 %" into a plain space
    assert labels.format_percent(scores["completion"]).replace("\xa0", " ") in cover
    for pillar in status.framework.pillars:
        line = _line_with(cover, f"{pillar.id} · {pillar.title.get(lang)}")
        assert labels.format_score(scores["pillars"][pillar.id]["score"]) in line
    table = _after_line("\n".join(pages), labels.recommendations_table)
    for rec in status.framework.recommendations:
        rec_score = labels.format_score(scores["recommendations"][rec.id]["score"])
        line = _line_with(table, f"{rec.id} ", start=True)
        assert rec_score in line, (rec.id, line)
        section = next(p for p in pages if _starts_with(p, f"{rec.id} · {rec.title.get(lang)}"))
        assert labels.out_of_five.format(score=rec_score) in section
    assert sha in cover and sha == payload_sha256(canonical_json(payload))
    assert SUBMISSION_ID in cover and SIGNER in cover
    assert status.evaluation.agency.name in cover
    for person in status.evaluation.preparers:
        assert person.name in cover
    assert f"{status.framework.id}" in pages[-1] and status.framework.version in pages[-1]
    for item in status.evaluation.evidence:
        assert item.sha256 in text
    assert labels.title.split()[0] in cover


def _body(page: str) -> str:
    """A page's text without the running header and the footer."""
    lines = [line for line in page.splitlines() if line.strip()]
    return "\n".join(lines[1:-1])


def _after_line(text: str, line: str) -> str:
    """The text after the first line that is exactly `line` (stripped)."""
    lines = text.splitlines()
    index = next(i for i, candidate in enumerate(lines) if candidate.strip() == line)
    return "\n".join(lines[index + 1:])


def _line_with(text: str, needle: str, *, start: bool = False) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if (stripped.startswith(needle) if start else needle in stripped):
            return stripped
    raise AssertionError(f"no line with {needle!r}")


@needs_poppler
def test_elements_show_level_descriptor_rationale_and_target(rendered, status, tmp_path):
    text = "\n".join(pdf_pages(rendered["en"][2], tmp_path))
    flat = " ".join(text.split())
    answer = status.evaluation.answers["R1.2"]
    element = status.framework.element("R1.2")
    assert f"R1.2 {element.title.en}" in flat
    assert " ".join(element.descriptor(answer.level).en.split()) in flat
    assert f"Level: {answer.level} — {status.framework.scale[answer.level].name.en}" in flat
    assert f"Target: {answer.target} — " in flat
    assert " ".join(answer.rationale.split()) in flat
    assert "Strengths" in flat and "Planned actions" in flat
    assert "not comparable with the OECD Digital Government Index" in flat


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_metadata(rendered, status, lang, tmp_path):
    pdf = rendered[lang][2]
    info = pdf_info(pdf, tmp_path)
    assert info["Author"] == status.evaluation.agency.name
    assert status.evaluation.agency.name in info["Title"]
    assert info["Creator"] == f"DigiGov Desktop {__version__}"
    assert status.framework.title.get(lang) == info["Subject"]
    assert info["CreationDate"].startswith("Sun Mar  1 10:00:00 2026")
    assert f"/Lang ({lang})".encode() in pdf


def test_rendering_is_deterministic_and_dated_from_the_data(status):
    data = _data(status.evaluation, status.framework, status.scores, lang="es")
    labels = ReportLabels.for_language("es")
    first = render_report(data, labels)
    assert render_report(data, labels) == first
    assert b"/CreationDate (D:20260301100000+00'00')" in first
    later = dataclasses.replace(data, generated_at="2026-04-02T08:30:00Z")
    other = render_report(later, labels)
    assert other != first and b"D:20260402083000+00'00'" in other


@needs_poppler
def test_previous_cycle_comparison(status, tmp_path):
    older = {
        k: dataclasses.replace(a, level=max(0, a.level - 1)) if a.level else a
        for k, a in status.evaluation.answers.items()
    }
    previous = compute_scores(status.framework, older)
    labels = ReportLabels.for_language("es")
    data = _data(status.evaluation, status.framework, status.scores, lang="es",
                 previous=previous)
    pages = pdf_pages(render_report(data, labels), tmp_path)
    page = next(p for p in pages if labels.comparison_title in p)
    change = round(status.scores.overall.score, 4) - round(previous.overall.score, 4)
    assert labels.format_change(change) in _line_with(page, labels.overall_short)
    assert labels.legend_previous in page

    without = pdf_pages(render_report(_data(status.evaluation, status.framework, status.scores,
                                            lang="es"), labels), tmp_path)
    assert not any(labels.comparison_title in p for p in without)


# --- hostile and unusual content -------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(status):
    evaluation = status.evaluation
    answers = dict(evaluation.answers)
    answers["R1.1"] = dataclasses.replace(
        answers["R1.1"],
        rationale="<b>bold?</b> & <font size=40>big</font> ]]> " + "x" * 3000
        + "\n\n" + "línea con control \x00\x07\x1b y tab\tfin 😀 ∑ ≥\r\nfin",
    )
    answers["R1.2"] = dataclasses.replace(answers["R1.2"], rationale=("palabra " * 2500).strip())
    answers["R8.3"] = Answer("R8.3", not_applicable=True, rationale="No aplica & <n/a>.")
    del answers["R2.1"]
    evidence = evaluation.evidence + tuple(
        Evidence(id=1000 + i, element_id="R1.1", file_name=("muy-largo-" * 20) + f"{i}.pdf",
                 size=12_345_678, sha256=f"{i:x}" * 64, media_type="application/pdf")
        for i in range(1, 4)
    )
    agency = dataclasses.replace(
        evaluation.agency, name="Agencia <script>alert(1)</script> & Cía. " + "Ñ" * 120
    )
    preparers = tuple(Person(f"Persona {i} <i>", "Rol " + "muy largo " * 25) for i in range(40))
    notes = dict(evaluation.notes)
    notes["R1"] = dataclasses.replace(notes["R1"], strengths="", actions="<a href='x'>link</a>")
    return dataclasses.replace(
        evaluation, answers=answers, evidence=evidence, agency=agency, preparers=preparers,
        notes=notes,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_text_renders_literally(status, hostile, lang, tmp_path):
    scores = compute_scores(status.framework, hostile.answers)
    labels = ReportLabels.for_language(lang)
    started = time.perf_counter()
    pdf = render_report(_data(hostile, status.framework, scores, lang=lang), labels)
    assert time.perf_counter() - started < 10
    assert BASE14.search(pdf) is None
    if shutil.which("pdftotext") is None:
        return
    pages = pdf_pages(pdf, tmp_path)
    text = "\n".join(_body(page) for page in pages)
    flat = "".join(text.split())
    assert "<b>bold?</b>&<fontsize=40>big</font>]]>" in flat
    assert "<a href='x'>link</a>" in text
    assert "x" * 3000 in flat  # the long word was wrapped, not lost
    assert "Agencia <script>alert(1)</script> & Cía." in text
    assert "Persona 39 <i>" in text
    assert labels.not_applicable in text and labels.not_answered in text
    assert labels.nothing_written in text
    assert ("3" * 64) in flat and labels.format_size(12_345_678) in text


def test_empty_evaluation_renders_with_no_scores(status, tmp_path):
    empty = dataclasses.replace(status.evaluation, answers={}, evidence=(), notes={},
                                preparers=())
    scores = compute_scores(status.framework, {})
    data = _data(empty, status.framework, scores, lang="en")
    assert data.overall is None and all(r.score is None for r in data.recommendations)
    pdf = render_report(data, ReportLabels.for_language("en"))
    if shutil.which("pdftotext") is None:
        return
    cover = pdf_pages(pdf, tmp_path)[0]
    assert "—" in cover and "No data" in cover and "(not signed)" not in cover


# --- labels and charts -----------------------------------------------------------------


def test_labels_exist_in_both_languages():
    es, en = ReportLabels.for_language("es"), ReportLabels.for_language("en")
    for field in dataclasses.fields(ReportLabels):
        a, b = getattr(es, field.name), getattr(en, field.name)
        assert a and b, field.name
        if isinstance(a, str) and field.name not in ("lang", "decimal_separator"):
            assert ("{" in a) == ("{" in b), field.name
    assert set(es.agency_types) == set(en.agency_types)
    with pytest.raises(ValueError):
        ReportLabels.for_language("fr")
    custom = en.with_changes(title="Custom")
    assert custom.title == "Custom" and custom.cycle == en.cycle


@pytest.mark.parametrize(
    ("lang", "method", "value", "expected"),
    [
        ("es", "format_score", 1.8278, "1,83"),
        ("en", "format_score", 1.8278, "1.83"),
        ("en", "format_score", None, "—"),
        ("es", "format_percent", 1.0, "100\u00a0%"),
        ("en", "format_percent", 0.4567, "46%"),
        ("es", "format_change", 0.25, "+0,25"),
        ("en", "format_change", -0.1, "\u22120.10"),
        ("en", "format_change", 0.001, "0.00"),
        ("es", "format_size", 192, "192 B"),
        ("es", "format_size", 12_345, "12,3 kB"),
        ("en", "format_size", 12_345_678, "12.3 MB"),
    ],
)
def test_number_formats(lang, method, value, expected):
    assert getattr(ReportLabels.for_language(lang), method)(value) == expected


def test_markup_escapes_user_text():
    assert markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert markup("uno\r\ndos\x00\x1b") == "uno<br/>dos"


def _strings(node):
    for child in getattr(node, "contents", []):
        if isinstance(child, String):
            yield child
        elif isinstance(child, Group):
            yield from _strings(child)


def test_charts_name_only_embedded_fonts():
    drawings = [
        charts.radar_chart([charts.RadarPoint(f"R{i}", i % 6, None) for i in range(1, 13)],
                           legend_score="a", legend_target="b"),
        charts.bar_chart([charts.BarRow("P1", 2.5, 1.0, "2,50"), charts.BarRow("x", None)],
                         legend=[("line", "a", charts.PRIMARY)]),
        charts.level_chart([charts.LevelRow("R1.1", 3, 4), charts.LevelRow("R1.2", None, None,
                                                                           "n/a")],
                           legend_level="a", legend_target="b"),
    ]
    for drawing in drawings:
        assert drawing.initialFontName == FONT
        fonts = {s.fontName for s in _strings(drawing)}
        assert fonts and fonts <= {FONT, FONT_BOLD}
