"""A really full disk (a small tmpfs mounted for the test): `answer` and `export` exit 5 and
say that the disk is full and where; the database stays intact, no partial file is left.

tests/test_store.py simulates SQLITE_FULL with max_page_count; this is the real thing, where
SQLite cannot even create the -shm file and reports a "disk I/O error".
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from campaign import AGENCY_PASS

from digigov_desktop import cli

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None,
    reason="mounting a small tmpfs needs root (and mount); run as root to test a full disk")


@contextlib.contextmanager
def full_disk(folder: Path, size_kib: int, keep: list[Path]):
    """Mount a tmpfs of `size_kib` on `folder`, copy `keep` into it, fill the rest."""
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs",
                           str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        for path in keep:
            shutil.copy(path, folder / path.name)
        with contextlib.suppress(OSError), (folder / "filler").open("wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
        assert shutil.disk_usage(folder).free == 0
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*args: object, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "digigov_desktop.cli", "--lang", lang,
                           *map(str, args)], capture_output=True, text=True, timeout=120)


def test_answer_and_export_on_a_full_disk(agency, tmp_path):
    agency.store.close()  # WAL checkpointed, -wal and -shm removed: a cold file
    with full_disk(tmp_path / "full", 1024, [agency.path]) as folder:
        db = folder / agency.path.name
        before = _digest(db)
        answer = _cli("answer", "--db", db, "R1.1", "2", "--rationale", "x")
        assert answer.returncode == 5, answer.stderr
        assert answer.stderr == f"digigov: The disk is full: free space on {folder} and " \
                                "try again.\n"
        es = _cli("answer", "--db", db, "R1.1", "2", "--rationale", "x", lang="es")
        assert es.returncode == 5
        assert f"El disco está lleno: libere espacio en {folder}" in es.stderr
        pass_file = tmp_path / "pass"
        pass_file.write_bytes(AGENCY_PASS)
        export = _cli("export", "--db", db, "--out", folder / "envio.pdf",
                      "--passphrase-file", pass_file)
        assert export.returncode == 5, export.stderr
        assert f"The disk is full: free space on {folder}" in export.stderr
        assert "Traceback" not in answer.stderr + export.stderr
        assert _digest(db) == before
        # no submission file, nothing half-written; SQLite may leave an empty -wal and its
        # few-byte -shm scratch index beside the database (it reuses or removes them)
        left = {p.name: p.stat().st_size for p in folder.iterdir()}
        assert set(left) <= {db.name, "filler", f"{db.name}-wal", f"{db.name}-shm"}
        assert left.get(f"{db.name}-wal", 0) == 0
        # once there is space again, the same command works on the same database
        (folder / "filler").unlink()
        again = _cli("answer", "--db", db, "R1.1", "2", "--rationale", "x")
        assert again.returncode == 0, again.stderr
        assert _cli("status", "--db", db).returncode == 0


def test_export_to_a_full_disk_leaves_no_partial_file(agency, tmp_path, capsys):
    """The database is fine; the submission's folder is full: the PDF is not written, the
    export is not recorded, nothing half-written is left."""
    pass_file = tmp_path / "pass"
    pass_file.write_bytes(AGENCY_PASS)
    agency.store.close()
    before = _digest(agency.path)
    with full_disk(tmp_path / "usb", 256, []) as folder:
        code = cli.main(["--lang", "en", "export", "--db", str(agency.path), "--out",
                         str(folder / "envio.pdf"), "--passphrase-file", str(pass_file)])
        err = capsys.readouterr().err
        assert code == 5, err
        assert err == f"digigov: The disk is full: free space on {folder} and try again.\n"
        assert sorted(p.name for p in folder.iterdir()) == ["filler"]
    # the export was rolled back: the evaluation is still unsent, the store intact
    import sqlite3

    conn = sqlite3.connect(agency.path)
    try:
        assert conn.execute("SELECT count(*) FROM submission").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert before  # the file may have been checkpointed; its content is checked above
