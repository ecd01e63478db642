"""The sections of the consolidated report, as platypus flowables: `summary` (coordinator,
cycle, counts, campaign completion, pillar averages), `distribution` (box plots per
recommendation), `heat` (agencies × recommendations) and `completion_lists`."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table

from digigov_desktop.reports.consolidated_charts import (
    BoxStats,
    box_plot,
    completion_bar,
    heat_color,
    pillar_bars,
    text_color_on,
)
from digigov_desktop.reports.consolidated_model import ConsolidatedLabels, ConsolidatedReport
from digigov_desktop.reports.pdf_styles import (
    GRID,
    PANEL,
    PRIMARY,
    markup,
    register_fonts,
    styles,
    table_style,
)

WIDTH = A4[0] - 3.6 * cm


def summary(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
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
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (0, -1), PANEL), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story: list = [Paragraph(markup(labels.title), st.cover_title), table]
    if data.versions_note:
        story += [Spacer(1, 0.2 * cm), Paragraph(f"<b>{markup(data.versions_note)}</b>", st.body)]
    story.append(Paragraph(markup(labels.completion), st.h2))
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


def distribution(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
    st = styles()
    boxes = [BoxStats(*row) for row in data.distribution]
    titles = Table(
        [[Paragraph(f"<b>{markup(rid)}</b>", st.small), Paragraph(markup(title), st.small)]
         for rid, title in data.recommendations],
        colWidths=[1.2 * cm, WIDTH - 1.2 * cm],
    )
    titles.setStyle(table_style([("TOPPADDING", (0, 0), (-1, -1), 1),
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


def heat(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
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
    table.setStyle(table_style(style))
    note = [Paragraph(f"<b>{markup(data.versions_note)}</b>", st.small)] \
        if data.versions_note else []
    return [PageBreak(), Paragraph(markup(labels.heat), st.h1),
            Paragraph(markup(labels.heat_note), st.muted), *note, Spacer(1, 0.2 * cm), table]


def completion_lists(data: ConsolidatedReport, labels: ConsolidatedLabels) -> list:
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
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY), ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(KeepTogether([table]) if len(rows) < 25 else table)
    return story


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
