"""A framework element and its parts, as parsed from a pack (format 1 and format 2).

`Text` is the bilingual text every pack string is. Format 2 adds per level the checkable
criteria and the cumulative scoring rule (`Element.proposed_level`), the legal layer, whom
to ask, next steps, the DGPF/DGI map and the predecessor in the previous version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LEVELS = tuple(range(6))


@dataclass(frozen=True)
class Text:
    """A bilingual text. `text.get("es")` falls back to the other language if missing."""

    es: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.es

    @classmethod
    def from_json(cls, data: Mapping[str, str]) -> Text:
        return cls(es=data["es"], en=data["en"])


@dataclass(frozen=True)
class Criterion:
    id: str
    level: int
    text: Text


@dataclass(frozen=True)
class LegalDuty:
    kind: str  # obligation | good_practice
    norm: Text
    article: str | None
    applies_to: tuple[str, ...]
    effective_from: str | None
    note: Text


@dataclass(frozen=True)
class NotApplicable:
    body_type: str
    reason: Text


@dataclass(frozen=True)
class Contact:
    role: Text
    unit: Text


@dataclass(frozen=True)
class Predecessor:
    relation: str  # same | renamed | split | merged | new
    elements: tuple[str, ...]


@dataclass(frozen=True)
class Element:
    id: str
    recommendation_id: str
    title: Text
    statement: Text
    guidance: Text
    evidence: Text
    levels: tuple[Text, ...]  # index = level 0..5
    # Format 2 (empty for format-1 packs):
    kind: str = ""
    criteria: tuple[tuple[Criterion, ...], ...] = ()  # index = level 0..5; level 0 has none
    legal: tuple[LegalDuty, ...] = ()
    not_applicable_for: tuple[NotApplicable, ...] = ()
    ask: tuple[Contact, ...] = ()
    next_steps: tuple[tuple[int, Text], ...] = ()
    references: tuple[Text, ...] = ()
    dgpf: tuple[str, ...] = ()
    dgi_facet: str = ""
    predecessor: Predecessor | None = None

    def descriptor(self, level: int) -> Text:
        return self.levels[level]

    @property
    def has_criteria(self) -> bool:
        return bool(self.criteria)

    def criteria_at(self, level: int) -> tuple[Criterion, ...]:
        return self.criteria[level] if self.criteria else ()

    def all_criteria(self) -> list[Criterion]:
        return [c for level in self.criteria for c in level]

    def next_step(self, level: int) -> Text | None:
        return dict(self.next_steps).get(level)

    def not_applicable_reason(self, body_type: str) -> Text | None:
        """Why this element does not apply to a kind of body, or None when it applies."""
        for rule in self.not_applicable_for:
            if rule.body_type == body_type:
                return rule.reason
        return None

    def proposed_level(self, met: set[str] | frozenset[str]) -> int | None:
        """The level the ticked criteria reach under the cumulative rule (None: no criteria).

        A level is reached when all its criteria and all criteria of every level below it
        are met; level 0 is the floor, reached when level 1 is not.
        """
        if not self.criteria:
            return None
        reached = 0
        for level in LEVELS[1:]:
            if all(c.id in met for c in self.criteria[level]):
                reached = level
            else:
                break
        return reached


def element_from_json(e: dict[str, Any], rec_id: str) -> Element:
    t = Text.from_json
    base = dict(
        id=e["id"], recommendation_id=rec_id, title=t(e["title"]), statement=t(e["statement"]),
        guidance=t(e["guidance"]), evidence=t(e["evidence"]),
        levels=tuple(t(lvl["descriptor"]) for lvl in e["levels"]),
    )
    if "criteria" not in e["levels"][0]:
        return Element(**base)
    return Element(
        **base,
        kind=e["kind"],
        criteria=tuple(
            tuple(Criterion(id=c["id"], level=lvl["level"], text=t(c["text"]))
                  for c in lvl["criteria"])
            for lvl in e["levels"]
        ),
        legal=tuple(
            LegalDuty(kind=d["kind"], norm=t(d["norm"]), article=d["article"],
                      applies_to=tuple(d["applies_to"]), effective_from=d["effective_from"],
                      note=t(d["note"]))
            for d in e["legal"]
        ),
        not_applicable_for=tuple(NotApplicable(body_type=n["body_type"], reason=t(n["reason"]))
                                 for n in e["not_applicable_for"]),
        ask=tuple(Contact(role=t(a["role"]), unit=t(a["unit"])) for a in e["ask"]),
        next_steps=tuple(sorted((int(k), t(v)) for k, v in e["next_steps"].items())),
        references=tuple(t(r) for r in e["references"]),
        dgpf=tuple(e["dgpf"]),
        dgi_facet=e["dgi_facet"],
        predecessor=Predecessor(relation=e["from"]["relation"],
                                elements=tuple(e["from"]["elements"])),
    )
