"""The SQLite store: pragmas, transactions, refusal of foreign or newer files, backups, faults."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest

from digigov_desktop.errors import StorageError, StoreTooNewError
from digigov_desktop.storage import migrations
from digigov_desktop.storage.database import open_store, take_rolling_backup


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_wal_with_full_sync_and_foreign_keys(tmp_path):
    with open_store(tmp_path / "a.sqlite") as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.known_names())
        assert {"agency", "cycle", "answer", "evidence", "audit", "submission"} <= set(
            store.db.table_names()
        )
        assert store.integrity_ok()


def test_reopen_applies_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "a.sqlite"
    with open_store(path) as store, store.transaction() as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('k', '1')")
    with open_store(path) as store:
        assert store.query_one("SELECT value FROM setting WHERE key = 'k'") == {"value": "1"}
        assert len(store.query("SELECT * FROM _sqlite_migrations")) == len(
            migrations.known_names()
        )
    assert not (tmp_path / "backups").exists()  # nothing to migrate, so no backup


def test_transaction_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert store.query("SELECT * FROM setting") == []
    assert not store.conn.in_transaction


def test_constraint_violation_becomes_storage_error_and_nothing_is_written(store):
    with pytest.raises(StorageError), store.transaction() as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        db.execute("INSERT INTO agency (code, name, created_at, updated_at) "
                   "VALUES ('', 'x', 'now', 'now')")  # CHECK fails
    assert store.query("SELECT * FROM setting") == []


def test_audit_log_is_append_only(store):
    with store.transaction() as db:
        db.execute("INSERT INTO audit (at, action, entity, key) VALUES ('t', 'a', 'e', 'k')")
    with pytest.raises(StorageError), store.transaction() as db:
        db.execute("UPDATE audit SET action = 'changed'")
    with pytest.raises(StorageError), store.transaction() as db:
        db.execute("DELETE FROM audit")
    assert store.query("SELECT action FROM audit") == [{"action": "a"}]


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    with open_store(path) as store, store.transaction() as db:
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, '9999_from_the_future', 'later')",
            [migrations.MIGRATION_SET],
        )
    before = _sha(path)
    with pytest.raises(StoreTooNewError) as info:
        open_store(path)
    assert info.value.code == "STORE_TOO_NEW"
    assert "9999_from_the_future" in str(info.value)
    assert _sha(path) == before


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("just some text, not SQLite")
    with pytest.raises(StorageError) as info:
        open_store(path)
    assert info.value.code == "NOT_A_DATABASE"
    assert path.read_text() == "just some text, not SQLite"


def test_another_applications_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(StorageError) as info:
        open_store(path)
    assert info.value.code == "NOT_A_DATABASE"
    assert _sha(path) == before


def test_missing_database_when_not_creating(tmp_path):
    with pytest.raises(StorageError) as info:
        open_store(tmp_path / "none.sqlite", create=False)
    assert info.value.code == "STORE_NOT_FOUND"
    assert not (tmp_path / "none.sqlite").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="POSIX file permissions (root ignores them; Windows has none)")
def test_read_only_file_is_a_clear_error(tmp_path):
    path = tmp_path / "ro.sqlite"
    open_store(path).close()
    path.chmod(stat.S_IRUSR)
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(StorageError) as info:
            with open_store(path) as store, store.transaction() as db:
                db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        assert info.value.code in {"STORE_READ_ONLY", "STORE_CANNOT_OPEN"}
    finally:
        tmp_path.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_connection_write_is_a_clear_error(tmp_path):
    """Works as root too: SQLite itself refuses writes on a read-only connection."""
    path = tmp_path / "ro.sqlite"
    open_store(path).close()
    from digigov_desktop.storage.database import Store

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    store = Store(path, conn)
    with pytest.raises(StorageError) as info, store.transaction() as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
    assert info.value.code == "STORE_READ_ONLY"
    store.close()


def test_locked_database_is_a_clear_error(tmp_path, monkeypatch):
    from digigov_desktop.storage import database

    path = tmp_path / "locked.sqlite"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
        with pytest.raises(StorageError) as info:
            with open_store(path) as store, store.transaction() as db:
                db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        assert info.value.code == "STORE_LOCKED"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_rolling_backups_keep_the_newest(tmp_path):
    with open_store(tmp_path / "a.sqlite") as store:
        with store.transaction() as db:
            db.execute("INSERT INTO setting (key, value) VALUES ('k', '\"v\"')")
        made = [take_rolling_backup(store, tmp_path / "backups", keep=3) for _ in range(5)]
    kept = sorted((tmp_path / "backups").glob("a-auto-*.sqlite"))
    assert kept == sorted(made[-3:])
    with open_store(kept[-1]) as copy:
        assert copy.query_one("SELECT value FROM setting") == {"value": '"v"'}
        assert copy.integrity_ok()


def test_rolling_backup_on_open(tmp_path):
    path = tmp_path / "a.sqlite"
    open_store(path).close()
    open_store(path, rolling_backup=True, keep_backups=2).close()
    assert len(list((tmp_path / "backups").glob("a-auto-*.sqlite"))) == 1


def test_disk_full_is_a_clear_error_and_the_store_stays_usable(tmp_path):
    """SQLite's max_page_count makes it answer exactly as on a full disk (SQLITE_FULL)."""
    with open_store(tmp_path / "full.sqlite") as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(StorageError) as info, store.transaction() as db:
            db.execute("INSERT INTO blob (sha256, size, content) VALUES (?, ?, ?)",
                       ["a" * 64, 1, b"x" * 200_000])
        assert info.value.code == "DISK_FULL"
        assert store.query("SELECT * FROM blob") == []
        with store.transaction() as db:  # small writes still work once space is there
            db.execute("INSERT INTO setting (key, value) VALUES ('ok', '1')")
        assert store.integrity_ok()
