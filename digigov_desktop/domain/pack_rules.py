"""Rules of a framework pack that its JSON Schema cannot say (format 1 and format 2).

Unique ids, element ids under their recommendation, references that resolve, criterion ids,
the predecessor map, and es ≠ en for every text. Each broken rule is reported through
`fail(where, message)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from digigov_desktop.domain.element import LEVELS
from digigov_desktop.errors import FrameworkError


def check_rules(data: dict[str, Any], source: str) -> None:
    """Raise FrameworkError (path = source) at the first rule the pack breaks."""
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
    if data.get("schema") == "urn:digigov:schema:framework:2":
        check_rules_2(data, fail)


def check_rules_2(data: dict[str, Any], fail: Callable[[str, str], None]) -> None:
    """Format-2 rules: references that resolve, criterion ids, predecessor map, es ≠ en."""
    dimension_ids = {d["id"] for d in data["dimensions"]}
    body_types = {b["id"] for b in data["body_types"]}
    facets = {f["id"] for f in data["dgi_facets"]}
    rec_ids = {r["id"] for p in data["pillars"] for r in p["recommendations"]}
    seen_criteria: set[str] = set()
    for p_index, pillar in enumerate(data["pillars"]):
        for r_index, rec in enumerate(pillar["recommendations"]):
            for e_index, element in enumerate(rec["elements"]):
                where = f"pillars/{p_index}/recommendations/{r_index}/elements/{e_index}"
                for lvl in element["levels"]:
                    for c_index, criterion in enumerate(lvl["criteria"]):
                        prefix = f"{element['id']}-{lvl['level']}"
                        at = f"{where}/levels/{lvl['level']}/criteria/{c_index}/id"
                        if not criterion["id"].startswith(prefix):
                            fail(at, f"criterion id {criterion['id']!r} should start {prefix!r}")
                        if criterion["id"] in seen_criteria:
                            fail(at, f"duplicate criterion id {criterion['id']}")
                        seen_criteria.add(criterion["id"])
                for d_index, dim in enumerate(element["dgpf"]):
                    if dim not in dimension_ids:
                        fail(f"{where}/dgpf/{d_index}", f"unknown dimension {dim}")
                if element["dgi_facet"] not in facets:
                    fail(f"{where}/dgi_facet", f"unknown DGI facet {element['dgi_facet']}")
                for l_index, duty in enumerate(element["legal"]):
                    for kind in duty["applies_to"]:
                        if kind not in body_types:
                            fail(f"{where}/legal/{l_index}/applies_to", f"unknown body type {kind}")
                for n_index, rule in enumerate(element["not_applicable_for"]):
                    if rule["body_type"] not in body_types:
                        fail(f"{where}/not_applicable_for/{n_index}",
                             f"unknown body type {rule['body_type']}")
                origin = element["from"]
                count = len(origin["elements"])
                wanted = {"new": (0, 0), "merged": (2, 99)}.get(origin["relation"], (1, 1))
                if not wanted[0] <= count <= wanted[1]:
                    fail(f"{where}/from", f"relation {origin['relation']!r} cannot name "
                         f"{count} predecessor(s)")
    for index, item in enumerate(data["removed"]):
        if item["notes_to"] not in rec_ids:
            fail(f"removed/{index}/notes_to", f"unknown recommendation {item['notes_to']}")
    same = _first_untranslated(data)
    if same is not None:  # the path is worked out only for the text that fails
        where = next(w for w, text in _texts(data, "") if text is same)
        fail(where, "the Spanish and English texts are the same (untranslated?)")


def _first_untranslated(data: object) -> dict[str, Any] | None:
    """The first bilingual text (in `_texts` order) whose es and en are the same.

    The same walk as `_texts` without building a path for every node: this check runs at
    every start-up on the whole pack (some 26,000 nodes), and the paths cost most of it.
    """
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if len(node) == 2 and "es" in node and "en" in node and all(
                    isinstance(v, str) for v in node.values()):
                if node["es"].strip() == node["en"].strip():
                    return node
                continue
            stack.extend(reversed(node.values()))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return None


def _texts(node: object, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every bilingual text object in a pack, with its JSON path."""
    if isinstance(node, dict):
        if set(node) == {"es", "en"} and all(isinstance(v, str) for v in node.values()):
            yield where or "(top level)", node
            return
        for key, value in node.items():
            yield from _texts(value, f"{where}/{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{where}/{index}" if where else str(index))


