"""Every fixed string of the PDF report, in one plain dataclass, plus number formatting.

The GUI may build a `ReportLabels` from Qt translations; the CLI and the tests use
`ReportLabels.for_language("es" | "en")`. Placeholders use `str.format` names
(``{page}``, ``{total}``); the report code fills them in. Framework texts (titles,
descriptors) are not here: they come bilingual from the framework pack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from digigov_desktop.reports.label_set import NO_VALUE, LabelSet, format_decimal


@dataclass(frozen=True)
class ReportLabels(LabelSet):
    """Fixed texts and number conventions of one report language."""

    lang: str
    decimal_separator: str
    percent_format: str  # "{value} %" (es: with a no-break space) or "{value}%"
    # cover
    title: str
    agency: str
    agency_code: str
    agency_type: str
    region: str
    cycle: str
    cycle_opened: str
    last_change: str
    generated: str
    prepared_by: str
    submission: str
    submission_id: str
    revision: str
    signer: str
    not_signed: str
    payload_sha256: str
    payload_note: str
    overall_score: str
    out_of_five: str  # "{score} de 5"
    normalized_scale: str  # "Escala 0–1"
    completion: str
    pillar_scores: str
    # summary and charts
    summary: str
    radar_title: str
    legend_score: str
    legend_target: str
    pillar_chart_title: str
    comparison_title: str
    legend_previous: str
    legend_current: str
    change: str
    overall_short: str
    recommendations_table: str
    # tables and sections
    pillar: str
    recommendation: str
    element: str
    score: str
    target: str
    target_mean: str
    level: str
    level_descriptor: str
    not_applicable: str
    not_answered: str
    no_data: str
    rationale: str
    no_target: str
    evidence: str
    evidence_file: str
    evidence_size: str
    no_evidence: str
    strengths: str
    improvements: str
    actions: str
    nothing_written: str
    elements_answered: str  # "{answered} de {total} elementos respondidos"
    # appendix
    appendix: str
    framework: str
    framework_id: str
    framework_version: str
    framework_title: str
    framework_source: str
    scale: str
    method_title: str
    method: tuple[str, ...]
    not_comparable: str
    # footer
    page_of: str  # "Página {page} de {total}"
    footer_cycle: str  # "Ciclo {cycle}"
    # format-2 packs (criteria, legal layer)
    criteria_met: str
    no_criteria_met: str
    proposed_level: str
    override: str
    to_review: str
    auto_not_applicable: str
    legal_duties: str
    obligation: str
    good_practice: str
    next_step: str
    scoring_rule: str
    framework_sha256: str
    last_verified: str
    mapping: str
    agency_types: MappingProxyType[str, str] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @classmethod
    def texts(cls) -> Mapping[str, Mapping[str, Any]]:
        from digigov_desktop.reports import labels_en, labels_es

        return {"es": labels_es.TEXTS, "en": labels_en.TEXTS}

    # --- formatting ----------------------------------------------------------------

    def format_number(self, value: float | None, decimals: int = 2) -> str:
        """``1.8278`` → ``"1,83"`` (es) or ``"1.83"`` (en); None → ``"—"``."""
        return format_decimal(value, decimals, self.decimal_separator)

    def format_score(self, value: float | None) -> str:
        """A 0–5 score as the report prints it (2 decimals)."""
        return self.format_number(value, 2)

    def format_percent(self, ratio: float | None) -> str:
        """A 0–1 ratio as a whole percentage: ``"100 %"`` (es) or ``"100%"`` (en)."""
        if ratio is None:
            return NO_VALUE
        return self.percent_format.format(value=f"{ratio * 100:.0f}")

    def format_change(self, value: float | None) -> str:
        """A change between cycles with its sign: ``"+0,25"``, ``"−0,10"``, ``"0,00"``."""
        if value is None:
            return NO_VALUE
        text = self.format_number(abs(value))
        if round(value, 2) > 0:
            return "+" + text
        if round(value, 2) < 0:
            return "\u2212" + text
        return text

    def format_size(self, size: int) -> str:
        """``192`` → ``"192 B"``, ``12_345`` → ``"12,3 kB"`` (decimal units)."""
        if size < 1000:
            return f"{size} B"
        for unit, factor in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
            if size < factor * 1000 or unit == "GB":
                return f"{self.format_number(size / factor, 1)} {unit}"
        raise AssertionError("unreachable")

    def agency_type_name(self, code: str) -> str:
        return self.agency_types.get(code, code)
