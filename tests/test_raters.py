"""Evaluating as a team (#15): raters, workbooks, sealed return files, merge, consensus.

Real SQLite files, real HMACs; every refusal is checked against a full dump of the database.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from db_dump import dump

from digigov_desktop import config
from digigov_desktop.domain.validation import IssueCode
from digigov_desktop.errors import DigigovError, InvalidInputError, StorageError
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.raters import MergeRefused, RaterService
from digigov_desktop.services.workbooks import export_workbook, seal_workbook, workbook_info
from digigov_desktop.storage.database import open_store


@pytest.fixture
def facilitator(tmp_path):
    store = create_demo(tmp_path / "agency.sqlite", agency_code="AG-7", seed=4)
    service = RaterService(store, actor="facilitadora")
    service.add_rater(name="Ana Pérez", role="Jefa de TI", unit="Informática")
    service.add_rater(name="Luis Soto", role="Analista")
    yield service
    store.close()


def _workbook(service: RaterService, tmp_path: Path, rater: str, levels: dict) -> Path:
    """Export a workbook, score in it as the rater would (own store), seal it."""
    slug = rater.split()[0].lower()
    book = export_workbook(service.store, rater=rater, out=tmp_path / f"{slug}.dgw",
                           actor="facilitadora")
    with open_store(book, create=False) as wb:
        ev = EvaluationService(wb, actor=rater)
        cycle = ev.current_cycle().id
        for element, level in levels.items():
            if level == "na":
                ev.save_answer(cycle, element, not_applicable=True, rationale=f"{slug}: N/A")
            else:
                ev.save_answer(cycle, element, level=level, rationale=f"{slug}: nivel {level}")
        seal_workbook(wb, out=tmp_path / f"{slug}.dgrating")
    return tmp_path / f"{slug}.dgrating"


def _refused(service: RaterService, files) -> list[tuple[str, str]]:
    before = dump(service.store.path)
    with pytest.raises(MergeRefused) as info:
        service.merge(files)
    assert dump(service.store.path) == before  # nothing changed, not even the audit log
    return [(r.file, r.code) for r in info.value.params["refusals"]]


def test_workbook_holds_only_its_rater(facilitator, tmp_path):
    service = facilitator
    service.rate("R1.1", rater="Luis Soto", level=2, rationale="local")
    book = export_workbook(service.store, rater="Ana Pérez", out=tmp_path / "ana.dgw")
    with open_store(book, create=False) as wb:
        info = workbook_info(wb)
        assert (info.rater, info.role, info.unit) == ("Ana Pérez", "Jefa de TI", "Informática")
        assert info.agency_code == "AG-7" and info.rated == 0
        ev = EvaluationService(wb)
        evaluation = ev.evaluation(ev.current_cycle().id)
        assert evaluation.answers == {} and evaluation.evidence == ()
        assert [p.name for p in evaluation.preparers] == ["Ana Pérez"]
        assert RaterService(wb).raters() == []  # no other rater, no other rater's scores
        tables = {r["name"] for r in wb.query("SELECT name FROM sqlite_master")}
        assert {"rating", "consensus"} <= tables
        assert wb.query("SELECT count(*) AS n FROM rating")[0]["n"] == 0
        with pytest.raises(InvalidInputError) as info_:
            RaterService(wb).add_rater(name="X", role="y")
        assert info_.value.code == "IS_A_WORKBOOK"
    assert workbook_info(service.store) is None
    with pytest.raises(InvalidInputError) as again:
        export_workbook(service.store, rater="Ana Pérez", out=book)
    assert again.value.code == "FILE_EXISTS"


def test_merge_then_consensus(facilitator, tmp_path):
    service = facilitator
    ana = _workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1, "R1.2": 3, "R2.1": "na"})
    luis = _workbook(service, tmp_path, "Luis Soto", {"R1.1": 4, "R1.2": 3})
    merged = service.merge([ana, luis])
    assert [(m.rater, m.ratings) for m in merged] == [("Ana Pérez", 3), ("Luis Soto", 2)]
    view = service.view()
    r11 = view.element("R1.1")
    assert [(r.rater, r.level, r.rationale) for r in r11.ratings] == [
        ("Ana Pérez", 1, "ana: nivel 1"), ("Luis Soto", 4, "luis: nivel 4")]
    assert (r11.low, r11.high, r11.spread, r11.flagged, r11.pending) == (1, 4, 3, True, True)
    assert view.element("R1.2").flagged is False and view.element("R1.2").spread == 0
    assert view.element("R2.1").ratings[0].not_applicable
    assert {e.element_id for e in view.pending} == {"R1.1", "R1.2", "R2.1"}
    rec = next(r for r in view.recommendations if r.recommendation_id == "R1")
    assert rec.flagged_elements == ("R1.1",) and rec.means["Luis Soto"] == 3.5
    assert all(r.merged_at for r in service.raters())

    audit_before = service.store.query("SELECT count(*) AS n FROM audit")[0]["n"]
    service.record_consensus("R1.1", level=2, justification="Acordado en reunión del 3/12.")
    answer = service.evaluations.answer(service.cycle_id(), "R1.1")
    assert (answer.level, answer.rationale, answer.updated_by) == (
        2, "Acordado en reunión del 3/12.", "facilitadora")
    actions = [r["action"] for r in service.store.query(
        "SELECT action FROM audit WHERE id > (SELECT max(id) - 2 FROM audit) ORDER BY id")]
    assert actions == ["answer.update", "consensus.record"]
    assert service.store.query("SELECT count(*) AS n FROM audit")[0]["n"] == audit_before + 2
    reason = service.store.query("SELECT reason FROM audit WHERE action = 'answer.update' "
                                 "ORDER BY id DESC LIMIT 1")[0]["reason"]
    assert reason == "consensus"
    after = service.view().element("R1.1")
    assert after.pending is False and after.consensus.level == 2
    # the individual ratings are kept as they came
    assert [(r.rater, r.level) for r in after.ratings] == [("Ana Pérez", 1), ("Luis Soto", 4)]
    with pytest.raises(StorageError):
        with service.store.transaction() as db:
            db.execute("UPDATE rating SET level = 5 WHERE element_id = 'R1.1'")
    # an answer changed later by hand no longer stands as the consensus
    service.evaluations.save_answer(service.cycle_id(), "R1.1", level=5)
    assert service.view().element("R1.1").pending is True

    service.record_consensus("R2.1", not_applicable=True, justification="No aplica aquí.")
    assert service.evaluations.answer(service.cycle_id(), "R2.1").not_applicable


def test_consensus_refusals_change_nothing(facilitator, tmp_path):
    service = facilitator
    service.merge([_workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1})])
    before = dump(service.store.path)
    for kwargs, code in [
        (dict(element_id="R1.1", level=2, justification="  "),
         "CONSENSUS_JUSTIFICATION_REQUIRED"),
        (dict(element_id="R1.1", level=7, justification="x"), "INVALID_LEVEL"),
        (dict(element_id="R9.9", level=2, justification="x"), "UNKNOWN_ELEMENT"),
        (dict(element_id="R1.2", level=2, justification="x"), "NO_RATINGS"),
    ]:
        element = kwargs.pop("element_id")
        with pytest.raises(InvalidInputError) as info:
            service.record_consensus(element, **kwargs)
        assert info.value.code == code
    assert dump(service.store.path) == before


def test_a_failure_inside_the_consensus_rolls_back_the_answer(facilitator, tmp_path):
    service = facilitator
    service.merge([_workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1})])
    before = dump(service.store.path)
    # The consensus table refuses this row (CHECK); the answer saved before it in the same
    # transaction must go too.
    with pytest.raises(StorageError):
        with service.store.transaction() as db:
            service.evaluations.save_answer(service.cycle_id(), "R1.1", level=3)
            db.execute("INSERT INTO consensus (cycle_id, element_id, level, justification, "
                       "decided_at) VALUES (?, 'R1.1', 3, '', 'now')", [service.cycle_id()])
    assert dump(service.store.path) == before


def test_tampered_file_is_refused(facilitator, tmp_path):
    service = facilitator
    ana = _workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1, "R1.2": 2})
    data = json.loads(ana.read_bytes())
    data["body"]["ratings"][0]["level"] = 5
    forged = tmp_path / "forged.dgrating"
    forged.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert _refused(service, [forged]) == [("forged.dgrating", "RATER_FILE_TAMPERED")]
    # a file that only names another rater is no better
    data = json.loads(ana.read_bytes())
    data["body"]["rater"] = "Luis Soto"
    renamed = tmp_path / "renamed.dgrating"
    renamed.write_text(json.dumps(data), "utf-8")
    assert _refused(service, [renamed]) == [("renamed.dgrating", "RATER_FILE_TAMPERED")]
    # reformatting the JSON is not tampering: the seal covers the canonical content
    pretty = tmp_path / "pretty.dgrating"
    pretty.write_text(json.dumps(json.loads(ana.read_bytes()), indent=4), "utf-8")
    assert [m.rater for m in service.merge([pretty])] == ["Ana Pérez"]


def test_duplicates_are_refused(facilitator, tmp_path):
    service = facilitator
    ana = _workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1})
    copy = tmp_path / "copy.dgrating"
    copy.write_bytes(ana.read_bytes())
    assert _refused(service, [ana, copy]) == [("copy.dgrating", "RATER_FILE_DUPLICATE")]
    service.merge([ana])
    assert _refused(service, [ana]) == [("ana.dgrating", "RATER_FILE_DUPLICATE")]
    # a second, different file of the same rater (sealed again after more scoring)
    with open_store(tmp_path / "ana.dgw", create=False) as wb:
        ev = EvaluationService(wb)
        ev.save_answer(ev.current_cycle().id, "R1.2", level=3, rationale="más")
        seal_workbook(wb, out=tmp_path / "ana-2.dgrating")
    assert _refused(service, [tmp_path / "ana-2.dgrating"]) == [
        ("ana-2.dgrating", "RATER_FILE_DUPLICATE")]
    with pytest.raises(InvalidInputError) as info:
        service.rate("R1.1", rater="Ana Pérez", level=3)
    assert info.value.code == "RATER_ALREADY_MERGED"


def test_other_cycle_agency_unknown_and_garbage_are_refused(facilitator, tmp_path):
    service = facilitator
    old = _workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1})
    # another facilitator (same agency, same cycle) with a rater of the same name
    other = create_demo(tmp_path / "other.sqlite", agency_code="AG-7", seed=4)
    RaterService(other).add_rater(name="Luis Soto", role="Analista")
    (tmp_path / "stranger").mkdir()
    stranger = _workbook(RaterService(other), tmp_path / "stranger", "Luis Soto", {"R1.1": 2})
    other.close()
    # another agency
    foreign_store = create_demo(tmp_path / "foreign.sqlite", agency_code="AG-8", seed=4)
    RaterService(foreign_store).add_rater(name="Eva", role="Jefa")
    (tmp_path / "foreign").mkdir()
    foreign = _workbook(RaterService(foreign_store), tmp_path / "foreign", "Eva", {"R1.1": 2})
    foreign_store.close()
    garbage = tmp_path / "garbage.dgrating"
    garbage.write_bytes(b"%PDF-1.7 not a return file")
    missing = tmp_path / "missing.dgrating"
    good = _workbook(service, tmp_path, "Luis Soto", {"R1.1": 3})
    assert _refused(service, [good, stranger, foreign, garbage, missing]) == [
        ("luis.dgrating", "RATER_UNKNOWN"),
        ("eva.dgrating", "RATER_FILE_OTHER_AGENCY"),
        ("garbage.dgrating", "RATER_FILE_INVALID"),
        ("missing.dgrating", "UNREADABLE_FILE"),
    ]
    # the facilitator moves on to the next cycle: last cycle's file no longer fits
    ev = service.evaluations
    ev.start_new_cycle(from_cycle_id=ev.current_cycle().id, year=ev.current_cycle().year + 1)
    assert _refused(service, [old]) == [("ana.dgrating", "RATER_FILE_OTHER_CYCLE")]


def test_local_raters_score_in_the_facilitators_database(facilitator, tmp_path):
    service = facilitator
    service.rate("R3.1", rater="Ana Pérez", level=1, rationale="a")
    service.rate("R3.1", rater="Luis Soto", level=1, rationale="b")
    service.rate("R3.1", rater="Ana Pérez", level=2, rationale="a, revisado")
    e = service.view().element("R3.1")
    assert [(r.rater, r.level, r.source) for r in e.ratings] == [
        ("Ana Pérez", 2, "local"), ("Luis Soto", 1, "local")]
    # a rater who scored here cannot also bring a workbook
    ana = _workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1})
    assert _refused(service, [ana]) == [("ana.dgrating", "RATER_RATED_LOCALLY")]
    with pytest.raises(DigigovError) as info:
        service.rate("R3.1", rater="Nadie", level=1)
    assert info.value.code == "RATER_NOT_FOUND"


def test_rater_names(facilitator):
    for name, code in [("  ", "RATER_NAME_REQUIRED"), ("Ana Pérez", "RATER_EXISTS"),
                       ("x" * 201, "TEXT_TOO_LONG")]:
        with pytest.raises(InvalidInputError) as info:
            facilitator.add_rater(name=name, role="r")
        assert info.value.code == code
    assert [r.name for r in facilitator.raters()] == ["Ana Pérez", "Luis Soto"]


def test_policy_consensus_required_blocks_readiness(facilitator, tmp_path, monkeypatch):
    service = facilitator
    service.merge([_workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1, "R1.2": 2})])
    cycle = service.cycle_id()
    assert service.evaluations.status(cycle).ready  # no policy: ratings do not block
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"consensus_required": True}), "utf-8")
    monkeypatch.setenv(config.ENV_POLICY, str(policy))
    config.set_active_policy(None)
    try:
        status = service.evaluations.status(cycle)
        assert not status.ready
        assert [(i.code, i.element) for i in status.issues if i.blocking] == [
            (IssueCode.CONSENSUS_PENDING, "R1.1"), (IssueCode.CONSENSUS_PENDING, "R1.2")]
        service.record_consensus("R1.1", level=1, justification="Acuerdo.")
        service.record_consensus("R1.2", level=2, justification="Acuerdo.")
        assert service.evaluations.status(cycle).ready
    finally:
        config.set_active_policy(None)


def test_policy_schema_knows_consensus_required(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"consensus_required": True, "locked": ["consensus_required"]}))
    policy = config.load_policy(path)
    assert policy.get("consensus_required") is True and policy.is_locked("consensus_required")
    path.write_text(json.dumps({"consensus_required": "yes"}))
    with pytest.raises(config.PolicyError) as info:
        config.load_policy(path)
    assert info.value.params["key"] == "consensus_required"


def test_seal_needs_a_workbook_with_ratings(facilitator, tmp_path):
    with pytest.raises(InvalidInputError) as info:
        seal_workbook(facilitator.store, out=tmp_path / "x.dgrating")
    assert info.value.code == "NOT_A_WORKBOOK"
    book = export_workbook(facilitator.store, rater="Luis Soto", out=tmp_path / "l.dgw")
    with open_store(book, create=False) as wb:
        with pytest.raises(InvalidInputError) as info:
            seal_workbook(wb, out=tmp_path / "x.dgrating")
    assert info.value.code == "NO_RATINGS"
    assert not (tmp_path / "x.dgrating").exists()


def test_payload_team_member(facilitator, tmp_path, framework):
    from digigov_desktop.domain import submission as payloads

    service = facilitator
    cycle = service.cycle_id()
    status = service.evaluations.status(cycle)
    identity = dict(submission_id="0b6a4c8e-1f2d-4a5b-9c7d-3e2f1a0b9c8d", revision=1,
                    supersedes=None, created_at="2026-12-01T10:00:00Z", app_version="1.0.0",
                    lang="es")
    plain = payloads.build_payload(status, **identity)
    assert "team" not in plain  # no team evaluation, no member: payloads stay as they were
    assert service.team_json(cycle) is not None  # raters named: the member appears
    service.merge([_workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1}),
                   _workbook(service, tmp_path, "Luis Soto", {"R1.1": 3})])
    service.record_consensus("R1.1", level=2, justification="Acuerdo.")
    status = service.evaluations.status(cycle)
    team = service.team_json(cycle)
    payload = payloads.build_payload(status, team=team, **identity)
    parsed = payloads.parse_payload(payloads.canonical_json(payload))
    entry = parsed["team"]["elements"]["R1.1"]
    assert [(r["rater"], r["level"]) for r in entry["ratings"]] == [("Ana Pérez", 1),
                                                                   ("Luis Soto", 3)]
    assert entry["consensus"] == {"level": 2, "not_applicable": False,
                                  "justification": "Acuerdo.", "decided_by": "facilitadora"}
    # a rating by someone not listed among the raters is inconsistent
    forged = json.loads(payloads.canonical_json(payload))
    forged["team"]["elements"]["R1.1"]["ratings"][0]["rater"] = "Nadie"
    with pytest.raises(payloads.PayloadError) as info:
        payloads.parse_payload(payloads.canonical_json(forged))
    assert info.value.code == "INCONSISTENT"
    forged["team"]["elements"]["R1.1"]["ratings"][0]["level"] = 9
    with pytest.raises(payloads.PayloadError) as info:
        payloads.parse_payload(payloads.canonical_json(forged))
    assert info.value.code == "SCHEMA_INVALID"


def test_report_annex_in_english(facilitator, tmp_path, framework):
    from digigov_desktop.reports.data import report_data
    from digigov_desktop.reports.labels import ReportLabels
    from digigov_desktop.reports.pdf_report import render_report

    service = facilitator
    service.merge([_workbook(service, tmp_path, "Ana Pérez", {"R1.1": 0}),
                   _workbook(service, tmp_path, "Luis Soto", {"R1.1": 5})])
    cycle = service.cycle_id()
    status = service.evaluations.status(cycle)
    data = report_data(status.evaluation, status.framework, status.scores, lang="en",
                       payload_sha256="0" * 64, signer="", previous_scores=None,
                       submission_id="x", revision=1, team=service.team_json(cycle))
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_report(data, ReportLabels.for_language("en")))
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    annex = text[text.index("Annex: team evaluation"):]
    assert "Own workbook (sealed file)" in annex
    assert "Ana Pérez: 0" in annex and "Luis Soto: 5" in annex and "⚠ 0–5" in annex
    assert "pending" in annex


def test_merged_files_are_kept_and_can_be_rechecked(facilitator, tmp_path):
    service = facilitator
    ana = _workbook(service, tmp_path, "Ana Pérez", {"R1.1": 1, "R2.2": "na"})
    service.merge([ana])
    assert service.recheck_merged() == {"Ana Pérez": True}
    # someone edits the stored rating behind the application's back (the trigger refuses
    # an UPDATE, so they delete and re-insert): the recheck finds it
    conn = sqlite3.connect(service.store.path)
    row = conn.execute("SELECT * FROM rating WHERE element_id = 'R1.1'").fetchone()
    conn.execute("DELETE FROM rating WHERE element_id = 'R1.1'")
    conn.execute("INSERT INTO rating VALUES (?, ?, ?, 5, 0, ?, ?, ?, ?)",
                 [row[0], row[1], row[2], row[5], row[6], row[7], row[8]])
    conn.commit()
    conn.close()
    assert service.recheck_merged() == {"Ana Pérez": False}


@pytest.mark.parametrize("fixture", sorted((Path(__file__).parent / "fixtures").glob(
    "db-*.sqlite")), ids=lambda p: p.stem)
def test_released_databases_take_team_evaluation(fixture, tmp_path):
    """Every stored database of a released schema gains the team tables and works with them."""
    import shutil

    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    with open_store(path) as store:
        service = RaterService(store, actor="f")
        assert service.view().rated == [] and service.team_json(service.cycle_id()) is None
        service.add_rater(name="Ana Pérez", role="Jefa de TI")
        rating = _workbook(service, tmp_path, "Ana Pérez", {"R1.1": 2})
        assert [m.ratings for m in service.merge([rating])] == [1]
        service.record_consensus("R1.1", level=2, justification="Acuerdo.")
        assert service.evaluations.answer(service.cycle_id(), "R1.1").level == 2


def test_unwritable_destinations_give_a_coded_error(facilitator, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for call in (
        lambda: export_workbook(facilitator.store, rater="Ana Pérez",
                                out=blocker / "ana.dgw"),
    ):
        with pytest.raises(DigigovError) as info:
            call()
        assert info.value.code in ("WRITE_FAILED", "STORE_CANNOT_OPEN")
    book = export_workbook(facilitator.store, rater="Ana Pérez", out=tmp_path / "a.dgw")
    assert oct(book.stat().st_mode & 0o777) == "0o600"
    with open_store(book, create=False) as wb:
        ev = EvaluationService(wb)
        ev.save_answer(ev.current_cycle().id, "R1.1", level=1, rationale="x")
        audit = wb.query("SELECT count(*) AS n FROM audit")[0]["n"]
        with pytest.raises(DigigovError) as info:
            seal_workbook(wb, out=blocker / "a.dgrating")
        assert info.value.code == "WRITE_FAILED"
        assert wb.query("SELECT count(*) AS n FROM audit")[0]["n"] == audit  # no audit row


def test_cli_local_rating_usage_and_spanish(tmp_path, capsys):
    from digigov_desktop import cli

    db = tmp_path / "a.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert cli.main(["--lang", "es", "raters", "add", "--db", str(db), "--name", "Eva",
                     "--role", "Analista"]) == 0
    assert capsys.readouterr().out == "Se agregó al evaluador Eva.\n"
    assert cli.main(["raters", "rate", "--db", str(db), "--rater", "Eva", "r2.1", "na",
                     "--rationale", "No aplica"]) == 0
    assert cli.main(["--lang", "en", "raters", "rate", "--db", str(db), "--rater", "Nadie",
                     "R2.1", "1"]) == 4
    assert "There is no rater named Nadie" in capsys.readouterr().err
    assert cli.main(["--lang", "es", "consensus", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["  R2.1   —     pendiente  Eva N/A",
                   "1 elemento(s) calificado(s), 0 con una dispersión de 2 niveles o más, "
                   "1 sin consenso."]
    with pytest.raises(SystemExit) as info:  # half a consensus is a usage error
        cli.main(["consensus", "--db", str(db), "--element", "R2.1"])
    assert info.value.code == 2
    assert cli.main(["--lang", "en", "consensus", "--db", str(db), "--element", "R2.1",
                     "--level", "na", "--justification", ""]) == 4
    assert "A consensus needs its justification." in capsys.readouterr().err
