"""The framework pack: pillars → recommendations → elements, each with a 0–5 scale.

A pack is data, identified by id + version. Built-in packs live in
`resources/frameworks/<id>/<version>/framework.json`; packs installed from a signed
`.dgpack` live in the agency's database and are registered here at run time
(`register_pack`), so that both resolve the same way. A pack is validated against the
schema its `schema` URN names (`framework.schema.json` for format 1,
`framework-2.schema.json` for format 2) plus rules a schema cannot say (unique ids,
element ids under their recommendation, dimensions that exist, es ≠ en, …).

Format 2 adds per level 1–5 one to three checkable criteria and the cumulative scoring
rule (see `proposed_level`), the legal layer, whom to ask, next steps, the DGPF/DGI map
and the predecessor map to the previous version (see docs/pack-format-2.md).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from digigov_desktop.domain.element import (
    Element,
    Text,
    element_from_json,
)
from digigov_desktop.domain.pack_rules import check_rules
from digigov_desktop.errors import FrameworkError
from digigov_desktop.paths import AppPaths, resource_path

log = logging.getLogger(__name__)

DEFAULT_FRAMEWORK_ID = "oecd-dgs-2014"
# The version new evaluations start on; None means the newest available.
DEFAULT_FRAMEWORK_VERSION: str | None = None
SCHEMA_URNS = {
    "urn:digigov:schema:framework:1": (1, "framework.schema.json"),
    "urn:digigov:schema:framework:2": (2, "framework-2.schema.json"),
}
BODY_TYPES = ("ministry", "service", "regional_government", "municipality", "autonomous", "other")
RELATIONS = ("same", "renamed", "split", "merged", "new")


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
class BodyType:
    id: str
    name: Text


@dataclass(frozen=True)
class Removed:
    id: str
    notes_to: str


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
    format: int = 1
    sha256: str = ""  # of the pack's framework.json bytes
    rule: Text | None = None
    last_verified: str = ""
    previous: tuple[str, str] | None = None
    body_types: tuple[BodyType, ...] = ()
    dgi_facets: tuple[BodyType, ...] = ()
    mapping_note: Text | None = None
    removed: tuple[Removed, ...] = ()
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


    def body_type_name(self, body_type: str) -> Text | None:
        for item in self.body_types:
            if item.id == body_type:
                return item.name
        return None

    def dimension(self, dimension_id: str) -> Dimension | None:
        for item in self.dimensions:
            if item.id == dimension_id:
                return item
        return None

    @property
    def has_criteria(self) -> bool:
        return self.format >= 2


def version_key(version: str) -> tuple[int, ...]:
    """Sort key of an `x.y.z` version."""
    return tuple(int(part) for part in version.split("."))


# Packs installed from signed .dgpack files, registered by services.packs at run time.
_registered: dict[tuple[str, str], Framework] = {}


def register_pack(framework: Framework) -> None:
    """Make an installed pack resolvable by `load_framework` and `framework_known`."""
    _registered[(framework.id, framework.version)] = framework


def unregister_packs() -> None:
    """Forget every installed pack (another database is opened; tests)."""
    _registered.clear()


def framework_dir(framework_id: str = DEFAULT_FRAMEWORK_ID, version: str | None = None) -> Path:
    """The built-in folder of one pack version (the newest when `version` is None)."""
    if version is None:
        versions = builtin_versions(framework_id)
        version = versions[-1] if versions else "0.0.0"
    return resource_path("frameworks", framework_id, version)


def builtin_versions(framework_id: str) -> list[str]:
    return list(_versions_in(resource_path("frameworks", framework_id)))


@cache
def _versions_in(root: Path) -> tuple[str, ...]:
    """The pack versions in a built-in folder (read once: the application's own files,
    listed on every framework look-up otherwise)."""
    if not root.is_dir():
        return ()
    found = []
    for child in root.iterdir():
        if (child / "framework.json").is_file():
            try:
                version_key(child.name)
            except ValueError:
                continue
            found.append(child.name)
    return tuple(sorted(found, key=version_key))


def available_versions(framework_id: str) -> list[str]:
    """Built-in and installed versions of a pack, oldest first."""
    versions = set(builtin_versions(framework_id))
    versions.update(v for (fid, v) in _registered if fid == framework_id)
    return sorted(versions, key=version_key)


def available_framework_ids() -> list[str]:
    root = resource_path("frameworks")
    ids = {fid for fid, _ in _registered}
    if root.is_dir():
        ids.update(p.name for p in root.iterdir() if not p.name.startswith("_")
                   and builtin_versions(p.name))
    return sorted(ids)


def default_version(framework_id: str = DEFAULT_FRAMEWORK_ID) -> str | None:
    """The version new evaluations start on: the pinned default, else the newest."""
    versions = available_versions(framework_id)
    if not versions:
        return None
    pinned = DEFAULT_FRAMEWORK_VERSION if framework_id == DEFAULT_FRAMEWORK_ID else None
    if pinned is not None and pinned in versions:
        newest_builtin = builtin_versions(framework_id)
        installed_newer = [v for v in versions if v not in newest_builtin
                           and version_key(v) > version_key(pinned)]
        return installed_newer[-1] if installed_newer else pinned
    return versions[-1]


@cache
def _schema_bytes(name: str = "framework.schema.json") -> bytes:
    return resource_path("schemas", name).read_bytes()


def _schema(name: str = "framework.schema.json") -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_schema_bytes(name))
    return schema


def _validation_cache() -> Path | None:
    try:
        return AppPaths.default().cache / "validated-packs"
    except Exception:  # no home folder: validate every time
        return None


def load_framework(framework_id: str = DEFAULT_FRAMEWORK_ID, version: str | None = None
                   ) -> Framework:
    """Load a pack by id and version (None: the version new evaluations start on).

    Installed packs (registered from the database) and built-in packs resolve alike.

    Raises:
        FrameworkError: the pack is missing or invalid; the message names the place.
    """
    if version is None:
        version = default_version(framework_id)
        if version is None:
            raise FrameworkError(f"framework pack {framework_id} not found",
                                 path=framework_id)
    if version in builtin_versions(framework_id):
        return _load_builtin(framework_id, version)
    registered = _registered.get((framework_id, version))
    if registered is not None:
        return registered
    raise FrameworkError(f"framework pack {framework_id} {version} not found",
                         path=f"{framework_id}@{version}")


@cache
def _load_builtin(framework_id: str, version: str) -> Framework:
    return load_framework_file(
        framework_dir(framework_id, version) / "framework.json", cache_dir=_validation_cache()
    )


def framework_known(framework_id: str, version: str) -> bool:
    """True when a built-in or installed pack has this id and exactly this version."""
    return version in available_versions(framework_id)


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
    return framework_from_bytes(raw_bytes, data, source=str(path), cache_dir=cache_dir)


def framework_from_bytes(raw_bytes: bytes, data: object | None = None, *, source: str,
                         cache_dir: Path | None = None) -> Framework:
    """Validate and build a pack from the bytes of its framework.json (sha256 recorded)."""
    if data is None:
        try:
            data = json.loads(raw_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FrameworkError(f"{source}: not valid JSON: {exc}", path=source) from None
    hashed = hashlib.sha256(raw_bytes)
    sha256 = hashed.hexdigest()
    marker = None
    schema_name = _schema_name(data, source)
    if cache_dir is not None:
        # SHA-256 of pack + NUL + schema, carried on from the pack's own hash (one pass).
        hashed.update(b"\0" + _schema_bytes(schema_name))
        marker = Path(cache_dir) / f"{hashed.hexdigest()}.ok"
    if marker is not None and marker.is_file() and isinstance(data, dict):
        check_rules(data, source)
        return _build(data, sha256)
    framework = parse_framework(data, source=source, sha256=sha256)
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(f"{framework.id} {framework.version}\n", encoding="utf-8")
        except OSError as exc:  # a read-only profile only costs start-up time
            log.info("cannot remember the validated pack: %s", exc)
    return framework


def _schema_name(data: object, source: str) -> str:
    urn = data.get("schema") if isinstance(data, dict) else None
    if not isinstance(urn, str) or urn not in SCHEMA_URNS:  # (a list is not hashable)
        from digigov_desktop.formats import is_later  # only here: not on the start path

        newest = max(SCHEMA_URNS, key=lambda u: SCHEMA_URNS[u][0])
        newer = is_later(urn, newest)  # a pack for a newer DigiGov Desktop
        raise FrameworkError(
            f"{source}: at schema: "
            + (f"pack format {urn} is newer than this installation reads" if newer
               else f"unknown pack format {urn!r}"), path=source, where="schema", newer=newer)
    return SCHEMA_URNS[urn][1]


def parse_framework(data: object, *, source: str = "framework.json", sha256: str = ""
                    ) -> Framework:
    """Validate already-decoded pack data and build the `Framework`."""
    import jsonschema  # imported here: ~60 ms that start-up skips when the pack is known

    from digigov_desktop.schema_check import validator as schema_validator

    validator = schema_validator(_schema(_schema_name(data, source)))
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise FrameworkError(f"{source}: at {where}: {error.message}", path=source, where=where)
    assert isinstance(data, dict)
    check_rules(data, source)
    return _build(data, sha256)


def _build(data: dict[str, Any], sha256: str = "") -> Framework:
    t = Text.from_json
    pillars = []
    for pillar in data["pillars"]:
        recs = []
        for rec in pillar["recommendations"]:
            elements = tuple(element_from_json(e, rec["id"]) for e in rec["elements"])
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
        format=SCHEMA_URNS[data["schema"]][0],
        sha256=sha256,
        rule=t(scale["rule"]) if "rule" in scale else None,
        last_verified=data.get("last_verified", ""),
        previous=(data["previous"]["id"], data["previous"]["version"]) if "previous" in data
        else None,
        body_types=tuple(BodyType(id=b["id"], name=t(b["name"]))
                         for b in data.get("body_types", ())),
        dgi_facets=tuple(BodyType(id=b["id"], name=t(b["name"]))
                         for b in data.get("dgi_facets", ())),
        mapping_note=t(data["mapping_note"]) if "mapping_note" in data else None,
        removed=tuple(Removed(id=r["id"], notes_to=r["notes_to"])
                      for r in data.get("removed", ())),
    )
