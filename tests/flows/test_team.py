"""Issue #15 acceptance: two raters score in their own `digigov` processes, the facilitator
merges, records the consensus and exports; refused files leave the database unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from campaign import AGENCY_PASS
from db_dump import dump

from digigov_desktop.signing.pades import read_payload

ROOT = Path(__file__).resolve().parents[2]


def digigov(*args, check: bool = True) -> subprocess.CompletedProcess:
    """`digigov ARGS` in English (the default follows the locale; a later --lang wins)."""
    done = subprocess.run([sys.executable, "-m", "digigov_desktop.cli", "--lang", "en",
                           *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                          timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_two_raters_merge_consensus_export(agency, authority, tmp_path, monkeypatch):
    db = agency.path
    trust = tmp_path / "bundle.pem"
    trust.write_bytes(authority.bundle_pem())
    agency.store.close()  # the facilitator works through the CLI from here on
    digigov("raters", "add", "--db", db, "--name", "Ana Pérez", "--role", "Jefa de TI",
            "--unit", "Informática")
    digigov("raters", "add", "--db", db, "--name", "Luis Soto", "--role", "Analista")
    listed = json.loads(digigov("raters", "list", "--db", db, "--json").stdout)
    assert [(r["name"], r["merged"]) for r in listed] == [("Ana Pérez", False),
                                                          ("Luis Soto", False)]
    books = {}
    for name, slug, level in (("Ana Pérez", "ana", 1), ("Luis Soto", "luis", 4)):
        book = tmp_path / f"{slug}.dgw"
        digigov("rater-workbook", "export", "--db", db, "--rater", name, "--out", book)
        # the rater's own process, on the workbook, with the ordinary answer command
        digigov("answer", "--db", book, "R1.1", level, "--rationale", f"{slug} opina {level}",
                "--by", name)
        digigov("answer", "--db", book, "R2.3", "2", "--rationale", "igual")
        digigov("rater-workbook", "seal", "--db", book, "--out", tmp_path / f"{slug}.dgrating")
        books[slug] = tmp_path / f"{slug}.dgrating"

    # refusals first: each leaves the facilitator's database byte-for-byte as it was
    before = dump(db)
    tampered = tmp_path / "tampered.dgrating"
    data = json.loads(books["ana"].read_text("utf-8"))
    data["body"]["ratings"][0]["level"] = 3
    tampered.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    refused = digigov("rater-workbook", "merge", "--db", db, books["luis"], tampered,
                      check=False)
    assert refused.returncode == 3
    assert "tampered.dgrating: RATER_FILE_TAMPERED" in refused.stderr
    assert "nothing was merged" in refused.stderr
    assert dump(db) == before

    # a workbook of another cycle: an older evaluation of the same agency and rater names
    older = tmp_path / "older.sqlite"
    digigov("demo", "--db", older, "--agency-code", agency.code, "--year", "2020")
    digigov("raters", "add", "--db", older, "--name", "Ana Pérez", "--role", "Jefa de TI")
    digigov("rater-workbook", "export", "--db", older, "--rater", "Ana Pérez",
            "--out", tmp_path / "older.dgw")
    digigov("answer", "--db", tmp_path / "older.dgw", "R1.1", "2", "--rationale", "2020")
    digigov("rater-workbook", "seal", "--db", tmp_path / "older.dgw",
            "--out", tmp_path / "older.dgrating")
    refused = digigov("--lang", "es", "rater-workbook", "merge", "--db", db,
                      tmp_path / "older.dgrating", check=False)
    assert refused.returncode == 3
    assert "older.dgrating: RATER_FILE_OTHER_CYCLE — El archivo pertenece a otro ciclo" in (
        refused.stderr)
    assert dump(db) == before

    merged = digigov("rater-workbook", "merge", "--db", db, books["ana"], books["luis"])
    listed = json.loads(digigov("raters", "list", "--db", db, "--json").stdout)
    assert [(r["name"], r["merged"], r["intact"]) for r in listed] == [
        ("Ana Pérez", True, True), ("Luis Soto", True, True)]
    assert "Luis Soto — Analista (ratings merged, seal rechecked)" in digigov(
        "raters", "list", "--db", db).stdout
    assert merged.stderr == "" and merged.stdout.splitlines() == [
        "ana.dgrating: 2 rating(s) of Ana Pérez merged.",
        "luis.dgrating: 2 rating(s) of Luis Soto merged."]

    before = dump(db)
    again = digigov("rater-workbook", "merge", "--db", db, books["ana"], check=False)
    assert again.returncode == 3 and "ana.dgrating: RATER_FILE_DUPLICATE" in again.stderr
    assert dump(db) == before

    view = json.loads(digigov("consensus", "--db", db, "--json").stdout)
    r11 = next(e for e in view["elements"] if e["element"] == "R1.1")
    assert [(r["rater"], r["level"], r["rationale"]) for r in r11["ratings"]] == [
        ("Ana Pérez", 1, "ana opina 1"), ("Luis Soto", 4, "luis opina 4")]
    assert (r11["min"], r11["max"], r11["spread"], r11["flagged"]) == (1, 4, 3, True)
    assert r11["consensus"] is None and r11["pending"] is True
    assert view["flagged"] == ["R1.1"] and view["pending"] == ["R1.1", "R2.3"]
    text = digigov("consensus", "--db", db).stdout
    assert "! R1.1   1–4   pending    Ana Pérez 1 · Luis Soto 4" in text

    # the policy requires a consensus: export is blocked until it is recorded
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"consensus_required": True}), "utf-8")
    monkeypatch.setenv("DIGIGOV_POLICY", str(policy))
    passphrase = tmp_path / "pass.txt"
    passphrase.write_bytes(AGENCY_PASS + b"\n")
    out = tmp_path / "envio.pdf"
    blocked = digigov("export", "--db", db, "--out", out, "--passphrase-file", passphrase,
                      check=False)
    assert blocked.returncode == 4
    assert "  R1.1    the team rated this element; record the consensus (digigov consensus)" \
        in blocked.stderr.splitlines()
    assert not out.exists()

    digigov("consensus", "--db", db, "--element", "R1.1", "--level", "2",
            "--justification", "Acordado en la reunión del grupo: hay piloto, no política.")
    digigov("consensus", "--db", db, "--element", "R2.3", "--level", "2",
            "--justification", "Coinciden.")
    status = json.loads(digigov("status", "--db", db, "--json").stdout)
    assert status["ready"] is True, status["issues"]
    view = json.loads(digigov("consensus", "--db", db, "--json").stdout)
    assert view["pending"] == []
    r11 = next(e for e in view["elements"] if e["element"] == "R1.1")
    assert r11["consensus"]["level"] == 2 and len(r11["ratings"]) == 2

    digigov("export", "--db", db, "--out", out, "--passphrase-file", passphrase)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    # the coordinator's check of the file, as a separate process
    verified = json.loads(digigov("verify", out, "--trust", trust, "--json").stdout)
    assert verified["accepted"] is True

    # the payload carries every individual rating beside the consensus
    payload = json.loads(read_payload(data))
    team = payload["team"]
    assert [(r["name"], r["merged"]) for r in team["raters"]] == [("Ana Pérez", True),
                                                                 ("Luis Soto", True)]
    assert team["elements"]["R1.1"]["ratings"] == [
        {"rater": "Ana Pérez", "level": 1, "not_applicable": False, "rationale": "ana opina 1"},
        {"rater": "Luis Soto", "level": 4, "not_applicable": False,
         "rationale": "luis opina 4"}]
    assert team["elements"]["R1.1"]["consensus"]["level"] == 2
    assert payload["answers"]["R1.1"]["level"] == 2

    # the PDF annex lists both raters and their levels (pdftotext, Spanish report)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    annex = text[text.index("Anexo: evaluación en equipo"):]
    for needle in ("Ana Pérez", "Jefa de TI", "Informática", "Luis Soto", "Analista",
                   "Ana Pérez: 1", "Luis Soto: 4", "⚠ 1–4", "Acordado en la reunión"):
        assert needle in annex, needle
