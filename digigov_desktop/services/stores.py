"""Opening the stores: the one factory both front ends, and their worker threads, use.

A sqlite3 connection belongs to the thread that opened it, so background work never
borrows the GUI's store: it takes a `StoreRef` (a plain, picklable description of the
store) and opens a connection of its own with `StoreRef.open()`. The front ends never
import `digigov_desktop.storage`; `Store` is re-exported here as the opaque handle they
pass back into the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from digigov_desktop.storage import migrations as _migrations
from digigov_desktop.storage.database import Store, open_store, preload_writer

AGENCY: Literal["agency"] = "agency"
CENTRAL: Literal["central"] = "central"
Kind = Literal["agency", "central"]

_SCHEMAS = {AGENCY: _migrations.AGENCY, CENTRAL: _migrations.CENTRAL}


def open_agency(path: Path | str, *, create: bool = True) -> Store:
    """Open (creating and migrating when needed) an agency's evaluation store.

    Raises:
        StorageError: missing (with `create=False`), not ours, locked, read-only, too new.
    """
    return open_store(path, create=create)


def open_central(target: Path | str, *, create: bool = True,
                 ask_password: Callable[[str], str | None] | None = None) -> Any:
    """Open (creating and migrating when needed) a coordinator's central store: a SQLite
    file, or a `postgresql://` URL of the store several coordinators share; a server that
    wants a password libpq does not have gets `ask_password(url)`'s (see
    `central_store.open_central_store`).

    Raises:
        StorageError: as `open_agency`; for a server, unreachable or refused.
    """
    from digigov_desktop.services.central_store import open_central_store

    return open_central_store(target, create=create, ask_password=ask_password)


def is_shared(target: Path | str) -> bool:
    """True for a `postgresql://` URL (a shared store), False for a file path."""
    from digigov_desktop.services.central_store import is_shared as shared

    return shared(target)


def kind_of(store: Any) -> Kind:
    """Which kind of store this is ("agency" or "central")."""
    if getattr(store, "kind", "sqlite") == "postgresql":
        return CENTRAL
    return CENTRAL if store.schema is _migrations.CENTRAL else AGENCY


@dataclass(frozen=True)
class StoreRef:
    """Where a store lives and which kind it is: what a worker thread needs to open it."""

    path: Path | str  # a file, or the URL of a shared central store
    kind: Kind = AGENCY

    @classmethod
    def of(cls, store: Any) -> StoreRef:
        if getattr(store, "kind", "sqlite") == "postgresql":
            return cls(store.url, CENTRAL)
        return cls(Path(store.path), kind_of(store))

    @property
    def shared(self) -> bool:
        return isinstance(self.path, str)

    def open(self) -> Any:
        """A new connection to the existing store, for the calling thread only.

        Raises:
            StorageError: the file is gone, locked or unreadable; the server unreachable.
        """
        if self.kind == CENTRAL:
            return open_central(self.path, create=False)
        return open_store(self.path, create=False)


def start_up_backup(ref: StoreRef) -> None:
    """The rolling start-up backup (SQLite's online backup: safe while another connection
    edits), and the storage layer's writer imports, so that the first edit does not wait
    for them. Meant for a worker thread, once the window is up."""
    preload_writer()
    open_store(ref.path, schema=_SCHEMAS[ref.kind], create=False, rolling_backup=True).close()


__all__ = ["AGENCY", "CENTRAL", "Kind", "Store", "StoreRef", "kind_of", "open_agency",
           "is_shared", "open_central", "start_up_backup"]
