"""The submission payload: built from a demo, canonical, schema-strict, hostile input rejected."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import time
import uuid

import jsonschema
import pytest

from digigov_desktop.domain import payload_schema, submission
from digigov_desktop.domain.evaluation import Answer, Evaluation
from digigov_desktop.domain.framework import load_framework
from digigov_desktop.domain.scoring import compute_scores
from digigov_desktop.domain.submission import (
    MAX_DEPTH,
    PayloadError,
    build_payload,
    canonical_json,
    nesting_depth_bound,
    parse_payload,
    payload_sha256,
)
from digigov_desktop.errors import DigigovError
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService

SUBMISSION_ID = "2f1c9a4e-6b1d-4c1e-9a53-0b4f3d2a7e10"
# These tests pin the format-1 payload (pack 1.0.0 cycles); tests/packs covers format 2.
FORMAT_1 = load_framework("oecd-dgs-2014", "1.0.0")
PREVIOUS_SHA = hashlib.sha256(b"revision 1").hexdigest()
CREATED_AT = "2026-03-01T10:00:00.000Z"


def _identity(**changes):
    args = dict(
        submission_id=SUBMISSION_ID, revision=1, supersedes=None, created_at=CREATED_AT,
        app_version="0.1.0", lang="es",
    )
    args.update(changes)
    return args


@pytest.fixture(scope="module")
def demo_statuses(tmp_path_factory):
    """Ready demo evaluations of several seeds (seed 1 is the reference)."""
    statuses = {}
    for seed in (1, 2, 3, 7):
        path = tmp_path_factory.mktemp(f"demo{seed}") / "demo.sqlite"
        store = create_demo(path, seed=seed, year=2026, framework=FORMAT_1)
        service = EvaluationService(store)
        statuses[seed] = service.status(service.current_cycle().id)
        store.close()
    return statuses


@pytest.fixture(scope="module")
def status(demo_statuses):
    return demo_statuses[1]


@pytest.fixture(scope="module")
def payload(status):
    return build_payload(status, **_identity())


# --- building and round trip ---------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3, 7])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_demo_payload_validates_and_round_trips(demo_statuses, seed, lang):
    data = canonical_json(build_payload(demo_statuses[seed], **_identity(lang=lang)))
    parsed = parse_payload(data, require_canonical=True)
    assert canonical_json(parsed) == data
    jsonschema.Draft202012Validator(submission.payload_schema()).validate(parsed)


def test_round_trip_is_identity(payload):
    data = canonical_json(payload)
    assert parse_payload(data) == payload
    assert canonical_json(parse_payload(data)) == data


def test_canonical_form(payload):
    data = canonical_json(payload)
    text = data.decode("utf-8")
    assert text == json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert "Demostración" in text  # UTF-8, not \u escapes
    assert not text.startswith("\ufeff") and "\n" not in text and ": " not in text
    reordered = json.loads(text, object_pairs_hook=lambda pairs: dict(reversed(pairs)))
    assert canonical_json(reordered) == data
    assert payload_sha256(data) == hashlib.sha256(data).hexdigest()


def test_build_is_deterministic(status):
    first = canonical_json(build_payload(status, **_identity()))
    again = canonical_json(build_payload(status.evaluation, status.framework, **_identity()))
    assert first == again


def test_payload_content_matches_the_evaluation(status, payload):
    evaluation, framework, scores = status.evaluation, status.framework, status.scores
    assert payload["schema"] == "urn:digigov:payload:2"
    assert payload["framework"] == {"id": framework.id, "version": framework.version,
                                    "sha256": framework.sha256, "format": framework.format}
    assert len(framework.sha256) == 64
    assert payload["agency"] == {
        "code": "DEMO-001", "name": evaluation.agency.name,
        "type": str(evaluation.agency.type), "region": evaluation.agency.region,
    }
    assert payload["cycle"] == 2026
    assert (payload["submission_id"], payload["revision"], payload["supersedes"]) == (
        SUBMISSION_ID, 1, None,
    )
    assert payload["language"] == "es"
    assert payload["preparers"] == [{"name": p.name, "role": p.role} for p in evaluation.preparers]
    assert list(payload["answers"]) == [e.id for e in framework.iter_elements()]
    for element_id, answer in evaluation.answers.items():
        assert payload["answers"][element_id] == {
            "level": answer.level, "not_applicable": answer.not_applicable,
            "rationale": answer.rationale, "target": answer.target,
            "updated_at": answer.updated_at,
        }
    assert set(payload["notes"]) == {r.id for r in framework.recommendations}
    assert payload["notes"]["R1"]["strengths"] == evaluation.notes["R1"].strengths
    s = payload["scores"]
    assert s["overall"] == round(scores.overall.score, 4)
    assert s["overall_normalized"] == round(scores.overall.score / 5, 4)
    assert s["completion"] == 1.0
    for pid, score in scores.pillars.items():
        assert s["pillars"][pid] == {
            "score": round(score.score, 4), "completion": 1.0, "status": "scored",
        }
    for rid, score in scores.recommendations.items():
        assert s["recommendations"][rid]["score"] == round(score.score, 4)
    manifest = {(e["element"], e["sha256"]) for e in payload["evidence"]}
    assert manifest == {(e.element_id, e.sha256) for e in evaluation.evidence}
    assert all(e["media_type"] == "text/plain" and e["size"] > 0 for e in payload["evidence"])
    order = [e.id for e in framework.iter_elements()]
    positions = [order.index(e["element"]) for e in payload["evidence"]]
    assert positions == sorted(positions)


def test_not_applicable_unanswered_and_empty(status):
    framework = status.framework
    answers = dict(status.evaluation.answers)
    answers["R8.3"] = Answer("R8.3", not_applicable=True, rationale="No aplica.", target=3)
    del answers["R1.1"]
    evaluation = dataclasses.replace(status.evaluation, answers=answers, notes={})
    payload = build_payload(evaluation, framework, **_identity())
    assert payload["answers"]["R8.3"]["level"] is None
    assert payload["answers"]["R8.3"]["not_applicable"] is True
    assert payload["answers"]["R1.1"] == {
        "level": None, "not_applicable": False, "rationale": "", "target": None,
        "updated_at": None,
    }
    assert payload["notes"]["R1"] == {"strengths": "", "improvements": "", "actions": ""}
    assert payload["scores"]["recommendations"]["R1"]["completion"] < 1
    parse_payload(canonical_json(payload))

    empty = dataclasses.replace(status.evaluation, answers={}, evidence=(), notes={},
                                preparers=())
    payload = build_payload(empty, framework, compute_scores(framework, {}), **_identity())
    assert payload["scores"]["overall"] is None
    assert payload["scores"]["pillars"]["P1"] == {
        "score": None, "completion": 0.0, "status": "no_data",
    }
    assert parse_payload(canonical_json(payload)) == payload


def test_a_revision_supersedes_the_previous_payload(status):
    """Revisions share the submission id; `supersedes` is the previous payload's SHA-256."""
    first = canonical_json(build_payload(status, **_identity()))
    payload = build_payload(status, **_identity(revision=2, supersedes=payload_sha256(first)))
    assert payload["submission_id"] == SUBMISSION_ID
    assert (payload["revision"], payload["supersedes"]) == (2, payload_sha256(first))
    assert parse_payload(canonical_json(payload)) == payload


def test_the_signers_planned_are_part_of_the_payload(status):
    """The plan is signed with the rest; without one the member is left out (no plan)."""
    assert "signers_planned" not in build_payload(status, **_identity())
    payload = build_payload(status, **_identity(), signers_planned=("reviewer", "approver"))
    assert payload["signers_planned"] == ["reviewer", "approver"]
    assert parse_payload(canonical_json(payload)) == payload
    assert build_payload(status, **_identity(), signers_planned=())["signers_planned"] == []
    for bad, code in ((["approver", "reviewer"], "INCONSISTENT"),
                      (["approver", "approver"], "SCHEMA_INVALID"),
                      (["preparer"], "SCHEMA_INVALID")):
        with pytest.raises(PayloadError) as info:
            build_payload(status, **_identity(), signers_planned=bad)
        assert info.value.code == code, bad


@pytest.mark.parametrize(
    "changes",
    [
        {"submission_id": "not-a-uuid"},
        {"submission_id": SUBMISSION_ID.upper()},
        {"revision": 0},
        {"revision": True},
        {"revision": 2},  # without supersedes
        {"supersedes": PREVIOUS_SHA},  # on revision 1
        {"revision": 2, "supersedes": SUBMISSION_ID},  # an id, not the previous payload hash
        {"revision": 2, "supersedes": PREVIOUS_SHA.upper()},
        {"created_at": "2026-03-01 10:00:00"},
        {"created_at": "2026-03-01T10:00:00+01:00"},
        {"lang": "fr"},
    ],
)
def test_bad_identity_arguments_are_refused(status, changes):
    with pytest.raises(PayloadError) as info:
        build_payload(status, **_identity(**changes))
    assert info.value.code == "INVALID_ARGUMENT"


def test_framework_of_another_pack_is_refused(status):
    cycle = dataclasses.replace(status.evaluation.cycle, framework_id="other-pack")
    evaluation = dataclasses.replace(status.evaluation, cycle=cycle)
    with pytest.raises(PayloadError, match="framework") as info:
        build_payload(evaluation, status.framework, **_identity())
    assert info.value.code == "INVALID_ARGUMENT"


def test_unrepresentable_evaluation_data_fails_the_schema(status):
    agency = dataclasses.replace(status.evaluation.agency, code="Código con espacios")
    evaluation = dataclasses.replace(status.evaluation, agency=agency)
    with pytest.raises(PayloadError) as info:
        build_payload(evaluation, status.framework, **_identity())
    assert info.value.code == "SCHEMA_INVALID"
    assert info.value.params["where"] == "agency/code"


def test_a_later_format_is_told_from_a_damaged_one(payload):
    """`urn:digigov:payload:N` above what this version reads: NEWER_FORMAT (update), checked
    before the schema; anything else that is not a known format: SCHEMA_INVALID."""
    doc = copy.deepcopy(payload)
    doc["schema"] = "urn:digigov:payload:3"
    doc["a member version 3 added"] = True
    with pytest.raises(PayloadError) as info:
        submission.parse_payload(json.dumps(doc).encode())
    assert info.value.code == "NEWER_FORMAT"
    assert info.value.params == {"schema": "urn:digigov:payload:3",
                                 "readable": submission.SCHEMA_URN}
    for urn in ("urn:digigov:payload:0", "urn:digigov:payload:-3", "urn:digigov:payload:3.0",
                "urn:digigov:payload:" + "9" * 4000, "urn:digigov:payload:٣", 3, None):
        doc["schema"] = urn
        with pytest.raises(PayloadError) as info:
            submission.parse_payload(json.dumps(doc).encode())
        assert info.value.code == "SCHEMA_INVALID", urn
    assert payload_schema.newer_format("urn:digigov:payload:10")
    assert not payload_schema.newer_format(submission.SCHEMA_URN)
    assert not payload_schema.newer_format("urn:digigov:payload:1")


def test_payload_error_is_a_value_error_with_a_code():
    error = PayloadError("NOT_JSON", "boom")
    assert isinstance(error, ValueError) and isinstance(error, DigigovError)
    assert error.code == "NOT_JSON" and error.message == "boom"


# --- the schema rejects mutated payloads ---------------------------------------------


def _set(path: str, value):
    def mutate(doc):
        *parents, last = path.split("/")
        node = doc
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if value is _DELETE:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return mutate


_DELETE = object()

MUTATIONS = {
    "extra top-level key": _set("extra", 1),
    "missing answers": _set("answers", _DELETE),
    "missing supersedes": _set("supersedes", _DELETE),
    "wrong schema urn": _set("schema", "urn:digigov:payload:0"),  # :3 is NEWER_FORMAT
    "version 2 content labelled version 1": _set("schema", "urn:digigov:payload:1"),
    "framework id uppercase": _set("framework/id", "OECD"),
    "framework version not semver": _set("framework/version", "1.0"),
    "extra framework key": _set("framework/title", "x"),
    "agency code with space": _set("agency/code", "A B"),
    "agency name blank": _set("agency/name", "   "),
    "agency type unknown": _set("agency/type", "company"),
    "region lowercase": _set("agency/region", "cl-rm"),
    "cycle too early": _set("cycle", 1999),
    "cycle as text": _set("cycle", "2026"),
    "submission id not uuid": _set("submission_id", "1234"),
    "submission id uppercase": _set("submission_id", SUBMISSION_ID.upper()),
    "revision zero": _set("revision", 0),
    "revision float": _set("revision", 1.5),
    "supersedes on revision 1": _set("supersedes", PREVIOUS_SHA),
    "revision 2 without supersedes": _set("revision", 2),
    "supersedes not a hash": lambda doc: doc.update(revision=2, supersedes=SUBMISSION_ID),
    "created_at without zone": _set("created_at", "2026-03-01T10:00:00"),
    "created_at bad month": _set("created_at", "2026-13-01T10:00:00Z"),
    "app version text": _set("app_version", "latest"),
    "language fr": _set("language", "fr"),
    "preparer without name": _set("preparers/0/name", ""),
    "preparer extra key": _set("preparers/0/email", "a@b"),
    "level 6": _set("answers/R1.1/level", 6),
    "level -1": _set("answers/R1.1/level", -1),
    "level as text": _set("answers/R1.1/level", "3"),
    "level as bool": _set("answers/R1.1/level", True),
    "target 7": _set("answers/R1.1/target", 7),
    "not applicable with a level": _set("answers/R1.1/not_applicable", True),
    "answer extra key": _set("answers/R1.1/comment", ""),
    "answer missing rationale": _set("answers/R1.1/rationale", _DELETE),
    "rationale too long": _set("answers/R1.1/rationale", "x" * 20_001),
    "bad element id": _set("answers/X1.1", {
        "level": 1, "not_applicable": False, "rationale": "", "target": None,
        "updated_at": None,
    }),
    "bad updated_at": _set("answers/R1.1/updated_at", "yesterday"),
    "notes for bad id": _set("notes/Q1", {"strengths": "", "improvements": "", "actions": ""}),
    "notes missing field": _set("notes/R1/actions", _DELETE),
    "overall above 5": _set("scores/overall", 5.1),
    "normalized above 1": _set("scores/overall_normalized", 1.01),
    "completion negative": _set("scores/completion", -0.1),
    "scored without score": _set("scores/pillars/P1/score", None),
    "no data with a score": _set("scores/recommendations/R1/status", "no_data"),
    "status unknown": _set("scores/recommendations/R1/status", "great"),
    "score as text": _set("scores/recommendations/R1/score", "1.8"),
    "pillar bad id": _set("scores/pillars/X", {"score": 1, "completion": 1, "status": "scored"}),
    "evidence sha uppercase": _set("evidence/0/sha256", "A" * 64),
    "evidence sha short": _set("evidence/0/sha256", "a" * 63),
    "evidence size zero": _set("evidence/0/size", 0),
    "evidence file name with slash": _set("evidence/0/file_name", "../etc/passwd"),
    "evidence file name with newline": _set("evidence/0/file_name", "a\nb.txt"),
    "evidence media type bad": _set("evidence/0/media_type", "text"),
    # JSON Schema patterns are ECMA-262: "$" is the end of the text, not "before a final
    # newline" as in Python's re, so none of these may slip through.
    "evidence file name ending in a newline": _set("evidence/0/file_name", "acta.pdf\n"),
    "evidence sha ending in a newline": _set("evidence/0/sha256", "a" * 64 + "\n"),
    "agency code ending in a newline": _set("agency/code", "AB-001\n"),
    "created_at ending in a newline": _set("created_at", "2026-03-01T10:00:00Z\n"),
    "submission id ending in a newline": _set("submission_id", SUBMISSION_ID + "\n"),
    "element id ending in a newline": _set("answers/R1.1\n", {
        "level": 1, "not_applicable": False, "rationale": "", "target": None,
        "updated_at": None,
    }),
    "evidence extra key": _set("evidence/0/content", "AAAA"),
}

INCONSISTENT = {
    "evidence for unknown element": _set("evidence/0/element", "R99.1"),
    "level as float": _set("answers/R1.2/level", 2.0),
    "evidence size float": _set("evidence/0/size", 192.0),
    "notes for unscored recommendation": _set(
        "notes/R99", {"strengths": "", "improvements": "", "actions": ""}
    ),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_schema_rejects_mutation(payload, name):
    doc = copy.deepcopy(payload)
    MUTATIONS[name](doc)
    with pytest.raises(PayloadError) as info:
        parse_payload(json.dumps(doc, ensure_ascii=False).encode())
    assert info.value.code == "SCHEMA_INVALID", name
    assert info.value.params["where"]


@pytest.mark.parametrize("name", sorted(INCONSISTENT))
def test_cross_field_rules_reject_mutation(payload, name):
    doc = copy.deepcopy(payload)
    INCONSISTENT[name](doc)
    with pytest.raises(PayloadError) as info:
        parse_payload(json.dumps(doc).encode())
    assert info.value.code == "INCONSISTENT", name


def test_non_canonical_bytes_can_be_required_away(payload):
    pretty = json.dumps(payload, indent=2, ensure_ascii=False).encode()
    assert parse_payload(pretty) == payload
    with pytest.raises(PayloadError) as info:
        parse_payload(pretty, require_canonical=True)
    assert info.value.code == "NOT_CANONICAL"


def test_the_shipped_schema_is_valid_draft_2020_12():
    schema = submission.payload_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False


# --- hostile bytes -------------------------------------------------------------------


HOSTILE = {
    "deep arrays": (b"[" * 100_000, "TOO_DEEP"),
    "deep closed arrays": (b"[" * 100_000 + b"]" * 100_000, "TOO_DEEP"),
    "deep objects": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "TOO_DEEP"),
    "alternating deep": (b'[{"a":' * 50_000, "TOO_DEEP"),
    "staircase": (b"[[]" * 100_000, "TOO_DEEP"),
    "invalid utf-8": (b'{"a":"\xff\xfe"}', "INVALID_UTF8"),
    "overlong utf-8": (b'{"a":"\xc0\xaf"}', "INVALID_UTF8"),
    "utf-16": ('{"a":1}'.encode("utf-16"), "INVALID_UTF8"),
    "60 MB": (b" " * (60 * 1024 * 1024), "TOO_LARGE"),
    "NaN": (b'{"a":NaN}', "NON_FINITE_NUMBER"),
    "Infinity": (b'{"a":[Infinity]}', "NON_FINITE_NUMBER"),
    "-Infinity": (b'{"a":-Infinity}', "NON_FINITE_NUMBER"),
    "duplicate key": (b'{"a":1,"a":2}', "DUPLICATE_KEY"),
    "nested duplicate key": (b'{"a":{"b":1,"b":1}}', "DUPLICATE_KEY"),
    "empty": (b"", "NOT_JSON"),
    "garbage": (b"%PDF-1.7\n", "NOT_JSON"),
    "truncated": (b'{"a":[1,2', "NOT_JSON"),
    "BOM": (b'\xef\xbb\xbf{"a":1}', "NOT_JSON"),
    "trailing data": (b'{"a":1} {"b":2}', "NOT_JSON"),
    "huge integer": (b"[" + b"9" * 100_000 + b"]", "NOT_JSON"),
    "top-level array": (b"[]", "SCHEMA_INVALID"),
    "top-level string": (b'"urn:digigov:payload:1"', "SCHEMA_INVALID"),
    "empty object": (b"{}", "SCHEMA_INVALID"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_rejected_quickly(name):
    data, code = HOSTILE[name]
    started = time.perf_counter()
    with pytest.raises(PayloadError) as info:
        parse_payload(data)
    assert time.perf_counter() - started < 1.0
    assert info.value.code == code


def test_non_bytes_are_refused():
    with pytest.raises(PayloadError) as info:
        parse_payload("{}")  # type: ignore[arg-type]
    assert info.value.code == "INVALID_ARGUMENT"


def test_brackets_inside_strings_do_not_count_as_nesting(status):
    answers = dict(status.evaluation.answers)
    answers["R1.1"] = dataclasses.replace(
        answers["R1.1"], rationale='[[[[[[[[[[[[{{{{{{{{{{{{ "\\" ]]] \\\\" [[[[[[[[[[[['
    )
    evaluation = dataclasses.replace(status.evaluation, answers=answers)
    payload = build_payload(evaluation, status.framework, **_identity())
    assert parse_payload(canonical_json(payload)) == payload


@pytest.mark.parametrize(
    ("data", "depth"),
    [
        (b"1", 0), (b"[]", 1), (b"[[],[[]]]", 3), (b'{"a":{"b":[1]}}', 3),
        (b'["[[[[", "]]]]"]', 1), (b'["\\"[[[["]', 1), (b"[[[", 3), (b"]]][", 1),
    ],
)
def test_nesting_depth_bound(data, depth):
    assert nesting_depth_bound(data) == depth


def test_nesting_depth_bound_is_capped():
    assert nesting_depth_bound(b"[" * 1000 + b"]" * 1000) == MAX_DEPTH + 1


def test_canonical_json_refuses_what_json_cannot_carry():
    with pytest.raises(PayloadError) as info:
        canonical_json({"a": float("nan")})
    assert info.value.code == "NON_FINITE_NUMBER"
    with pytest.raises(PayloadError) as info:
        canonical_json({"a": "\ud800"})
    assert info.value.code == "INVALID_TEXT"
    with pytest.raises(PayloadError) as info:
        canonical_json({"a": {1, 2}})
    assert info.value.code == "INVALID_ARGUMENT"


def test_evaluation_type_is_the_pure_domain_one(status):
    assert isinstance(status.evaluation, Evaluation)
    assert uuid.UUID(SUBMISSION_ID).version == 4
