"""Evaluation entities: agency, cycle, answers, per-recommendation notes, evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class AgencyType(StrEnum):
    MINISTRY = "ministry"
    SERVICE = "service"
    REGIONAL_GOVERNMENT = "regional_government"
    MUNICIPALITY = "municipality"
    AUTONOMOUS = "autonomous"  # a constitutionally autonomous organ (the packs' body type)
    OTHER = "other"


class CycleState(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SUBMITTED = "submitted"


# Chile's 16 regions, ISO 3166-2:CL codes, north to south. Proper names: not translated.
REGIONS: dict[str, str] = {
    "CL-AP": "Arica y Parinacota",
    "CL-TA": "Tarapacá",
    "CL-AN": "Antofagasta",
    "CL-AT": "Atacama",
    "CL-CO": "Coquimbo",
    "CL-VS": "Valparaíso",
    "CL-RM": "Metropolitana de Santiago",
    "CL-LI": "Libertador General Bernardo O'Higgins",
    "CL-ML": "Maule",
    "CL-NB": "Ñuble",
    "CL-BI": "Biobío",
    "CL-AR": "La Araucanía",
    "CL-LR": "Los Ríos",
    "CL-LL": "Los Lagos",
    "CL-AI": "Aysén del General Carlos Ibáñez del Campo",
    "CL-MA": "Magallanes y de la Antártica Chilena",
}

MAX_TEXT_LENGTH = 20_000  # rationale, notes: generous, but bounded


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    type: AgencyType = AgencyType.SERVICE
    region: str = ""


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""


@dataclass(frozen=True)
class Cycle:
    id: int
    agency_code: str
    year: int
    framework_id: str
    framework_version: str
    state: CycleState
    created_at: str
    previous_cycle_id: int | None = None


@dataclass(frozen=True)
class Answer:
    """One element's answer. `level` is None when unanswered or not applicable."""

    element_id: str
    level: int | None = None
    not_applicable: bool = False
    rationale: str = ""
    target: int | None = None
    updated_at: str = ""
    updated_by: str = ""
    # Format-2 packs: the ticked criteria, the justification when the level differs from
    # the one they propose, and the mark of an answer carried across pack versions.
    criteria: frozenset[str] = frozenset()
    override_justification: str = ""
    to_review: bool = False

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.level is not None


@dataclass(frozen=True)
class ExportedSubmission:
    """One revision of the cycle's signed submission, as exported, with its receipt if any."""

    submission_id: str
    revision: int
    created_at: str
    payload_sha256: str
    file_sha256: str
    file_name: str
    receipt: dict[str, Any] | None = None


@dataclass(frozen=True)
class RecommendationNotes:
    recommendation_id: str
    strengths: str = ""
    improvements: str = ""
    actions: str = ""

    @property
    def empty(self) -> bool:
        return not (self.strengths.strip() or self.improvements.strip() or self.actions.strip())


@dataclass(frozen=True)
class Evidence:
    id: int
    element_id: str
    file_name: str
    size: int
    sha256: str
    media_type: str = "application/octet-stream"
    added_at: str = ""
    added_by: str = ""
    description: str = ""


@dataclass(frozen=True)
class Evaluation:
    """A snapshot of one cycle: what scoring, readiness and the payload work on."""

    agency: Agency
    cycle: Cycle
    answers: dict[str, Answer] = field(default_factory=dict)
    notes: dict[str, RecommendationNotes] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    preparers: tuple[Person, ...] = ()

