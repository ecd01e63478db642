"""The report's content as a platypus story: cover, summary, recommendations, appendix.

`build_story(data, labels)` returns the flowables; `pdf_report` lays them out on pages.
All user and framework text goes through `pdf_styles.markup` (escaped).
"""

from __future__ import annotations

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from digigov_desktop.reports import pdf_charts as charts
from digigov_desktop.reports.data import ElementData, RecommendationData, ReportData
from digigov_desktop.reports.labels import ReportLabels
from digigov_desktop.reports.pdf_story_front import FrontMatter
from digigov_desktop.reports.pdf_story_parts import (
    HASH_COLUMN,
    bookmarked,
    data_table,
)
from digigov_desktop.reports.pdf_styles import (
    PANEL,
    PRIMARY,
    markup,
    styles,
    table_style,
)


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



class _Story(FrontMatter):
    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story.append(PageBreak())
        story += self.summary()
        for rec in self.d.recommendations:
            story.append(PageBreak())
            story += self.recommendation(rec)
        if self.d.team is not None:
            from digigov_desktop.reports.team_annex import team_story

            story.append(PageBreak())
            story += team_story(self, self.d.team)
        story.append(PageBreak())
        story += self.appendix()
        return story

    # --- recommendation sections ---------------------------------------------------

    def recommendation(self, rec: RecommendationData) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        pillar = next((p for p in d.pillars if p.id == rec.pillar_id), None)
        title = f"{rec.id} · {rec.title}"
        out: list[Flowable] = [bookmarked(self.p(title, s.h1), f"rec-{rec.id}", title)]
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
        table.setStyle(table_style([
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
            evidence_table = data_table(rows, widths, extra=[("TOPPADDING", (0, 0), (-1, 0), 1)])
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
        out: list[Flowable] = [bookmarked(self.p(L.appendix, s.h1), "appendix", L.appendix)]
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
        out.append(data_table(rows, [40, 110, self.width - 150], header=True, zebra=True,
                          extra=[("SPAN", (0, 0), (-1, 0))]))
        if d.scoring_rule:
            out.append(self.pm(f"<b>{markup(L.scoring_rule)}:</b> {markup(d.scoring_rule)}"))
        if d.mapping_note:
            out.append(self.pm(f"<b>{markup(L.mapping)}:</b> {markup(d.mapping_note)}"))
        out.append(self.p(L.method_title, s.h2))
        out += [self.p(text) for text in L.method]
        out.append(Spacer(1, 6))
        note = Table([[self.p(L.not_comparable, s.body)]], colWidths=[self.width])
        note.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, PRIMARY),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        out.append(note)
        return out


