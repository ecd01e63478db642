"""The shared central store on a PostgreSQL server (several coordinators), with psycopg 3.

Connections: any libpq URL. A password never comes in the URL (it would sit on a command
line): libpq reads `PGPASSFILE`/`~/.pgpass`, or the caller passes one it asked for. To a
server not on this PC the connection is TLS with the server's certificate verified
(`sslmode=verify-full`, added when the URL does not say; anything weaker is refused).

Writes run SERIALIZABLE: the importer's "already there? newer revision?" reads and its
inserts form one step against every other coordinator, and the loser of a conflict is
run again from the start (`atomic`), when it sees the winner's rows.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pgerrors
from psycopg.conninfo import conninfo_to_dict

from digigov_desktop.errors import StorageError, StoreTooNewError
from digigov_desktop.storage.central import pg_schema
from digigov_desktop.storage.central.base import RowOutsideScope

log = logging.getLogger(__name__)
T = TypeVar("T")
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
CONFLICT_ATTEMPTS = 12


def _is_local(host: str) -> bool:
    return all(h.startswith("/") or h in LOCAL_HOSTS for h in host.split(","))


def checked_url(url: str) -> dict[str, Any]:
    """The connection parameters of `url`, refusing a password in it and, to another
    machine, anything less than TLS with the server's certificate verified."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise StorageError(f"{url}: {exc}", code="STORE_BAD_URL", path=url) from None
    if params.get("password"):
        raise StorageError(f"{_redact(url)}: a password in the URL", code="PASSWORD_IN_URL",
                           path=_redact(url))
    if not _is_local(str(params.get("host", "") or params.get("hostaddr", "") or "")):
        mode = params.setdefault("sslmode", "verify-full")
        if mode != "verify-full":
            raise StorageError(f"{url}: sslmode={mode}", code="STORE_INSECURE", path=url,
                               sslmode=mode)
    return params


def _redact(url: str) -> str:
    head, sep, tail = url.partition("@")
    if sep and ":" in head.split("//", 1)[-1]:
        scheme, _, cred = head.partition("//")
        return f"{scheme}//{cred.split(':', 1)[0]}:***@{tail}"
    return url


_CODES: list[tuple[type[BaseException], str]] = [
    (pgerrors.InsufficientPrivilege, "STORE_PERMISSION_DENIED"),
    (pgerrors.DiskFull, "DISK_FULL"),
    (pgerrors.ReadOnlySqlTransaction, "STORE_READ_ONLY"),
    (pgerrors.SerializationFailure, "STORE_LOCKED"),
    (pgerrors.DeadlockDetected, "STORE_LOCKED"),
    (pgerrors.LockNotAvailable, "STORE_LOCKED"),
    (psycopg.OperationalError, "STORE_CANNOT_OPEN"),
]


def storage_error(exc: psycopg.Error, target: str) -> StorageError:
    """A psycopg error as a typed, user-presentable `StorageError`."""
    code = next((c for kind, c in _CODES if isinstance(exc, kind)), "STORE_ERROR")
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, psycopg.OperationalError) and (
            "password" in text or "authentication" in text):
        code = "STORE_AUTH_FAILED"
    return StorageError(f"{target}: {text}", code=code, path=target, detail=text)


_RETRY = (pgerrors.SerializationFailure, pgerrors.DeadlockDetected, pgerrors.UniqueViolation)


class _Conn:
    """The psycopg connection with `?` placeholders, as the shared SQL is written."""

    def __init__(self, pg: psycopg.Connection) -> None:
        self.pg = pg

    @property
    def conn(self) -> _Conn:  # writers call db.conn.executemany, as on sqlite-utils
        return self

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Any = ()) -> psycopg.Cursor:
        return self.pg.execute(self._sql(sql), params or None)

    def executemany(self, sql: str, rows: Any) -> None:
        with self.pg.cursor() as cur:
            cur.executemany(self._sql(sql), rows)


class PostgresCentral:
    """A central store on a PostgreSQL server (`base.CentralStore`)."""

    kind = "postgresql"

    def __init__(self, url: str, pg: psycopg.Connection) -> None:
        self.path = _redact(url)
        self.url = url
        self.pg = pg
        self.conn = _Conn(pg)

    @property
    def db(self) -> _Conn:
        return self.conn

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except _RETRY as exc:
            if self.pg.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                raise  # inside atomic(): it runs the whole step again
            raise storage_error(exc, self.path) from exc
        except psycopg.Error as exc:
            raise self._fault(exc) from exc

    def _fault(self, exc: psycopg.Error) -> Exception:
        """What to raise for a psycopg error: a row outside the role's regions, or else the
        store's `StorageError`."""
        if isinstance(exc, pgerrors.InsufficientPrivilege) and "row-level security" in str(exc):
            return RowOutsideScope(str(exc))
        return storage_error(exc, self.path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_Conn]:
        with self.errors(), self.pg.transaction():
            self.pg.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
            yield self.conn

    def atomic(self, fn: Callable[[Any], T]) -> T:
        for attempt in range(CONFLICT_ATTEMPTS):
            try:
                with self.pg.transaction():
                    self.pg.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
                    return fn(self.conn)
            except _RETRY as exc:
                if attempt == CONFLICT_ATTEMPTS - 1:
                    raise storage_error(exc, self.path) from exc
                log.debug("conflict with another writer (%s); again", type(exc).__name__)
                time.sleep(random.uniform(0.001, 0.01) * (attempt + 1))
            except psycopg.Error as exc:
                raise self._fault(exc) from exc
        raise AssertionError("unreachable")

    @contextlib.contextmanager
    def savepoint(self, db: Any) -> Iterator[None]:
        with self.errors(), self.pg.transaction():
            yield

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        with self.errors():
            cursor = self.conn.execute(sql, params)
            if cursor.description is None:
                raise ValueError("query() is for statements that return rows")
            keys = [d.name for d in cursor.description]
            return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self.pg.close()

    def __enter__(self) -> PostgresCentral:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(url: str, *, password: str | None = None, autocommit: bool = True
            ) -> psycopg.Connection:
    """A psycopg connection to `url` (checked), faults as `StorageError`."""
    params = checked_url(url)
    if password:
        params["password"] = password
    params.setdefault("connect_timeout", 10)
    params.setdefault("application_name", "digigov")
    try:
        return psycopg.connect(**params, autocommit=autocommit)
    except psycopg.Error as exc:
        raise storage_error(exc, _redact(url)) from exc


def open_postgres(url: str, *, password: str | None = None, create: bool = True
                  ) -> PostgresCentral:
    """Connect and bring the schema up to date (refusing a store written by a newer
    version). `create=False` refuses a database that holds no DigiGov store yet."""
    store = PostgresCentral(url, connect(url, password=password))
    try:
        migrate(store, create=create)
    except BaseException:
        store.close()
        raise
    return store


def migrate(store: PostgresCentral, *, create: bool = True) -> list[str]:
    """Apply the pending schema steps, each in its own transaction; the names applied."""
    pg = store.pg
    known = pg_schema.known_names()
    with store.errors():
        found = pg.execute("SELECT to_regclass('digigov_schema_step')").fetchone()
        exists = found is not None and found[0] is not None
        applied = ([r[0] for r in pg.execute("SELECT name FROM digigov_schema_step "
                                               "ORDER BY name")] if exists else [])
    unknown = [n for n in applied if n not in known]
    if unknown:
        raise StoreTooNewError(f"{store.path}: written by a newer version of DigiGov Desktop "
                               f"(unknown schema steps: {', '.join(unknown)})",
                               path=store.path, steps=unknown)
    if len(applied) == len(known):
        return []
    if not exists and not create:
        raise StorageError(f"{store.path}: no DigiGov central store", code="STORE_NOT_FOUND",
                           path=store.path)
    done = []
    with store.errors():
        for name, statements in pg_schema.STEPS:
            with pg.transaction():
                pg.execute("SELECT pg_advisory_xact_lock(%s)", [pg_schema.MIGRATION_LOCK])
                pg.execute("CREATE TABLE IF NOT EXISTS digigov_schema_step (name TEXT "
                           "PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
                if pg.execute("SELECT 1 FROM digigov_schema_step WHERE name = %s",
                              [name]).fetchone():
                    continue  # applied meanwhile by another coordinator
                for statement in statements:
                    pg.execute(statement)
                pg.execute("INSERT INTO digigov_schema_step (name) VALUES (%s)", [name])
                done.append(name)
                log.info("applied schema step %s to %s", name, store.path)
    return done


class Listener:
    """Calls `on_change(outcome)` on its own thread for every import-log row any
    coordinator writes (LISTEN/NOTIFY, no polling of the tables) until `stop()`."""

    def __init__(self, url: str, on_change: Callable[[str], None], *,
                 password: str | None = None) -> None:
        self._pg = connect(url, password=password)
        self._pg.execute(f"LISTEN {pg_schema.NOTIFY_CHANNEL}")
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="central-listener",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                for note in self._pg.notifies(timeout=0.25):
                    self._on_change(note.payload)
        except psycopg.Error as exc:
            if not self._stop.is_set():
                log.warning("central store listener stopped: %s", exc)
        finally:
            with contextlib.suppress(psycopg.Error):
                self._pg.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
