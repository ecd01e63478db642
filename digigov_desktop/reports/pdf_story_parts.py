"""What the report's story is built from: shared constants, table and bookmark helpers,
and `StoryBase` (the data, labels, styles and width every section uses)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from digigov_desktop.reports.data import ReportData
from digigov_desktop.reports.labels import NO_VALUE, ReportLabels
from digigov_desktop.reports.pdf_page import parse_utc
from digigov_desktop.reports.pdf_styles import (
    PANEL,
    PRIMARY,
    RULE,
    Styles,
    table_style,
)
from digigov_desktop.reports.pdf_text import plain, rich

BOOKMARK_ATTRIBUTE = "_digigov_bookmark"
HASH_COLUMN = 296  # 64 hex digits of the `hash` style (7 pt) plus cell padding



def format_timestamp(value: str) -> str:
    """``2026-11-28T01:03:57.738Z`` → ``2026-11-28 01:03 UTC`` (unparseable text as is)."""
    parsed = parse_utc(value)
    return (value or NO_VALUE) if parsed is None else parsed.strftime("%Y-%m-%d %H:%M UTC")


def bookmarked(flowable: Flowable, key: str, title: str) -> Flowable:
    setattr(flowable, BOOKMARK_ATTRIBUTE, (key, title))
    return flowable


def data_table(rows: list[list[Any]], widths: list[float], *, header: bool = False,
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
    table.setStyle(table_style(commands + (extra or [])))
    return table



class StoryBase:
    def __init__(self, data: ReportData, labels: ReportLabels, st: Styles, width: float) -> None:
        self.d = data
        self.L = labels
        self.s = st
        self.width = width

    def p(self, text: str, style: Any = None) -> Flowable:
        """A paragraph of user/framework text, shown as it is."""
        return plain(text, style or self.s.body)

    def pm(self, markup_text: str, style: Any = None) -> Flowable:
        """A paragraph of trusted markup (escaped text, labels wrapped in <b> etc.)."""
        return rich(markup_text, style or self.s.body)


    def _key_values(self, pairs: list[tuple[str, str]], *, value_style: Any = None) -> Table:
        s = self.s
        rows = [[self.p(k, s.label), self.p(v, value_style or s.cell)] for k, v in pairs]
        table = Table(rows, colWidths=[125, self.width - 125], hAlign="LEFT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table


def score_delta(new: float | None, old: float | None) -> float | None:
    return None if new is None or old is None else new - old

