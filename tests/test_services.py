"""Evaluation use cases over a real store: every edit one transaction with an audit row."""

from __future__ import annotations

import hashlib
import json

import pytest

from digigov_desktop.domain.evaluation import Agency, AgencyType, CycleState, Person
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.storage.database import open_store


@pytest.fixture
def service(store, framework):
    return EvaluationService(store, actor="ana", framework=framework)


@pytest.fixture
def cycle(service):
    return service.setup(
        agency=Agency("AG-1", "Municipalidad de Prueba", AgencyType.MUNICIPALITY, "CL-AI"),
        year=2026,
        preparers=[Person("Ana Pérez", "Encargada TD")],
    )


def _audit(store):
    return store.query("SELECT * FROM audit ORDER BY id")


def test_setup_creates_agency_cycle_and_makes_it_current(service, cycle, store, framework):
    assert cycle.year == 2026 and cycle.state == CycleState.DRAFT
    assert (cycle.framework_id, cycle.framework_version) == (framework.id, framework.version)
    assert service.current_cycle() == cycle
    evaluation = service.evaluation(cycle.id)
    assert evaluation.agency.region == "CL-AI"
    assert evaluation.preparers == (Person("Ana Pérez", "Encargada TD"),)
    assert _audit(store)[-1]["action"] == "cycle.create"


def test_save_answer_partial_updates_and_audit(service, cycle, store):
    service.save_answer(cycle.id, "R3.2", level=2)
    service.save_answer(cycle.id, "R3.2", rationale="Hay un borrador de inventario.")
    answer = service.save_answer(cycle.id, "R3.2", target=4)
    assert (answer.level, answer.rationale, answer.target) == (
        2, "Hay un borrador de inventario.", 4)
    assert answer.updated_by == "ana"
    rows = [r for r in _audit(store) if r["action"] == "answer.update"]
    assert len(rows) == 3
    assert json.loads(rows[1]["old"])["rationale"] == ""
    assert json.loads(rows[1]["new"])["rationale"] == "Hay un borrador de inventario."
    assert rows[0]["old"] is None and rows[0]["key"] == f"{cycle.id}/R3.2"


def test_level_and_not_applicable_exclude_each_other(service, cycle):
    service.save_answer(cycle.id, "R8.1", level=3)
    answer = service.save_answer(cycle.id, "R8.1", not_applicable=True)
    assert answer.not_applicable and answer.level is None
    answer = service.save_answer(cycle.id, "R8.1", level=1)
    assert not answer.not_applicable and answer.level == 1


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"level": 6}, "INVALID_LEVEL"),
        ({"level": -1}, "INVALID_LEVEL"),
        ({"level": True}, "INVALID_LEVEL"),
        ({"target": 9}, "INVALID_LEVEL"),
        ({"rationale": "x" * 20_001}, "TEXT_TOO_LONG"),
    ],
)
def test_bad_answers_are_rejected_and_nothing_changes(service, cycle, store, kwargs, code):
    before = len(_audit(store))
    with pytest.raises(InvalidInputError) as info:
        service.save_answer(cycle.id, "R1.1", **kwargs)
    assert info.value.code == code
    assert len(_audit(store)) == before
    assert store.query("SELECT * FROM answer") == []


def test_unknown_element(service, cycle):
    with pytest.raises(InvalidInputError) as info:
        service.save_answer(cycle.id, "R13.1", level=1)
    assert info.value.code == "UNKNOWN_ELEMENT"


def test_notes(service, cycle, store):
    service.save_notes(cycle.id, "R5", strengths="Liderazgo claro")
    notes = service.save_notes(cycle.id, "R5", actions="Aprobar plan")
    assert (notes.strengths, notes.improvements, notes.actions) == (
        "Liderazgo claro", "", "Aprobar plan")
    assert service.notes(cycle.id, "R5") == notes
    assert _audit(store)[-1]["action"] == "notes.update"


def test_evidence_is_stored_with_hash_and_deduplicated(service, cycle, store, tmp_path):
    f = tmp_path / "resolución exenta 123.pdf"
    f.write_bytes(b"%PDF-1.4 fake but bytes are bytes")
    a = service.add_evidence(cycle.id, "R5.1", path=f)
    b = service.add_evidence(cycle.id, "R5.2", content=f.read_bytes(), file_name="copia.pdf")
    assert a.sha256 == hashlib.sha256(f.read_bytes()).hexdigest() == b.sha256
    assert a.size == f.stat().st_size and a.file_name == f.name
    assert a.media_type == "application/pdf"
    assert service.evidence_content(a.id) == f.read_bytes()
    assert store.query_one("SELECT count(*) AS n FROM blob")["n"] == 1
    service.remove_evidence(a.id)
    assert store.query_one("SELECT count(*) AS n FROM blob")["n"] == 1  # still used by b
    service.remove_evidence(b.id)
    assert store.query_one("SELECT count(*) AS n FROM blob")["n"] == 0
    assert [r["action"] for r in _audit(store)][-4:] == [
        "evidence.add", "evidence.add", "evidence.remove", "evidence.remove"]


def test_evidence_limits(service, cycle, store, tmp_path):
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(InvalidInputError) as info:
        service.add_evidence(cycle.id, "R1.1", path=big, max_bytes=1024)
    assert info.value.code == "EVIDENCE_TOO_LARGE"
    assert info.value.params["limit"] == 1024
    with pytest.raises(InvalidInputError) as info:
        service.add_evidence(cycle.id, "R1.1", content=b"", file_name="empty.txt")
    assert info.value.code == "EVIDENCE_EMPTY"
    with pytest.raises(InvalidInputError) as info:
        service.add_evidence(cycle.id, "R1.1", path=tmp_path / "missing.pdf")
    assert info.value.code == "EVIDENCE_UNREADABLE"
    assert store.query("SELECT * FROM evidence") == []


def test_editing_a_ready_cycle_makes_it_a_draft(service, cycle):
    service.set_state(cycle.id, CycleState.READY)
    service.save_answer(cycle.id, "R1.1", level=1)
    assert service.cycle(cycle.id).state == CycleState.DRAFT


def test_new_cycle_carries_answers_forward_until_edited(service, cycle, framework):
    service.save_answer(cycle.id, "R1.1", level=3, rationale="Plan aprobado", target=4)
    service.save_answer(cycle.id, "R1.2", level=1, rationale="Inicial")
    service.save_notes(cycle.id, "R1", strengths="Buena base")
    service.add_evidence(cycle.id, "R1.1", content=b"acta", file_name="acta.txt")
    new = service.start_new_cycle(from_cycle_id=cycle.id, year=2027)
    assert new.previous_cycle_id == cycle.id and new.state == CycleState.DRAFT
    assert service.current_cycle() == new
    assert service.answer(new.id, "R1.1").level == 3
    # the new cycle starts on the newest pack; R1.2's answer may feed its successors too
    assert {"R1.1", "R1.2"} <= service.carried_forward(new.id)
    assert [e.file_name for e in service.evidence(new.id, "R1.1")] == ["acta.txt"]
    assert service.notes(new.id, "R1").strengths == "Buena base"
    service.save_answer(new.id, "R1.1", level=4, override_justification="Informe 2027")
    assert "R1.1" not in service.carried_forward(new.id)
    assert "R1.2" in service.carried_forward(new.id)
    assert service.answer(cycle.id, "R1.1").level == 3  # the old cycle is untouched
    with pytest.raises(InvalidInputError):
        service.start_new_cycle(from_cycle_id=new.id, year=2027)


def test_edits_survive_reopening(tmp_path, framework):
    path = tmp_path / "s.sqlite"
    with open_store(path) as store:
        service = EvaluationService(store, actor="x", framework=framework)
        cycle = service.setup(agency=Agency("A", "B"), year=2026)
        service.save_answer(cycle.id, "R2.1", level=4, rationale="r")
    with open_store(path) as store:
        service = EvaluationService(store, framework=framework)
        assert service.current_cycle().id == cycle.id
        assert service.answer(cycle.id, "R2.1").level == 4
