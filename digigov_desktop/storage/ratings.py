"""Team-evaluation tables ↔ entities: raters, ratings, merges, consensus (and, re-exported
from `storage.workbook`, the workbook identity).

With `storage.workbook`, the only module that knows these table names (`0005_raters`).
Writers take the `Database` handed out by `Store.transaction()`; readers take the `Store`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from digigov_desktop.domain.ratings import Consensus, Rater, Rating
from digigov_desktop.storage.database import Store, inserted_id, utc_now
from digigov_desktop.storage.workbook import (  # noqa: F401 - re-exported
    WorkbookIdentity,
    put_workbook_identity,
    workbook_identity,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


def _rater(row: dict[str, Any]) -> Rater:
    return Rater(id=row["id"], name=row["name"], role=row["role"], unit=row["unit"],
                 workbook_id=row["workbook_id"], created_at=row["created_at"],
                 merged_at=row.get("merged_at"))


_RATER_SQL = ("SELECT r.*, m.merged_at FROM rater r LEFT JOIN rater_merge m "
              "ON m.rater_id = r.id")


# --- readers ----------------------------------------------------------------------


def raters(store: Store, cycle_id: int) -> list[Rater]:
    rows = store.query(f"{_RATER_SQL} WHERE r.cycle_id = ? ORDER BY r.id", [cycle_id])
    return [_rater(r) for r in rows]


def rater_by_name(store: Store, cycle_id: int, name: str) -> Rater | None:
    row = store.query_one(f"{_RATER_SQL} WHERE r.cycle_id = ? AND r.name = ?",
                          [cycle_id, name])
    return None if row is None else _rater(row)


def rater_by_workbook(store: Store, workbook_id: str) -> tuple[Rater, int] | None:
    """The rater of a workbook id and their cycle id, or None."""
    row = store.query_one(f"{_RATER_SQL} WHERE r.workbook_id = ?", [workbook_id])
    return None if row is None else (_rater(row), row["cycle_id"])


def rater_secret(store: Store, rater_id: int) -> bytes:
    row = store.query_one("SELECT secret FROM rater WHERE id = ?", [rater_id])
    if row is None:
        raise LookupError(rater_id)
    return bytes(row["secret"])


def ratings(store: Store, cycle_id: int) -> list[Rating]:
    rows = store.query(
        "SELECT g.*, r.name FROM rating g JOIN rater r ON r.id = g.rater_id "
        "WHERE g.cycle_id = ? ORDER BY g.element_id, r.id", [cycle_id])
    return [Rating(element_id=r["element_id"], rater=r["name"], level=r["level"],
                   not_applicable=bool(r["not_applicable"]), rationale=r["rationale"],
                   rated_at=r["rated_at"], source=r["source"]) for r in rows]


def get_rating(store: Store, cycle_id: int, rater_id: int, element_id: str) -> Rating | None:
    row = store.query_one(
        "SELECT g.*, r.name FROM rating g JOIN rater r ON r.id = g.rater_id "
        "WHERE g.cycle_id = ? AND g.rater_id = ? AND g.element_id = ?",
        [cycle_id, rater_id, element_id])
    if row is None:
        return None
    return Rating(element_id=row["element_id"], rater=row["name"], level=row["level"],
                  not_applicable=bool(row["not_applicable"]), rationale=row["rationale"],
                  rated_at=row["rated_at"], source=row["source"])


def consensus(store: Store, cycle_id: int) -> dict[str, Consensus]:
    rows = store.query("SELECT * FROM consensus WHERE cycle_id = ?", [cycle_id])
    return {r["element_id"]: Consensus(
        element_id=r["element_id"], level=r["level"], not_applicable=bool(r["not_applicable"]),
        justification=r["justification"], decided_at=r["decided_at"],
        decided_by=r["decided_by"]) for r in rows}


def merged_file(store: Store, file_sha256: str) -> dict[str, Any] | None:
    return store.query_one("SELECT id, rater_id, file_name FROM rater_merge "
                           "WHERE file_sha256 = ?", [file_sha256])


def merged_contents(store: Store, cycle_id: int) -> list[tuple[str, bytes]]:
    """(rater name, the return file's bytes) of every merge of the cycle."""
    rows = store.query("SELECT r.name, m.content FROM rater_merge m JOIN rater r "
                       "ON r.id = m.rater_id WHERE m.cycle_id = ? ORDER BY m.id", [cycle_id])
    return [(row["name"], bytes(row["content"])) for row in rows]


# --- writers (inside Store.transaction) ---------------------------------------------


def insert_rater(db: Database, *, cycle_id: int, name: str, role: str, unit: str,
                 workbook_id: str, secret: bytes, actor: str) -> int:
    cursor = db.execute(
        "INSERT INTO rater (cycle_id, name, role, unit, workbook_id, secret, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [cycle_id, name, role, unit, workbook_id, secret, utc_now(), actor])
    return inserted_id(cursor)


def put_local_rating(db: Database, *, cycle_id: int, rater_id: int, rating: Rating) -> None:
    db.execute(
        "INSERT INTO rating (cycle_id, rater_id, element_id, level, not_applicable, rationale, "
        "rated_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'local') "
        "ON CONFLICT(cycle_id, rater_id, element_id) DO UPDATE SET level = excluded.level, "
        "not_applicable = excluded.not_applicable, rationale = excluded.rationale, "
        "rated_at = excluded.rated_at",
        [cycle_id, rater_id, rating.element_id, rating.level, int(rating.not_applicable),
         rating.rationale, rating.rated_at or utc_now()])


def insert_merge(db: Database, *, cycle_id: int, rater_id: int, file_sha256: str,
                 file_name: str, sealed_at: str, count: int, actor: str,
                 content: bytes) -> int:
    cursor = db.execute(
        "INSERT INTO rater_merge (cycle_id, rater_id, file_sha256, file_name, sealed_at, "
        "merged_at, merged_by, ratings, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [cycle_id, rater_id, file_sha256, file_name, sealed_at, utc_now(), actor, count,
         content])
    return inserted_id(cursor)


def insert_merged_rating(db: Database, *, cycle_id: int, rater_id: int, merge_id: int,
                         rating: Rating) -> None:
    db.execute(
        "INSERT INTO rating (cycle_id, rater_id, element_id, level, not_applicable, rationale, "
        "rated_at, source, merge_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'workbook', ?)",
        [cycle_id, rater_id, rating.element_id, rating.level, int(rating.not_applicable),
         rating.rationale, rating.rated_at or utc_now(), merge_id])


def put_consensus(db: Database, cycle_id: int, value: Consensus) -> None:
    db.execute(
        "INSERT INTO consensus (cycle_id, element_id, level, not_applicable, justification, "
        "decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(cycle_id, element_id) DO UPDATE SET level = excluded.level, "
        "not_applicable = excluded.not_applicable, justification = excluded.justification, "
        "decided_at = excluded.decided_at, decided_by = excluded.decided_by",
        [cycle_id, value.element_id, value.level, int(value.not_applicable),
         value.justification, value.decided_at or utc_now(), value.decided_by])
