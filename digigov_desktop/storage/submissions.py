"""Agency-side rows of exported submissions (table `submission`, step 0002) and their receipts.

Writers take the `Database` handed out by `Store.transaction()`; readers take the `Store`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from digigov_desktop.storage.database import Store

if TYPE_CHECKING:
    from sqlite_utils import Database


def find(store: Store, submission_id: str, revision: int) -> dict[str, Any] | None:
    """One exported revision, with the agency code of its cycle; None when unknown."""
    return store.query_one(
        "SELECT s.submission_id, s.revision, s.cycle_id, s.payload_sha256, s.file_sha256, "
        "s.file_name, s.created_at, s.receipt, c.agency_code, c.year "
        "FROM submission s JOIN cycle c ON c.id = s.cycle_id "
        "WHERE s.submission_id = ? AND s.revision = ?",
        [submission_id, revision],
    )


def of_cycle(store: Store, cycle_id: int) -> list[dict[str, Any]]:
    """Every exported revision of a cycle, oldest first, with its receipt (decoded) if any."""
    rows = store.query(
        "SELECT submission_id, revision, created_at, payload_sha256, file_sha256, file_name, "
        "receipt FROM submission WHERE cycle_id = ? ORDER BY created_at, revision",
        [cycle_id],
    )
    for row in rows:
        row["receipt"] = json.loads(row["receipt"]) if row["receipt"] else None
    return rows


def set_receipt(db: Database, *, submission_id: str, revision: int, receipt_json: str) -> None:
    db.execute(
        "UPDATE submission SET receipt = ? WHERE submission_id = ? AND revision = ?",
        [receipt_json, submission_id, revision],
    )
