"""Several coordinators, one store: races between real processes, regions enforced by the
PostgreSQL server (row-level security), moving a SQLite store in, live change notices, TLS.

Everything runs against real parts: the session's throwaway PostgreSQL cluster
(tests/pg_cluster.py), real signed PDFs of the shared campaign, the real `digigov` CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import numpy as np
import psycopg
import pytest
from campaign import AGENCY_PASS, enrol, shared_campaign, shared_import

from digigov_desktop.errors import StorageError
from digigov_desktop.services import dashboard
from digigov_desktop.services.central_store import Watcher, grant
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.export import export_submission
from digigov_desktop.services.import_ import Importer, summary
from digigov_desktop.storage import central

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    return shared_campaign(tmp_path_factory)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    return shared_import(tmp_path_factory)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "digigov_desktop.cli", *args]


def test_two_import_processes_at_once_store_each_file_once(campaign, imported, new_central):
    """The same folder imported by two `digigov import` processes started together: every
    file stored once, both print their JSON, the loser reports the winner's files as
    duplicates (as a later import would), the rejections are the same in both."""
    _, reference = imported
    ref = summary(reference)
    target = new_central()
    central.open_central(target).close()  # created up front, as a coordinator would
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = _cli("import", "--central", target, "--ca", str(campaign.authority.folder),
                   "--json", str(campaign.inbox))
    children = [subprocess.Popen([*command, "--by", f"coord-{i}"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env, text=True)
                for i in range(2)]
    outputs = [child.communicate(timeout=300) for child in children]
    reports = []
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 3, err  # rejected files among them, nothing else
        reports.append(json.loads(out))
    assert sum(r["accepted"] for r in reports) == ref["accepted"]
    assert sum(r["duplicates"] for r in reports) == ref["accepted"] + 2 * ref["duplicates"]
    assert sum(r["superseded"] for r in reports) == ref["superseded"]
    for report in reports:
        assert sorted((r["file"], r["reason"]) for r in report["rejected"]) == sorted(
            (r["file"], r["reason"]) for r in ref["rejected"])
    with central.open_central(target) as store:
        assert central.count(store, "submission") == ref["accepted"]
        assert central.count(store, "stored_file") == ref["accepted"]
        assert central.count(store, "import_log") == 2 * len(reference)
        actors = Counter(r["actor"] for r in central.import_log(store))
        assert actors == {"coord-0": len(reference), "coord-1": len(reference)}
        current = store.query("SELECT submission_id, count(*) AS n FROM submission "
                              "WHERE superseded_by IS NULL GROUP BY submission_id")
        assert all(r["n"] == 1 for r in current)


def _revisions(authority, folder: Path, count: int) -> list[Path]:
    agency = enrol(authority, folder, "AG-RACE", seed=77)
    service = EvaluationService(agency.store, actor="test")
    files = []
    for revision in range(1, count + 1):
        # demo cycles are on the newest pack: a level off the ticked criteria needs a reason
        service.save_answer(1, "R4.1", level=revision % 6, rationale=f"revisión {revision}",
                            target=5, override_justification=f"Acta {revision} del comité")
        out = folder / f"r{revision}.pdf"
        export_submission(agency.store, out=out, passphrase=AGENCY_PASS)
        files.append(out)
    agency.store.close()
    return files


def test_revisions_raced_by_two_coordinators_keep_one_current(authority, new_central,
                                                              tmp_path):
    """r2 and r3 of one submission imported at the same instant by two coordinators (two
    connections, one thread each): whatever the interleaving, r3 is the one current
    revision and r2 is either superseded by it or refused as stale."""
    r1, r2, r3 = _revisions(authority, tmp_path, 3)
    for _round in range(3):
        target = new_central()
        with central.open_central(target) as store:
            Importer(store, authority).import_file(r1)
        barrier = threading.Barrier(2)
        outcomes: dict[str, str] = {}

        def run(path: Path, target=target, barrier=barrier, outcomes=outcomes) -> None:
            with central.open_central(target) as own:
                importer = Importer(own, authority, actor=path.stem)
                barrier.wait()
                outcomes[path.stem] = importer.import_file(path).outcome

        threads = [threading.Thread(target=run, args=(p,)) for p in (r2, r3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert outcomes["r3"] == "ACCEPTED"
        assert outcomes["r2"] in ("ACCEPTED", "STALE_REVISION")
        with central.open_central(target) as store:
            rows = store.query("SELECT revision, superseded_by IS NULL AS current "
                               "FROM submission ORDER BY revision")
            assert [r["revision"] for r in rows if r["current"]] == [3]
            assert len(central.counting_submissions(store)) == 1


# --- regions enforced by the server --------------------------------------------------


@pytest.fixture(scope="module")
def shared_store(pg_cluster, campaign):
    """The campaign imported into a PostgreSQL store by its owner (the central team)."""
    url = pg_cluster.create_database("regions", template="digigov_template")
    with central.open_central(url) as store:
        list(Importer(store, campaign.authority, actor="central").run([campaign.inbox]))
        regions = sorted({r["region"] for r in store.query("SELECT region FROM submission")})
    return url, regions


def _as(pg_cluster, url: str, role: str) -> str:
    return pg_cluster.url(psycopg.conninfo.conninfo_to_dict(url)["dbname"], user=role)


def test_a_regional_role_sees_nothing_of_other_regions(pg_cluster, shared_store):
    url, regions = shared_store
    mine = regions[0]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(_cli("central", "grant", "--central", url, "--role", "coord_north",
                               "--region", mine, "--json"),
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["coord_north"] == [mine]
    bad = subprocess.run(_cli("central", "grant", "--central", url, "--role", "x",
                              "--region", "XX-99"), capture_output=True, text=True, env=env)
    assert bad.returncode == 2
    with psycopg.connect(url) as owner:
        owner.execute("ANALYZE")  # statistics exist: they must not leak either
        every = owner.execute("SELECT count(*) FROM submission").fetchone()[0]
        tables = [r[0] for r in owner.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
        foreign = {r[0] for r in owner.execute(
            "SELECT submission_id FROM submission WHERE region <> %s", [mine])}
        foreign_files = {r[0] for r in owner.execute(
            "SELECT file_sha256 FROM submission WHERE region <> %s", [mine])}
        foreign_ids = {r[0] for r in owner.execute(
            "SELECT id FROM submission WHERE region <> %s", [mine])}
    assert foreign and set(tables) >= {"submission", "score", "stored_file", "import_log",
                                       "receipt", "counting_submission"}
    with psycopg.connect(_as(pg_cluster, url, "coord_north")) as conn:
        seen = 0
        for table in tables:
            try:
                rows = conn.execute(f"SELECT * FROM {table}").fetchall()
            except psycopg.errors.InsufficientPrivilege:
                conn.rollback()
                continue
            text = repr(rows)
            assert not any(sid in text for sid in foreign), table
            assert not any(sha in text for sha in foreign_files), table
            seen += len(rows)
        own = conn.execute("SELECT id, region FROM submission").fetchall()
        assert own and {r[1] for r in own} == {mine} and len(own) < every
        assert not foreign_ids & {r[0] for r in conn.execute("SELECT submission FROM score")}
        assert conn.execute("SELECT count(*) FROM import_log").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM pg_stats WHERE tablename IN "
                            "('submission', 'score', 'stored_file')").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM submission")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE submission DISABLE ROW LEVEL SECURITY")
        conn.rollback()
        assert conn.execute("UPDATE submission SET superseded_by = NULL WHERE region <> %s",
                            [mine]).rowcount == 0
    assert seen > 0


def test_a_regional_coordinator_imports_only_its_region(pg_cluster, campaign, tmp_path):
    url = pg_cluster.create_database("regional_import", template="digigov_template")
    files = sorted(campaign.inbox.glob("AG-0[1-6].pdf"))
    regions = {}
    for path in files:
        with central.open_central(new := pg_cluster.create_database(
                f"probe_{path.stem.replace('-', '_').lower()}", template="digigov_template")
                ) as probe:
            result = Importer(probe, campaign.authority).import_file(path)
            regions[path] = probe.query_one("SELECT region FROM submission")["region"]
        assert result.accepted, new
    mine = regions[files[0]]
    grant(url, role="coord_one", regions=[mine])
    with central.open_central(_as(pg_cluster, url, "coord_one")) as store:
        results = [p.result for p in Importer(store, campaign.authority, actor="ana").run(files)]
        outcomes = {r.path: r.outcome for r in results}
    for path in files:
        assert outcomes[path] == ("ACCEPTED" if regions[path] == mine else "OUTSIDE_REGION")
    assert "OUTSIDE_REGION" in outcomes.values()
    with central.open_central(url) as owner:
        stored = owner.query("SELECT region, db_role, imported_by FROM submission")
        assert stored and {(r["region"], r["db_role"], r["imported_by"]) for r in stored} == {
            (mine, "coord_one", "ana")}
        log = owner.query("SELECT outcome, db_role FROM import_log")
        assert {r["db_role"] for r in log} == {"coord_one"} and len(log) == len(files)
        assert central.count(owner, "stored_file") == len(stored)
    # the CLI says it in one sentence, in both languages, and stores nothing
    outside = next(p for p in files if regions[p] != mine)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(_cli("--lang", "es", "import", "--central",
                               _as(pg_cluster, url, "coord_one"), "--ca",
                               str(campaign.authority.folder), str(outside)),
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 3 and "fuera de su región" in done.stdout, done.stdout


# --- moving a store in, live notices, connections -------------------------------------


def _figures(store) -> tuple:
    data = dashboard.dashboard_data(store)
    return (data.columns, data.row_ids.tolist(), data.agency_codes, data.regions,
            np.nan_to_num(data.values, nan=-9).round(9).tolist())


def test_migrate_a_sqlite_store_into_postgresql(pg_cluster, imported, tmp_path):
    source, _ = imported
    url = pg_cluster.create_database("moved")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(_cli("central", "migrate", "--from", str(source.path), "--to", url,
                               "--json"), capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    tables = ("stored_file", "submission", "score", "submission_signature", "import_log",
              "receipt")
    assert report["counts"] == {t: central.count(source, t) for t in tables}
    assert report["files_checked"] == central.count(source, "stored_file")
    with central.open_central(url) as moved:
        assert {t: central.count(moved, t) for t in tables} == report["counts"]
        for row in source.query("SELECT file_sha256 FROM submission"):
            assert central.file_content(moved, row["file_sha256"]) == central.file_content(
                source, row["file_sha256"])
        assert _figures(moved) == _figures(source)
        assert central.counting_submissions(moved) == central.counting_submissions(source)
        some = central.counting_submissions(source)[0]["id"]
        assert central.signatures(moved, some) == central.signatures(source, some)
    again = subprocess.run(_cli("--lang", "en", "central", "migrate", "--from",
                                str(source.path), "--to", url),
                           capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 5 and "not empty" in again.stderr


def test_another_coordinators_import_is_announced_without_polling(pg_cluster, campaign):
    url = pg_cluster.create_database("live", template="digigov_template")
    heard: list[str] = []
    got = threading.Event()
    watcher = Watcher(url, lambda outcome: (heard.append(outcome), got.set()))
    try:
        assert watcher.active
        with central.open_central(url) as other:
            Importer(other, campaign.authority).import_file(campaign.inbox / "AG-01.pdf")
        assert got.wait(10)
        assert heard == ["ACCEPTED"]
    finally:
        watcher.stop()
    assert not Watcher(str(Path("/nonexistent/central.sqlite")), heard.append).active


def test_tls_to_the_server_is_verified(pg_cluster, tmp_path):
    url = pg_cluster.create_database("tls", template="digigov_template")
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("CREATE ROLE coord_tls LOGIN PASSWORD 'pw-tls-1'")
    grant(url, role="coord_tls", regions=["CL-RM"])
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_cluster.port}:tls:coord_tls:pw-tls-1\n")
    passfile.chmod(0o600)
    os.environ["PGPASSFILE"] = str(passfile)
    try:
        with central.open_central(pg_cluster.tls_url("tls", "coord_tls")) as store:
            assert store.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                   "pg_backend_pid()")["ssl"] is True
        from pg_cluster import make_tls

        (tmp_path / "other").mkdir()
        other_ca, _, _ = make_tls(tmp_path / "other", None)
        with pytest.raises(StorageError) as wrong:
            central.open_central(pg_cluster.tls_url("tls", "coord_tls", ca_file=other_ca))
        assert wrong.value.code == "STORE_CANNOT_OPEN"
    finally:
        del os.environ["PGPASSFILE"]
    with pytest.raises(StorageError) as weak:
        central.open_central("postgresql://coord_tls@db.example.org/x?sslmode=require")
    assert weak.value.code == "STORE_INSECURE"
    with pytest.raises(StorageError) as secret:
        central.open_central("postgresql://coord_tls:secret@127.0.0.1/tls")
    assert secret.value.code == "PASSWORD_IN_URL"


@pytest.mark.parametrize("lang, words", [("en", "libpq5"), ("es", "el paquete libpq5")])
def test_a_computer_without_libpq_is_told_what_to_install(tmp_path, pg_cluster, lang, words):
    """The Linux bundle uses the system's libpq: where it is missing, psycopg cannot load
    (here: asked for an implementation this machine lacks, as the bundle lacks libpq5), and
    `--central URL` ends with what IT should install, no traceback, nothing made."""
    url = pg_cluster.create_database(f"no_libpq_{lang}")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PSYCOPG_IMPL="c")
    done = subprocess.run(_cli("--lang", lang, "import-log", "--central", url),
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 5, done.stderr
    assert words in done.stderr and "Traceback" not in done.stderr
    # A password in the URL is refused by the module that could not load: the error never
    # carries the URL, so nothing logs it.
    probe = ("from digigov_desktop.errors import StorageError\n"
             "from digigov_desktop.storage import central\n"
             "try:\n    central.open_central('postgresql://ana:s3cret@127.0.0.1/x')\n"
             "except StorageError as exc:\n    print(exc.code, exc, exc.params)\n")
    said = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=60, check=True).stdout
    assert said.startswith("PG_CLIENT_MISSING ") and "s3cret" not in said
    assert list(tmp_path.iterdir()) == []
    with pg_cluster.admin(f"no_libpq_{lang}") as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_schema = 'public'").fetchone()[0] == 0
