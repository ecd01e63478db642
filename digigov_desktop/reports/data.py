"""The report's input as plain data, resolved to one language: no reportlab, no Qt.

`report_data()` turns domain objects (evaluation, framework, scores) into a
`ReportData`; `pdf_report.render_report()` only lays it out. Scores are rounded exactly
as in the payload (`submission.round_score`), so the printed figures match the data.
"""

from __future__ import annotations

from statistics import fmean
from typing import Any

from digigov_desktop import __version__
from digigov_desktop.domain.element import Element
from digigov_desktop.domain.evaluation import REGIONS, Answer, Evaluation
from digigov_desktop.domain.framework import Framework
from digigov_desktop.domain.scoring import Scores
from digigov_desktop.domain.submission import round_score
from digigov_desktop.language import LANGUAGES
from digigov_desktop.reports.report_model import (
    ElementData,
    EvidenceItem,
    PillarData,
    RecommendationData,
    ReportData,
    ScaleData,
)
from digigov_desktop.reports.team_annex import team_annex

__all__ = [
    "ElementData", "EvidenceItem", "PillarData", "RecommendationData", "ReportData",
    "ScaleData", "report_data",
]


def report_data(
    evaluation: Evaluation,
    framework: Framework,
    scores: Scores,
    *,
    lang: str,
    payload_sha256: str,
    signer: str,
    previous_scores: Scores | None,
    submission_id: str,
    revision: int,
    generated_at: str = "",
    app_version: str = __version__,
    team: dict | None = None,
) -> ReportData:
    """Resolve an evaluation into the report's plain data in one language.

    Args:
        evaluation: the cycle being reported.
        framework: its framework pack.
        scores: `compute_scores(framework, evaluation.answers)`.
        lang: ``"es"`` or ``"en"``.
        payload_sha256: hex SHA-256 of the canonical payload attached to the PDF.
        signer: who signs (e.g. the certificate's subject), "" when not signed.
        previous_scores: the previous cycle's scores, for the comparison chart.
        submission_id: the payload's submission id.
        revision: the payload's revision.
        generated_at: export time (the payload's `created_at`); it also becomes the PDF's
            creation date. Defaults to the last change, which keeps renders reproducible.
        app_version: shown in the PDF's Creator field.
        team: the payload's `team` member; the report then has the team annex.

    Raises:
        ValueError: unknown language.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    answers = evaluation.answers
    last_change = max(
        [a.updated_at for a in answers.values() if a.updated_at] + [evaluation.cycle.created_at]
    )
    scale_names = {s.level: s.name.get(lang) for s in framework.scale}
    evidence_by_element: dict[str, list[EvidenceItem]] = {}
    for item in sorted(evaluation.evidence, key=lambda e: (e.file_name, e.sha256, e.size)):
        evidence_by_element.setdefault(item.element_id, []).append(
            EvidenceItem(item.file_name, item.size, item.sha256, item.media_type)
        )
    recommendations = []
    for rec in framework.recommendations:
        elements = []
        targets: list[float] = []
        for element in rec.elements:
            answer = answers.get(element.id)
            level = None
            not_applicable = False
            target = None
            rationale = ""
            if answer is not None:
                not_applicable = answer.not_applicable
                level = None if not_applicable else answer.level
                target = answer.target
                rationale = answer.rationale
            if level is not None:
                targets.append(float(target if target is not None else level))
            extra = _format2(element, answer, evaluation, lang) if element.has_criteria else {}
            elements.append(
                ElementData(
                    id=element.id,
                    title=element.title.get(lang),
                    level=level,
                    not_applicable=not_applicable,
                    level_name=scale_names.get(level, "") if level is not None else "",
                    descriptor=element.descriptor(level).get(lang) if level is not None else "",
                    rationale=rationale,
                    target=None if not_applicable else target,
                    target_name=scale_names.get(target, "") if target is not None else "",
                    evidence=tuple(evidence_by_element.get(element.id, ())),
                    **extra,
                )
            )
        score = scores.recommendations[rec.id]
        notes = evaluation.notes.get(rec.id)
        previous = previous_scores.recommendations.get(rec.id) if previous_scores else None
        recommendations.append(
            RecommendationData(
                id=rec.id,
                title=rec.title.get(lang),
                summary=rec.summary.get(lang),
                pillar_id=rec.pillar_id,
                score=round_score(score.score),
                status=score.status,
                completion=round_score(score.completion.ratio) or 0.0,
                answered=score.completion.answered,
                total=score.completion.total,
                target=round_score(fmean(targets)) if targets else None,
                previous=round_score(previous.score) if previous else None,
                elements=tuple(elements),
                strengths=notes.strengths if notes else "",
                improvements=notes.improvements if notes else "",
                actions=notes.actions if notes else "",
            )
        )
    pillars = []
    for pillar in framework.pillars:
        score = scores.pillars[pillar.id]
        previous = previous_scores.pillars.get(pillar.id) if previous_scores else None
        pillars.append(
            PillarData(
                id=pillar.id,
                title=pillar.title.get(lang),
                score=round_score(score.score),
                status=score.status,
                completion=round_score(score.completion.ratio) or 0.0,
                previous=round_score(previous.score) if previous else None,
                recommendation_ids=tuple(r.id for r in pillar.recommendations),
            )
        )
    agency = evaluation.agency
    return ReportData(
        lang=lang,
        app_version=app_version,
        framework_id=framework.id,
        framework_version=framework.version,
        framework_title=framework.title.get(lang),
        framework_description=framework.description.get(lang),
        framework_source=framework.source.get(lang),
        scale=tuple(
            ScaleData(s.level, s.name.get(lang), s.description.get(lang)) for s in framework.scale
        ),
        agency_code=agency.code,
        agency_name=agency.name,
        agency_type=str(agency.type),
        region_code=agency.region,
        region_name=REGIONS.get(agency.region, ""),
        cycle_year=evaluation.cycle.year,
        cycle_opened=evaluation.cycle.created_at,
        last_change=last_change,
        generated_at=generated_at or last_change,
        preparers=tuple((p.name, p.role) for p in evaluation.preparers),
        overall=round_score(scores.overall.score),
        overall_normalized=round_score(scores.overall.normalized),
        completion=round_score(scores.overall.completion.ratio) or 0.0,
        previous_overall=round_score(previous_scores.overall.score) if previous_scores else None,
        pillars=tuple(pillars),
        recommendations=tuple(recommendations),
        payload_sha256=payload_sha256,
        signer=signer,
        submission_id=submission_id,
        revision=revision,
        team=None if team is None else team_annex(team, framework, lang),
        framework_sha256=framework.sha256,
        scoring_rule=framework.rule.get(lang) if framework.rule else "",
        last_verified=framework.last_verified,
        mapping_note=framework.mapping_note.get(lang) if framework.mapping_note else "",
    )


def _format2(element: Element, answer: Answer | None, evaluation: Evaluation,
             lang: str) -> dict[str, Any]:
    """The criteria, override, legal layer and next step of one format-2 element."""
    ticked = answer.criteria if answer is not None else frozenset()
    reason = element.not_applicable_reason(str(evaluation.agency.type))
    level = None if answer is None or answer.not_applicable else answer.level
    step = element.next_step(level) if level is not None and level < 5 else None
    return {
        "has_criteria": True,
        "criteria_met": tuple(c.text.get(lang) for c in element.all_criteria() if c.id in ticked),
        "proposed_level": element.proposed_level(ticked),
        "override_justification": answer.override_justification if answer else "",
        "to_review": bool(answer and answer.to_review),
        "na_reason": reason.get(lang) if reason is not None else "",
        "legal": tuple(
            (duty.kind, f"{duty.norm.get(lang)}{', ' + duty.article if duty.article else ''}: "
                        f"{duty.note.get(lang)}")
            for duty in element.legal
        ),
        "next_step": step.get(lang) if step is not None else "",
    }
