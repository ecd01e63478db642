"""The `digigov` command line: demo, status, answer; exit codes; no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from digigov_desktop import cli
from digigov_desktop.domain.framework import load_framework

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *args) -> tuple[int, str, str]:
    """`digigov ARGS` in English (the default follows the locale; a later --lang wins)."""
    code = cli.main(["--lang", "en", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert cli.main(["demo", "--db", str(path)]) == 0
    return path


def test_demo_then_status_json(capsys, demo_db):
    framework = load_framework()  # the demo starts on the newest pack
    code, out, err = run(capsys, "status", "--db", demo_db, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["agency"] == {"code": "DEMO-001", "name": "Servicio de Demostración Digital"}
    assert data["framework"] == {"id": framework.id, "version": framework.version}
    assert data["completion"] == 1.0
    assert sorted(data["recommendations"], key=lambda r: int(r[1:])) == [
        f"R{n}" for n in range(1, 13)]
    assert list(data["pillars"]) == ["P1", "P2", "P3"]
    assert sum(len(p["recommendations"]) for p in data["pillars"].values()) == 12
    assert data["ready"] is True
    assert [i for i in data["issues"] if i["blocking"]] == []
    assert 0 <= data["overall"] <= 5
    pillar_mean = sum(p["score"] for p in data["pillars"].values()) / 3
    assert data["overall"] == pytest.approx(pillar_mean, abs=1e-3)


def test_status_text_in_both_languages(capsys, demo_db):
    code, out, _ = run(capsys, "status", "--db", demo_db)
    assert code == 0 and "Ready to submit." in out and "Openness and engagement" in out
    code, out, _ = run(capsys, "--lang", "es", "status", "--db", demo_db)
    assert code == 0 and "Apertura y participación" in out
    header, framework, completion, *_, last = out.splitlines()
    assert " · ciclo " in header and header.endswith(" · listo")
    assert framework.startswith("Marco oecd-dgs-2014 ")
    assert completion.startswith("Avance 100 % · puntaje global ")
    assert last == "Lista para enviar."


def test_demo_is_deterministic_per_seed(capsys, tmp_path):
    def levels(seed, name):
        path = tmp_path / name
        assert cli.main(["demo", "--db", str(path), "--seed", str(seed)]) == 0
        capsys.readouterr()
        cli.main(["status", "--db", str(path), "--json"])
        data = json.loads(capsys.readouterr().out)
        return {k: v["score"] for k, v in data["recommendations"].items()}

    assert levels(7, "a.sqlite") == levels(7, "b.sqlite")
    assert levels(7, "c.sqlite") != levels(8, "d.sqlite")


def test_demo_refuses_to_overwrite(capsys, demo_db):
    before = demo_db.read_bytes()
    code, _, err = run(capsys, "demo", "--db", demo_db)
    assert code == cli.EXIT_INVALID
    assert "already exists" in err and "Traceback" not in err
    assert demo_db.read_bytes() == before


def test_answer_then_status(capsys, tmp_path):
    db = tmp_path / "x.sqlite"
    run(capsys, "demo", "--db", db, "--seed", "3")
    assert run(capsys, "answer", "--db", db, "R3.2", "0", "--rationale", "")[0] == 0
    _, out, _ = run(capsys, "status", "--db", db, "--json")
    data = json.loads(out)
    assert {"code": "MISSING_RATIONALE", "element": "R3.2", "blocking": True} in data["issues"]
    assert data["ready"] is False
    assert run(capsys, "answer", "--db", db, "r3.2", "na", "--rationale", "No aplica")[0] == 0
    _, out, _ = run(capsys, "status", "--db", db, "--json")
    assert json.loads(out)["ready"] is True


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["answer", "R3.9", "2"], cli.EXIT_INVALID, "Unknown element R3.9"),
        (["answer", "R3.2", "7"], cli.EXIT_INVALID, "from 0 to 5"),
        (["answer", "R3.2", "high"], cli.EXIT_INVALID, "from 0 to 5"),
        (["answer", "R3.2", "2", "--target", "8"], cli.EXIT_INVALID, "from 0 to 5"),
    ],
)
def test_answer_errors(capsys, demo_db, args, code, fragment):
    got, _, err = run(capsys, args[0], "--db", demo_db, *args[1:])
    assert got == code and fragment in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_storage_errors(capsys, tmp_path):
    code, _, err = run(capsys, "status", "--db", tmp_path / "none.sqlite")
    assert code == cli.EXIT_STORAGE and "There is no database" in err
    assert not (tmp_path / "none.sqlite").exists()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00" * 100)
    code, _, err = run(capsys, "--lang", "es", "status", "--db", junk)
    assert code == cli.EXIT_STORAGE and "no es una base de datos" in err


def test_usage_error_exit_code(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["answer"])
    assert info.value.code == cli.EXIT_USAGE


def test_real_process_prints_no_traceback(tmp_path):
    """The installed entry point, as a user runs it."""
    db = tmp_path / "p.sqlite"
    ok = subprocess.run([sys.executable, "-m", "digigov_desktop.cli", "demo", "--db", str(db)],
                        capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "digigov_desktop.cli", "answer", "--db", str(db), "R1.1", "9"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert bad.returncode == cli.EXIT_INVALID
    assert bad.stderr.startswith("digigov: ") and "Traceback" not in bad.stderr
