"""Load test of the shared store: 4 importer processes × 500 files into one PostgreSQL store.

A throwaway PostgreSQL cluster (tests/pg_cluster.py) and `4 × 500` distinct signed
submissions (made as `bench_import.py` makes them: each agency's report rendered once and
signed with many payloads). Importer i runs `digigov import --central URL` on its own 500
files plus the first 50 of importer i+1's (so the four race on 200 files), all four started
at once, while this process reads the dashboard in a loop. Then it checks: every file
stored exactly once (no duplicate, none lost), the raced files reported as duplicates by
exactly one importer each, the import log complete (one row per file per importer), and
one current revision per submission. Prints `name: value unit`:

  central_pg_files_per_s    distinct files stored per second of wall time (4 processes)
  central_pg_dashboard_ms   median time of one dashboard read during the load
  central_pg_dashboard_reads
  central_pg_files, central_pg_duplicates

Usage: python benchmarks/bench_central_pg.py [--per-process 500] [--overlap 50] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "flows"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_import import generate  # noqa: E402
from pg_cluster import PgCluster  # noqa: E402

from digigov_desktop.services.dashboard import dashboard_data  # noqa: E402
from digigov_desktop.storage import central  # noqa: E402

PROCESSES = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-process", type=int, default=500)
    parser.add_argument("--overlap", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    args = parser.parse_args()
    total = PROCESSES * args.per_process
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        started = time.perf_counter()
        ca = generate(folder, total)
        print(f"# generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        files = sorted((folder / "inbox").glob("*.pdf"))[:total]
        shares = [files[i * args.per_process:(i + 1) * args.per_process]
                  for i in range(PROCESSES)]
        runs = folder / "runs"
        shutil.rmtree(runs, ignore_errors=True)
        for i in range(PROCESSES):
            own = runs / f"importer-{i}"
            own.mkdir(parents=True)
            for path in shares[i] + shares[(i + 1) % PROCESSES][:args.overlap]:
                os.link(path, own / path.name)
        cluster = PgCluster.start()
        try:
            url = cluster.create_database("load")
            central.open_central(url).close()
            report = _run(url, ca.folder, runs, total, args.overlap)
        finally:
            cluster.stop()
    for key, value in report.items():
        print(f"{key}: {value}")


def _run(url: str, ca_folder: Path, runs: Path, total: int, overlap: int) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    reads: list[float] = []
    stop = threading.Event()

    def read_dashboard() -> None:
        with central.open_central(url) as store:
            while not stop.is_set():
                start = time.perf_counter()
                dashboard_data(store)
                reads.append(time.perf_counter() - start)
                time.sleep(0.2)

    reader = threading.Thread(target=read_dashboard)
    start = time.perf_counter()
    children = [subprocess.Popen(
        [sys.executable, "-m", "digigov_desktop.cli", "import", "--central", url, "--ca",
         str(ca_folder), "--json", "--by", f"importer-{i}", str(runs / f"importer-{i}")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        for i in range(PROCESSES)]
    reader.start()
    outputs = [child.communicate(timeout=1800) for child in children]
    elapsed = time.perf_counter() - start
    stop.set()
    reader.join()
    summaries = []
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        summaries.append(json.loads(out))
    per_run = total // PROCESSES + overlap
    assert all(s["accepted"] + s["duplicates"] == per_run and not s["rejected"]
               for s in summaries), summaries
    assert sum(s["accepted"] for s in summaries) == total, summaries
    assert sum(s["duplicates"] for s in summaries) == PROCESSES * overlap, summaries
    with central.open_central(url) as store:
        assert central.count(store, "submission") == total  # none lost, none twice
        assert central.count(store, "stored_file") == total
        distinct = store.query_one("SELECT count(DISTINCT file_sha256) AS n FROM submission")
        assert distinct["n"] == total
        log = store.query("SELECT actor, outcome, count(*) AS n FROM import_log "
                          "GROUP BY actor, outcome")
        assert sum(r["n"] for r in log) == PROCESSES * per_run, log
        assert {r["actor"] for r in log} == {f"importer-{i}" for i in range(PROCESSES)}
        current = store.query("SELECT count(*) AS n FROM submission WHERE superseded_by IS "
                              "NULL GROUP BY submission_id HAVING count(*) > 1")
        assert not current, current
    return {
        "central_pg_files_per_s": f"{total / elapsed:.0f} files/s",
        "central_pg_dashboard_ms": f"{statistics.median(reads) * 1000:.0f} ms",
        "central_pg_dashboard_reads": f"{len(reads)} reads",
        "central_pg_files": f"{total} files",
        "central_pg_duplicates": f"{PROCESSES * overlap} files",
    }


if __name__ == "__main__":
    main()
