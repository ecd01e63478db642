"""Moving a draft from pack 1.0.0 to a format-2 pack along its predecessor map."""

from __future__ import annotations

import pytest

from digigov_desktop.domain.framework import load_framework
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.services import pack_migration
from digigov_desktop.services.demo import fill_demo
from digigov_desktop.services.evaluations import EvaluationService


def _texts(store, cycle_id):
    """Every non-empty rationale and note text of a cycle, and its evidence blobs."""
    answers = [r["rationale"] for r in store.query(
        "SELECT rationale FROM answer WHERE cycle_id = ?", [cycle_id]) if r["rationale"].strip()]
    notes = {(r["recommendation_id"], f): r[f] for r in store.query(
        "SELECT * FROM recommendation_notes WHERE cycle_id = ?", [cycle_id])
        for f in ("strengths", "improvements", "actions")}
    evidence = store.query("SELECT element_id, sha256, file_name FROM evidence WHERE cycle_id = ?",
                           [cycle_id])
    return answers, notes, evidence


@pytest.fixture
def demo(store, pack15):
    old = load_framework("oecd-dgs-2014", "1.0.0")
    fill_demo(store, seed=7, year=2025, framework=old)
    service = EvaluationService(store, actor="ana")
    return service, service.current_cycle()


def test_dry_run_plans_and_changes_nothing(demo, store, pack15):
    service, cycle = demo
    before = list(store.conn.iterdump())
    plan = pack_migration.plan_cycle(service, cycle.id, pack15.id, pack15.version)
    data = plan.to_json()
    assert data["from"] == "1.0.0" and data["to"] == "1.5.0"
    relations = {a["element"]: a["relation"] for a in data["answers"]}
    assert relations["R1.2"] == "split" and relations["R2.1"] == "merged"
    assert "R4.6" in data["new_elements"] or any(e.startswith("R4.") for e in data["new_elements"])
    assert data["to_notes"] and data["to_notes"][0]["recommendation"] == "R3"
    assert list(store.conn.iterdump()) == before


def test_migration_loses_no_text_or_evidence_and_marks_changed_elements(demo, store, pack15):
    service, cycle = demo
    old_rationales, old_notes, old_evidence = _texts(store, cycle.id)
    old_answers = service.evaluation(cycle.id).answers
    plan = pack_migration.migrate_cycle(service, cycle.id, pack15.id, pack15.version)
    moved = service.cycle(cycle.id)
    assert (moved.framework_id, moved.framework_version) == (pack15.id, "1.5.0")
    new_rationales, new_notes, new_evidence = _texts(store, cycle.id)
    everything = "\n".join(new_rationales) + "\n" + "\n".join(new_notes.values())
    for text in old_rationales:  # every rationale survives: in an answer or a note
        assert text.strip() in everything
    for key, text in old_notes.items():  # old notes kept as they were (some appended to)
        assert new_notes[key].startswith(text.rstrip())
    # every evidence file is still there, and each row still points at an element
    assert {e["sha256"] for e in old_evidence} <= {e["sha256"] for e in new_evidence}
    assert len(new_evidence) >= len(old_evidence)
    assert all(pack15.has_element(e["element_id"]) for e in new_evidence)
    # the split part and the merged element carry the texts of their predecessors
    new_answers = service.evaluation(cycle.id).answers
    assert new_answers["R1.6"].rationale == old_answers["R1.2"].rationale
    assert old_answers["R2.2"].rationale.strip() in new_answers["R2.1"].rationale
    review = service.to_review(cycle.id)
    assert {"R1.2", "R1.6", "R2.1", "R2.2"} <= review
    assert "R5.1" not in review  # unchanged elements are not marked
    assert set(plan.to_review) == review
    codes = {(i.code, i.element) for i in service.status(cycle.id).issues}
    assert ("TO_REVIEW", "R1.6") in codes
    # reviewing clears the mark
    service.mark_reviewed(cycle.id, "R1.6")
    assert "R1.6" not in service.to_review(cycle.id)


def test_submitted_and_unmapped_cycles_are_refused(demo, pack15):
    service, cycle = demo
    with pytest.raises(InvalidInputError) as info:
        pack_migration.plan_cycle(service, cycle.id, pack15.id, "9.9.9")
    assert info.value.code == "UNKNOWN_PACK"
    from digigov_desktop.domain.evaluation import CycleState

    service.set_state(cycle.id, CycleState.SUBMITTED)
    with pytest.raises(InvalidInputError) as info:
        pack_migration.plan_cycle(service, cycle.id, pack15.id, pack15.version)
    assert info.value.code == "CYCLE_SUBMITTED"


def test_a_new_cycle_starts_on_the_newer_pack_and_carries_along_the_map(demo, store, pack15,
                                                                        monkeypatch):
    from digigov_desktop.domain import framework as fw

    monkeypatch.setattr(fw, "DEFAULT_FRAMEWORK_VERSION", None)
    monkeypatch.setattr(fw, "builtin_versions", lambda fid: ["1.0.0"])  # newest: the 1.5.0
    service, cycle = demo
    old_rationales, _, old_evidence = _texts(store, cycle.id)
    new = service.start_new_cycle(from_cycle_id=cycle.id, year=cycle.year + 1)
    assert (new.framework_version, new.previous_cycle_id) == ("1.5.0", cycle.id)
    rationales, notes, evidence = _texts(store, new.id)
    everything = "\n".join(rationales) + "\n" + "\n".join(notes.values())
    assert all(text.strip() in everything for text in old_rationales)
    assert {e["sha256"] for e in old_evidence} <= {e["sha256"] for e in evidence}
    assert {"R1.2", "R1.6", "R2.1"} <= service.to_review(new.id)
    # the old cycle is untouched: still on 1.0.0 with its answers
    assert service.cycle(cycle.id).framework_version == "1.0.0"
    assert _texts(store, cycle.id)[0] == old_rationales
