"""Administering the shared store: coordinator roles and regions, moving a SQLite store in.

Run by the store's owner (the PostgreSQL role that created it: the central team's
administrator). Coordinator roles get only the privileges they need; which rows they see
is decided by the server's row-level security (pg_schema step 0002).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from psycopg import sql

from digigov_desktop.errors import StorageError
from digigov_desktop.storage.central.postgres import PostgresCentral
from digigov_desktop.storage.central.sqlite import SqliteCentral

ALL_REGIONS = "*"
TABLES = ("stored_file", "submission", "score", "submission_signature", "import_log",
          "receipt")


def grant(store: PostgresCentral, role: str, regions: Sequence[str], *,
          may_receipt: bool = False) -> None:
    """Create `role` when missing (LOGIN; its password is set by the DBA) and let it read
    and import the agencies of `regions` only (`ALL_REGIONS`: every region). Replaces the
    role's earlier regions. `may_receipt`: it may also record receipts (the CA holder)."""
    if not regions:
        raise StorageError("no region given", code="NO_REGION")
    role_id = sql.Identifier(role)
    with store.errors(), store.pg.transaction():
        pg = store.pg
        if not pg.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
            pg.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role_id))
        pg.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(pg.info.dbname), role_id))
        pg.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role_id))
        pg.execute(sql.SQL("GRANT SELECT, INSERT ON stored_file, submission, score, "
                           "submission_signature, import_log TO {}").format(role_id))
        pg.execute(sql.SQL("GRANT UPDATE (superseded_by) ON submission TO {}").format(role_id))
        pg.execute(sql.SQL("GRANT SELECT ON receipt, counting_submission, coordinator_region, "
                           "digigov_schema_step TO {}").format(role_id))
        if may_receipt:
            pg.execute(sql.SQL("GRANT INSERT, UPDATE ON receipt TO {}").format(role_id))
        pg.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}")
                   .format(role_id))
        pg.execute("DELETE FROM coordinator_region WHERE role = %s", [role])
        with pg.cursor() as cur:
            cur.executemany("INSERT INTO coordinator_region (role, region) VALUES (%s, %s)",
                            [(role, r) for r in sorted(set(regions))])


def regions_of(store: PostgresCentral) -> dict[str, list[str]]:
    """Every coordinator role and its regions (as the owner sees them)."""
    out: dict[str, list[str]] = {}
    for row in store.query("SELECT role, region FROM coordinator_region ORDER BY role, region"):
        out.setdefault(row["role"], []).append(row["region"])
    return out


@dataclass(frozen=True)
class MoveReport:
    """What `move` copied: rows per table, and the files whose SHA-256 was checked."""

    counts: dict[str, int]
    files_checked: int


_COLUMNS = {
    "stored_file": "sha256, size, content",
    "submission": (
        "id, submission_id, revision, supersedes, agency_code, agency_name, agency_type, "
        "region, cycle, framework_id, framework_version, created_at, imported_at, imported_by, "
        "file_name, file_sha256, payload_sha256, signer_serial, signer_subject, signed_at, "
        "NULL, overall, completion, payload, declared_agency_name"),
    "score": "submission, key, value",
    "submission_signature": "submission, position, role, person, serial, subject, signed_at",
    "import_log": ("id, at, actor, file_name, file_sha256, size, outcome, message, "
                   "signer_serial, agency_code, submission_id, revision, name_mismatch"),
    "receipt": "submission, issued_at, issued_by, receipt_sha256",
}


def _scalar(row: tuple[Any, ...] | None) -> Any:
    return None if row is None else row[0]


_ORDER = {"stored_file": "sha256", "submission": "id", "score": "submission, key",
          "submission_signature": "submission, position", "import_log": "id",
          "receipt": "submission"}


def move(source: SqliteCentral, target: PostgresCentral, *, batch: int = 500) -> MoveReport:
    """Copy every row of a SQLite central store into an empty PostgreSQL one, in ONE
    transaction, keeping the ids; then check the counts of every table and the SHA-256 of
    every stored file as read back from the server. Any difference undoes everything."""
    with target.errors():
        if any(_scalar(target.pg.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone())
               for t in TABLES):
            raise StorageError(f"{target.path}: the target store is not empty",
                               code="STORE_NOT_EMPTY", path=target.path)
    counts = {t: _scalar(source.conn.execute(f"SELECT count(*) FROM {t}").fetchone())
              for t in TABLES}
    with target.errors(), target.pg.transaction():
        pg = target.pg
        for table in TABLES:
            names = _COLUMNS[table].replace("NULL", "superseded_by")
            marks = ", ".join(["%s"] * len(names.split(",")))
            cursor = source.conn.execute(
                f"SELECT {_COLUMNS[table]} FROM {table} ORDER BY {_ORDER[table]}")
            with pg.cursor() as cur:
                while rows := cursor.fetchmany(batch):
                    cur.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        with pg.cursor() as cur:
            cur.executemany(
                "UPDATE submission SET superseded_by = %s WHERE id = %s",
                source.conn.execute("SELECT superseded_by, id FROM submission "
                                    "WHERE superseded_by IS NOT NULL").fetchall())
        for table in ("submission", "import_log"):
            pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
        copied = {t: _scalar(pg.execute(f"SELECT count(*) FROM {t}").fetchone())
                  for t in TABLES}
        if copied != counts:
            raise StorageError(f"copied {copied}, expected {counts}", code="MOVE_MISMATCH")
        wanted = {r[0] for r in source.conn.execute("SELECT sha256 FROM stored_file")}
        checked = 0
        with pg.cursor(name="files") as cur:  # server-side: one file in memory at a time
            cur.execute("SELECT sha256, content FROM stored_file")
            for sha256, content in cur:
                if hashlib.sha256(content).hexdigest() != sha256 or sha256 not in wanted:
                    raise StorageError(f"stored file {sha256} differs after the copy",
                                       code="MOVE_MISMATCH")
                checked += 1
        if checked != len(wanted):
            raise StorageError("stored files lost in the copy", code="MOVE_MISMATCH")
    return MoveReport(counts=counts, files_checked=checked)
