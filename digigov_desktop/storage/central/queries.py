"""Coordinator-side tables: submissions, their original files, scores, the import log.

The only module that knows these table names. Writers take the `db` handed out by
`store.transaction()` / `store.atomic()`; readers take the store. The SQL is written once
for both backends (`?` placeholders, COALESCE, RETURNING, aliased subqueries).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from digigov_desktop.storage.database import utc_now

if TYPE_CHECKING:
    # Either backend: a SQLite `Store` (sqlite.SqliteCentral) or a PostgresCentral; the
    # queries use only what both offer (`query`, `query_one`, `conn.execute`).
    Store = Any
    Database = Any


# --- readers ----------------------------------------------------------------------


def by_file_sha256(store: Store, sha256: str) -> dict[str, Any] | None:
    return store.query_one(
        "SELECT id, submission_id, revision, agency_code FROM submission WHERE file_sha256 = ?",
        [sha256],
    )


def revisions(store: Store, submission_id: str) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, revision, superseded_by FROM submission WHERE submission_id = ? "
        "ORDER BY revision",
        [submission_id],
    )


def submission(store: Store, row_id: int) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM submission WHERE id = ?", [row_id])


def find_submission(store: Store, submission_id: str, revision: int | None = None):
    if revision is None:
        return store.query_one(
            "SELECT * FROM submission WHERE submission_id = ? ORDER BY revision DESC LIMIT 1",
            [submission_id],
        )
    return store.query_one(
        "SELECT * FROM submission WHERE submission_id = ? AND revision = ?",
        [submission_id, revision],
    )


def file_content(store: Store, sha256: str) -> bytes | None:
    row = store.query_one("SELECT content FROM stored_file WHERE sha256 = ?", [sha256])
    return None if row is None else bytes(row["content"])


def counting_submissions(
    store: Store, *, cycle: int | None = None, regions: Sequence[str] = (),
    agency_types: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """One row per agency and cycle: the submission that counts (without the payload).

    `cycle`, `regions` and `agency_types` narrow the rows (empty: no narrowing); the
    region and type are those of the counting submission, as on the dashboard.
    """
    columns = (
        "id, submission_id, revision, agency_code, agency_name, agency_type, region, cycle, "
        "framework_id, framework_version, created_at, imported_at, overall, completion, "
        "file_sha256, payload_sha256, file_name"
    )
    where: list[str] = []
    params: list[Any] = []
    if cycle is not None:
        where.append("cycle = ?")
        params.append(cycle)
    for column, values in (("region", regions), ("agency_type", agency_types)):
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    return store.query(
        f"SELECT {columns} FROM counting_submission{condition} ORDER BY cycle, agency_code",
        params,
    )


def competing(store: Store, agency_code: str, cycle: int) -> list[dict[str, Any]]:
    """Every current (not superseded) submission of an agency and cycle, newest first."""
    return store.query(
        "SELECT id, submission_id, revision, created_at, imported_at, overall FROM submission "
        "WHERE agency_code = ? AND cycle = ? AND superseded_by IS NULL "
        "ORDER BY created_at DESC, id DESC",
        [agency_code, cycle],
    )


def scores_of(store: Store, ids: list[int]) -> dict[int, dict[str, float | None]]:
    out: dict[int, dict[str, float | None]] = {i: {} for i in ids}
    if not ids:
        return out
    for start in range(0, len(ids), 900):  # stay under SQLite's parameter limit
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for row in store.conn.execute(
            f"SELECT submission, key, value FROM score WHERE submission IN ({marks})", chunk
        ):
            out[row[0]][row[1]] = row[2]
    return out


# --- consolidation (the dashboard's two queries over `score`) ------------------------
# Both read the *current* submissions (not superseded) matching the filters, ordered by id;
# `current_meta` flags the one that counts per agency and cycle exactly as the
# `counting_submission` view does (newest created_at, then highest id). The window runs
# before the region/type filters so that a filter never changes which submission counts.

_META = (
    "id, agency_code, agency_name, agency_type, region, cycle, revision, submission_id, "
    "file_sha256, framework_id, framework_version"
)


def _where(
    cycles: Sequence[int] | None, regions: Sequence[str] | None,
    agency_types: Sequence[str] | None, *, prefix: str = "",
) -> tuple[list[str], list[Any], list[str], list[Any]]:
    """SQL conditions on cycle, and separately on region/agency type, with parameters."""
    first: list[str] = []
    second: list[str] = []
    first_params: list[Any] = []
    second_params: list[Any] = []
    for column, values, into, params in (
        ("cycle", cycles, first, first_params),
        ("region", regions, second, second_params),
        ("agency_type", agency_types, second, second_params),
    ):
        if values:
            into.append(f"{prefix}{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    return first, first_params, second, second_params


def current_meta(
    store: Store, *, cycles: Sequence[int] | None = None, regions: Sequence[str] | None = None,
    agency_types: Sequence[str] | None = None,
) -> list[tuple]:
    """Current submissions as tuples `(id, agency_code, agency_name, agency_type, region,
    cycle, revision, submission_id, file_sha256, framework_id, framework_version, counts)`,
    ordered by id."""
    inner, inner_params, outer, outer_params = _where(cycles, regions, agency_types)
    inner_sql = " AND ".join(["superseded_by IS NULL", *inner])
    outer_sql = (" WHERE " + " AND ".join(outer)) if outer else ""
    sql = (
        f"SELECT * FROM (SELECT {_META}, row_number() OVER (PARTITION BY agency_code, cycle "
        f"ORDER BY created_at DESC, id DESC) = 1 AS counts FROM submission WHERE {inner_sql}) AS t"
        f"{outer_sql} ORDER BY id"
    )
    with store.errors():
        return store.conn.execute(sql, [*inner_params, *outer_params]).fetchall()


def current_values(
    store: Store, keys: Sequence[str], *, cycles: Sequence[int] | None = None,
    regions: Sequence[str] | None = None, agency_types: Sequence[str] | None = None,
    missing: float = -1.0,
) -> Iterator[tuple]:
    """Score values of `keys` for the rows of `current_meta`, as 1-tuples ordered by
    submission id, then key (binary order); NULL comes back as `missing`. A cursor."""
    sql, params = _current_scores("COALESCE(s.value, ?)", keys, cycles, regions, agency_types)
    with store.errors():
        return store.conn.execute(sql + " ORDER BY c.id, s.key", [missing, *params])


def current_triples(
    store: Store, keys: Sequence[str], *, cycles: Sequence[int] | None = None,
    regions: Sequence[str] | None = None, agency_types: Sequence[str] | None = None,
) -> list[tuple]:
    """Like `current_values`, as `(submission id, key, value)` (the general, slower path)."""
    sql, params = _current_scores("s.submission, s.key, s.value", keys, cycles, regions,
                                  agency_types)
    with store.errors():
        return store.conn.execute(sql, params).fetchall()


def _current_scores(
    columns: str, keys: Sequence[str], cycles: Sequence[int] | None,
    regions: Sequence[str] | None, agency_types: Sequence[str] | None,
) -> tuple[str, list[Any]]:
    """SELECT `columns` from the scores `keys` of the current submissions of the selection:
    the query (c: submission, s: score) and its parameters after those of `columns`."""
    first, first_params, second, second_params = _where(
        cycles, regions, agency_types, prefix="c.")
    conditions = " AND ".join(["c.superseded_by IS NULL", *first, *second])
    marks = ",".join("?" * len(keys))
    sql = (
        f"SELECT {columns} FROM submission c JOIN score s ON s.submission = c.id "
        f"AND s.key IN ({marks}) WHERE {conditions}"
    )
    return sql, [*keys, *first_params, *second_params]


def counting_agencies(store: Store, cycle: int) -> list[dict[str, Any]]:
    """Agency code, submission row and overall score of every counting submission of a cycle."""
    return store.query(
        "SELECT agency_code, id, overall FROM counting_submission WHERE cycle = ?", [cycle])


def filter_choices(store: Store) -> dict[str, list[Any]]:
    """Distinct cycles, regions and agency types of the stored submissions (for filters)."""
    rows = store.query("SELECT DISTINCT cycle, region, agency_type FROM submission")
    return {
        "cycles": sorted({r["cycle"] for r in rows}),
        "regions": sorted({r["region"] for r in rows}),
        "agency_types": sorted({r["agency_type"] for r in rows}),
    }


def cycles(store: Store) -> list[int]:
    return [r["cycle"] for r in store.query("SELECT DISTINCT cycle FROM submission ORDER BY 1")]


def import_log(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM import_log ORDER BY id DESC"
    if limit is not None:
        return store.query(sql + " LIMIT ?", [limit])
    return store.query(sql)


def count(store: Store, table: str) -> int:
    if table not in {"submission", "import_log", "stored_file", "score", "receipt",
                     "submission_signature"}:
        raise ValueError(table)
    return store.query_one(f"SELECT count(*) AS n FROM {table}")["n"]


# --- writers (inside Store.transaction) ---------------------------------------------


def put_file(db: Database, sha256: str, content: bytes) -> None:
    """Store a file's bytes. Called in the same atomic step that found no submission with
    this hash (a file is stored with its one submission), so it never conflicts; no ON
    CONFLICT clause, which under row-level security would need the right to read the
    conflicting row."""
    db.execute(
        "INSERT INTO stored_file (sha256, size, content) VALUES (?, ?, ?)",
        [sha256, len(content), content],
    )


def insert_submission(
    db: Database,
    *,
    payload: Mapping[str, Any],
    payload_text: str,
    payload_sha256: str,
    file_sha256: str,
    file_name: str,
    signer_serial: str,
    signer_subject: str,
    signed_at: str | None,
    actor: str,
    scores: Mapping[str, float | None],
    registered_name: str | None = None,
) -> int:
    """Store a submission under `registered_name` (the registry's name for the agency);
    the payload's own name is kept in `declared_agency_name` only when it differs."""
    agency = payload["agency"]
    name = registered_name if registered_name is not None else agency["name"]
    declared = agency["name"] if agency["name"] != name else None
    cursor = db.execute(
        "INSERT INTO submission (submission_id, revision, supersedes, agency_code, agency_name, "
        "agency_type, region, cycle, framework_id, framework_version, created_at, imported_at, "
        "imported_by, file_name, file_sha256, payload_sha256, signer_serial, signer_subject, "
        "signed_at, overall, completion, payload, declared_agency_name, framework_sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        [
            payload["submission_id"], payload["revision"], payload.get("supersedes"),
            agency["code"], name, agency.get("type", ""), agency.get("region", ""),
            payload["cycle"], payload["framework"]["id"], payload["framework"]["version"],
            payload["created_at"], utc_now(), actor, file_name, file_sha256, payload_sha256,
            signer_serial, signer_subject, signed_at,
            payload["scores"].get("overall"), payload["scores"].get("completion"),
            payload_text, declared, payload["framework"].get("sha256"),
        ],
    )
    row_id = int(cursor.fetchone()[0])
    db.conn.executemany(
        "INSERT INTO score (submission, key, value) VALUES (?, ?, ?)",
        [(row_id, key, value) for key, value in scores.items()],
    )
    return row_id


def put_signatures(db: Database, submission_row: int, links: list[Mapping[str, Any]]) -> None:
    """The submission's signature chain, in order (keys: role, person, serial, subject,
    signed_at)."""
    db.conn.executemany(
        "INSERT INTO submission_signature (submission, position, role, person, serial, "
        "subject, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(submission_row, i, link["role"], link.get("person"), link["serial"],
          link.get("subject", ""), link.get("signed_at")) for i, link in enumerate(links)],
    )


def signatures(store: Store, submission_row: int) -> list[dict[str, Any]]:
    """The stored signature chain of a submission; for one imported before chains were
    stored, its single signature from the submission row (role preparer)."""
    rows = store.query(
        "SELECT role, person, serial, subject, signed_at FROM submission_signature "
        "WHERE submission = ? ORDER BY position", [submission_row])
    if rows:
        return rows
    row = store.query_one("SELECT signer_serial, signer_subject, signed_at FROM submission "
                          "WHERE id = ?", [submission_row])
    if row is None:
        return []
    return [{"role": "preparer", "person": None, "serial": row["signer_serial"],
             "subject": row["signer_subject"], "signed_at": row["signed_at"]}]


def mark_superseded(db: Database, row_ids: list[int], *, by: int) -> None:
    for row_id in row_ids:
        db.execute("UPDATE submission SET superseded_by = ? WHERE id = ?", [by, row_id])


def append_import_log(
    db: Database,
    *,
    actor: str,
    file_name: str,
    outcome: str,
    message: str = "",
    file_sha256: str | None = None,
    size: int | None = None,
    signer_serial: str | None = None,
    agency_code: str | None = None,
    submission_id: str | None = None,
    revision: int | None = None,
    name_mismatch: bool = False,
) -> None:
    db.execute(
        "INSERT INTO import_log (at, actor, file_name, file_sha256, size, outcome, message, "
        "signer_serial, agency_code, submission_id, revision, name_mismatch) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [utc_now(), actor, file_name, file_sha256, size, outcome, message, signer_serial,
         agency_code, submission_id, revision, int(name_mismatch)],
    )


def put_receipt(db: Database, *, submission_row: int, receipt_sha256: str, actor: str) -> None:
    db.execute(
        "INSERT INTO receipt (submission, issued_at, issued_by, receipt_sha256) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(submission) DO UPDATE SET "
        "issued_at = excluded.issued_at, issued_by = excluded.issued_by, "
        "receipt_sha256 = excluded.receipt_sha256",
        [submission_row, utc_now(), actor, receipt_sha256],
    )

