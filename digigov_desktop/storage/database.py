"""Opening the store: pragmas, migrations with a backup first, "too new" refused, backups.

Every write goes through `Store.transaction()`: BEGIN IMMEDIATE … COMMIT with
`synchronous=FULL` in WAL mode, so a crash or power cut loses at most the edit in flight.
A sqlite3 connection belongs to its thread: background work opens its own `Store`.

Reads run on the sqlite3 connection itself; the sqlite-utils `Database` that writers and
migrations use is made on first need, so opening an up-to-date store (the GUI's start-up)
does not pay for importing sqlite-utils.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digigov_desktop.errors import StorageError, StoreTooNewError
from digigov_desktop.fileio import disk_full
from digigov_desktop.storage import migrations as _migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5_000
DEFAULT_KEEP_BACKUPS = 5
SQLITE_HEADER = b"SQLite format 3\x00"

# sqlite3 primary result codes we present to the user as environment faults.
_ERROR_CODES = {
    5: "STORE_LOCKED",  # SQLITE_BUSY
    6: "STORE_LOCKED",  # SQLITE_LOCKED
    8: "STORE_READ_ONLY",  # SQLITE_READONLY
    10: "STORE_IO_ERROR",  # SQLITE_IOERR
    11: "STORE_CORRUPT",  # SQLITE_CORRUPT
    13: "DISK_FULL",  # SQLITE_FULL
    14: "STORE_CANNOT_OPEN",  # SQLITE_CANTOPEN
    23: "STORE_READ_ONLY",  # SQLITE_AUTH
    26: "NOT_A_DATABASE",  # SQLITE_NOTADB
}


def storage_error(exc: sqlite3.Error, path: Path | str) -> StorageError:
    """Turn a sqlite3 error into a typed, user-presentable `StorageError`."""
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    code = _ERROR_CODES.get(primary)
    if code is None:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            code = "STORE_LOCKED"
        elif "readonly" in text or "read-only" in text:
            code = "STORE_READ_ONLY"
        elif "disk" in text and "full" in text:
            code = "DISK_FULL"
        elif "not a database" in text:
            code = "NOT_A_DATABASE"
        else:
            code = "STORE_ERROR"
    folder = Path(path).parent
    if code in ("STORE_IO_ERROR", "STORE_CANNOT_OPEN", "STORE_ERROR") and disk_full(folder):
        # SQLite reports a full disk as an I/O error when it cannot create the -shm or
        # -journal file; the user needs to hear that the disk is full, and where.
        code = "DISK_FULL"
    return StorageError(f"{path}: {exc}", code=code, path=str(path), folder=str(folder),
                        detail=str(exc))


@contextlib.contextmanager
def translate_errors(path: Path | str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (sqlite3 types `lastrowid` as optional)."""
    if cursor.lastrowid is None:
        raise RuntimeError("the statement inserted no row")
    return cursor.lastrowid


def utc_now() -> str:
    """ISO-8601 UTC timestamp with milliseconds, the one format stored everywhere."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Store:
    """An open, migrated database. Use `open_store()` to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection,
                 schema: _migrations.Schema = _migrations.AGENCY) -> None:
        self.path = path
        self.conn = conn
        self.schema = schema
        self._db: Database | None = None
        self._depth = 0

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection (imported on first use)."""
        if self._db is None:
            from sqlite_utils import Database

            # recursive_triggers is already on (_connect); plugins are not ours to run.
            self._db = Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic, durable write. Faults become `StorageError`; nothing half-written.

        Nested use joins the outer transaction (a use case made of others, such as
        recording a consensus through the normal save-answer path, commits once).
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        with translate_errors(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.db
            except BaseException:
                self._depth = 0
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self._depth = 0
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Rows of a read-only statement as dicts (column name → value)."""
        with translate_errors(self.path):
            cursor = self.conn.execute(sql, params)
            if cursor.description is None:
                raise ValueError("query() is for statements that return rows")
            keys = [d[0] for d in cursor.description]
            return [dict(zip(keys, row, strict=True)) for row in cursor]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def integrity_ok(self) -> bool:
        with translate_errors(self.path):
            return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def backup_to(self, target: Path) -> Path:
        """Consistent copy through SQLite's online backup API (safe while in use)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        with translate_errors(target):
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
        tmp.replace(target)
        return target

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (Store.transaction,
    # Migrations.apply via db.atomic()), so Python never opens hidden transactions.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it
    return conn


def _enable_wal(conn: sqlite3.Connection, path: Path) -> None:
    # Only once the file is known to be ours: switching to WAL rewrites the header.
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":  # e.g. on some network shares; still safe, just slower
        log.warning("WAL not available for %s (journal_mode=%s)", path, mode)


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StorageError(f"{path}: not a DigiGov database", code="NOT_A_DATABASE", path=str(path))


def open_store(
    path: Path | str,
    *,
    backups_dir: Path | None = None,
    keep_backups: int = DEFAULT_KEEP_BACKUPS,
    rolling_backup: bool = False,
    create: bool = True,
    schema: _migrations.Schema = _migrations.AGENCY,
    store_class: type[Store] = Store,
) -> Store:
    """Open (and create, and migrate) the store at `path`.

    Args:
        path: the database file.
        backups_dir: where backups go (default: `backups/` beside the file).
        keep_backups: how many rolling backups to keep.
        rolling_backup: take a rolling backup now (the GUI does, on its thread pool, once
            its window is up: ui.launcher.after_start).
        create: create the file when it does not exist.
        schema: which kind of store (the agency's, or the coordinator's central one).
        store_class: `Store` or a subclass (the central store adds its interface).

    Raises:
        StoreTooNewError: written by a newer version; the file is left untouched.
        StorageError: not a database, not ours, locked, read-only, disk full.
    """
    path = Path(path).expanduser()
    backups_dir = backups_dir or path.parent / "backups"
    if not path.exists() and not create:
        raise StorageError(f"{path}: no such database", code="STORE_NOT_FOUND", path=str(path))
    _check_header(path)
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh:
        with translate_errors(path):
            path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    store = store_class(path, conn, schema)
    try:
        _prepare(store, fresh=fresh, backups_dir=backups_dir, schema=schema)
        if rolling_backup and not fresh:
            take_rolling_backup(store, backups_dir, keep=keep_backups)
    except BaseException:
        store.close()
        raise
    return store


def _prepare(
    store: Store, *, fresh: bool, backups_dir: Path, schema: _migrations.Schema
) -> None:
    conn = store.conn
    with translate_errors(store.path):
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone()
        if not fresh and tables and app_id != schema.application_id:
            other = {m.application_id: m.kind for m in (_migrations.AGENCY, _migrations.CENTRAL)}
            raise StorageError(
                f"{store.path}: not a DigiGov {schema.kind} database"
                + (f" (it is a {other[app_id]} database)" if app_id in other else ""),
                code="WRONG_KIND_OF_DATABASE" if app_id in other else "NOT_A_DATABASE",
                path=str(store.path),
                expected=schema.kind,
            )
        applied = schema.applied_names(conn)
        known = schema.known_names()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreTooNewError(
                f"{store.path}: written by a newer version of DigiGov Desktop "
                f"(unknown schema steps: {', '.join(unknown)})",
                path=str(store.path),
                steps=unknown,
            )
        _enable_wal(conn, store.path)
        pending = [name for name in known if name not in applied]
        if not pending:
            return
        if applied:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            target = backups_dir / f"{store.path.stem}-before-{pending[0]}-{stamp}.sqlite"
            store.backup_to(target)
            log.info("backed up %s to %s before migrating", store.path, target)
        schema.migrations.apply(store.db)
        conn.execute(f"PRAGMA application_id = {schema.application_id}")
        conn.execute(f"PRAGMA user_version = {len(known)}")


def preload_writer() -> None:
    """Import sqlite-utils now (the first write needs it; start-up does not)."""
    import sqlite_utils  # noqa: F401 - loaded ahead of the first write


def take_rolling_backup(store: Store, backups_dir: Path, *, keep: int) -> Path | None:
    """Copy the store to `backups_dir/<stem>-<timestamp>.sqlite`, keeping the newest `keep`."""
    if keep <= 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = store.backup_to(backups_dir / f"{store.path.stem}-auto-{stamp}.sqlite")
    rolling = sorted(backups_dir.glob(f"{store.path.stem}-auto-*.sqlite"))
    for old in rolling[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target
