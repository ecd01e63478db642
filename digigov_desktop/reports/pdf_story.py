"""The report's content as a platypus story: cover, summary, recommendations, appendix.

`build_story(data, labels)` returns the flowables; `pdf_report` lays them out on pages.
All user and framework text goes through `pdf_styles.markup` (escaped).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from digigov_desktop.reports import pdf_charts as charts
from digigov_desktop.reports.data import ElementData, RecommendationData, ReportData
from digigov_desktop.reports.labels import NO_VALUE, ReportLabels
from digigov_desktop.reports.pdf_styles import (
    FONT,
    PANEL,
    PRIMARY,
    RULE,
    Styles,
    markup,
    styles,
)

BOOKMARK_ATTRIBUTE = "_digigov_bookmark"
HASH_COLUMN = 296  # 64 hex digits of the `hash` style (7 pt) plus cell padding


def build_story(data: ReportData, labels: ReportLabels, *, content_width: float) -> list[Flowable]:
    """The flowables of the whole report.

    Args:
        data: the report's content.
        labels: the fixed texts.
        content_width: width of the page's text frame, in points.

    Returns:
        Flowables; headings that should become PDF bookmarks carry `BOOKMARK_ATTRIBUTE`.
    """
    return _Story(data, labels, styles(), content_width).build()


def format_timestamp(value: str) -> str:
    """``2026-11-28T01:03:57.738Z`` → ``2026-11-28 01:03 UTC`` (unparseable text as is)."""
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value or NO_VALUE
    return parsed.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _bookmarked(flowable: Flowable, key: str, title: str) -> Flowable:
    setattr(flowable, BOOKMARK_ATTRIBUTE, (key, title))
    return flowable


def _table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose plain-string cells use our font (the default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _table(rows: list[list[Any]], widths: list[float], *, header: bool = False,
           zebra: bool = False, extra: list[tuple] | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), PRIMARY)]
    if zebra:
        start = 1 if header else 0
        commands += [("ROWBACKGROUNDS", (0, start), (-1, -1), [colors.white, PANEL])]
    table.setStyle(_table_style(commands + (extra or [])))
    return table


class _Story:
    def __init__(self, data: ReportData, labels: ReportLabels, st: Styles, width: float) -> None:
        self.d = data
        self.L = labels
        self.s = st
        self.width = width

    def p(self, text: str, style: Any = None) -> Paragraph:
        """A paragraph of user/framework text (escaped)."""
        return Paragraph(markup(text), style or self.s.body)

    def pm(self, markup_text: str, style: Any = None) -> Paragraph:
        """A paragraph of trusted markup (labels wrapped in <b> etc.)."""
        return Paragraph(markup_text, style or self.s.body)

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story.append(PageBreak())
        story += self.summary()
        for rec in self.d.recommendations:
            story.append(PageBreak())
            story += self.recommendation(rec)
        story.append(PageBreak())
        story += self.appendix()
        return story

    # --- cover ---------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        out: list[Flowable] = [
            _bookmarked(self.p(L.title, s.cover_title), "cover", L.title),
            self.p(d.framework_title, s.cover_subtitle),
            self.p(d.agency_name, s.cover_agency),
        ]
        region = f"{d.region_name} ({d.region_code})" if d.region_name else d.region_code
        info = [
            (L.agency_code, d.agency_code),
            (L.agency_type, L.agency_type_name(d.agency_type)),
            (L.region, region or NO_VALUE),
            (L.cycle, str(d.cycle_year)),
            (L.cycle_opened, format_timestamp(d.cycle_opened)),
            (L.last_change, format_timestamp(d.last_change)),
            (L.generated, format_timestamp(d.generated_at)),
        ]
        for index, (name, role) in enumerate(d.preparers or (("", ""),)):
            who = f"{name} — {role}" if role else name
            info.append((L.prepared_by if index == 0 else "", who or NO_VALUE))
        out.append(self._key_values(info))
        out.append(Spacer(1, 14))
        out.append(self._score_panel())
        out.append(Spacer(1, 12))
        out.append(self.p(L.pillar_scores, s.h2))
        rows: list[list[Any]] = [[self.p(L.pillar, s.cell_head), self.p(L.score, s.cell_head),
                                  self.p(L.completion, s.cell_head)]]
        for pillar in d.pillars:
            rows.append([
                self.p(f"{pillar.id} · {pillar.title}", s.cell),
                self.p(self._score_text(pillar.score, pillar.status), s.cell_bold),
                self.p(L.format_percent(pillar.completion), s.cell),
            ])
        out.append(_table(rows, [self.width - 170, 80, 90], header=True, zebra=True))
        out.append(Spacer(1, 12))
        out.append(self.p(L.submission, s.h2))
        identity = [
            (L.submission_id, d.submission_id),
            (L.revision, str(d.revision)),
            (L.signer, d.signer or L.not_signed),
        ]
        out.append(self._key_values(identity))
        out.append(self._key_values([(L.payload_sha256, d.payload_sha256)], value_style=s.small))
        out.append(Spacer(1, 4))
        out.append(self.p(L.payload_note, s.muted))
        return out

    def _key_values(self, pairs: list[tuple[str, str]], *, value_style: Any = None) -> Table:
        s = self.s
        rows = [[self.p(k, s.label), self.p(v, value_style or s.cell)] for k, v in pairs]
        table = Table(rows, colWidths=[125, self.width - 125], hAlign="LEFT")
        table.setStyle(_table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table

    def _score_panel(self) -> Table:
        d, L, s = self.d, self.L, self.s
        score = L.format_score(d.overall)
        cells = [
            [self.p(score, s.big_number),
             self.p(L.format_number(d.overall_normalized), s.big_number),
             self.p(L.format_percent(d.completion), s.big_number)],
            [self.p(f"{L.overall_score} · {L.out_of_five.format(score=score)}", s.big_caption),
             self.p(f"{L.overall_score} · {L.normalized_scale}", s.big_caption),
             self.p(L.completion, s.big_caption)],
        ]
        third = self.width / 3
        table = Table(cells, colWidths=[third] * 3, hAlign="LEFT")
        table.setStyle(_table_style([
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEABOVE", (0, 0), (-1, 0), 2, PRIMARY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, 0), 12),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
            ("LINEAFTER", (0, 0), (1, -1), 0.5, RULE),
        ]))
        return table

    def _score_text(self, value: float | None, status: str) -> str:
        if value is not None:
            return self.L.format_score(value)
        return self.L.not_applicable if status == "not_applicable" else self.L.no_data

    # --- summary -------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        out: list[Flowable] = [_bookmarked(self.p(L.summary, s.h1), "summary", L.summary)]
        out.append(self.p(L.radar_title, s.h2))
        points = [charts.RadarPoint(r.id, r.score, r.target) for r in d.recommendations]
        out.append(charts.radar_chart(points, legend_score=L.legend_score,
                                      legend_target=L.legend_target, width=self.width,
                                      height=350))
        out.append(self.p(L.pillar_chart_title, s.h2))
        rows = [charts.BarRow(L.overall_short, d.overall, d.previous_overall,
                              L.format_score(d.overall), bold=True)]
        rows += [charts.BarRow(f"{p.id} · {p.title}", p.score, p.previous,
                               self._score_text(p.score, p.status)) for p in d.pillars]
        legend = ([("line", L.legend_current, PRIMARY), ("line", L.legend_previous, colors.grey)]
                  if d.has_previous else [])
        out.append(charts.bar_chart(rows, width=self.width, legend=legend))
        out.append(CondPageBreak(6 * cm))
        out.append(self.p(L.recommendations_table, s.h2))
        head = [L.recommendation, "", L.pillar, L.score, L.target_mean, L.completion]
        table_rows: list[list[Any]] = [[self.p(h, s.cell_head) for h in head]]
        for r in d.recommendations:
            table_rows.append([
                self.p(r.id, s.cell_bold), self.p(r.title, s.cell), self.p(r.pillar_id, s.cell),
                self.p(self._score_text(r.score, r.status), s.cell_bold),
                self.p(L.format_score(r.target), s.cell),
                self.p(L.format_percent(r.completion), s.cell),
            ])
        widths = [40, self.width - 40 - 36 - 58 - 62 - 68, 36, 58, 62, 68]
        table = _table(table_rows, widths, header=True, zebra=True,
                       extra=[("SPAN", (0, 0), (1, 0))])
        out.append(table)
        if d.has_previous:
            out += self.comparison()
        return out

    def comparison(self) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        def row(label: str, new: float | None, old: float | None, bold: bool) -> charts.BarRow:
            text = (f"{L.format_score(old)} → {L.format_score(new)}   "
                    f"{L.format_change(_delta(new, old))}")
            return charts.BarRow(label, new, old, text, bold=bold)

        rows = [row(L.overall_short, d.overall, d.previous_overall, True)]
        rows += [row(p.id, p.score, p.previous, True) for p in d.pillars]
        rows += [row(r.id, r.score, r.previous, False) for r in d.recommendations]
        legend = [("line", L.legend_current, PRIMARY), ("line", L.legend_previous, colors.grey)]
        chart = charts.bar_chart(rows, width=self.width, label_width=60, row_height=19,
                                 value_width=112, legend=legend)
        return [PageBreak(), _bookmarked(self.p(L.comparison_title, s.h1), "comparison",
                                         L.comparison_title),
                self.p(f"{L.change}: {L.legend_current} − {L.legend_previous}", s.muted),
                Spacer(1, 6), chart]

    # --- recommendation sections ---------------------------------------------------

    def recommendation(self, rec: RecommendationData) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        pillar = next((p for p in d.pillars if p.id == rec.pillar_id), None)
        title = f"{rec.id} · {rec.title}"
        out: list[Flowable] = [_bookmarked(self.p(title, s.h1), f"rec-{rec.id}", title)]
        if pillar is not None:
            out.append(self.p(f"{L.pillar} {pillar.id} · {pillar.title}", s.muted))
        out.append(Spacer(1, 4))
        out.append(self.p(rec.summary, s.body))
        out.append(Spacer(1, 4))
        score = self._score_text(rec.score, rec.status)
        if rec.score is not None:
            score = L.out_of_five.format(score=score)
        figures = [
            [self.p(L.score, s.label), self.p(L.target_mean, s.label),
             self.p(L.completion, s.label)],
            [self.p(score, s.h2), self.p(L.format_score(rec.target), s.h2),
             self.p(L.format_percent(rec.completion), s.h2)],
            ["", "", self.p(L.elements_answered.format(answered=rec.answered, total=rec.total),
                            s.tiny)],
        ]
        third = self.width / 3
        table = Table(figures, colWidths=[third] * 3, hAlign="LEFT")
        table.setStyle(_table_style([
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEABOVE", (0, 0), (-1, 0), 1.5, PRIMARY),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        out.append(table)
        out.append(Spacer(1, 8))
        level_rows = [
            charts.LevelRow(e.id, e.level, e.target,
                            L.not_applicable if e.not_applicable
                            else (L.not_answered if e.level is None else ""))
            for e in rec.elements
        ]
        out.append(charts.level_chart(level_rows, legend_level=L.level,
                                      legend_target=L.target, width=self.width))
        for element in rec.elements:
            out += self.element(element)
        for title, text in ((L.strengths, rec.strengths), (L.improvements, rec.improvements),
                            (L.actions, rec.actions)):
            out.append(KeepTogether([self.p(title, s.h2),
                                     self.p(text.strip() or L.nothing_written)]))
        return out

    def element(self, e: ElementData) -> list[Flowable]:
        L, s = self.L, self.s
        heading = self.pm(f"{markup(e.id)}  {markup(e.title)}", s.element_heading)
        if e.not_applicable:
            level = L.not_applicable
        elif e.level is None:
            level = L.not_answered
        else:
            level = f"{e.level} — {e.level_name}"
        head = [self.pm(f"<b>{markup(L.level)}:</b> {markup(level)}")]
        if e.descriptor:
            head.append(self.p(e.descriptor, s.descriptor))
        if e.na_reason:
            head.append(self.pm(f"<b>{markup(L.auto_not_applicable)}:</b> "
                                f"{markup(e.na_reason)}"))
        if e.has_criteria and not e.not_applicable:
            head += self._criteria(e)
        if not e.not_applicable:
            target = f"{e.target} — {e.target_name}" if e.target is not None else L.no_target
            head.append(self.pm(f"<b>{markup(L.target)}:</b> {markup(target)}"))
        out: list[Flowable] = [KeepTogether([heading, *head])]
        if e.legal:
            kinds = {"obligation": L.obligation, "good_practice": L.good_practice}
            lines = "<br/>".join(f"<i>{markup(kinds.get(kind, kind))}</i> — {markup(text)}"
                                 for kind, text in e.legal)
            out.append(self.pm(f"<b>{markup(L.legal_duties)}:</b><br/>{lines}", s.descriptor))
        rationale = e.rationale.strip() or L.nothing_written
        out.append(self.pm(f"<b>{markup(L.rationale)}:</b> {markup(rationale)}"))
        if e.evidence:
            rows = [[self.p(L.evidence_file, s.label), self.p(L.evidence_size, s.label),
                     self.p("SHA-256", s.label)]]
            rows += [
                [self.p(item.file_name, s.cell),
                 self.p(L.format_size(item.size), s.cell_right),
                 self.p(item.sha256, s.hash)]
                for item in e.evidence
            ]
            widths = [self.width - 48 - HASH_COLUMN, 48, HASH_COLUMN]
            evidence_table = _table(rows, widths, extra=[("TOPPADDING", (0, 0), (-1, 0), 1)])
            out.append(KeepTogether([self.pm(f"<b>{markup(L.evidence)}:</b>"), evidence_table]))
        else:
            out.append(self.pm(f"<b>{markup(L.evidence)}:</b> {markup(L.no_evidence)}"))
        if e.next_step:
            out.append(self.pm(f"<b>{markup(L.next_step)}:</b> {markup(e.next_step)}"))
        return out

    def _criteria(self, e: ElementData) -> list[Flowable]:
        """Format-2 packs: the criteria met, and the official's override with its reason."""
        L, s = self.L, self.s
        met = "<br/>".join(f"✓ {markup(text)}" for text in e.criteria_met) or markup(
            L.no_criteria_met)
        out = [self.pm(f"<b>{markup(L.criteria_met)}:</b><br/>{met}", s.descriptor)]
        if e.override_justification:
            out.append(self.pm(
                f"<b>{markup(L.proposed_level)}:</b> {e.proposed_level} · "
                f"<b>{markup(L.override)}:</b> {markup(e.override_justification)}"))
        if e.to_review:
            out.append(self.pm(f"<b>{markup(L.to_review)}</b>"))
        return out

    # --- appendix ------------------------------------------------------------------

    def appendix(self) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        out: list[Flowable] = [_bookmarked(self.p(L.appendix, s.h1), "appendix", L.appendix)]
        out.append(self.p(L.framework, s.h2))
        out.append(self._key_values([
            (L.framework_id, d.framework_id),
            (L.framework_version, d.framework_version),
            *([(L.framework_sha256, d.framework_sha256)] if d.framework_sha256 else []),
            *([(L.last_verified, d.last_verified)] if d.last_verified else []),
            (L.framework_title, d.framework_title),
            (L.framework_source, d.framework_source),
        ]))
        out.append(Spacer(1, 6))
        out.append(self.p(d.framework_description))
        out.append(self.p(L.scale, s.h2))
        rows = [[self.p(L.level, s.cell_head), self.p("", s.cell_head), self.p("", s.cell_head)]]
        rows += [[self.p(str(lv.level), s.cell_bold), self.p(lv.name, s.cell_bold),
                  self.p(lv.description, s.cell)] for lv in d.scale]
        out.append(_table(rows, [40, 110, self.width - 150], header=True, zebra=True,
                          extra=[("SPAN", (0, 0), (-1, 0))]))
        if d.scoring_rule:
            out.append(self.pm(f"<b>{markup(L.scoring_rule)}:</b> {markup(d.scoring_rule)}"))
        if d.mapping_note:
            out.append(self.pm(f"<b>{markup(L.mapping)}:</b> {markup(d.mapping_note)}"))
        out.append(self.p(L.method_title, s.h2))
        out += [self.p(text) for text in L.method]
        out.append(Spacer(1, 6))
        note = Table([[self.p(L.not_comparable, s.body)]], colWidths=[self.width])
        note.setStyle(_table_style([
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, PRIMARY),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        out.append(note)
        return out


def _delta(new: float | None, old: float | None) -> float | None:
    return None if new is None or old is None else new - old
