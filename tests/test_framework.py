"""The shipped framework pack: structure, bilingual content, and precise load errors."""

from __future__ import annotations

import copy
import json

import pytest

from digigov_desktop.domain.framework import (
    available_framework_ids,
    framework_known,
    load_framework_file,
    parse_framework,
)
from digigov_desktop.errors import FrameworkError
from digigov_desktop.paths import resource_path

PACK = resource_path("frameworks", "oecd-dgs-2014", "1.0.0", "framework.json")


@pytest.fixture
def raw():
    return json.loads(PACK.read_text("utf-8"))


def _texts(node, where=""):
    """Yield (path, {"es","en"}) for every bilingual text object in the pack."""
    if isinstance(node, dict):
        if set(node) == {"es", "en"}:
            yield where, node
            return
        for key, value in node.items():
            yield from _texts(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, f"{where}/{i}")


def test_structure(framework):
    assert framework.id == "oecd-dgs-2014"
    assert [p.id for p in framework.pillars] == ["P1", "P2", "P3"]
    assert [r.id for r in framework.recommendations] == [f"R{n}" for n in range(1, 13)]
    for pillar, expected in zip(framework.pillars, (range(1, 5), range(5, 9), range(9, 13)),
                                strict=True):
        assert [r.number for r in pillar.recommendations] == list(expected)
    for rec in framework.recommendations:
        assert 3 <= len(rec.elements) <= 5
        assert rec.dimensions and set(rec.dimensions) <= {d.id for d in framework.dimensions}
        for m, element in enumerate(rec.elements, 1):
            assert element.id == f"{rec.id}.{m}"
            assert len(element.levels) == 6
    assert 45 <= len(framework.elements) <= 55
    assert [d.id for d in framework.dimensions] == [f"D{n}" for n in range(1, 7)]


def test_every_text_is_bilingual_and_descriptors_are_specific(raw):
    texts = list(_texts(raw))
    assert len(texts) > 500
    for where, text in texts:
        assert text["es"].strip() and text["en"].strip(), where
    descriptors = [
        lvl["descriptor"]["es"]
        for p in raw["pillars"] for r in p["recommendations"] for e in r["elements"]
        for lvl in e["levels"]
    ]
    # every level of every element has its own descriptor, not a copy of a generic one
    assert len(set(descriptors)) == len(descriptors)


def test_spanish_is_primary_and_chilean_references_appear(raw):
    blob = json.dumps(raw, ensure_ascii=False)
    for reference in ("Ley 21.180", "ClaveÚnica", "Secretaría de Gobierno Digital", "EVALTIC"):
        assert reference in blob, reference
    assert "á" in blob and "ñ" in blob  # real Spanish, not ASCII-folded


def test_pack_is_known_and_listed(framework):
    assert "oecd-dgs-2014" in available_framework_ids()
    assert framework_known("oecd-dgs-2014", framework.version)
    assert not framework_known("oecd-dgs-2014", "0.0.0")
    assert not framework_known("another", framework.version)


def test_broken_json_names_line_and_column(tmp_path):
    bad = tmp_path / "framework.json"
    bad.write_text('{"id": "x",\n  "version": }', encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"line 2, column"):
        load_framework_file(bad)


def test_missing_file(tmp_path):
    with pytest.raises(FrameworkError, match="not found"):
        load_framework_file(tmp_path / "nope.json")


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["pillars"][0]["recommendations"][1]["elements"][0]["levels"].pop(),
         "pillars/0/recommendations/1/elements/0/levels"),
        (lambda d: d["pillars"][2]["recommendations"][0]["title"].__setitem__("en", ""),
         "pillars/2/recommendations/0/title/en"),
        (lambda d: d["pillars"][1]["recommendations"][0]["elements"][1].__setitem__("id", "R5.7"),
         "pillars/1/recommendations/0/elements/1/id"),
        (lambda d: d["pillars"][0]["recommendations"][0]["dimensions"].append("D9"),
         "pillars/0/recommendations/0/dimensions"),
        (lambda d: d["pillars"][1]["recommendations"].append(
            copy.deepcopy(d["pillars"][1]["recommendations"][0])),
         "pillars/1/recommendations/4/id"),
        (lambda d: d.pop("version"), "(top level)"),
    ],
)
def test_schema_and_rule_errors_name_the_place(raw, mutate, where):
    mutate(raw)
    with pytest.raises(FrameworkError) as info:
        parse_framework(raw, source="framework.json")
    assert f"at {where}" in str(info.value)


@pytest.mark.parametrize(("schema", "newer"), [
    ("urn:digigov:schema:framework:3", True), ("urn:digigov:schema:framework:3x", False),
    ("urn:digigov:schema:framework:0", False), (["urn:digigov:schema:framework:2"], False),
    ({"v": 2}, False), (None, False)])
def test_a_pack_format_this_version_does_not_read(raw, schema, newer):
    """A later format is told apart (`newer`); any other value, even one that cannot be a
    dict key, is an unknown format: FrameworkError, never another exception."""
    raw["schema"] = schema
    with pytest.raises(FrameworkError) as info:
        parse_framework(raw, source="framework.json")
    assert info.value.params["where"] == "schema"
    assert info.value.params["newer"] is newer


def test_validated_pack_is_remembered_and_rules_still_run(tmp_path, raw):
    pack = tmp_path / "framework.json"
    pack.write_text(json.dumps(raw), encoding="utf-8")
    cache = tmp_path / "cache"
    first = load_framework_file(pack, cache_dir=cache)
    assert len(list(cache.glob("*.ok"))) == 1
    assert load_framework_file(pack, cache_dir=cache) == first
    # a changed pack is validated again, and a schema error is still found
    raw["pillars"][0]["recommendations"][0]["title"]["es"] = ""
    pack.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(FrameworkError, match="title/es"):
        load_framework_file(pack, cache_dir=cache)
    assert len(list(cache.glob("*.ok"))) == 1
