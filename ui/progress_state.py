"""What the sidebar and the plots show, computed from a `Status` (plain Python, no Qt).

Element state: not started, in progress (something entered but no level yet), complete,
or has readiness issues. A recommendation or pillar takes the "worst" useful state of its
elements. The plots' series come from here so that tests compare them with `status()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from math import fsum

from digigov_desktop.domain.validation import IssueCode
from digigov_desktop.services.evaluations import Status


class State(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    ISSUES = "issues"


@dataclass(frozen=True)
class Counts:
    answered: int
    total: int


def element_states(status: Status) -> dict[str, State]:
    evaluation = status.evaluation
    with_issue = {
        i.element for i in status.issues
        if i.element is not None and i.code != IssueCode.UNANSWERED
    }
    with_evidence = {e.element_id for e in evaluation.evidence}
    states: dict[str, State] = {}
    for element in status.framework.iter_elements():
        answer = evaluation.answers.get(element.id)
        if answer is not None and answer.answered:
            states[element.id] = State.ISSUES if element.id in with_issue else State.COMPLETE
        elif answer is not None and (answer.rationale.strip() or answer.target is not None):
            states[element.id] = State.IN_PROGRESS
        elif element.id in with_evidence:
            states[element.id] = State.IN_PROGRESS
        else:
            states[element.id] = State.NOT_STARTED
    return states


def combine(states: list[State]) -> State:
    if not states or all(s == State.NOT_STARTED for s in states):
        return State.NOT_STARTED
    if any(s == State.ISSUES for s in states):
        return State.ISSUES
    if all(s == State.COMPLETE for s in states):
        return State.COMPLETE
    return State.IN_PROGRESS


def recommendation_states(status: Status, elements: dict[str, State]) -> dict[str, State]:
    return {
        rec.id: combine([elements[e.id] for e in rec.elements])
        for rec in status.framework.recommendations
    }


def mean_targets(status: Status) -> dict[str, float | None]:
    """Mean target level per recommendation over the elements that have a target."""
    out: dict[str, float | None] = {}
    answers = status.evaluation.answers
    for rec in status.framework.recommendations:
        values = [
            float(answers[e.id].target)
            for e in rec.elements
            if e.id in answers and answers[e.id].target is not None
            and not answers[e.id].not_applicable
        ]
        out[rec.id] = fsum(values) / len(values) if values else None  # as statistics.fmean
    return out


@dataclass(frozen=True)
class PlotData:
    """Plain series for the progress page, one entry per recommendation in framework order."""

    recommendation_ids: list[str]
    completion: list[float]  # 0..1
    scores: list[float | None]  # 0..5
    targets: list[float | None]  # 0..5
    pillar_ids: list[str]
    pillar_scores: list[float | None]
    previous_scores: list[float | None] | None = None
    previous_year: int | None = None


def plot_data(status: Status, previous: Status | None = None) -> PlotData:
    fw, s = status.framework, status.scores
    rec_ids = [r.id for r in fw.recommendations]
    targets = mean_targets(status)
    prev_scores = None
    if previous is not None:
        prev_scores = [
            previous.scores.recommendations[r].score if r in previous.scores.recommendations
            else None
            for r in rec_ids
        ]
    return PlotData(
        recommendation_ids=rec_ids,
        completion=[s.recommendations[r].completion.ratio for r in rec_ids],
        scores=[s.recommendations[r].score for r in rec_ids],
        targets=[targets[r] for r in rec_ids],
        pillar_ids=[p.id for p in fw.pillars],
        pillar_scores=[s.pillars[p.id].score for p in fw.pillars],
        previous_scores=prev_scores,
        previous_year=previous.evaluation.cycle.year if previous is not None else None,
    )
