"""The workbook table ↔ `WorkbookIdentity`: the row that makes an agency database a rater
workbook (migration `0005_raters`).

Apart from `storage.ratings` (which re-exports it) so that opening the agency window can ask
"is this a workbook?" without loading the team-evaluation entities.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from digigov_desktop.storage.database import Store

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class WorkbookIdentity:
    """The row that makes an agency database a rater workbook."""

    workbook_id: str
    rater_name: str
    rater_role: str
    rater_unit: str
    secret: bytes
    cycle_id: int
    exported_at: str


def workbook_identity(store: Store) -> WorkbookIdentity | None:
    row = store.query_one("SELECT * FROM workbook WHERE id = 1")
    if row is None:
        return None
    return WorkbookIdentity(
        workbook_id=row["workbook_id"], rater_name=row["rater_name"],
        rater_role=row["rater_role"], rater_unit=row["rater_unit"],
        secret=bytes(row["secret"]), cycle_id=row["cycle_id"], exported_at=row["exported_at"])


def put_workbook_identity(db: Database, identity: WorkbookIdentity, *, actor: str) -> None:
    db.execute(
        "INSERT INTO workbook (id, workbook_id, rater_name, rater_role, rater_unit, secret, "
        "cycle_id, exported_at, exported_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
        [identity.workbook_id, identity.rater_name, identity.rater_role, identity.rater_unit,
         identity.secret, identity.cycle_id, identity.exported_at, actor])
