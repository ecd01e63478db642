"""Upgrading stored databases of every released schema (tests/fixtures/db-<step>.sqlite)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from digigov_desktop.domain.evaluation import CycleState
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.storage import migrations
from digigov_desktop.storage.database import open_store

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("db-*.sqlite"))


def test_there_is_a_fixture_per_released_schema():
    # Every schema step except possibly the newest (not yet released) has its fixture.
    names = migrations.known_names()
    have = {p.stem.removeprefix("db-") for p in RELEASED}
    assert have, "no stored databases of released schemas"
    assert have <= set(names)
    assert set(names[:-1]) <= have


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_upgrade_keeps_every_row_and_backs_up_first(fixture, tmp_path, framework):
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    answers_before = _rows(path, "SELECT * FROM answer ORDER BY element_id")
    audit_before = _rows(path, "SELECT count(*) FROM audit")[0][0]
    applied_before = [r[0] for r in _rows(path, "SELECT name FROM _sqlite_migrations")]
    pending = [n for n in migrations.known_names() if n not in applied_before]

    with open_store(path) as store:
        assert [m["name"] for m in store.query("SELECT name FROM _sqlite_migrations")] == (
            migrations.known_names()
        )
        assert store.integrity_ok()
        service = EvaluationService(store, actor="test")
        cycle = service.current_cycle()
        assert cycle is not None and cycle.state == CycleState.READY
        status = service.status(cycle.id)
        assert status.scores.overall.completion.ratio == 1.0
        assert status.ready
        # the upgraded store takes new edits
        service.save_answer(cycle.id, "R1.1", level=2, rationale="after upgrade")
    assert _rows(path, "SELECT count(*) FROM audit")[0][0] == audit_before + 1
    after = {r[1]: r for r in _rows(path, "SELECT * FROM answer ORDER BY element_id")}
    for row in answers_before:
        if row[1] != "R1.1":
            assert after[row[1]][:7] == row[:7]

    backups = list((tmp_path / "backups").glob("old-before-*.sqlite"))
    if pending:
        assert len(backups) == 1 and pending[0] in backups[0].name
        assert _rows(backups[0], "SELECT * FROM answer ORDER BY element_id") == answers_before
        assert [r[0] for r in _rows(backups[0], "SELECT name FROM _sqlite_migrations")] == (
            applied_before
        )
    else:
        assert backups == []


def test_a_failing_step_leaves_the_old_schema(tmp_path):
    """A migration that raises is rolled back whole; the file still opens with the old code."""
    fixture = RELEASED[0]
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    before = _rows(path, "SELECT name FROM sqlite_master ORDER BY name")

    schema = migrations.Schema("agency", migrations.MIGRATION_SET, migrations.APPLICATION_ID)
    for name in migrations.known_names():
        if name in [r[0] for r in _rows(path, "SELECT name FROM _sqlite_migrations")]:
            schema.step(name)(lambda db: None)

    @schema.step("9000_broken")
    def _step(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        open_store(path, schema=schema)
    assert _rows(path, "SELECT name FROM sqlite_master ORDER BY name") == before


def test_our_migration_bookkeeping_agrees_with_sqlite_utils(tmp_path):
    """`Schema.applied_names` reads sqlite-utils' own table; both must see the same steps."""
    from sqlite_utils import Database, Migrations

    assert migrations.MIGRATIONS_TABLE == Migrations.migrations_table
    for fixture in RELEASED:
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        conn = sqlite3.connect(path)
        try:
            ours = migrations.AGENCY.applied_names(conn)
            theirs = [m.name for m in migrations.AGENCY.migrations.applied(Database(conn))]
            pending = [m.name for m in migrations.AGENCY.migrations.pending(Database(conn))]
        finally:
            conn.close()
        assert ours == theirs and ours
        assert pending == [n for n in migrations.known_names() if n not in ours]


def test_opening_an_up_to_date_store_does_not_import_sqlite_utils(tmp_path):
    """The GUI's start-up path reads without sqlite-utils; a write brings it in."""
    import subprocess
    import sys

    path = tmp_path / "store.sqlite"
    open_store(path).close()
    code = (
        "import sys\n"
        "from digigov_desktop.storage.database import open_store\n"
        "from digigov_desktop.services.evaluations import EvaluationService\n"
        f"store = open_store({str(path)!r})\n"
        "EvaluationService(store).current_cycle()\n"
        "print('sqlite_utils' in sys.modules)\n"
        "EvaluationService(store).put_setting('x', 'y')\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parent.parent).stdout.split()
    assert out == ["False", "True"]


CENTRAL_RELEASED = sorted(FIXTURES.glob("central-*.sqlite"))


def test_there_is_a_fixture_per_released_central_schema():
    names = migrations.CENTRAL.known_names()
    have = {p.stem.removeprefix("central-") for p in CENTRAL_RELEASED}
    assert have and have <= set(names)
    assert set(names[:-1]) <= have


@pytest.mark.parametrize("fixture", CENTRAL_RELEASED, ids=lambda p: p.stem)
def test_central_upgrade_keeps_every_row_and_adds_the_name_flags(fixture, tmp_path):
    from digigov_desktop.storage import central

    path = tmp_path / "central.sqlite"
    shutil.copy(fixture, path)
    submissions = _rows(path, "SELECT * FROM submission ORDER BY id")
    log = _rows(path, "SELECT * FROM import_log ORDER BY id")
    with central.open_central(path) as store:
        assert [m["name"] for m in store.query("SELECT name FROM _sqlite_migrations")] == (
            migrations.CENTRAL.known_names())
        assert store.integrity_ok()
        after = store.query("SELECT * FROM submission ORDER BY id")
        assert [tuple(r.values())[:len(submissions[0])] for r in after] == submissions
        names_added = fixture.stem < "central-0003"  # before 0003_registered_agency_name
        if names_added:  # rows from then on keep what the importer wrote (compared above)
            assert all(r["declared_agency_name"] is None for r in after)
        # the pack's SHA-256, from each payload (0004_framework_sha256); the first payloads
        # did not name it yet: NULL, as unknown
        named = [json.loads(r["payload"])["framework"].get("sha256") for r in after]
        assert [r["framework_sha256"] for r in after] == named
        if fixture.stem >= "central-0003":
            assert all(len(sha) == 64 for sha in named)
        rows = store.query("SELECT * FROM import_log ORDER BY id")
        assert [tuple(r.values())[:len(log[0])] for r in rows] == log
        if names_added:
            assert all(r["name_mismatch"] == 0 for r in rows)
        # the view still picks the counting submission, now with the new columns
        [counting] = store.query("SELECT * FROM counting_submission")
        assert counting["declared_agency_name"] == after[0]["declared_agency_name"]
        assert counting["framework_sha256"] == after[0]["framework_sha256"]
        with store.transaction() as db:  # the append-only log takes new rows, flagged
            central.append_import_log(db, actor="t", file_name="x.pdf", outcome="ACCEPTED",
                                      name_mismatch=True)
        with pytest.raises(Exception, match="append-only"), store.transaction() as db:
            db.execute("UPDATE import_log SET name_mismatch = 0")
    assert len(list((tmp_path / "backups").glob("central-before-*.sqlite"))) == 1
