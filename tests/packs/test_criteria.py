"""Format-2 packs: the cumulative scoring rule, ticking criteria, overrides, automatic N/A."""

from __future__ import annotations

import pytest

from digigov_desktop.domain import validation
from digigov_desktop.domain.evaluation import Agency, AgencyType, Person
from digigov_desktop.services.evaluations import EvaluationService


@pytest.fixture
def service(store, pack15):
    return EvaluationService(store, actor="ana", framework=pack15)


@pytest.fixture
def cycle(service, pack15):
    return service.setup(agency=Agency("AG-1", "Municipalidad X", AgencyType.MUNICIPALITY),
                         year=2026, preparers=[Person("Ana")], framework=pack15)


def _ids(element, *levels):
    return {c.id for lvl in levels for c in element.criteria_at(lvl)}


def test_level_zero_has_no_criteria_and_levels_one_to_five_one_to_three(pack15):
    for element in pack15.iter_elements():
        assert element.criteria_at(0) == ()
        assert all(1 <= len(element.criteria_at(n)) <= 3 for n in range(1, 6))


def test_proposed_level_is_cumulative(pack15):
    e = pack15.element("R1.1")
    assert e.proposed_level(set()) == 0
    assert e.proposed_level(_ids(e, 1)) == 1
    assert e.proposed_level(_ids(e, 1, 2, 3)) == 3
    # level 4 met but a criterion of level 2 missing: only level 1 is reached
    partial = _ids(e, 1, 3, 4) | set(list(_ids(e, 2))[:-1])
    assert e.proposed_level(partial) == 1
    assert e.proposed_level(_ids(e, 1, 2, 3, 4, 5)) == 5


def test_ticking_moves_the_level_and_an_override_keeps_its_justification(service, cycle, pack15,
                                                                        store):
    e = pack15.element("R1.1")
    answer = service.save_answer(cycle.id, "R1.1", criteria=_ids(e, 1, 2))
    assert answer.level == 2 and answer.override_justification == ""
    answer = service.save_answer(cycle.id, "R1.1", level=4,
                                 override_justification="Auditoría externa 2026 lo acredita.")
    assert answer.level == 4
    # ticking more keeps the official's level while the override stands
    answer = service.save_answer(cycle.id, "R1.1", criteria=_ids(e, 1, 2, 3))
    assert answer.level == 4 and answer.override_justification.startswith("Auditoría")
    stored = service.answer(cycle.id, "R1.1")
    assert stored.criteria == frozenset(_ids(e, 1, 2, 3))
    assert stored.override_justification.startswith("Auditoría")
    # choosing the proposed level again drops the justification
    answer = service.save_answer(cycle.id, "R1.1", level=3)
    assert answer.override_justification == ""
    rows = store.query("SELECT count(*) AS n FROM answer_criterion WHERE element_id = 'R1.1'")
    assert rows[0]["n"] == len(_ids(e, 1, 2, 3))


def test_a_level_without_criteria_or_justification_blocks_readiness(service, cycle, pack15):
    service.save_answer(cycle.id, "R1.1", level=3, rationale="x")
    codes = {(i.code, i.element) for i in service.status(cycle.id).issues}
    assert (validation.IssueCode.LEVEL_NOT_SUPPORTED, "R1.1") in codes
    service.save_answer(cycle.id, "R1.1", override_justification="Consta en acta 12.")
    codes = {(i.code, i.element) for i in service.status(cycle.id).issues}
    assert (validation.IssueCode.LEVEL_NOT_SUPPORTED, "R1.1") not in codes


def test_unknown_criterion_is_refused_with_a_code(service, cycle):
    from digigov_desktop.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as info:
        service.save_answer(cycle.id, "R1.1", criteria={"R9.9-1a"})
    assert info.value.code == "UNKNOWN_CRITERION"


def test_element_not_applicable_to_the_body_type_is_answered_automatically(service, cycle):
    reason = service.not_applicable_reason(cycle.id, "R6.1")
    assert reason is not None and "unicipal" in reason.es
    evaluation = service.evaluation(cycle.id)
    assert evaluation.answers["R6.1"].not_applicable
    issues = service.status(cycle.id).issues
    assert not any(i.element == "R6.1" for i in issues)
    from digigov_desktop.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as info:
        service.save_answer(cycle.id, "R6.1", level=2)
    assert info.value.code == "ELEMENT_NOT_APPLICABLE"


def test_payload_2_carries_pack_sha256_criteria_and_justification(service, cycle, pack15):
    from digigov_desktop.domain.submission import build_payload, canonical_json, parse_payload

    e = pack15.element("R1.1")
    service.save_answer(cycle.id, "R1.1", criteria=_ids(e, 1), rationale="r")
    service.save_answer(cycle.id, "R1.2", level=2, override_justification="Acta 3/2026.",
                        rationale="r")
    payload = build_payload(service.status(cycle.id), submission_id=
                            "6f1c2b8e-8a53-4c8e-9d7e-0a1b2c3d4e5f", revision=1, supersedes=None,
                            created_at="2026-12-01T10:00:00Z", app_version="1.0.0", lang="es")
    assert payload["schema"] == "urn:digigov:payload:2"
    assert payload["framework"] == {"id": pack15.id, "version": "1.5.0",
                                    "sha256": pack15.sha256, "format": 2}
    assert payload["answers"]["R1.1"]["criteria"] == sorted(_ids(e, 1))
    assert payload["answers"]["R1.2"]["override_justification"] == "Acta 3/2026."
    parsed = parse_payload(canonical_json(payload), require_canonical=True)
    assert parsed == payload
    payload["answers"]["R1.1"]["criteria"] = ["R2.1-1a"]
    import pytest as _pytest

    from digigov_desktop.domain.submission import PayloadError

    with _pytest.raises(PayloadError) as info:
        parse_payload(canonical_json(payload))
    assert info.value.code == "INCONSISTENT"
