"""The CLI as a real process: nothing unexpected on stderr, quiet end on a closed pipe.

Runs `python -m digigov_desktop.cli` subprocesses over a whole agency → coordinator round.
`DIGIGOV_TEST_PYTHON` names another interpreter to run them with (for example a venv
installed without constraints.txt, with the newest cryptography), so that CI can check a
dependency set other than the pinned one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PYTHON = os.environ.get("DIGIGOV_TEST_PYTHON") or sys.executable
ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # an interpreter from elsewhere (DIGIGOV_TEST_PYTHON) runs this checkout's code
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONWARNINGS", None)  # what users get: Python's default warning filters
    return env


def _cli(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "digigov_desktop.cli", *map(str, args)], cwd=cwd,
                          env=_env(), capture_output=True, text=True, timeout=300)


def test_no_unexpected_line_on_stderr_over_a_whole_round(tmp_path):
    """Every successful command leaves stderr empty: no warning, no log noise."""
    (tmp_path / "pass").write_text("a long enough passphrase\n")
    pw = ("--passphrase-file", "pass")
    commands = [
        ("--version",),
        ("demo", "--db", "a.sqlite", "--agency-code", "AG-1", "--agency-name", "Servicio"),
        ("status", "--db", "a.sqlite"),
        ("status", "--db", "a.sqlite", "--json"),
        ("ca", "init", "--dir", "ca", "--name", "Coordinación", *pw),
        ("credential", "request", "--db", "a.sqlite", "--out", "a.csr", *pw),
        ("ca", "issue", "--dir", "ca", "--agency-code", "AG-1", "--agency-name", "Servicio",
         "--csr", "a.csr", "--out", "a.crt", *pw),
        ("ca", "bundle", "--dir", "ca", "--out", "bundle.pem"),
        ("credential", "install", "--db", "a.sqlite", "--cert", "a.crt", "--trust",
         "bundle.pem"),
        ("credential", "status", "--db", "a.sqlite"),
        ("export", "--db", "a.sqlite", "--out", "envio.pdf", *pw),
        ("verify", "envio.pdf", "--trust", "bundle.pem", "--json"),
        ("import", "--central", "central.sqlite", "--ca", "ca", "envio.pdf"),
        ("consolidate", "--central", "central.sqlite", "--csv", "c.csv", "--excel-es"),
        ("consolidate", "--central", "central.sqlite", "--xlsx", "c.xlsx"),
        ("import-log", "--central", "central.sqlite"),
        ("ca", "list", "--dir", "ca"),
        ("answer", "--db", "a.sqlite", "R1.1", "2", "--rationale", "revisado"),
        ("policy",),
    ]
    noisy = []
    for command in commands:
        done = _cli(*command, cwd=tmp_path)
        assert done.returncode == 0, (command, done.stderr)
        if done.stderr:
            noisy.append(f"{' '.join(command)}:\n{done.stderr}")
    assert not noisy, "unexpected stderr:\n" + "\n".join(noisy)


def test_a_reader_that_closes_early_ends_the_command_quietly(tmp_path):
    """`digigov import-log … | head -n 1`: no "internal error", no traceback, exit 141
    (128 + SIGPIPE, as a tool killed by SIGPIPE), and the reader got its line."""
    from digigov_desktop.storage import central

    path = tmp_path / "central.sqlite"
    with central.open_central(path) as store, store.transaction() as db:
        for n in range(3000):
            central.append_import_log(db, actor="coord", file_name=f"/inbox/envío-{n:05}.pdf",
                                      outcome="UNREADABLE", message="no such file")
    full = _cli("import-log", "--central", path, cwd=tmp_path)
    assert full.returncode == 0 and len(full.stdout.encode()) > 4 * 65536  # > a pipe buffer

    writer = subprocess.Popen([PYTHON, "-m", "digigov_desktop.cli", "import-log", "--central",
                               str(path)], cwd=tmp_path, env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    reader = subprocess.run(["head", "-n", "1"], stdin=writer.stdout, capture_output=True,
                            timeout=120)
    writer.stdout.close()  # only `head` holds the read end now: it has gone, so has the pipe
    err = writer.stderr.read().decode()
    writer.stderr.close()
    code = writer.wait(timeout=120)
    assert reader.stdout.decode().startswith("     1 ")
    assert err == "" and code == 141, (code, err)

