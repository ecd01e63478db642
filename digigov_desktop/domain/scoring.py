"""Scores and completion, pure functions of a framework and a set of answers.

Element score = its level (0–5). Recommendation = mean of its answered, applicable
elements; pillar = mean of its scored recommendations; overall = mean of the scored
pillars. Not-applicable is excluded everywhere; a recommendation with nothing applicable
is reported with `status == "not_applicable"` and `score is None`, never as zero.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from math import fsum

from digigov_desktop.domain.evaluation import Answer
from digigov_desktop.domain.framework import Framework

MAX_LEVEL = 5


@dataclass(frozen=True)
class Completion:
    answered: int
    total: int

    @property
    def ratio(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def complete(self) -> bool:
        return self.answered == self.total


@dataclass(frozen=True)
class Score:
    """A 0–5 score (None when nothing applicable was answered) with its 0–1 equivalent."""

    score: float | None
    completion: Completion
    status: str  # "scored", "not_applicable", "no_data"

    @property
    def normalized(self) -> float | None:
        return None if self.score is None else self.score / MAX_LEVEL


@dataclass(frozen=True)
class Scores:
    overall: Score
    pillars: dict[str, Score]
    recommendations: dict[str, Score]
    dimensions: dict[str, Score]
    elements: dict[str, float | None]


def _mean(values: list[float]) -> float | None:
    # statistics.fmean's arithmetic, without importing statistics (fractions, decimal:
    # ~5 ms of every start-up)
    return fsum(values) / len(values) if values else None


def compute_scores(framework: Framework, answers: Mapping[str, Answer]) -> Scores:
    """Score every level of the framework. Unknown element ids in `answers` are ignored."""
    element_scores: dict[str, float | None] = {}
    rec_scores: dict[str, Score] = {}
    pillar_scores: dict[str, Score] = {}
    total_answered = 0
    total_elements = 0
    for pillar in framework.pillars:
        pillar_values: list[float] = []
        pillar_answered = pillar_total = 0
        any_applicable = False
        for rec in pillar.recommendations:
            values: list[float] = []
            answered = 0
            all_na = True
            for element in rec.elements:
                answer = answers.get(element.id)
                if answer is not None and answer.answered:
                    answered += 1
                if answer is None or not answer.not_applicable:
                    all_na = False
                if answer is not None and not answer.not_applicable and answer.level is not None:
                    values.append(float(answer.level))
                    element_scores[element.id] = float(answer.level)
                else:
                    element_scores[element.id] = None
            completion = Completion(answered, len(rec.elements))
            score = _mean(values)
            status = "scored" if score is not None else ("not_applicable" if all_na else "no_data")
            rec_scores[rec.id] = Score(score, completion, status)
            if score is not None:
                pillar_values.append(score)
            any_applicable = any_applicable or status != "not_applicable"
            pillar_answered += answered
            pillar_total += len(rec.elements)
        pillar_score = _mean(pillar_values)
        pillar_status = (
            "scored" if pillar_score is not None
            else ("no_data" if any_applicable else "not_applicable")
        )
        pillar_scores[pillar.id] = Score(
            pillar_score, Completion(pillar_answered, pillar_total), pillar_status
        )
        total_answered += pillar_answered
        total_elements += pillar_total
    overall_values = [s.score for s in pillar_scores.values() if s.score is not None]
    overall_score = _mean(overall_values)
    overall = Score(
        overall_score,
        Completion(total_answered, total_elements),
        "scored" if overall_score is not None else "no_data",
    )
    return Scores(
        overall=overall,
        pillars=pillar_scores,
        recommendations=rec_scores,
        dimensions=_dimension_scores(framework, rec_scores),
        elements=element_scores,
    )


def _dimension_scores(framework: Framework, recs: dict[str, Score]) -> dict[str, Score]:
    """Optional DGPF lens: a dimension = mean of the scored recommendations mapped to it."""
    out: dict[str, Score] = {}
    for dim in framework.dimensions:
        mapped = [r for r in framework.recommendations if dim.id in r.dimensions]
        values = [recs[r.id].score for r in mapped if recs[r.id].score is not None]
        answered = sum(recs[r.id].completion.answered for r in mapped)
        total = sum(recs[r.id].completion.total for r in mapped)
        score = _mean(values)  # type: ignore[arg-type]
        out[dim.id] = Score(score, Completion(answered, total), "scored" if values else "no_data")
    return out


@dataclass(frozen=True)
class Delta:
    old: float | None
    new: float | None

    @property
    def change(self) -> float | None:
        if self.old is None or self.new is None:
            return None
        return self.new - self.old


@dataclass(frozen=True)
class Comparison:
    elements: dict[str, Delta]
    recommendations: dict[str, Delta]
    pillars: dict[str, Delta]
    overall: Delta


def compare_cycles(
    framework: Framework, old: Mapping[str, Answer], new: Mapping[str, Answer]
) -> Comparison:
    """Deltas per element, recommendation, pillar and overall between two cycles."""
    a = compute_scores(framework, old)
    b = compute_scores(framework, new)
    return Comparison(
        elements={k: Delta(a.elements[k], b.elements[k]) for k in b.elements},
        recommendations={
            k: Delta(a.recommendations[k].score, b.recommendations[k].score)
            for k in b.recommendations
        },
        pillars={k: Delta(a.pillars[k].score, b.pillars[k].score) for k in b.pillars},
        overall=Delta(a.overall.score, b.overall.score),
    )
