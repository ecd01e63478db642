"""Agency-side credential and trust-bundle rows. The only module that knows these tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from digigov_desktop.errors import StorageError
from digigov_desktop.storage.database import Store, inserted_id, utc_now

if TYPE_CHECKING:
    from sqlite_utils import Database


def latest(store: Store) -> dict[str, Any] | None:
    """The newest credential row: the active one, or a pending request."""
    return store.query_one("SELECT * FROM credential ORDER BY id DESC LIMIT 1")


def active(store: Store) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM credential WHERE active = 1 ORDER BY id DESC LIMIT 1")


def trust_bundle(store: Store) -> bytes | None:
    row = store.query_one("SELECT bundle_pem FROM trust_bundle WHERE id = 1")
    return None if row is None else bytes(row["bundle_pem"])


def insert_request(db: Database, *, agency_code: str, key_pem: bytes, csr_pem: bytes) -> int:
    cursor = db.execute(
        "INSERT INTO credential (created_at, agency_code, route, key_pem, csr_pem, active) "
        "VALUES (?, ?, 'csr', ?, ?, 0)",
        [utc_now(), agency_code, key_pem, csr_pem],
    )
    return inserted_id(cursor)


def install(
    db: Database, *, row_id: int | None, agency_code: str, route: str, key_pem: bytes,
    certificate_pem: bytes, chain_pem: bytes, subject: str, serial: str, not_after: str,
) -> int:
    """Make a credential the active one (every other becomes inactive)."""
    db.execute("UPDATE credential SET active = 0 WHERE active = 1")
    now = utc_now()
    if row_id is None:
        cursor = db.execute(
            "INSERT INTO credential (created_at, agency_code, route, key_pem, certificate_pem, "
            "chain_pem, subject, serial, not_after, installed_at, active) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            [now, agency_code, route, key_pem, certificate_pem, chain_pem, subject, serial,
             not_after, now],
        )
        return inserted_id(cursor)
    db.execute(
        "UPDATE credential SET certificate_pem = ?, chain_pem = ?, subject = ?, serial = ?, "
        "not_after = ?, installed_at = ?, active = 1 WHERE id = ?",
        [certificate_pem, chain_pem, subject, serial, not_after, now, row_id],
    )
    return row_id


def replace_key(db: Database, row_id: int, *, key_pem: bytes, expected: bytes) -> None:
    """Store a re-encrypted key; only if the row still holds `expected` (no lost update)."""
    cursor = db.execute("UPDATE credential SET key_pem = ? WHERE id = ? AND key_pem = ?",
                        [key_pem, row_id, expected])
    if cursor.rowcount != 1:  # another window changed it meanwhile: roll back, try again
        raise StorageError("the stored key changed while it was being re-encrypted",
                           code="STORE_LOCKED", path=str(db.conn.execute(
                               "PRAGMA database_list").fetchone()[2]))


def put_trust_bundle(db: Database, bundle_pem: bytes) -> None:
    db.execute(
        "INSERT INTO trust_bundle (id, bundle_pem, imported_at) VALUES (1, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET bundle_pem = excluded.bundle_pem, "
        "imported_at = excluded.imported_at",
        [bundle_pem, utc_now()],
    )
