"""A whole campaign end to end: 30 agencies enrolled by both routes export, the coordinator
imports one folder holding every kind of file; the import survives kill -9."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import deque
from concurrent.futures import Future
from pathlib import Path

import pytest
from campaign import CAMPAIGN_SIZE, shared_import

from digigov_desktop.domain.framework import load_framework
from digigov_desktop.services import import_, import_pool
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.import_ import Importer, summary
from digigov_desktop.signing.pades import read_payload
from digigov_desktop.storage import central
from digigov_desktop.storage.database import Store

ROOT = Path(__file__).resolve().parents[2]
# overall, pillars, recommendations, elements (of the pack the demo agencies start on)
SCORE_KEYS = 1 + 3 + 12 + len(load_framework().elements)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    return shared_import(tmp_path_factory)


def _rel(campaign, path: Path) -> str:
    return Path(path).relative_to(campaign.inbox).as_posix()


def _flat(payload: dict) -> dict[str, float | None]:
    scores = payload["scores"]
    flat = {"overall": scores["overall"]}
    flat.update({k: v["score"] for k, v in scores["pillars"].items()})
    flat.update({k: v["score"] for k, v in scores["recommendations"].items()})
    flat.update({k: None if a["not_applicable"] else a["level"]
                 for k, a in payload["answers"].items()})
    return flat


def test_every_verdict(campaign, imported):
    _store, results = imported
    assert len(campaign.agencies) == CAMPAIGN_SIZE
    routes = {e.route for e in campaign.authority.registry()}
    assert routes == {"csr", "p12"}
    assert [(_rel(campaign, r.path), r.outcome) for r in results] == list(
        campaign.expected.items())
    report = summary(results)
    assert report["accepted"] == 31  # 29 agencies + AG-02 r3 + AG-04's second installation
    assert report["duplicates"] == 2 and report["superseded"] == 1
    assert {r["reason"] for r in report["rejected"]} == {
        "REVOKED", "UNTRUSTED", "NOT_PDF", "NOT_WHOLE_FILE", "DAMAGED", "STALE_REVISION"}


def test_central_database_is_the_sum_of_the_accepted_payloads(campaign, imported):
    store, _results = imported
    files = campaign.accepted_files()
    payloads = {}
    for path in files:
        data = path.read_bytes()
        payload = read_payload(data)
        payloads[json.loads(payload)["submission_id"], json.loads(payload)["revision"]] = (
            path, data, payload)
    rows = store.query("SELECT * FROM submission ORDER BY id")
    assert {(r["submission_id"], r["revision"]) for r in rows} == set(payloads)
    scores = central.scores_of(store, [r["id"] for r in rows])
    for row in rows:
        path, data, payload_bytes = payloads[row["submission_id"], row["revision"]]
        payload = json.loads(payload_bytes)
        assert row["payload"].encode("utf-8") == payload_bytes
        assert central.file_content(store, row["file_sha256"]) == data
        assert row["file_name"] == path.name
        assert (row["agency_code"], row["agency_name"], row["agency_type"], row["region"],
                row["cycle"], row["created_at"]) == (
            payload["agency"]["code"], payload["agency"]["name"], payload["agency"]["type"],
            payload["agency"]["region"], payload["cycle"], payload["created_at"])
        assert row["overall"] == payload["scores"]["overall"]
        assert scores[row["id"]] == _flat(payload)
        assert len(scores[row["id"]]) == SCORE_KEYS
    # the one that counts: one per agency and cycle; AG-02's r3, AG-04's later installation
    counting = central.counting_submissions(store)
    by_code = {r["agency_code"]: r for r in counting}
    assert len(counting) == len(by_code) == CAMPAIGN_SIZE - 1 and "AG-07" not in by_code
    assert by_code["AG-02"]["revision"] == 3
    assert by_code["AG-04"]["file_name"] == "AG-04.pdf"
    assert by_code["AG-04"]["file_sha256"] == central.submission(
        store, max(r["id"] for r in rows if r["agency_code"] == "AG-04"))["file_sha256"]
    assert len(central.competing(store, "AG-04", by_code["AG-04"]["cycle"])) == 2
    r1 = central.find_submission(store, by_code["AG-02"]["submission_id"], 1)
    assert r1["superseded_by"] == by_code["AG-02"]["id"]
    expected_total = sum(json.loads(read_payload((campaign.inbox / f"{c}.pdf").read_bytes()))[
        "scores"]["overall"] for c in by_code if c not in ("AG-02", "AG-04"))
    expected_total += by_code["AG-02"]["overall"] + by_code["AG-04"]["overall"]
    assert sum(r["overall"] for r in counting) == pytest.approx(expected_total)
    # and the agencies' own scoring agrees with what the coordinator stored
    for code in ("AG-01", "AG-16", "AG-30"):
        status = EvaluationService(campaign.agencies[code].store).status(1)
        assert by_code[code]["overall"] == pytest.approx(status.scores.overall.score, abs=1e-4)
    # a rejected file changes nothing but the import log: one log row per file
    log = central.import_log(store)
    assert len(log) == len(campaign.expected)
    assert sorted(r["outcome"] for r in log) == sorted(campaign.expected.values())


def test_process_pool_import_gives_the_same_result(campaign, imported, tmp_path):
    _pool_import_matches(campaign, imported, tmp_path / "pool.sqlite")


def test_tight_memory_bounds_change_nothing_but_the_pace(campaign, imported, tmp_path,
                                                         monkeypatch):
    # one chunk per worker in flight, and a commit after every file: the same outcome
    monkeypatch.setattr(import_pool, "AHEAD_BYTES", 1)
    monkeypatch.setattr(import_, "BATCH_BYTES", 1)
    _pool_import_matches(campaign, imported, tmp_path / "tight.sqlite")


def _pool_import_matches(campaign, imported, path: Path) -> None:
    """Import the inbox with two workers into `path`: the same outcomes and rows as the
    single-process import."""
    reference, ref_results = imported
    store = central.open_central(path)
    results = [p.result for p in
               Importer(store, campaign.authority).run([campaign.inbox], workers=2)]
    assert [(r.path, r.outcome) for r in results] == [(r.path, r.outcome) for r in ref_results]
    assert _state(store) == _state(reference)
    store.close()


def test_the_pool_sends_work_ahead_within_its_budget():
    def slots(*sizes):
        return deque((Future(), size) for size in sizes)

    assert import_pool._room(slots(), 2)
    assert import_pool._room(slots(10**12), 2)  # one chunk per worker, whatever its size
    assert not import_pool._room(slots(10**12, 1), 2)
    assert import_pool._room(slots(*[1] * 31), 2)
    assert not import_pool._room(slots(*[1] * 32), 2)  # AHEAD_CHUNKS a worker
    done = deque([([], 0)] * 40)  # chunks already back are not in flight
    assert import_pool._room(done, 2)
    # chunks verified here and waiting their turn count against the bytes: no more sent
    waiting = deque([([], import_pool.AHEAD_BYTES), (Future(), 1), (Future(), 1)])
    assert not import_pool._room(waiting, 2)


def _state(store: Store) -> tuple:
    rows = store.query(
        "SELECT submission_id, revision, file_sha256, superseded_by IS NULL AS current "
        "FROM submission")
    counting = store.query("SELECT file_sha256 FROM counting_submission")
    return (sorted(tuple(r.values()) for r in rows),
            sorted(r["file_sha256"] for r in counting))


def _check_consistent(path: Path) -> int:
    """The central database after a kill: intact, and every accepted file complete."""
    with central.open_central(path) as store:
        assert store.integrity_ok()
        assert store.query("PRAGMA foreign_key_check") == []
        rows = store.query("SELECT id, file_sha256, submission_id, superseded_by FROM submission")
        for row in rows:
            assert central.file_content(store, row["file_sha256"]) is not None
            n = store.query_one("SELECT count(*) AS n FROM score WHERE submission = ?",
                                [row["id"]])["n"]
            assert n == SCORE_KEYS
            logged = store.query(
                "SELECT id FROM import_log WHERE outcome = 'ACCEPTED' AND file_sha256 = ?",
                [row["file_sha256"]])
            assert len(logged) == 1
        accepted_logs = store.query_one(
            "SELECT count(*) AS n FROM import_log WHERE outcome = 'ACCEPTED'")["n"]
        assert accepted_logs == len(rows)
        current = store.query(
            "SELECT submission_id, count(*) AS n FROM submission WHERE superseded_by IS NULL "
            "GROUP BY submission_id HAVING n > 1")
        assert current == []
        orphans = store.query_one(
            "SELECT count(*) AS n FROM stored_file WHERE sha256 NOT IN "
            "(SELECT file_sha256 FROM submission)")["n"]
        assert orphans == 0
        return len(rows)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")
def test_killed_import_stays_consistent_and_a_rerun_completes(campaign, imported, tmp_path):
    reference, _ = imported
    path = tmp_path / "central.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "digigov_desktop.cli", "import", "--central", str(path),
               "--ca", str(campaign.authority.folder), "--by", "killer", str(campaign.inbox)]
    rng = random.Random(20261128)
    total = len(campaign.expected)
    stored = 0
    for round_ in range(4):
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=env, text=True)
        stop_after = rng.randint(1, total - 2)
        seen, deadline = 0, time.monotonic() + 60
        while seen < stop_after and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            seen += line.startswith("[")
        time.sleep(rng.uniform(0, 0.02))  # land somewhere inside the next file
        child.send_signal(signal.SIGKILL)
        _out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, (round_, err)
        now_stored = _check_consistent(path)
        assert now_stored >= stored  # nothing committed is ever lost
        stored = now_stored
    done = subprocess.run([*command, "--json"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 3, done.stderr  # some files are rejected, as they should be
    report = json.loads(done.stdout)
    assert report["accepted"] + report["duplicates"] == 33
    _check_consistent(path)
    with central.open_central(path) as store:
        assert _state(store) == _state(reference)
        # the log kept every attempt of every run, and is still append-only
        assert central.count(store, "import_log") >= total
        with pytest.raises(Exception, match="append-only"):
            with store.transaction() as db:
                db.execute("DELETE FROM import_log")
