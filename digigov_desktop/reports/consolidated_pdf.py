"""The consolidated report of a campaign: `render_consolidated(data, labels) -> bytes`.

Sections: summary (coordinator, cycle, counts, campaign completion, pillar averages),
distribution of each recommendation across agencies (box plots), the agencies ×
recommendations heat table, and the lists of agencies that did and did not submit.
Plain data in (`ConsolidatedReport`), embedded DejaVu fonts only, "page X of Y" footers,
reproducible bytes for the same data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from digigov_desktop.reports.consolidated_charts import (
    BoxStats,
    box_plot,
    completion_bar,
    heat_color,
    pillar_bars,
    text_color_on,
)
from digigov_desktop.reports.label_set import LabelSet, format_decimal
from digigov_desktop.reports.pdf_page import NumberedCanvas
from digigov_desktop.reports.pdf_styles import (
    FONT,
    GRID,
    MUTED,
    PANEL,
    PRIMARY,
    RULE,
    markup,
    register_fonts,
    styles,
)

WIDTH = A4[0] - 3.6 * cm


@dataclass(frozen=True)
class HeatRow:
    label: str  # agency code (· cycle when several cycles are shown)
    name: str
    overall: float | None
    values: tuple[float | None, ...]  # one per recommendation, in order


@dataclass(frozen=True)
class ConsolidatedReport:
    """The report's content: already selected, ordered and in one language."""

    lang: str
    coordinator: str
    cycle: int | None  # None: every cycle
    cycles: tuple[int, ...]
    generated_at: str  # UTC ISO 8601
    framework_title: str
    submissions: int
    pillars: tuple[tuple[str, str, float | None], ...]  # (id or "overall", title, mean)
    recommendations: tuple[tuple[str, str], ...]  # (id, title)
    distribution: tuple[tuple[Any, ...], ...]  # (id, n, min, q1, median, q3, max, mean)
    heat: tuple[HeatRow, ...]
    completion_cycle: int | None = None
    selection: str = ""  # the regions and agency types kept, in words ("" when all)
    submitted: tuple[tuple[str, str, str, float | None], ...] | None = None  # with a registry
    missing: tuple[tuple[str, str, str, float | None], ...] | None = None


@dataclass(frozen=True)
class ConsolidatedLabels(LabelSet):
    lang: str
    decimal: str
    title: str
    coordinator: str
    cycle: str
    all_cycles: str
    selection: str
    generated: str
    submissions: str
    framework: str
    summary: str
    completion: str
    completion_text: str  # {done} {total} {percent} {cycle}
    submitted: str
    pending: str
    no_registry: str
    pillars: str
    overall: str
    distribution: str
    distribution_note: str
    mean: str
    heat: str
    heat_note: str
    agency: str
    code: str
    name: str
    status: str
    statuses: dict[str, str]
    page_of: str  # {page} {total}

    @classmethod
    def texts(cls) -> Mapping[str, Mapping[str, Any]]:
        return _TEXTS

    def number(self, value: float | None, digits: int = 2) -> str:
        return format_decimal(value, digits, self.decimal)


_TEXTS: dict[str, dict[str, Any]] = {
    "es": dict(
        decimal=",", title="Informe consolidado de autoevaluación",
        coordinator="Coordinación", cycle="Ciclo", all_cycles="todos los ciclos",
        selection="Selección",
        generated="Generado", submissions="Envíos que cuentan", framework="Marco",
        summary="Resumen", completion="Avance de la campaña",
        completion_text="{done} de {total} instituciones registradas enviaron su autoevaluación "
        "del ciclo {cycle} ({percent}).",
        submitted="Enviaron", pending="Pendientes",
        no_registry="Sin registro de la autoridad certificadora: no se calcula el avance.",
        pillars="Promedio por pilar (0–5)", overall="Puntaje global",
        distribution="Distribución por recomendación",
        distribution_note="Caja: cuartiles 1 a 3; línea: mediana; bigotes: mínimo y máximo; "
        "n: instituciones con puntaje.", mean="promedio",
        heat="Instituciones × recomendaciones",
        heat_note="Puntajes de 0 a 5 del envío que cuenta de cada institución; «—»: sin puntaje.",
        agency="Institución", code="Código", name="Nombre", status="Credencial",
        statuses={"active": "vigente", "revoked": "revocada", "expired": "vencida"},
        page_of="Página {page} de {total}",
    ),
    "en": dict(
        decimal=".", title="Consolidated self-evaluation report",
        coordinator="Coordinator", cycle="Cycle", all_cycles="all cycles",
        selection="Selection",
        generated="Generated", submissions="Counting submissions", framework="Framework",
        summary="Summary", completion="Campaign completion",
        completion_text="{done} of {total} registered agencies submitted their self-evaluation "
        "for cycle {cycle} ({percent}).",
        submitted="Submitted", pending="Pending",
        no_registry="No certificate-authority registry given: completion is not computed.",
        pillars="Average per pillar (0–5)", overall="Overall score",
        distribution="Distribution per recommendation",
        distribution_note="Box: quartiles 1 to 3; line: median; whiskers: minimum and maximum; "
        "n: agencies with a score.", mean="mean",
        heat="Agencies × recommendations",
        heat_note="0–5 scores of each agency's counting submission; “—”: no score.",
        agency="Agency", code="Code", name="Name", status="Credential",
        statuses={"active": "active", "revoked": "revoked", "expired": "expired"},
        page_of="Page {page} of {total}",
    ),
}


def render_consolidated(data: ConsolidatedReport, labels: ConsolidatedLabels) -> bytes:
    """Lay out the consolidated report and return the PDF bytes."""
    register_fonts()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
        bottomMargin=1.8 * cm, title=labels.title, author=data.coordinator or "DigiGov Desktop",
        creator="DigiGov Desktop", lang=data.lang, invariant=1, initialFontName=FONT,
    )
    story = _summary(data, labels) + _distribution(data, labels) + _heat(data, labels)
    story += _completion_lists(data, labels)
    footer = partial(_footer, labels=labels)
    doc.build(story, onFirstPage=footer, onLaterPages=footer,
              canvasmaker=partial(NumberedCanvas, stamp=data.generated_at,
                                  footer=partial(_page_number, page_of=labels.page_of)))
    return buffer.getvalue()


# --------------------------------------------------------------------------- sections


def _summary(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
    st = styles()
    cycle = str(data.cycle) if data.cycle is not None else (
        f"{labels.all_cycles} ({', '.join(map(str, data.cycles))})" if data.cycles
        else labels.all_cycles)
    facts = [
        (labels.coordinator, data.coordinator or "—"),
        (labels.framework, data.framework_title),
        (labels.cycle, cycle),
        *([(labels.selection, data.selection)] if data.selection else []),
        (labels.submissions, str(data.submissions)),
        (labels.generated, data.generated_at.replace("T", " ").replace("Z", " UTC")),
    ]
    table = Table([[Paragraph(markup(k), st.label), Paragraph(markup(v), st.cell)]
                   for k, v in facts], colWidths=[4.5 * cm, WIDTH - 4.5 * cm])
    table.setStyle(_style([
        ("BACKGROUND", (0, 0), (0, -1), PANEL), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story: list = [Paragraph(markup(labels.title), st.cover_title), table,
                   Paragraph(markup(labels.completion), st.h2)]
    if data.submitted is None or data.missing is None:
        story.append(Paragraph(markup(labels.no_registry), st.muted))
    else:
        done, total = len(data.submitted), len(data.submitted) + len(data.missing)
        percent = labels.number(100 * done / total if total else 0.0, 0) + " %"
        story += [
            Paragraph(markup(labels.completion_text.format(
                done=done, total=total, percent=percent, cycle=data.completion_cycle or "—")),
                st.body),
            completion_bar(done, total, width=WIDTH, done_label=labels.submitted,
                           pending_label=labels.pending),
        ]
    rows = [(labels.overall if key == "overall" else _clip(f"{key} {title}", 44), mean)
            for key, title, mean in data.pillars]
    story += [Paragraph(markup(labels.pillars), st.h2),
              pillar_bars(rows, width=WIDTH, fmt=labels.number)]
    return story


def _distribution(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
    st = styles()
    boxes = [BoxStats(*row) for row in data.distribution]
    titles = Table(
        [[Paragraph(f"<b>{markup(rid)}</b>", st.small), Paragraph(markup(title), st.small)]
         for rid, title in data.recommendations],
        colWidths=[1.2 * cm, WIDTH - 1.2 * cm],
    )
    titles.setStyle(_style([("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [
        PageBreak(),
        Paragraph(markup(labels.distribution), st.h1),
        Paragraph(markup(labels.distribution_note), st.muted),
        Spacer(1, 0.2 * cm),
        box_plot(boxes, width=WIDTH, fmt=labels.number, mean_label=labels.mean),
        Spacer(1, 0.4 * cm),
        titles,
    ]


def _heat(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
    st = styles()
    regular, bold = register_fonts()
    rec_ids = [rid for rid, _ in data.recommendations]
    head = [labels.agency, labels.overall.split()[0][:7], *rec_ids]
    body = [[row.label, labels.number(row.overall, 1),
             *(labels.number(v, 1) for v in row.values)] for row in data.heat]
    code_w, overall_w = 3.3 * cm, 1.35 * cm
    cell_w = (WIDTH - code_w - overall_w) / max(len(rec_ids), 1)
    table = Table([head, *body], colWidths=[code_w, overall_w, *[cell_w] * len(rec_ids)],
                  repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("FONTNAME", (0, 0), (-1, 0), bold), ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("FONTNAME", (1, 1), (1, -1), bold), ("GRID", (0, 0), (-1, -1), 0.3, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for i, row in enumerate(data.heat, 1):
        for j, value in enumerate((row.overall, *row.values), 1):
            style.append(("BACKGROUND", (j, i), (j, i), heat_color(value)))
            style.append(("TEXTCOLOR", (j, i), (j, i), text_color_on(value)))
    table.setStyle(_style(style))
    return [PageBreak(), Paragraph(markup(labels.heat), st.h1),
            Paragraph(markup(labels.heat_note), st.muted), Spacer(1, 0.2 * cm), table]


def _completion_lists(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
    if data.submitted is None or data.missing is None:
        return []
    st = styles()
    story: list = [PageBreak(), Paragraph(markup(labels.completion), st.h1)]
    for title, rows in ((labels.pending, data.missing), (labels.submitted, data.submitted)):
        story.append(Paragraph(markup(f"{title} ({len(rows)})"), st.h2))
        if not rows:
            story.append(Paragraph("—", st.muted))
            continue
        head = [labels.code, labels.name, labels.status, labels.overall]
        body = [[Paragraph(markup(code), st.cell), Paragraph(markup(name), st.cell),
                 Paragraph(markup(labels.statuses.get(status, status)), st.cell),
                 Paragraph(labels.number(overall), st.cell_right)]
                for code, name, status, overall in rows]
        table = Table([[Paragraph(markup(h), st.cell_head) for h in head], *body],
                      colWidths=[3.2 * cm, WIDTH - 8.2 * cm, 2.6 * cm, 2.4 * cm], repeatRows=1)
        table.setStyle(_style([
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY), ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(KeepTogether([table]) if len(rows) < 25 else table)
    return story


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cells use our font (reportlab's table default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


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
