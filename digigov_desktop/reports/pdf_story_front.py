"""The report's front matter: the cover (agency, dates, scores, payload hash, signer) and
the summary (radar, pillar bars, table, comparison with the previous cycle)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
    Table,
)

from digigov_desktop.reports import pdf_charts as charts
from digigov_desktop.reports.labels import NO_VALUE
from digigov_desktop.reports.pdf_story_parts import (
    StoryBase,
    bookmarked,
    data_table,
    format_timestamp,
    score_delta,
)
from digigov_desktop.reports.pdf_styles import (
    PANEL,
    PRIMARY,
    RULE,
    table_style,
)


class FrontMatter(StoryBase):
    # --- cover ---------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        out: list[Flowable] = [
            bookmarked(self.p(L.title, s.cover_title), "cover", L.title),
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
        out.append(data_table(rows, [self.width - 170, 80, 90], header=True, zebra=True))
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
        table.setStyle(table_style([
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
        out: list[Flowable] = [bookmarked(self.p(L.summary, s.h1), "summary", L.summary)]
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
        table = data_table(table_rows, widths, header=True, zebra=True,
                       extra=[("SPAN", (0, 0), (1, 0))])
        out.append(table)
        if d.has_previous:
            out += self.comparison()
        return out

    def comparison(self) -> list[Flowable]:
        d, L, s = self.d, self.L, self.s
        def row(label: str, new: float | None, old: float | None, bold: bool) -> charts.BarRow:
            text = (f"{L.format_score(old)} → {L.format_score(new)}   "
                    f"{L.format_change(score_delta(new, old))}")
            return charts.BarRow(label, new, old, text, bold=bold)

        rows = [row(L.overall_short, d.overall, d.previous_overall, True)]
        rows += [row(p.id, p.score, p.previous, True) for p in d.pillars]
        rows += [row(r.id, r.score, r.previous, False) for r in d.recommendations]
        legend = [("line", L.legend_current, PRIMARY), ("line", L.legend_previous, colors.grey)]
        chart = charts.bar_chart(rows, width=self.width, label_width=60, row_height=19,
                                 value_width=112, legend=legend)
        return [PageBreak(), bookmarked(self.p(L.comparison_title, s.h1), "comparison",
                                         L.comparison_title),
                self.p(f"{L.change}: {L.legend_current} − {L.legend_previous}", s.muted),
                Spacer(1, 6), chart]

