"""Scores, completion, not-applicable handling, readiness and cycle comparison."""

from __future__ import annotations

import pytest

from digigov_desktop.domain.evaluation import (
    Agency,
    Answer,
    Cycle,
    CycleState,
    Evaluation,
    Evidence,
    Person,
)
from digigov_desktop.domain.scoring import compare_cycles, compute_scores
from digigov_desktop.domain.validation import IssueCode, is_ready, readiness_issues


def _all(framework, level):
    return {e.id: Answer(e.id, level=level, rationale="ok") for e in framework.elements}


def test_empty_evaluation_has_no_scores(framework):
    scores = compute_scores(framework, {})
    assert scores.overall.score is None and scores.overall.status == "no_data"
    assert scores.overall.completion.answered == 0
    assert scores.overall.completion.total == len(framework.elements)
    assert all(r.status == "no_data" for r in scores.recommendations.values())


def test_uniform_levels(framework):
    scores = compute_scores(framework, _all(framework, 3))
    assert scores.overall.score == pytest.approx(3.0)
    assert scores.overall.normalized == pytest.approx(0.6)
    assert scores.overall.completion.ratio == 1.0
    assert all(p.score == pytest.approx(3.0) for p in scores.pillars.values())


def test_means_are_hierarchical_not_flat(framework):
    """Overall = mean of pillars = mean of means, not the mean of all elements."""
    answers = _all(framework, 0)
    r1 = framework.recommendation("R1")
    for element in r1.elements:
        answers[element.id] = Answer(element.id, level=5, rationale="x")
    scores = compute_scores(framework, answers)
    assert scores.recommendations["R1"].score == 5
    assert scores.pillars["P1"].score == pytest.approx(5 / 4)
    assert scores.overall.score == pytest.approx(5 / 4 / 3)


def test_not_applicable_is_excluded_and_reported(framework):
    answers = _all(framework, 2)
    r8 = framework.recommendation("R8")
    first, *rest = r8.elements
    answers[first.id] = Answer(first.id, level=5, rationale="x")
    for element in rest:
        answers[element.id] = Answer(element.id, not_applicable=True, rationale="n/a")
    scores = compute_scores(framework, answers)
    assert scores.recommendations["R8"].score == 5  # N/A does not count as zero
    for element in r8.elements:
        answers[element.id] = Answer(element.id, not_applicable=True, rationale="n/a")
    scores = compute_scores(framework, answers)
    assert scores.recommendations["R8"].score is None
    assert scores.recommendations["R8"].status == "not_applicable"
    assert scores.recommendations["R8"].completion.complete
    # P2 is the mean of the three other recommendations, not dragged down by R8
    assert scores.pillars["P2"].score == pytest.approx(2.0)


def test_partial_completion(framework):
    element = framework.elements[0]
    scores = compute_scores(framework, {element.id: Answer(element.id, level=4)})
    rec = scores.recommendations[element.recommendation_id]
    assert rec.completion.answered == 1 and not rec.completion.complete
    assert rec.score == 4
    assert scores.overall.completion.ratio == pytest.approx(1 / len(framework.elements))


def test_dimension_lens(framework):
    scores = compute_scores(framework, _all(framework, 4))
    assert set(scores.dimensions) == {d.id for d in framework.dimensions}
    assert all(d.score == pytest.approx(4.0) for d in scores.dimensions.values())


def test_compare_cycles(framework):
    old = _all(framework, 2)
    new = dict(old)
    e = framework.elements[0]
    new[e.id] = Answer(e.id, level=4)
    cmp = compare_cycles(framework, old, new)
    assert cmp.elements[e.id].change == 2
    rec = framework.recommendation(e.recommendation_id)
    assert cmp.recommendations[rec.id].change == pytest.approx(2 / len(rec.elements))
    assert cmp.elements[framework.elements[1].id].change == 0
    assert cmp.overall.change > 0


def _evaluation(framework, answers, evidence=(), agency_name="Servicio"):
    cycle = Cycle(1, "AG", 2026, framework.id, framework.version, CycleState.DRAFT, "")
    return Evaluation(
        agency=Agency("AG", agency_name), cycle=cycle, answers=answers,
        evidence=tuple(evidence), preparers=(Person("Ana"),),
    )


def test_readiness_codes(framework):
    e1, e2, e3, e4 = framework.elements[:4]
    answers = _all(framework, 1)
    answers[e1.id] = Answer(e1.id)  # unanswered
    answers[e2.id] = Answer(e2.id, level=2, rationale="  ")  # no rationale
    answers[e3.id] = Answer(e3.id, level=3, rationale="ok")  # level ≥3 without evidence
    answers[e4.id] = Answer(e4.id, level=2, rationale="ok", target=1)  # target below level
    issues = readiness_issues(framework, _evaluation(framework, answers, agency_name=""))
    found = {(i.code, i.element) for i in issues}
    assert found == {
        (IssueCode.AGENCY_INCOMPLETE, None),
        (IssueCode.UNANSWERED, e1.id),
        (IssueCode.MISSING_RATIONALE, e2.id),
        (IssueCode.MISSING_EVIDENCE, e3.id),
        (IssueCode.TARGET_BELOW_LEVEL, e4.id),
    }
    assert not is_ready(issues)


def test_ready_when_everything_is_justified(framework):
    answers = _all(framework, 4)
    evidence = [Evidence(i, e.id, "f.pdf", 1, "0" * 64) for i, e in enumerate(framework.elements)]
    issues = readiness_issues(framework, _evaluation(framework, answers, evidence))
    assert issues == [] and is_ready(issues)
    # a warning alone does not block
    e = framework.elements[0]
    answers[e.id] = Answer(e.id, level=4, rationale="x", target=2)
    issues = readiness_issues(framework, _evaluation(framework, answers, evidence))
    assert [i.code for i in issues] == [IssueCode.TARGET_BELOW_LEVEL] and is_ready(issues)
