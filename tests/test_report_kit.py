"""The shared report kit: one label style, one page canvas, one date parser."""

from __future__ import annotations

import datetime as dt

import pytest

from digigov_desktop.reports.consolidated_pdf import ConsolidatedLabels
from digigov_desktop.reports.labels import ReportLabels
from digigov_desktop.reports.pdf_page import parse_utc
from digigov_desktop.reports.receipt_pdf import ReceiptLabels


@pytest.mark.parametrize("cls", [ReportLabels, ConsolidatedLabels, ReceiptLabels])
def test_every_label_set_is_built_the_same_way(cls):
    es, en = cls.for_language("es"), cls.for_language("en")
    assert (es.lang, en.lang) == ("es", "en") and es != en
    assert set(cls.texts()["es"]) == set(cls.texts()["en"])  # same texts in both languages
    with pytest.raises(ValueError, match="'fr'"):
        cls.for_language("fr")
    changed = es.with_changes(title="Otro título")
    assert changed.title == "Otro título" and es.title != "Otro título"


def test_numbers_use_the_language_decimal_separator():
    assert ReportLabels.for_language("es").format_number(1.8278) == "1,83"
    assert ConsolidatedLabels.for_language("es").number(1.8278) == "1,83"
    assert ConsolidatedLabels.for_language("en").number(None) == "—"


def test_parse_utc():
    assert parse_utc("2026-03-05T14:03:07.123Z") == dt.datetime(2026, 3, 5, 14, 3, 7, 123000,
                                                               tzinfo=dt.UTC)
    assert parse_utc("2026-03-05T14:03:07") == dt.datetime(2026, 3, 5, 14, 3, 7, tzinfo=dt.UTC)
    assert parse_utc("2026-03-05T11:03:07-03:00").hour == 14
    assert parse_utc("yesterday") is None
