"""The submission report's input as plain data, resolved to one language (`ReportData`
and its parts): no reportlab, no Qt. `data.report_data()` builds it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from digigov_desktop.reports.team_annex import TeamAnnex


@dataclass(frozen=True)
class EvidenceItem:
    file_name: str
    size: int
    sha256: str
    media_type: str


@dataclass(frozen=True)
class ElementData:
    id: str
    title: str
    level: int | None
    not_applicable: bool
    level_name: str  # "" when unanswered or not applicable
    descriptor: str  # the chosen level's descriptor, "" when none
    rationale: str
    target: int | None
    target_name: str
    evidence: tuple[EvidenceItem, ...]
    # format-2 packs:
    has_criteria: bool = False
    criteria_met: tuple[str, ...] = ()  # texts of the ticked criteria, level order
    proposed_level: int | None = None
    override_justification: str = ""
    to_review: bool = False
    na_reason: str = ""  # why it does not apply to this kind of body, when automatic
    legal: tuple[tuple[str, str], ...] = ()  # (kind, "norm, article: note")
    next_step: str = ""  # advice from the current level (levels 0-4)


@dataclass(frozen=True)
class RecommendationData:
    id: str
    title: str
    summary: str
    pillar_id: str
    score: float | None  # rounded as in the payload
    status: str  # "scored", "not_applicable", "no_data"
    completion: float
    answered: int
    total: int
    target: float | None  # mean target of the applicable answered elements
    previous: float | None
    elements: tuple[ElementData, ...]
    strengths: str
    improvements: str
    actions: str


@dataclass(frozen=True)
class PillarData:
    id: str
    title: str
    score: float | None
    status: str
    completion: float
    previous: float | None
    recommendation_ids: tuple[str, ...]


@dataclass(frozen=True)
class ScaleData:
    level: int
    name: str
    description: str


@dataclass(frozen=True)
class ReportData:
    """Everything the PDF shows, already in the report's language."""

    lang: str
    app_version: str
    framework_id: str
    framework_version: str
    framework_title: str
    framework_description: str
    framework_source: str
    scale: tuple[ScaleData, ...]
    agency_code: str
    agency_name: str
    agency_type: str  # code, named through ReportLabels.agency_types
    region_code: str
    region_name: str
    cycle_year: int
    cycle_opened: str  # UTC ISO timestamps, formatted by the renderer
    last_change: str
    generated_at: str
    preparers: tuple[tuple[str, str], ...]  # (name, role)
    overall: float | None
    overall_normalized: float | None
    completion: float
    previous_overall: float | None
    pillars: tuple[PillarData, ...]
    recommendations: tuple[RecommendationData, ...]
    payload_sha256: str
    signer: str
    submission_id: str
    revision: int
    team: TeamAnnex | None = None  # the team-evaluation annex (#15), when there is one
    framework_sha256: str = ""
    scoring_rule: str = ""
    last_verified: str = ""
    mapping_note: str = ""

    @property
    def has_previous(self) -> bool:
        return self.previous_overall is not None or any(
            r.previous is not None for r in self.recommendations
        )
