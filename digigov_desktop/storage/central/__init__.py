"""The coordinator's central store: one interface, two backends.

`open_central(target)` picks the backend from the value: a file path opens the embedded
SQLite store (one coordinator, `sqlite.py`), a `postgresql://` URL the shared PostgreSQL
store (several coordinators, `postgres.py`). Both hand back an object with the interface
of `base.CentralStore`; the queries in `queries.py` are written once, in the SQL both
understand, and the services never learn which backend they talk to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from digigov_desktop.errors import StorageError
from digigov_desktop.storage.central.base import CentralStore, RowOutsideScope, is_url
from digigov_desktop.storage.central.queries import (
    append_import_log,
    by_file_sha256,
    competing,
    count,
    counting_agencies,
    counting_submissions,
    current_meta,
    current_triples,
    current_values,
    cycles,
    file_content,
    filter_choices,
    find_submission,
    import_log,
    insert_submission,
    mark_superseded,
    put_file,
    put_receipt,
    put_signatures,
    revisions,
    scores_of,
    signatures,
    submission,
)

__all__ = [
    "CentralStore", "RowOutsideScope", "append_import_log", "by_file_sha256", "competing", "count",
    "counting_agencies", "counting_submissions", "current_meta", "current_triples",
    "current_values", "cycles", "file_content", "filter_choices", "find_submission",
    "import_log", "insert_submission", "is_url", "mark_superseded", "open_central",
    "put_file", "put_receipt", "put_signatures", "revisions", "scores_of",
    "signatures", "submission",
]


def open_central(target: str | Path, *, password: str | None = None, **kwargs: Any):
    """Open (creating and migrating) a central store: a SQLite file or a PostgreSQL URL.

    Args:
        target: a path, or a libpq URL (`postgresql://user@host/db`, also
            `postgresql://user@/db?host=/socket/dir&port=N`).
        password: PostgreSQL only; otherwise libpq's own sources (`PGPASSFILE`).
        kwargs: SQLite only: `create`, `backups_dir`, ... as `open_store`.
    """
    if is_url(target):
        try:
            from digigov_desktop.storage.central.postgres import open_postgres
        except ImportError as exc:  # psycopg found no libpq (the Linux bundle uses the system's)
            # Not the URL: the check that refuses a password in it is in the module that failed.
            raise StorageError(f"no PostgreSQL client library: {exc}",
                               code="PG_CLIENT_MISSING") from None

        return open_postgres(str(target), password=password,
                             create=kwargs.get("create", True))
    from digigov_desktop.storage.central.sqlite import open_sqlite

    return open_sqlite(target, **kwargs)
