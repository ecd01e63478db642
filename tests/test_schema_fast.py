"""The compiled payload schema says exactly what python-jsonschema says, on hostile data."""

from __future__ import annotations

import copy
import random

import pytest

from digigov_desktop.domain import submission
from digigov_desktop.domain.json_depth import MAX_DEPTH
from digigov_desktop.domain.submission import PayloadError, build_payload, canonical_json
from digigov_desktop.schema_check import validator
from digigov_desktop.schema_fast import (
    Unsupported,
    compile_schema,
    depth_bound,
    equal,
    inline_refs,
)
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService

# values that probe every keyword's edge: types, bool vs int, 1.0, trailing newlines,
# bounds, long strings, empty containers, nesting
PROBES = [None, True, False, 0, 1, -1, 1.0, 1.5, 2000, 2100, 2101, 1999, 5, 6, 1000001,
          float("inf"), "", "x", "es", "en", "ministry", "CL-RM", "CL-RM\n", "R1.1",
          "a" * 65, "ñ" * 32, "2026-03-01T10:00:00.000Z", "2026-03-01T10:00:00.000Z\n",
          "0" * 64, "0" * 64 + "\n", "F" * 64, "2f1c9a4e-6b1d-4c1e-9a53-0b4f3d2a7e10",
          "urn:digigov:payload:1", [], [1], ["x"], [{}], {}, {"x": 1}, {"name": "a"},
          {"level": 3}, {"not_applicable": True}]


@pytest.fixture(scope="module")
def payload(tmp_path_factory):
    store = create_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite", seed=3, year=2026)
    service = EvaluationService(store)
    status = service.status(service.current_cycle().id)
    store.close()
    return build_payload(status, submission_id="2f1c9a4e-6b1d-4c1e-9a53-0b4f3d2a7e10",
                         revision=1, supersedes=None, created_at="2026-03-01T10:00:00.000Z",
                         app_version="0.1.0", lang="es")


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _mutate(doc, rng: random.Random):
    doc = copy.deepcopy(doc)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        paths = [p for p in _paths(doc) if p]
        path = rng.choice(paths)
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = rng.random()
        if action < 0.6:
            parent[path[-1]] = copy.deepcopy(rng.choice(PROBES))
        elif action < 0.8 and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[rng.choice(["extra", "Level", path[-1] + "\n"])] = rng.choice(PROBES)
        else:
            parent.append(copy.deepcopy(parent[path[-1]]))
    return doc


def test_compiled_schema_agrees_with_jsonschema(payload):
    schema = submission._schema()
    inlined = inline_refs(schema, schema.get("$defs", {}))
    fast = compile_schema(inlined)
    slow = validator(schema)
    assert fast(payload) and slow.is_valid(payload)
    rng = random.Random(20261207)
    invalid = 0
    for _ in range(800):
        doc = _mutate(payload, rng)
        want = slow.is_valid(doc)
        assert fast(doc) == want, doc
        invalid += not want
    assert 250 < invalid < 800  # both kinds were really tried


def test_a_rejection_keeps_its_reason_and_message(payload):
    bad = copy.deepcopy(payload)
    bad["agency"]["region"] = "CL-RM\n"
    with pytest.raises(PayloadError) as caught:
        submission.validate_payload(bad)
    assert caught.value.code == "SCHEMA_INVALID"
    assert caught.value.params["where"] == "agency/region"


def test_equal_and_unsupported_keywords():
    assert equal(1, 1.0) and not equal(True, 1) and not equal(0, False)
    assert equal([1, {"a": True}], [1.0, {"a": True}]) and not equal({"a": 1}, {"a": True})
    check = compile_schema({"type": "integer", "enum": [1, 2]})
    assert check(1) and check(2.0) and not check(True) and not check(3)
    with pytest.raises(Unsupported):
        compile_schema({"type": "string", "format": "date-time"})
    with pytest.raises(Unsupported):
        compile_schema({"$ref": "#/$defs/x"})


# one schema per keyword and combination the generator writes code for; each is checked
# against python-jsonschema on every probe (and on containers of probes)
FRAGMENTS = [
    {"type": ["string", "null"]}, {"type": "number", "minimum": 0, "maximum": 5},
    {"type": "integer"}, {"const": 1}, {"const": "es"}, {"enum": ["es", "en"]},
    {"enum": [1, "x", None, True]}, {"minLength": 1, "maxLength": 2},
    {"pattern": "^[a-z]+$"}, {"minimum": 1}, {"maximum": 2000},
    {"type": "object", "required": ["name"], "additionalProperties": False,
     "properties": {"name": {"type": "string", "minLength": 1}}},
    {"additionalProperties": {"type": "integer"}, "properties": {"x": {"type": "integer"}}},
    {"propertyNames": {"pattern": "^[a-z]+$"}, "minProperties": 1, "maxProperties": 1},
    {"type": "array", "items": {"type": ["integer", "string"]}, "minItems": 1,
     "maxItems": 2, "uniqueItems": True},
    {"items": {"type": "object", "properties": {"level": {"enum": [1, 2, 3]}}}},
    {"anyOf": [{"type": "string"}, {"type": "array", "items": {"const": "x"}}]},
    {"allOf": [{"type": "number"}, {"minimum": 1}]},
    {"if": {"properties": {"not_applicable": {"const": True}}, "required": ["not_applicable"]},
     "then": {"properties": {"level": {"type": "null"}}},
     "else": {"required": ["level"]}},
    {"type": []}, True, False,
]


@pytest.mark.parametrize("fragment", FRAGMENTS, ids=range(len(FRAGMENTS)))
def test_each_keyword_agrees_with_jsonschema(fragment):
    fast, slow = compile_schema(fragment), validator(fragment)
    values = [*PROBES, *([p] for p in PROBES), [1, 1], [1, 1.0], [{"a": 1}, {"a": 1}],
              {"name": ""}, {"name": "a", "x": 1}, {"x": 1, "y": "2"}, {"AB": 1}]
    for value in values:
        assert fast(value) == slow.is_valid(value), (fragment, value)


@pytest.mark.parametrize("urn", sorted(submission.SCHEMA_FILES))
def test_every_payload_schema_compiles(urn):
    schema = submission._schema(urn)
    assert submission._fast_check(urn) is not None
    assert compile_schema(inline_refs(schema, schema.get("$defs", {})))({}) is False


def test_depth_bound_knows_open_and_closed_schemas():
    assert depth_bound({"type": "string"}) == 0
    assert depth_bound({"type": "object"}) is None  # any member may nest further
    assert depth_bound({"type": "array", "items": {"type": "integer"}}) == 1
    closed = {"type": "object", "additionalProperties": False,
              "properties": {"a": {"type": "array", "items": {"enum": [1, [2]]}}}}
    assert depth_bound(closed) == 3
    assert depth_bound({"anyOf": [closed, {"type": "object"}]}) is None
    assert depth_bound({"allOf": [closed, {"type": "object"}]}) == 3
    for urn in submission.SCHEMA_FILES:  # so valid payloads take the shortcut
        assert submission._fast_check(urn).depth_bound <= MAX_DEPTH


@pytest.mark.parametrize("levels", [MAX_DEPTH + 5, 5000])
def test_a_deep_payload_is_too_deep_not_schema_invalid(payload, levels):
    body = canonical_json(payload)
    deep = body[:-1] + b',"x":' + b"[" * levels + b"]" * levels + b"}"
    with pytest.raises(PayloadError) as caught:
        submission.parse_payload(deep)
    assert caught.value.code == "TOO_DEEP"


def test_a_valid_payload_parses_to_itself_and_a_duplicate_key_is_still_refused(payload):
    body = canonical_json(payload)
    assert submission.parse_payload(body, require_canonical=True) == payload
    doubled = body[:-1] + b',"cycle":' + str(payload["cycle"]).encode() + b"}"
    with pytest.raises(PayloadError) as caught:
        submission.parse_payload(doubled)
    assert caught.value.code == "DUPLICATE_KEY"
