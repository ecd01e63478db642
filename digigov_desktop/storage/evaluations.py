"""Agency-side tables ↔ domain entities. The only module that knows these table names.

Functions that write take the `Database` handed out by `Store.transaction()`, so the
caller decides what belongs to one transaction; readers take the `Store`.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from digigov_desktop.domain.evaluation import (
    Agency,
    AgencyType,
    Answer,
    Cycle,
    CycleState,
    Evaluation,
    Evidence,
    Person,
    RecommendationNotes,
)
from digigov_desktop.errors import NotFoundError
from digigov_desktop.storage.database import Store, inserted_id, utc_now

if TYPE_CHECKING:
    from sqlite_utils import Database

    from digigov_desktop.domain.framework import Framework

# --- rows -> entities -------------------------------------------------------------

_T = TypeVar("_T")


def _agency(row: dict[str, Any]) -> Agency:
    try:
        kind = AgencyType(row["type"])
    except ValueError:
        kind = AgencyType.OTHER
    return Agency(code=row["code"], name=row["name"], type=kind, region=row["region"])


def _from_row(cls: type[_T], row: dict[str, Any], **values: Any) -> _T:
    """A dataclass from a row: each field from the column of its name, unless in `values`
    (a field with no column keeps its default)."""
    return cls(**{n: row[n] for n in _field_names(cls)  # type: ignore[arg-type]
                  if n in row and n not in values},
               **values)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _cycle(row: dict[str, Any]) -> Cycle:
    return _from_row(Cycle, row, state=CycleState(row["state"]))


def _answer(row: dict[str, Any], criteria: frozenset[str] = frozenset()) -> Answer:
    return _from_row(
        Answer, row, not_applicable=bool(row["not_applicable"]), criteria=criteria,
        override_justification=row.get("override_justification") or "",
        to_review=bool(row.get("to_review")),
    )


def _criteria(store: Store, cycle_id: int, element_id: str | None = None
              ) -> dict[str, frozenset[str]]:
    sql = "SELECT element_id, criterion_id FROM answer_criterion WHERE cycle_id = ?"
    args: list[Any] = [cycle_id]
    if element_id is not None:
        sql += " AND element_id = ?"
        args.append(element_id)
    found: dict[str, set[str]] = {}
    for row in store.query(sql, args):
        found.setdefault(row["element_id"], set()).add(row["criterion_id"])
    return {k: frozenset(v) for k, v in found.items()}


def _evidence(row: dict[str, Any]) -> Evidence:
    return _from_row(Evidence, row)


def _notes(row: dict[str, Any]) -> RecommendationNotes:
    return _from_row(RecommendationNotes, row)


# --- readers ----------------------------------------------------------------------


def get_agency(store: Store, code: str) -> Agency:
    row = store.query_one("SELECT * FROM agency WHERE code = ?", [code])
    if row is None:
        raise NotFoundError(f"agency {code} not found", code="AGENCY_NOT_FOUND", agency=code)
    return _agency(row)


def list_cycles(store: Store) -> list[Cycle]:
    return [_cycle(r) for r in store.query("SELECT * FROM cycle ORDER BY year, id")]


def get_cycle(store: Store, cycle_id: int) -> Cycle:
    row = store.query_one("SELECT * FROM cycle WHERE id = ?", [cycle_id])
    if row is None:
        raise NotFoundError(f"cycle {cycle_id} not found", code="CYCLE_NOT_FOUND", cycle=cycle_id)
    return _cycle(row)


def get_answer(store: Store, cycle_id: int, element_id: str) -> Answer | None:
    row = store.query_one(
        "SELECT * FROM answer WHERE cycle_id = ? AND element_id = ?", [cycle_id, element_id]
    )
    if row is None:
        return None
    return _answer(row, _criteria(store, cycle_id, element_id).get(element_id, frozenset()))


def answers(store: Store, cycle_id: int) -> dict[str, Answer]:
    rows = store.query("SELECT * FROM answer WHERE cycle_id = ?", [cycle_id])
    ticked = _criteria(store, cycle_id)
    return {r["element_id"]: _answer(r, ticked.get(r["element_id"], frozenset())) for r in rows}


def to_review(store: Store, cycle_id: int) -> set[str]:
    rows = store.query(
        "SELECT element_id FROM answer WHERE cycle_id = ? AND to_review = 1", [cycle_id]
    )
    return {r["element_id"] for r in rows}


# --- installed packs ----------------------------------------------------------------


def installed_packs(store: Store) -> list[dict[str, Any]]:
    """Rows of installed packs (framework_id, version, sha256, framework_json, …)."""
    return store.query("SELECT * FROM pack ORDER BY framework_id, version")


def insert_pack(db: Database, *, framework_id: str, version: str, sha256: str,
                framework_json: bytes, signed_file: bytes, signer_subject: str,
                actor: str) -> None:
    db.execute(
        "INSERT INTO pack (framework_id, version, sha256, framework_json, signed_file, "
        "signer_subject, installed_at, installed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [framework_id, version, sha256, framework_json, signed_file, signer_subject,
         utc_now(), actor],
    )


def set_cycle_framework(db: Database, cycle_id: int, framework_id: str, version: str) -> None:
    db.execute("UPDATE cycle SET framework_id = ?, framework_version = ? WHERE id = ?",
               [framework_id, version, cycle_id])


def delete_cycle_answers(db: Database, cycle_id: int) -> None:
    db.execute("DELETE FROM answer_criterion WHERE cycle_id = ?", [cycle_id])
    db.execute("DELETE FROM answer WHERE cycle_id = ?", [cycle_id])


def set_evidence_element(db: Database, evidence_id: int, element_id: str) -> None:
    db.execute("UPDATE evidence SET element_id = ? WHERE id = ?", [element_id, evidence_id])


def carried_forward(store: Store, cycle_id: int) -> set[str]:
    rows = store.query(
        "SELECT element_id FROM answer WHERE cycle_id = ? AND carried_forward = 1", [cycle_id]
    )
    return {r["element_id"] for r in rows}


def notes(store: Store, cycle_id: int) -> dict[str, RecommendationNotes]:
    rows = store.query("SELECT * FROM recommendation_notes WHERE cycle_id = ?", [cycle_id])
    return {r["recommendation_id"]: _notes(r) for r in rows}


def evidence(store: Store, cycle_id: int, element_id: str | None = None) -> list[Evidence]:
    if element_id is None:
        rows = store.query("SELECT * FROM evidence WHERE cycle_id = ? ORDER BY id", [cycle_id])
    else:
        rows = store.query(
            "SELECT * FROM evidence WHERE cycle_id = ? AND element_id = ? ORDER BY id",
            [cycle_id, element_id],
        )
    return [_evidence(r) for r in rows]


def get_evidence(store: Store, evidence_id: int) -> Evidence:
    row = store.query_one("SELECT * FROM evidence WHERE id = ?", [evidence_id])
    if row is None:
        raise NotFoundError(f"evidence {evidence_id} not found", code="EVIDENCE_NOT_FOUND")
    return _evidence(row)


def evidence_content(store: Store, evidence_id: int) -> bytes:
    row = store.query_one(
        "SELECT b.content FROM evidence e JOIN blob b ON b.sha256 = e.sha256 WHERE e.id = ?",
        [evidence_id],
    )
    if row is None:
        raise NotFoundError(f"evidence {evidence_id} not found", code="EVIDENCE_NOT_FOUND")
    return bytes(row["content"])


def preparers(store: Store, cycle_id: int) -> list[Person]:
    rows = store.query(
        "SELECT name, role FROM preparer WHERE cycle_id = ? ORDER BY position, id", [cycle_id]
    )
    return [Person(name=r["name"], role=r["role"]) for r in rows]


def load_evaluation(store: Store, cycle_id: int) -> Evaluation:
    cycle = get_cycle(store, cycle_id)
    return Evaluation(
        agency=get_agency(store, cycle.agency_code),
        cycle=cycle,
        answers=answers(store, cycle_id),
        notes=notes(store, cycle_id),
        evidence=tuple(evidence(store, cycle_id)),
        preparers=tuple(preparers(store, cycle_id)),
    )


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    row = store.query_one("SELECT value FROM setting WHERE key = ?", [key])
    return default if row is None else json.loads(row["value"])


def audit_rows(
    store: Store, *, entities: tuple[str, ...] = (), key: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Audit rows, newest first (`old` and `new` still JSON text).

    Only `entities` when given; only the rows whose key is `key` or starts with `key/`
    when given (an answer `cycle/element`, its evidence `cycle/element/n`).
    """
    where: list[str] = []
    params: list[Any] = list(entities)
    if entities:
        where.append(f"entity IN ({','.join('?' * len(entities))})")
    if key is not None:
        where.append("(key = ? OR substr(key, 1, ?) = ?)")
        params += [key, len(key) + 1, key + "/"]
    sql = "SELECT * FROM audit" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return store.query(sql, params)



# --- writers (inside Store.transaction) ---------------------------------------------


def put_setting(db: Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)],
    )


def upsert_agency(db: Database, agency: Agency) -> None:
    now = utc_now()
    db.execute(
        "INSERT INTO agency (code, name, type, region, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
        "name = excluded.name, type = excluded.type, region = excluded.region, "
        "updated_at = excluded.updated_at",
        [agency.code, agency.name, str(agency.type), agency.region, now, now],
    )


def insert_cycle(
    db: Database, *, agency_code: str, year: int, framework: Framework,
    previous_cycle_id: int | None = None,
) -> int:
    """A new draft cycle on `framework` (its id and version are recorded)."""
    cursor = db.execute(
        "INSERT INTO cycle (agency_code, year, framework_id, framework_version, state, "
        "created_at, previous_cycle_id) VALUES (?, ?, ?, ?, 'draft', ?, ?)",
        [agency_code, year, framework.id, framework.version, utc_now(), previous_cycle_id],
    )
    return inserted_id(cursor)


def set_cycle_state(db: Database, cycle_id: int, state: CycleState) -> None:
    db.execute("UPDATE cycle SET state = ? WHERE id = ?", [str(state), cycle_id])


def replace_preparers(db: Database, cycle_id: int, people: list[Person]) -> None:
    db.execute("DELETE FROM preparer WHERE cycle_id = ?", [cycle_id])
    for position, person in enumerate(people):
        db.execute(
            "INSERT INTO preparer (cycle_id, name, role, position) VALUES (?, ?, ?, ?)",
            [cycle_id, person.name, person.role, position],
        )


def put_answer(db: Database, cycle_id: int, answer: Answer, *, carried: bool = False) -> None:
    db.execute(
        "INSERT INTO answer (cycle_id, element_id, level, not_applicable, rationale, target, "
        "carried_forward, updated_at, updated_by, override_justification, to_review) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(cycle_id, element_id) DO UPDATE SET level = excluded.level, "
        "not_applicable = excluded.not_applicable, rationale = excluded.rationale, "
        "target = excluded.target, carried_forward = excluded.carried_forward, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
        "override_justification = excluded.override_justification, "
        "to_review = excluded.to_review",
        [
            cycle_id,
            answer.element_id,
            answer.level,
            int(answer.not_applicable),
            answer.rationale,
            answer.target,
            int(carried),
            answer.updated_at or utc_now(),
            answer.updated_by,
            answer.override_justification,
            int(answer.to_review),
        ],
    )
    db.execute("DELETE FROM answer_criterion WHERE cycle_id = ? AND element_id = ?",
               [cycle_id, answer.element_id])
    for criterion_id in sorted(answer.criteria):
        db.execute(
            "INSERT INTO answer_criterion (cycle_id, element_id, criterion_id) VALUES (?, ?, ?)",
            [cycle_id, answer.element_id, criterion_id],
        )


def delete_answer(db: Database, cycle_id: int, element_id: str) -> None:
    db.execute(
        "DELETE FROM answer WHERE cycle_id = ? AND element_id = ?", [cycle_id, element_id]
    )
    db.execute(
        "DELETE FROM answer_criterion WHERE cycle_id = ? AND element_id = ?",
        [cycle_id, element_id],
    )


def put_notes(db: Database, cycle_id: int, notes_: RecommendationNotes, *, actor: str) -> None:
    db.execute(
        "INSERT INTO recommendation_notes (cycle_id, recommendation_id, strengths, improvements, "
        "actions, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(cycle_id, recommendation_id) DO UPDATE SET strengths = excluded.strengths, "
        "improvements = excluded.improvements, actions = excluded.actions, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        [
            cycle_id,
            notes_.recommendation_id,
            notes_.strengths,
            notes_.improvements,
            notes_.actions,
            utc_now(),
            actor,
        ],
    )


def insert_evidence(
    db: Database,
    *,
    cycle_id: int,
    element_id: str,
    file_name: str,
    content: bytes,
    sha256: str,
    media_type: str,
    actor: str,
    description: str = "",
) -> int:
    db.execute(
        "INSERT INTO blob (sha256, size, content) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
        [sha256, len(content), content],
    )
    cursor = db.execute(
        "INSERT INTO evidence (cycle_id, element_id, file_name, size, sha256, media_type, "
        "description, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [cycle_id, element_id, file_name, len(content), sha256, media_type, description,
         utc_now(), actor],
    )
    return inserted_id(cursor)


def copy_evidence(db: Database, source: Evidence, *, cycle_id: int, actor: str) -> int:
    """Link an existing blob to another cycle (carry-forward); no bytes are copied."""
    cursor = db.execute(
        "INSERT INTO evidence (cycle_id, element_id, file_name, size, sha256, media_type, "
        "description, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [cycle_id, source.element_id, source.file_name, source.size, source.sha256,
         source.media_type, source.description, utc_now(), actor],
    )
    return inserted_id(cursor)


def duplicate_evidence(db: Database, evidence_id: int, *, element_id: str, actor: str) -> int:
    """Link the same blob to another element of the same cycle (a split element's part)."""
    cursor = db.execute(
        "INSERT INTO evidence (cycle_id, element_id, file_name, size, sha256, media_type, "
        "description, added_at, added_by) SELECT cycle_id, ?, file_name, size, sha256, "
        "media_type, description, ?, ? FROM evidence WHERE id = ?",
        [element_id, utc_now(), actor, evidence_id],
    )
    return inserted_id(cursor)


def delete_evidence(db: Database, evidence_id: int) -> None:
    row = next(db.query("SELECT sha256 FROM evidence WHERE id = ?", [evidence_id]), None)
    db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
    if row is not None:
        db.execute(
            "DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS "
            "(SELECT 1 FROM evidence WHERE sha256 = ?)",
            [row["sha256"], row["sha256"]],
        )


def append_audit(
    db: Database,
    *,
    actor: str,
    action: str,
    entity: str,
    key: str,
    old: Any = None,
    new: Any = None,
    reason: str = "",
) -> None:
    db.execute(
        "INSERT INTO audit (at, actor, action, entity, key, old, new, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            utc_now(),
            actor,
            action,
            entity,
            key,
            None if old is None else json.dumps(old, ensure_ascii=False, sort_keys=True),
            None if new is None else json.dumps(new, ensure_ascii=False, sort_keys=True),
            reason,
        ],
    )
