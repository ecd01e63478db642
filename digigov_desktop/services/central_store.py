"""Which central store, and its administration: for both front ends (CLI and GUI).

A central store is named by one value: a file path (the embedded SQLite store of one
coordinator) or a `postgresql://` URL (the store several coordinators share). The other
services take the opened store and never learn which backend it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digigov_desktop.errors import StorageError
from digigov_desktop.storage import central

if TYPE_CHECKING:
    from digigov_desktop.storage.central.admin import MoveReport

ALL_REGIONS = "*"
AskPassword = Callable[[str], str | None]
# Passwords typed in this process (a GUI prompt, a terminal), by URL: the worker threads'
# connections and the listener reuse them. Kept in memory only, never written anywhere.
_passwords: dict[str, str] = {}


def target_of(value: str | Path) -> str | Path:
    """A `--central` value as given: a URL stays text, anything else is a path."""
    return str(value) if central.is_url(str(value)) else Path(value)


def is_shared(target: str | Path) -> bool:
    return central.is_url(target)


def open_central_store(target: str | Path, *, create: bool = True,
                       ask_password: AskPassword | None = None,
                       password: str | None = None) -> Any:
    """Open a central store. A server's password: `password`, else the one given earlier in
    this process for that URL, else libpq's (PGPASSFILE); when the server still wants one
    (STORE_AUTH_FAILED), `ask_password(url)` is asked once (None: give up). A password that
    opened the store is kept in memory for the next connections to it.

    Raises:
        StorageError: as `storage.central.open_central`; STORE_AUTH_FAILED when the server
            refuses the login (no password, or a wrong one).
    """
    if not is_shared(target):
        return central.open_central(target, create=create)
    url = str(target)
    password = password or _passwords.get(url)
    try:
        store = central.open_central(url, create=create, password=password)
    except StorageError as exc:
        if exc.code != "STORE_AUTH_FAILED" or ask_password is None:
            raise
        password = ask_password(url)
        if not password:
            raise
        store = central.open_central(url, create=create, password=password)
    if password:
        _passwords[url] = password
    return store


def needs_password(exc: BaseException) -> bool:
    """True when opening a shared store failed because the server wants a (right) password."""
    return isinstance(exc, StorageError) and exc.code == "STORE_AUTH_FAILED"


def grant(target: str, *, role: str, regions: Sequence[str], receipts: bool = False,
          ask_password: AskPassword | None = None) -> dict[str, list[str]]:
    """Let `role` read and import the agencies of `regions` (`ALL_REGIONS`: all) in the
    shared store; returns every role's regions afterwards."""
    _require_shared(target)
    with open_central_store(target, ask_password=ask_password) as store:
        from digigov_desktop.storage.central import admin  # psycopg: found once opened

        admin.grant(store, role, list(regions), may_receipt=receipts)
        return admin.regions_of(store)


def move_store(source: Path, target: str, *,
               ask_password: AskPassword | None = None) -> MoveReport:
    """Copy a SQLite central store into an empty shared one and verify the copy (row
    counts, every stored file's SHA-256). Returns `admin.MoveReport`."""
    _require_shared(target)
    with central.open_central(source, create=False) as src, \
            open_central_store(target, ask_password=ask_password) as dst:
        from digigov_desktop.storage.central import admin  # psycopg: found once opened

        return admin.move(src, dst)


def _require_shared(target: str | Path) -> None:
    if not is_shared(target):
        raise StorageError(f"{target}: not a PostgreSQL URL", code="STORE_NOT_SHARED",
                           path=str(target))


class Watcher:
    """Calls `on_change(outcome)` (on a background thread) whenever any coordinator adds
    to the shared store's import log; `stop()` ends it. For a SQLite store (one
    coordinator: this one) there is nothing to watch and `active` is False."""

    def __init__(self, target: str | Path, on_change: Callable[[str], None], *,
                 password: str | None = None) -> None:
        self._listener = None
        self._lock = threading.Lock()
        if is_shared(target):
            from digigov_desktop.storage.central.postgres import Listener

            self._listener = Listener(str(target), on_change,
                                      password=password or _passwords.get(str(target)))

    @property
    def active(self) -> bool:
        return self._listener is not None

    def stop(self) -> None:
        with self._lock:
            if self._listener is not None:
                self._listener.stop()
                self._listener = None
