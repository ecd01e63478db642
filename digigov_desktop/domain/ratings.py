"""Evaluating as a team: raters, their individual ratings, spread and consensus (issue #15).

Pure data and functions. A *rater* is a member of the agency's self-assessment group; a
*rating* is one rater's level (or N/A) and rationale for one element; the *consensus* is the
level the facilitator records after the group met, and it becomes the evaluation's answer.
Individual ratings are kept beside it and never overwritten by it.

The *rater return file* (`.dgrating`) carries one rater's ratings back to the facilitator:
`{"format", "version", "body", "mac"}` where `mac` is HMAC-SHA256 (computed in `signing/`)
over `canonical_json(body)`. This module only builds and parses its shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

RETURN_FORMAT = "urn:digigov:rater-return"
RETURN_VERSION = 1
RETURN_SUFFIX = ".dgrating"
MAX_RETURN_BYTES = 5_000_000
FLAG_SPREAD = 2  # an element whose ratings span this many levels or more is flagged


@dataclass(frozen=True)
class Rater:
    """A member of the self-assessment group, named by the facilitator.

    `workbook_id` identifies this rater's workbook and return file (a UUID).
    """

    id: int
    name: str
    role: str = ""
    unit: str = ""
    workbook_id: str = ""
    created_at: str = ""
    merged_at: str | None = None  # when this rater's return file was merged, if it was


@dataclass(frozen=True)
class Rating:
    element_id: str
    rater: str  # the rater's name
    level: int | None = None
    not_applicable: bool = False
    rationale: str = ""
    rated_at: str = ""
    source: str = "local"  # "local" (scored in the facilitator's database) or "workbook"


@dataclass(frozen=True)
class Consensus:
    element_id: str
    level: int | None
    not_applicable: bool
    justification: str
    decided_at: str = ""
    decided_by: str = ""


@dataclass(frozen=True)
class ElementSpread:
    """Every rating of one element, their spread and the consensus, if recorded."""

    element_id: str
    ratings: tuple[Rating, ...]
    consensus: Consensus | None = None
    answer_level: int | None = None
    answer_not_applicable: bool = False

    @property
    def levels(self) -> list[int]:
        return [r.level for r in self.ratings if r.level is not None]

    @property
    def low(self) -> int | None:
        return min(self.levels) if self.levels else None

    @property
    def high(self) -> int | None:
        return max(self.levels) if self.levels else None

    @property
    def spread(self) -> int | None:
        return None if not self.levels else max(self.levels) - min(self.levels)

    @property
    def flagged(self) -> bool:
        """The raters disagree by `FLAG_SPREAD` levels or more: discuss before deciding."""
        return self.spread is not None and self.spread >= FLAG_SPREAD

    @property
    def mixed_not_applicable(self) -> bool:
        return any(r.not_applicable for r in self.ratings) and bool(self.levels)

    @property
    def pending(self) -> bool:
        """Rated but without a consensus that is still the evaluation's answer."""
        if not self.ratings:
            return False
        c = self.consensus
        if c is None:
            return True
        return (c.level, c.not_applicable) != (self.answer_level, self.answer_not_applicable)

    def to_json(self) -> dict[str, Any]:
        c = self.consensus
        return {
            "element": self.element_id,
            "ratings": [
                {"rater": r.rater, "level": r.level, "not_applicable": r.not_applicable,
                 "rationale": r.rationale, "source": r.source}
                for r in self.ratings
            ],
            "min": self.low,
            "max": self.high,
            "spread": self.spread,
            "flagged": self.flagged,
            "consensus": None if c is None else {
                "level": c.level, "not_applicable": c.not_applicable,
                "justification": c.justification, "decided_by": c.decided_by,
                "decided_at": c.decided_at,
            },
            "pending": self.pending,
        }


@dataclass(frozen=True)
class RecommendationSpread:
    """Per recommendation: each rater's mean level over its elements, and their spread."""

    recommendation_id: str
    means: dict[str, float] = field(default_factory=dict)  # rater name -> mean level
    flagged_elements: tuple[str, ...] = ()
    pending_elements: tuple[str, ...] = ()

    @property
    def spread(self) -> float | None:
        values = list(self.means.values())
        return None if not values else max(values) - min(values)

    def to_json(self) -> dict[str, Any]:
        return {
            "recommendation": self.recommendation_id,
            "means": {k: round(v, 4) for k, v in sorted(self.means.items())},
            "spread": None if self.spread is None else round(self.spread, 4),
            "flagged_elements": list(self.flagged_elements),
            "pending_elements": list(self.pending_elements),
        }


def recommendation_spreads(
    elements_by_recommendation: dict[str, list[str]], spreads: dict[str, ElementSpread]
) -> list[RecommendationSpread]:
    """Aggregate element spreads per recommendation (in the order given)."""
    out = []
    for rid, element_ids in elements_by_recommendation.items():
        sums: dict[str, list[int]] = {}
        flagged, pending = [], []
        for eid in element_ids:
            spread = spreads.get(eid)
            if spread is None:
                continue
            for rating in spread.ratings:
                if rating.level is not None:
                    sums.setdefault(rating.rater, []).append(rating.level)
            if spread.flagged:
                flagged.append(eid)
            if spread.pending:
                pending.append(eid)
        means = {name: sum(v) / len(v) for name, v in sums.items()}
        out.append(RecommendationSpread(rid, means, tuple(flagged), tuple(pending)))
    return out


# --- the return file ------------------------------------------------------------------


def canonical_json(data: Any) -> bytes:
    """UTF-8, sorted keys, no insignificant whitespace: the bytes the MAC covers."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


@dataclass(frozen=True)
class ReturnBody:
    """What a rater sends back: who, for which agency and cycle, and the ratings."""

    workbook_id: str
    rater: str
    agency_code: str
    cycle_year: int
    framework_id: str
    framework_version: str
    sealed_at: str
    ratings: tuple[Rating, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "workbook_id": self.workbook_id,
            "rater": self.rater,
            "agency_code": self.agency_code,
            "cycle": self.cycle_year,
            "framework": {"id": self.framework_id, "version": self.framework_version},
            "sealed_at": self.sealed_at,
            "ratings": [
                {"element": r.element_id, "level": r.level, "not_applicable": r.not_applicable,
                 "rationale": r.rationale, "rated_at": r.rated_at}
                for r in sorted(self.ratings, key=lambda r: r.element_id)
            ],
        }


class ReturnFileError(ValueError):
    """The bytes are not a rater return file (the message says why, in English)."""


def return_file_bytes(body: ReturnBody, mac_hex: str) -> bytes:
    return canonical_json({"format": RETURN_FORMAT, "version": RETURN_VERSION,
                           "body": body.to_json(), "mac": mac_hex}) + b"\n"


def parse_return_file(data: bytes) -> tuple[ReturnBody, bytes, str]:
    """Parse a return file: (body, the canonical bytes the MAC covers, the MAC in hex).

    Raises:
        ReturnFileError: not JSON, not this format, or a field of the wrong type.
    """
    if len(data) > MAX_RETURN_BYTES:
        raise ReturnFileError("larger than a rater return file can be")
    try:
        outer = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReturnFileError(f"not JSON: {exc}") from None
    if not isinstance(outer, dict) or outer.get("format") != RETURN_FORMAT:
        raise ReturnFileError("not a DigiGov rater return file")
    if outer.get("version") != RETURN_VERSION:
        raise ReturnFileError(f"unsupported version {outer.get('version')!r}")
    raw, mac = outer.get("body"), outer.get("mac")
    if not isinstance(raw, dict) or not isinstance(mac, str):
        raise ReturnFileError("body or mac missing")
    try:
        framework = raw["framework"]
        ratings = []
        for item in raw["ratings"]:
            level = item["level"]
            if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
                raise ReturnFileError(f"bad level {level!r}")
            ratings.append(Rating(
                element_id=_text(item["element"]), rater=_text(raw["rater"]), level=level,
                not_applicable=bool(item["not_applicable"]),
                rationale=_text(item["rationale"]), rated_at=_text(item["rated_at"]),
                source="workbook",
            ))
        year = raw["cycle"]
        if isinstance(year, bool) or not isinstance(year, int):
            raise ReturnFileError(f"bad cycle {year!r}")
        body = ReturnBody(
            workbook_id=_text(raw["workbook_id"]), rater=_text(raw["rater"]),
            agency_code=_text(raw["agency_code"]), cycle_year=year,
            framework_id=_text(framework["id"]), framework_version=_text(framework["version"]),
            sealed_at=_text(raw["sealed_at"]), ratings=tuple(ratings),
        )
    except (KeyError, TypeError) as exc:
        raise ReturnFileError(f"missing or malformed field {exc}") from None
    return body, canonical_json(raw), mac


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ReturnFileError(f"expected text, got {type(value).__name__}")
    return value


# --- the payload's `team` member --------------------------------------------------------


def team_json(raters: tuple[Rater, ...] | list[Rater],
              spreads: tuple[ElementSpread, ...] | list[ElementSpread]) -> dict[str, Any] | None:
    """The payload's optional `team` member: who rated, every individual rating and the
    consensus per rated element. None when the evaluation was not done as a team (the
    payload is then exactly what it was before team evaluation existed)."""
    rated = [e for e in spreads if e.ratings]
    if not raters and not rated:
        return None
    return {
        "raters": [{"name": r.name, "role": r.role, "unit": r.unit,
                    "merged": r.merged_at is not None} for r in raters],
        "elements": {
            e.element_id: {
                "ratings": [{"rater": r.rater, "level": r.level,
                             "not_applicable": r.not_applicable, "rationale": r.rationale}
                            for r in e.ratings],
                "consensus": None if e.consensus is None or e.pending else {
                    "level": e.consensus.level,
                    "not_applicable": e.consensus.not_applicable,
                    "justification": e.consensus.justification,
                    "decided_by": e.consensus.decided_by,
                },
            }
            for e in rated
        },
    }


def team_problems(team: dict[str, Any], answers: Any) -> list[tuple[str, str]]:
    """(where, problem) for a payload's `team` member that names an unknown element or rater."""
    raters = {r["name"] for r in team["raters"]}
    problems = []
    for element_id, entry in team["elements"].items():
        if element_id not in answers:
            problems.append((f"team/elements/{element_id}", f"unknown element {element_id}"))
        for index, rating in enumerate(entry["ratings"]):
            if rating["rater"] not in raters:
                problems.append((f"team/elements/{element_id}/ratings/{index}/rater",
                                 f"unknown rater {rating['rater']}"))
    return problems
