"""The framework pack: pillars → recommendations → elements, each with a 0–5 scale.

A pack is data (`resources/frameworks/<id>/framework.json`), validated against
`resources/schemas/framework.schema.json` on load, plus a few rules a schema cannot say
(unique ids, element ids under their recommendation, dimensions that exist).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from digigov_desktop.errors import FrameworkError
from digigov_desktop.paths import AppPaths, resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("es", "en")
DEFAULT_FRAMEWORK_ID = "oecd-dgs-2014"
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
class ScaleLevel:
    level: int
    name: Text
    description: Text


@dataclass(frozen=True)
class Dimension:
    id: str
    name: Text
    description: Text


@dataclass(frozen=True)
class Element:
    id: str
    recommendation_id: str
    title: Text
    statement: Text
    guidance: Text
    evidence: Text
    levels: tuple[Text, ...]  # index = level 0..5

    def descriptor(self, level: int) -> Text:
        return self.levels[level]


@dataclass(frozen=True)
class Recommendation:
    id: str
    number: int
    pillar_id: str
    title: Text
    summary: Text
    dimensions: tuple[str, ...]
    elements: tuple[Element, ...]


@dataclass(frozen=True)
class Pillar:
    id: str
    title: Text
    summary: Text
    recommendations: tuple[Recommendation, ...]


@dataclass(frozen=True)
class Framework:
    """A loaded, validated framework pack. Look-ups by id are O(1)."""

    id: str
    version: str
    title: Text
    description: Text
    source: Text
    scale: tuple[ScaleLevel, ...]
    evidence_required_from: int
    dimensions: tuple[Dimension, ...]
    pillars: tuple[Pillar, ...]
    _elements: dict[str, Element] = field(default_factory=dict, repr=False, compare=False)
    _recommendations: dict[str, Recommendation] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for pillar in self.pillars:
            for rec in pillar.recommendations:
                self._recommendations[rec.id] = rec
                for element in rec.elements:
                    self._elements[element.id] = element

    @property
    def recommendations(self) -> tuple[Recommendation, ...]:
        return tuple(self._recommendations.values())

    @property
    def elements(self) -> tuple[Element, ...]:
        return tuple(self._elements.values())

    def element(self, element_id: str) -> Element:
        try:
            return self._elements[element_id]
        except KeyError:
            raise KeyError(element_id) from None

    def has_element(self, element_id: str) -> bool:
        return element_id in self._elements

    def recommendation(self, rec_id: str) -> Recommendation:
        return self._recommendations[rec_id]

    def pillar(self, pillar_id: str) -> Pillar:
        for pillar in self.pillars:
            if pillar.id == pillar_id:
                return pillar
        raise KeyError(pillar_id)

    def iter_elements(self) -> Iterator[Element]:
        """Elements in walking order: R1.1, R1.2, …, R12.n."""
        return iter(self._elements.values())


def framework_dir(framework_id: str = DEFAULT_FRAMEWORK_ID) -> Path:
    return resource_path("frameworks", framework_id)


def available_framework_ids() -> list[str]:
    root = resource_path("frameworks")
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "framework.json").is_file())


@cache
def _schema_bytes() -> bytes:
    return resource_path("schemas", "framework.schema.json").read_bytes()


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_schema_bytes())
    return schema


def _validation_cache() -> Path | None:
    try:
        return AppPaths.default().cache / "validated-packs"
    except Exception:  # no home folder: validate every time
        return None


@cache
def load_framework(framework_id: str = DEFAULT_FRAMEWORK_ID) -> Framework:
    """Load and validate a shipped pack (cached: packs are immutable at run time).

    Raises:
        FrameworkError: the pack is missing or invalid; the message names the place.
    """
    return load_framework_file(
        framework_dir(framework_id) / "framework.json", cache_dir=_validation_cache()
    )


def framework_known(framework_id: str, version: str) -> bool:
    """True when a shipped pack has this id and exactly this version."""
    if framework_id not in available_framework_ids():
        return False
    try:
        return load_framework(framework_id).version == version
    except FrameworkError:
        return False


def load_framework_file(path: Path, *, cache_dir: Path | None = None) -> Framework:
    """Load a pack from a file and validate it against the schema and the id rules.

    Args:
        path: the pack's `framework.json`.
        cache_dir: where to remember packs (by SHA-256 of pack + schema) that already
            passed the JSON Schema, so that start-up does not validate the same bytes
            again (about 120 ms with the import of jsonschema). The id rules always run.

    Raises:
        FrameworkError: with the file name and the JSON path of the first problem.
    """
    path = Path(path)
    try:
        raw_bytes = path.read_bytes()
        raw = raw_bytes.decode("utf-8")
    except FileNotFoundError:
        raise FrameworkError(f"{path}: framework pack not found", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(f"{path}: cannot read framework pack: {exc}", path=str(path)) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FrameworkError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            path=str(path),
        ) from None
    marker = None
    if cache_dir is not None:
        digest = hashlib.sha256(raw_bytes + b"\0" + _schema_bytes()).hexdigest()
        marker = Path(cache_dir) / f"{digest}.ok"
    if marker is not None and marker.is_file() and isinstance(data, dict):
        _check_rules(data, str(path))
        return _build(data)
    framework = parse_framework(data, source=str(path))
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(f"{framework.id} {framework.version}\n", encoding="utf-8")
        except OSError as exc:  # a read-only profile only costs start-up time
            log.info("cannot remember the validated pack: %s", exc)
    return framework


def parse_framework(data: object, *, source: str = "framework.json") -> Framework:
    """Validate already-decoded pack data and build the `Framework`."""
    import jsonschema  # imported here: ~60 ms that start-up skips when the pack is known

    from digigov_desktop.schema_check import validator as schema_validator

    validator = schema_validator(_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise FrameworkError(f"{source}: at {where}: {error.message}", path=source, where=where)
    assert isinstance(data, dict)
    _check_rules(data, source)
    return _build(data)


def _check_rules(data: dict[str, Any], source: str) -> None:
    def fail(where: str, message: str) -> None:
        raise FrameworkError(f"{source}: at {where}: {message}", path=source, where=where)

    levels = [lvl["level"] for lvl in data["scale"]["levels"]]
    if levels != list(LEVELS):
        fail("scale/levels", "levels must be 0, 1, 2, 3, 4, 5 in order")
    dimension_ids = [d["id"] for d in data["dimensions"]]
    if len(set(dimension_ids)) != len(dimension_ids):
        fail("dimensions", "dimension ids must be unique")
    seen_recs: set[str] = set()
    seen_pillars: set[str] = set()
    for p_index, pillar in enumerate(data["pillars"]):
        if pillar["id"] in seen_pillars:
            fail(f"pillars/{p_index}/id", f"duplicate pillar id {pillar['id']}")
        seen_pillars.add(pillar["id"])
        for r_index, rec in enumerate(pillar["recommendations"]):
            where = f"pillars/{p_index}/recommendations/{r_index}"
            if rec["id"] in seen_recs:
                fail(f"{where}/id", f"duplicate recommendation id {rec['id']}")
            seen_recs.add(rec["id"])
            for dim in rec["dimensions"]:
                if dim not in dimension_ids:
                    fail(f"{where}/dimensions", f"unknown dimension {dim}")
            for e_index, element in enumerate(rec["elements"]):
                expected = f"{rec['id']}.{e_index + 1}"
                if element["id"] != expected:
                    fail(
                        f"{where}/elements/{e_index}/id",
                        f"element id {element['id']!r} should be {expected!r}",
                    )
                element_levels = [lvl["level"] for lvl in element["levels"]]
                if element_levels != list(LEVELS):
                    fail(f"{where}/elements/{e_index}/levels", "levels must be 0..5 in order")


def _build(data: dict[str, Any]) -> Framework:
    t = Text.from_json
    pillars = []
    for pillar in data["pillars"]:
        recs = []
        for rec in pillar["recommendations"]:
            elements = tuple(
                Element(
                    id=e["id"],
                    recommendation_id=rec["id"],
                    title=t(e["title"]),
                    statement=t(e["statement"]),
                    guidance=t(e["guidance"]),
                    evidence=t(e["evidence"]),
                    levels=tuple(t(lvl["descriptor"]) for lvl in e["levels"]),
                )
                for e in rec["elements"]
            )
            recs.append(
                Recommendation(
                    id=rec["id"],
                    number=int(rec["id"][1:]),
                    pillar_id=pillar["id"],
                    title=t(rec["title"]),
                    summary=t(rec["summary"]),
                    dimensions=tuple(rec["dimensions"]),
                    elements=elements,
                )
            )
        pillars.append(
            Pillar(
                id=pillar["id"],
                title=t(pillar["title"]),
                summary=t(pillar["summary"]),
                recommendations=tuple(recs),
            )
        )
    scale = data["scale"]
    return Framework(
        id=data["id"],
        version=data["version"],
        title=t(data["title"]),
        description=t(data["description"]),
        source=t(data["source"]),
        scale=tuple(
            ScaleLevel(level=s["level"], name=t(s["name"]), description=t(s["description"]))
            for s in scale["levels"]
        ),
        evidence_required_from=scale["evidence_required_from"],
        dimensions=tuple(
            Dimension(id=d["id"], name=t(d["name"]), description=t(d["description"]))
            for d in data["dimensions"]
        ),
        pillars=tuple(pillars),
    )
