"""Compare submissions made on different versions of one framework pack.

A newer pack names, per element, where it comes from (`from`: same, renamed, split,
merged, new). Two submissions on different versions are comparable only on the elements
that mean the same thing in both: those carried one to one (`same` or `renamed`, from a
single old element that feeds no other). A split, a merge or a new element has no
counterpart with the same meaning, so it is left out of a mixed comparison.

`version_mapping(target, versions, load)` finds those elements across any number of
versions (chaining the maps through the versions in between); `mapped_scores` scores one
submission's element levels on them only, with the target pack's recommendations, pillars
and overall, so that every row of a mixed comparison is scored on the same elements.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from digigov_desktop.domain.evaluation import Answer
from digigov_desktop.domain.framework import Framework, version_key
from digigov_desktop.domain.scoring import compute_scores

ONE_TO_ONE = ("same", "renamed")
Loader = Callable[[str, str], Framework]  # (framework id, version) -> pack


@dataclass(frozen=True)
class VersionMapping:
    """The elements of `target` that every compared version has, and where each version
    keeps them (`maps[version][target element id]` = that version's element id)."""

    target: Framework
    versions: tuple[str, ...]  # the compared versions that could be mapped, oldest first
    unmapped: tuple[str, ...]  # compared versions with no map to the target
    elements: tuple[str, ...]  # target element ids, in framework order
    maps: Mapping[str, Mapping[str, str]]

    @property
    def mixed(self) -> bool:
        return len(self.versions) + len(self.unmapped) > 1


def one_to_one(old: Framework, new: Framework) -> dict[str, str]:
    """`new` element id -> `old` element id, for the elements carried one to one.

    Empty when `new` does not map from `old` (its `previous` names another pack).
    """
    if new.previous != (old.id, old.version):
        return {}
    feeds = Counter(source for element in new.iter_elements() if element.predecessor
                    for source in element.predecessor.elements)
    out: dict[str, str] = {}
    for element in new.iter_elements():
        origin = element.predecessor
        if (origin is not None and origin.relation in ONE_TO_ONE and len(origin.elements) == 1
                and feeds[origin.elements[0]] == 1):
            out[element.id] = origin.elements[0]
    return out


def _chain(newer: Framework, older_version: str, load: Loader) -> dict[str, str] | None:
    """`newer` element id -> element id in `older_version`, through every version between
    (None when `newer` does not descend from that version)."""
    current = newer
    result = {e.id: e.id for e in newer.iter_elements()}
    for _ in range(100):  # a chain of maps is short; never loop on a broken one
        if current.version == older_version:
            return result
        if current.previous is None or current.previous[0] != current.id:
            return None
        try:
            before = load(*current.previous)
        except Exception:  # a version this installation does not have: no map
            return None
        step = one_to_one(before, current)
        result = {eid: step[mid] for eid, mid in result.items() if mid in step}
        current = before
    return None


def _map_to(target: Framework, version: str, load: Loader) -> dict[str, str] | None:
    down = _chain(target, version, load)
    if down is not None:
        return down
    try:
        other = load(target.id, version)
    except Exception:
        return None
    up = _chain(other, target.version, load)  # the target is the older one: invert
    return None if up is None else {t: o for o, t in up.items()}


def version_mapping(target: Framework, versions: Iterable[str], load: Loader) -> VersionMapping:
    """The elements of `target` that are carried one to one into every one of `versions`."""
    wanted = sorted(set(versions), key=version_key)
    maps: dict[str, dict[str, str]] = {}
    unmapped: list[str] = []
    for version in wanted:
        found = _map_to(target, version, load)
        if found is None:
            unmapped.append(version)
        else:
            maps[version] = found
    elements = tuple(e.id for e in target.iter_elements()
                     if maps and all(e.id in m for m in maps.values()))
    return VersionMapping(target, tuple(maps), tuple(unmapped), elements, maps)


def mapped_scores(mapping: VersionMapping, version: str,
                  levels: Mapping[str, float | None]) -> dict[str, float | None] | None:
    """`overall`, pillar and recommendation scores of one submission (its element levels
    by its own element ids) counting only the mapped elements; None when its version has
    no map."""
    to_own = mapping.maps.get(version)
    if to_own is None:
        return None
    kept = set(mapping.elements)
    answers: dict[str, Answer] = {}
    for element in mapping.target.iter_elements():
        if element.id not in kept:  # left out of the comparison: as if not applicable
            answers[element.id] = Answer(element.id, not_applicable=True)
            continue
        level = levels.get(to_own[element.id])
        answers[element.id] = Answer(element.id, level=None if level is None else int(level))
    scores = compute_scores(mapping.target, answers)
    return {"overall": scores.overall.score,
            **{k: s.score for k, s in scores.pillars.items()},
            **{k: s.score for k, s in scores.recommendations.items()}}
