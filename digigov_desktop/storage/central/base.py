"""What a central store offers, whichever the backend (the services rely on this only)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from digigov_desktop.errors import StorageError

T = TypeVar("T")
URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(target: str | Path) -> bool:
    """True for a PostgreSQL connection URL (the shared store), False for a file path."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


class CentralStore(Protocol):
    """The interface both backends implement.

    `conn.execute(sql, params)` takes `?` placeholders on both backends and returns a
    cursor (`fetchone`, `fetchall`, iteration); `query`/`query_one` give dict rows.
    """

    kind: str  # "sqlite" | "postgresql"
    path: Any  # what error messages name: the file, or the URL (never with a password)
    conn: Any

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]: ...

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None: ...

    def transaction(self) -> contextlib.AbstractContextManager[Any]: ...

    def atomic(self, fn: Callable[[Any], T]) -> T:
        """Run `fn(db)` in one write transaction whose reads and writes are one atomic
        step against every other writer (SQLite: BEGIN IMMEDIATE; PostgreSQL:
        SERIALIZABLE, run again from the start on a serialization conflict)."""
        ...

    def savepoint(self, db: Any) -> contextlib.AbstractContextManager[None]:
        """A nested step inside `atomic`: an exception undoes only this step."""
        ...

    def errors(self) -> contextlib.AbstractContextManager[None]:
        """Turn this backend's errors into `StorageError` with a code."""
        ...

    def close(self) -> None: ...


class RowOutsideScope(StorageError):
    """The server refused a row under its row-level security (another region's data)."""

    code = "OUTSIDE_REGION"
