"""The submission payload (`evaluation.json`): build, canonical bytes, hash, strict parse.

The payload is the complete evaluation as data: framework id + version, agency, cycle,
submission id / revision / supersedes, every answer, the notes, the scores (rounded to
4 decimals), the evidence manifest (names and SHA-256, not the files) and, only when the
agency evaluated as a team, `team`: the raters, each one's ratings and the consensus. Its
canonical form is UTF-8 JSON with sorted keys and no insignificant whitespace, so the same
evaluation always gives the same bytes and the same SHA-256.

Identity: a cycle's submission keeps one `submission_id` (UUID) across re-exports;
`revision` counts them (1, 2, …) and `supersedes` is the payload SHA-256 of the revision
this one replaces (`null` exactly when `revision` is 1), so the coordinator can check
which file a revision replaces.

`parse_payload` is the only way untrusted bytes become a payload dict. It checks size,
UTF-8, nesting depth (over the bytes, before `json.loads`, so hostile input cannot
exhaust the stack), JSON syntax, duplicate keys, non-finite numbers, the JSON Schema in
`resources/schemas/payload.schema.json` and a few cross-field rules, in that order. A
payload that is plainly valid (it parses, and the compiled schema, which bounds nesting
within the limit, accepts it) takes a shortcut to the cross-field rules; anything else goes
through every check in that order, so each rejection keeps its reason.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from typing import Any, Protocol

from digigov_desktop.domain.evaluation import Answer, Evaluation
from digigov_desktop.domain.framework import Framework
from digigov_desktop.domain.json_depth import MAX_DEPTH, nesting_depth_bound
from digigov_desktop.domain.payload_schema import SCHEMA_FILES, SCHEMA_URN, newer_format
from digigov_desktop.domain.payload_schema import fast_check as _fast_check
from digigov_desktop.domain.payload_schema import schema as _schema
from digigov_desktop.domain.payload_schema import validator as _validator
from digigov_desktop.domain.ratings import team_problems
from digigov_desktop.domain.scoring import Score, Scores, compute_scores
from digigov_desktop.errors import DigigovError
from digigov_desktop.language import LANGUAGES

PAYLOAD_FILE_NAME = "evaluation.json"
PAYLOAD_MEDIA_TYPE = "application/json"
MAX_PAYLOAD_BYTES = 8 * 1024 * 1024  # ~50 answers of 20,000 characters fit many times over
SCORE_DECIMALS = 4

_TIMESTAMP_RE = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(\.[0-9]{1,6})?Z"
)
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
# A JSON string literal (escapes included); '"' and '\' never occur inside UTF-8 sequences.


class PayloadError(DigigovError, ValueError):
    """A payload cannot be built or is not acceptable.

    Attributes:
        code: ``TOO_LARGE``, ``INVALID_UTF8``, ``TOO_DEEP``, ``NOT_JSON``, ``DUPLICATE_KEY``,
            ``NON_FINITE_NUMBER``, ``NEWER_FORMAT``, ``SCHEMA_INVALID``, ``INCONSISTENT``,
            ``NOT_CANONICAL``, ``INVALID_TEXT`` or ``INVALID_ARGUMENT``.
        params: details; ``where`` is the JSON path of a schema violation.
    """

    code = "PAYLOAD_INVALID"

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message, code=code, **params)


class EvaluationSnapshot(Protocol):
    """What `services.evaluations.Status` offers: an evaluation with its framework and scores."""

    # read-only members: `Status` is a frozen dataclass
    @property
    def evaluation(self) -> Evaluation: ...

    @property
    def framework(self) -> Framework: ...

    @property
    def scores(self) -> Scores: ...


# --- building --------------------------------------------------------------------------


def round_score(value: float | None) -> float | None:
    """Round a score or ratio the way the payload stores it (4 decimals); None stays None."""
    return None if value is None else round(float(value), SCORE_DECIMALS)


def build_payload(
    source: Evaluation | EvaluationSnapshot,
    framework: Framework | None = None,
    scores: Scores | None = None,
    *,
    submission_id: str,
    revision: int,
    supersedes: str | None,
    created_at: str,
    app_version: str,
    lang: str,
    team: dict[str, Any] | None = None,
    signers_planned: tuple[str, ...] | list[str] | None = None,
) -> dict[str, Any]:
    """Build the payload dict of one evaluation, validated against the payload schema.

    Args:
        source: an `Evaluation`, or an object with `evaluation`, `framework` and `scores`
            (such as `services.evaluations.Status`).
        framework: the framework the evaluation is scored against (taken from `source`
            when it carries one).
        scores: precomputed scores; computed from the answers when omitted.
        submission_id: a fresh lowercase UUID string for this export.
        revision: 1 for the first export of the cycle, n+1 for each re-export.
        supersedes: payload SHA-256 (lowercase hex) of the revision this one replaces;
            None exactly when revision is 1.
        created_at: export time, UTC ISO 8601 ending in ``Z``.
        app_version: the application version (``digigov_desktop.__version__``).
        lang: the evaluation's language, ``"es"`` or ``"en"``.
        team: the `team` member (`domain.ratings.team_json`) when the agency evaluated as
            a team; None leaves it out.
        signers_planned: the roles to sign after the preparer (``reviewer``, ``approver``,
            in that order); None leaves the member out (no plan, as before plans existed).

    Returns:
        A plain dict of JSON types; `canonical_json` turns it into the attached bytes.

    Raises:
        PayloadError: ``INVALID_ARGUMENT`` for bad identity fields or a framework that does
            not match the cycle; ``SCHEMA_INVALID`` when the evaluation's data cannot be
            represented (e.g. an agency code outside ``[A-Za-z0-9._-]``).
    """
    if isinstance(source, Evaluation):
        evaluation = source
    else:
        evaluation = source.evaluation
        framework = framework or source.framework
        scores = scores or source.scores
    if framework is None:
        raise PayloadError("INVALID_ARGUMENT", "a framework is required")
    _check_identity(
        evaluation=evaluation, framework=framework, submission_id=submission_id,
        revision=revision, supersedes=supersedes, created_at=created_at, lang=lang,
    )
    if scores is None:
        scores = compute_scores(framework, evaluation.answers)
    agency = evaluation.agency
    element_order = {e.id: i for i, e in enumerate(framework.iter_elements())}
    evidence = sorted(
        (e for e in evaluation.evidence if e.element_id in element_order),
        key=lambda e: (element_order[e.element_id], e.file_name, e.sha256, e.size),
    )
    payload: dict[str, Any] = {
        "schema": SCHEMA_URN,
        "framework": {"id": framework.id, "version": framework.version,
                      "sha256": framework.sha256, "format": framework.format},
        "agency": {
            "code": agency.code,
            "name": agency.name,
            "type": str(agency.type),
            "region": agency.region or "",
        },
        "cycle": evaluation.cycle.year,
        "submission_id": submission_id,
        "revision": revision,
        "supersedes": supersedes,
        "created_at": created_at,
        "app_version": app_version,
        "language": lang,
        "preparers": [{"name": p.name, "role": p.role} for p in evaluation.preparers],
        "answers": {
            element.id: _answer_json(evaluation.answers.get(element.id), element.has_criteria)
            for element in framework.iter_elements()
        },
        "notes": {
            rec.id: _notes_json(evaluation, rec.id) for rec in framework.recommendations
        },
        "scores": scores_json(scores),
        "evidence": [
            {
                "element": e.element_id,
                "file_name": e.file_name,
                "size": e.size,
                "sha256": e.sha256,
                "media_type": e.media_type,
            }
            for e in evidence
        ],
    }
    if team is not None:
        payload["team"] = team
    if signers_planned is not None:
        payload["signers_planned"] = list(signers_planned)
    validate_payload(payload)
    return payload


def scores_json(scores: Scores) -> dict[str, Any]:
    """The `scores` member of the payload: overall, pillars and recommendations, rounded."""
    overall = scores.overall
    return {
        "overall": round_score(overall.score),
        "overall_normalized": round_score(overall.normalized),
        "completion": round_score(overall.completion.ratio),
        "pillars": {pid: _score_entry(s) for pid, s in scores.pillars.items()},
        "recommendations": {rid: _score_entry(s) for rid, s in scores.recommendations.items()},
    }


def _score_entry(score: Score) -> dict[str, Any]:
    return {
        "score": round_score(score.score),
        "completion": round_score(score.completion.ratio),
        "status": score.status,
    }


def _answer_json(answer: Answer | None, with_criteria: bool = False) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if with_criteria:  # format-2 packs: what was ticked and why the level differs, if it does
        extra = {"criteria": sorted(answer.criteria) if answer else [],
                 "override_justification": answer.override_justification if answer else ""}
    if answer is None:
        return {
            "level": None, "not_applicable": False, "rationale": "", "target": None,
            "updated_at": None, **extra,
        }
    return {
        "level": None if answer.not_applicable else answer.level,
        "not_applicable": answer.not_applicable,
        "rationale": answer.rationale,
        "target": answer.target,
        "updated_at": answer.updated_at or None,
        **extra,
    }


def _notes_json(evaluation: Evaluation, rec_id: str) -> dict[str, str]:
    notes = evaluation.notes.get(rec_id)
    if notes is None:
        return {"strengths": "", "improvements": "", "actions": ""}
    return {
        "strengths": notes.strengths,
        "improvements": notes.improvements,
        "actions": notes.actions,
    }


def _check_identity(
    *,
    evaluation: Evaluation,
    framework: Framework,
    submission_id: str,
    revision: int,
    supersedes: str | None,
    created_at: str,
    lang: str,
) -> None:
    def bad(message: str, **params: Any) -> PayloadError:
        return PayloadError("INVALID_ARGUMENT", message, **params)

    if not framework.sha256:
        raise bad("the framework was not loaded from its file (no SHA-256)", field="framework")
    if evaluation.cycle.framework_id != framework.id:
        raise bad(
            f"the cycle uses framework {evaluation.cycle.framework_id}, not {framework.id}",
            field="framework",
        )
    if not _is_canonical_uuid(submission_id):
        raise bad("submission_id must be a lowercase UUID string", field="submission_id")
    if supersedes is not None and not (
        isinstance(supersedes, str) and _SHA256_RE.fullmatch(supersedes)
    ):
        raise bad("supersedes must be a lowercase hex SHA-256", field="supersedes")
    if isinstance(revision, bool) or not isinstance(revision, int) or revision < 1:
        raise bad("revision must be a whole number ≥ 1", field="revision")
    if (revision == 1) != (supersedes is None):
        raise bad("supersedes must be None exactly when revision is 1", field="supersedes")
    if not isinstance(created_at, str) or not _TIMESTAMP_RE.fullmatch(created_at):
        raise bad("created_at must be UTC ISO 8601 ending in Z", field="created_at")
    if lang not in LANGUAGES:
        raise bad(f"language must be one of {LANGUAGES}", field="language")


def _is_canonical_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


# --- canonical bytes ------------------------------------------------------------------


def canonical_json(payload: Mapping[str, Any]) -> bytes:
    """The canonical bytes: UTF-8, sorted keys, ``(",", ":")`` separators, no NaN/Infinity.

    Raises:
        PayloadError: ``NON_FINITE_NUMBER`` for NaN/Infinity, ``INVALID_TEXT`` for strings
            that cannot be UTF-8 (lone surrogates), ``INVALID_ARGUMENT`` for non-JSON types.
    """
    try:
        text = json.dumps(
            payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
    except ValueError as exc:
        raise PayloadError("NON_FINITE_NUMBER", f"not representable in JSON: {exc}") from None
    except TypeError as exc:
        raise PayloadError("INVALID_ARGUMENT", f"not a JSON type: {exc}") from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise PayloadError("INVALID_TEXT", f"text is not valid Unicode: {exc.reason}") from None


def payload_sha256(data: bytes) -> str:
    """Lowercase hex SHA-256 of the payload bytes (what the cover page and the registry show)."""
    return hashlib.sha256(data).hexdigest()


# --- parsing and validation -----------------------------------------------------------


def parse_payload(
    data: bytes, *, max_bytes: int = MAX_PAYLOAD_BYTES, require_canonical: bool = False
) -> dict[str, Any]:
    """Decode and validate untrusted payload bytes.

    Args:
        data: the attachment's bytes.
        max_bytes: size limit, checked first.
        require_canonical: also reject bytes that differ from `canonical_json` of the result.

    Returns:
        The payload dict (valid against the schema and the cross-field rules).

    Raises:
        PayloadError: with one of the codes listed on the class; never another exception.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise PayloadError("INVALID_ARGUMENT", "payload must be bytes")
    data = bytes(data)
    if len(data) > max_bytes:
        raise PayloadError(
            "TOO_LARGE", f"payload is {len(data)} bytes; the limit is {max_bytes}",
            size=len(data), limit=max_bytes,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PayloadError(
            "INVALID_UTF8", f"payload is not UTF-8 (byte {exc.start})", offset=exc.start
        ) from None
    value = _plainly_valid(text)
    if value is None:  # not plainly valid: every check, in order, decides and says why
        value = _checked(data, text)
    else:
        _check_consistency(value)
    if require_canonical and canonical_json(value) != data:
        raise PayloadError("NOT_CANONICAL", "payload bytes are not in canonical form")
    return value


def _plainly_valid(text: str) -> dict[str, Any] | None:
    """The payload when it parses (no duplicate key, no NaN), names a schema version whose
    compiled check accepts it, and that schema cannot nest deeper than MAX_DEPTH (so the
    nesting check before parsing would pass); None otherwise. Only a shortcut for valid
    payloads: for anything else `_checked` runs every check in order, as before. It parses
    before any nesting check: a deeply nested file relies on `_json`'s recursion guard here
    (RecursionError, caught below; see json_depth)."""
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
        fast = _fast_check(value["schema"]) if value.get("schema") in SCHEMA_FILES else None
        bound = getattr(fast, "depth_bound", None)
        plain = fast is not None and bound is not None and bound <= MAX_DEPTH and fast(value)
    except Exception:  # noqa: BLE001 - any oddity (e.g. deep nesting): the long way
        return None
    return value if plain is True else None


def _checked(data: bytes, text: str) -> dict[str, Any]:
    depth = nesting_depth_bound(data)
    if depth > MAX_DEPTH:
        raise PayloadError(
            "TOO_DEEP", f"payload nests deeper than {MAX_DEPTH} levels", limit=MAX_DEPTH
        )
    try:
        value: dict[str, Any] = json.loads(
            text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant
        )
    except PayloadError:
        raise
    except json.JSONDecodeError as exc:
        raise PayloadError(
            "NOT_JSON", f"not JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            line=exc.lineno, column=exc.colno,
        ) from None
    except (ValueError, RecursionError) as exc:  # e.g. integers beyond the digit limit
        raise PayloadError("NOT_JSON", f"not acceptable JSON: {exc}") from None
    validate_payload(value)
    return value


# verify_submission's JSON guard refuses nothing this parser accepts (no larger, no deeper
# than its limits, strict UTF-8, an object, no duplicate keys, no NaN): it need not run first
parse_payload.json_guarded = True  # type: ignore[attr-defined]


def validate_payload(value: object) -> None:
    """Check decoded payload data against the schema and the cross-field rules.

    Raises:
        PayloadError: ``NEWER_FORMAT`` (the payload names a later version of our format
            than this installation reads: written by a newer DigiGov Desktop), ``SCHEMA_INVALID``
            (with ``where``) or ``INCONSISTENT``.
    """
    urn = value.get("schema") if isinstance(value, dict) else None
    if newer_format(urn):
        raise PayloadError(
            "NEWER_FORMAT", f"payload format {urn} is newer than this installation reads "
            f"(up to {SCHEMA_URN})", schema=urn, readable=SCHEMA_URN)
    urn = urn if isinstance(urn, str) and urn in SCHEMA_FILES else SCHEMA_URN
    fast = _fast_check(urn)
    if fast is None or not fast(value):  # python-jsonschema decides, and says why
        import jsonschema  # imported on first use: the GUI starts without it

        error = jsonschema.exceptions.best_match(_validator(urn).iter_errors(value))
    else:
        error = None
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise PayloadError(
            "SCHEMA_INVALID", f"at {where}: {_short(error.message)}", where=where
        )
    assert isinstance(value, dict)
    _check_consistency(value)


def _check_consistency(payload: dict[str, Any]) -> None:
    def fail(where: str, message: str) -> PayloadError:
        return PayloadError("INCONSISTENT", f"at {where}: {message}", where=where)

    for name in ("cycle", "revision"):
        if type(payload[name]) is not int:
            raise fail(name, "must be a whole number")
    answers = payload["answers"]
    for element_id, answer in answers.items():
        for name in ("level", "target"):
            if answer[name] is not None and type(answer[name]) is not int:
                raise fail(f"answers/{element_id}/{name}", "must be a whole number")
        for criterion in answer.get("criteria", ()):
            if not criterion.startswith(f"{element_id}-"):
                raise fail(f"answers/{element_id}/criteria", f"{criterion} is not of {element_id}")
    for index, item in enumerate(payload["evidence"]):
        if item["element"] not in answers:
            raise fail(f"evidence/{index}/element", f"unknown element {item['element']}")
        if type(item["size"]) is not int:
            raise fail(f"evidence/{index}/size", "must be a whole number")
    for rec_id in payload["notes"]:
        if rec_id not in payload["scores"]["recommendations"]:
            raise fail(f"notes/{rec_id}", f"unknown recommendation {rec_id}")
    planned = payload.get("signers_planned") or []
    if planned != sorted(planned, key=["reviewer", "approver"].index):
        raise fail("signers_planned", "the reviewer signs before the approver")
    if payload.get("team") is not None:
        for where, problem in team_problems(payload["team"], answers):
            raise fail(where, problem)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _value in pairs:  # the first key seen twice, for the message
        if key in seen:
            raise PayloadError("DUPLICATE_KEY", f"duplicate key {key[:40]!r}", key=key[:40])
        seen.add(key)
    raise AssertionError("unreachable")


def _reject_constant(name: str) -> Any:
    raise PayloadError("NON_FINITE_NUMBER", f"{name} is not allowed in a payload")


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def payload_schema() -> dict[str, Any]:
    """The payload JSON Schema (a copy), e.g. for documentation or the coordinator."""
    copy: dict[str, Any] = json.loads(json.dumps(_schema()))
    return copy
