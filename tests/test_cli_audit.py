"""`digigov audit` and `digigov answer … clear`, and the deployment policy the CLI applies."""

from __future__ import annotations

import csv
import json

import pytest

from digigov_desktop import cli, config
from digigov_desktop.cli import audit as cli_audit
from digigov_desktop.signing.authority import CertificateAuthority


def run(capsys, *args) -> tuple[int, str, str]:
    """`digigov ARGS` in English (the default follows the locale; a later --lang wins)."""
    code = cli.main(["--lang", "en", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert run(capsys, "demo", "--db", path)[0] == 0
    return path


def _answer_entries(capsys, db, *extra) -> list[dict]:
    code, out, err = run(capsys, "audit", "--db", db, "--json", *extra)
    assert code == 0 and err == ""
    return [e for e in json.loads(out) if e["entity"] == "answer"]


def test_audit_lists_the_answers_changes_newest_first_with_old_and_new(capsys, demo_db):
    before = _answer_entries(capsys, demo_db)[0]
    assert run(capsys, "answer", "--db", demo_db, "R3.2", "4", "--rationale", "Plan aprobado",
               "--by", "Ana")[0] == 0
    assert run(capsys, "answer", "--db", demo_db, "r3.2", "na", "--by", "Luis")[0] == 0
    entries = _answer_entries(capsys, demo_db)
    newest, previous = entries[0], entries[1]
    assert entries[2] == before  # what the demo wrote last comes after the two edits
    assert newest["id"] > previous["id"] and newest["at"] >= previous["at"]
    assert (newest["actor"], newest["action"], newest["key"]) == ("Luis", "answer.update",
                                                                  "1/R3.2")
    assert (newest["cycle_id"], newest["element_id"]) == (1, "R3.2")
    assert newest["old"]["level"] == 4 and newest["old"]["rationale"] == "Plan aprobado"
    assert newest["new"]["level"] is None and newest["new"]["not_applicable"] is True
    assert previous["actor"] == "Ana" and previous["new"]["level"] == 4
    assert previous["old"] == _answer_entries(capsys, demo_db, "--element", "R3.2")[2]["new"]


def test_audit_of_one_element_text_and_csv(capsys, demo_db, tmp_path):
    run(capsys, "answer", "--db", demo_db, "R1.1", "5", "--rationale", "=1+1 ¿fórmula?",
        "--by", "Ana")
    entries = _answer_entries(capsys, demo_db, "--element", "r1.1")
    assert {e["element_id"] for e in entries} == {"R1.1"} and len(entries) == 2
    code, out, _ = run(capsys, "audit", "--db", demo_db, "--element", "R1.1")
    assert code == 0 and out.splitlines()[0].endswith("Ana  Answer changed  1/R1.1")
    assert "    level: " in out and " → 5" in out and out.rstrip().endswith("2 entries.")
    target = tmp_path / "out" / "history.csv"
    code, out, _ = run(capsys, "audit", "--db", demo_db, "--element", "R1.1", "--csv", target)
    assert code == 0 and str(target) in out
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode()) and data.count(b"\r\n") == 3
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert [r["actor"] for r in rows] == ["Ana", "demo"]
    assert json.loads(rows[0]["new"])["rationale"] == "=1+1 ¿fórmula?"


def test_answer_clear_is_audited_and_leaves_the_element_unanswered(capsys, demo_db):
    assert run(capsys, "answer", "--db", demo_db, "R2.1", "clear", "--by", "Eva")[0] == 0
    newest = _answer_entries(capsys, demo_db, "--element", "R2.1")[0]
    assert (newest["action"], newest["actor"], newest["new"]) == ("answer.clear", "Eva", None)
    assert newest["old"]["level"] is not None or newest["old"]["not_applicable"]
    _, out, _ = run(capsys, "status", "--db", demo_db, "--json")
    assert {"code": "UNANSWERED", "element": "R2.1", "blocking": True} in json.loads(out)[
        "issues"]
    # Clearing twice changes nothing and writes nothing.
    assert run(capsys, "answer", "--db", demo_db, "R2.1", "clear")[0] == 0
    assert _answer_entries(capsys, demo_db, "--element", "R2.1")[0]["id"] == newest["id"]


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["audit", "--element", "R9.9"], cli.EXIT_INVALID, "Unknown element R9.9"),
        (["answer", "R9.9", "clear"], cli.EXIT_INVALID, "Unknown element R9.9"),
        (["answer", "R2.1", "clear", "--target", "3"], cli.EXIT_INVALID, "--rationale"),
    ],
)
def test_audit_and_clear_errors(capsys, demo_db, args, code, fragment):
    got, _, err = run(capsys, args[0], "--db", demo_db, *args[1:])
    assert got == code and fragment in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_audit_json_and_csv_exclude_each_other(capsys, demo_db, tmp_path):
    with pytest.raises(SystemExit) as info:
        cli.main(["audit", "--db", str(demo_db), "--json", "--csv", str(tmp_path / "x.csv")])
    assert info.value.code == cli.EXIT_USAGE


def test_cli_honours_the_policy_trust_bundle(capsys, demo_db, tmp_path, monkeypatch):
    """A policy naming a trust bundle: `credential status` reports it, no install needed."""
    monkeypatch.delenv(config.ENV_POLICY, raising=False)
    code, out, _ = run(capsys, "credential", "status", "--db", demo_db, "--json")
    assert code == 0 and json.loads(out)["trust_bundle"] is False
    ca = CertificateAuthority.init(tmp_path / "ca", name="Coordinación", passphrase=b"pass")
    (tmp_path / "it" / "bundle.pem").parent.mkdir()
    (tmp_path / "it" / "bundle.pem").write_bytes(ca.bundle_pem())
    policy = tmp_path / "it" / "policy.json"
    policy.write_text(json.dumps({"trust_bundle": "bundle.pem"}), encoding="utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(policy))
    config.set_active_policy(None)

    code, out, err = run(capsys, "credential", "status", "--db", demo_db, "--json")
    assert code == 0 and err == ""
    assert json.loads(out)["trust_bundle"] is True
    code, out, _ = run(capsys, "audit", "--db", demo_db, "--json")
    installs = [e for e in json.loads(out) if e["action"] == "trust.install"]
    assert [e["actor"] for e in installs] == ["policy"]  # once, by the policy

    policy.write_text("{not json", encoding="utf-8")  # a broken policy: one clear line
    config.set_active_policy(None)
    code, _, err = run(capsys, "credential", "status", "--db", demo_db, "--json")
    assert code == cli.EXIT_INVALID and str(policy) in err and err.count("\n") == 1


def test_audit_text_speaks_the_person_s_language(capsys, demo_db):
    """The trail printed its codes ("cycle.state", "draft → ready", "actions: — → …",
    "not_applicable: false") whatever the language; --json keeps them (for scripts)."""
    assert run(capsys, "answer", "--db", demo_db, "R2.1", "na", "--by", "Eva")[0] == 0
    capsys.readouterr()
    assert cli.main(["--lang", "es", "audit", "--db", str(demo_db)]) == 0
    es = capsys.readouterr().out
    first = es.splitlines()[:3]
    assert first[0].endswith("  Eva  Respuesta modificada  1/R2.1")
    assert "    no aplica: no → sí" in first[1:]
    lines = es.splitlines()
    state = lines.index(next(line for line in lines if line.endswith("Estado modificado  1")))
    assert lines[state + 1] == "    borrador → listo"
    for words in ("    acciones planificadas: — → ", "    áreas de mejora: — → ",
                  "    fortalezas: — → ", "    tamaño (bytes): — → ", "    archivo: — → ",
                  "  Evaluación creada  1"):
        assert any(line.startswith(words) or line.endswith(words) for line in lines), words
    for code in ("cycle.state", "notes.update", "answer.update", "not_applicable", "false",
                 "true", "draft", "actions:"):
        assert code not in es, code
    assert es.rstrip().endswith("entradas.")
    _, out, _ = run(capsys, "audit", "--db", demo_db, "--json")
    assert json.loads(out)[0]["action"] == "answer.update"
    assert cli_audit._value({"route": "p12"}, "es") == "emitida como: p12"  # a record: as is
    assert cli_audit._value("p12", "es", words="CRED_ROUTE_") == "archivo PKCS#12"
    assert cli_audit._value("csr", "en", words="CRED_ROUTE_") == "certificate (request)"
    assert cli_audit._value("later", "es", words="STATE_") == "later"  # a newer code
