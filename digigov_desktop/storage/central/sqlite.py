"""The embedded central store: one SQLite file, one coordinator (the default)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from digigov_desktop.storage.database import Store, open_store, translate_errors
from digigov_desktop.storage.migrations import CENTRAL

T = TypeVar("T")


class SqliteCentral(Store):
    """A `Store` with the central-store interface (`base.CentralStore`)."""

    kind = "sqlite"

    def atomic(self, fn: Callable[[Any], T]) -> T:
        # BEGIN IMMEDIATE takes the write lock first: the checks and the writes inside
        # see no other writer between them (other processes wait, up to busy_timeout).
        with self.transaction() as db:
            return fn(db)

    @contextlib.contextmanager
    def savepoint(self, db: Any) -> Iterator[None]:
        with translate_errors(self.path):
            self.conn.execute("SAVEPOINT one_file")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK TO one_file")
                self.conn.execute("RELEASE one_file")
                raise
            self.conn.execute("RELEASE one_file")

    def errors(self) -> contextlib.AbstractContextManager[None]:
        return translate_errors(self.path)


def open_sqlite(path: str | Path, **kwargs: Any) -> SqliteCentral:
    """Open (creating and migrating) a coordinator's central SQLite database."""
    store = open_store(path, schema=CENTRAL, store_class=SqliteCentral, **kwargs)
    assert isinstance(store, SqliteCentral)
    return store
