"""Readiness to submit: a list of issues with codes, no translated text.

Blocking issues prevent export; warnings are shown but do not.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from digigov_desktop.domain.evaluation import Evaluation
from digigov_desktop.domain.framework import Framework


class IssueCode(StrEnum):
    UNANSWERED = "UNANSWERED"
    MISSING_RATIONALE = "MISSING_RATIONALE"
    MISSING_EVIDENCE = "MISSING_EVIDENCE"
    TARGET_BELOW_LEVEL = "TARGET_BELOW_LEVEL"
    AGENCY_INCOMPLETE = "AGENCY_INCOMPLETE"
    NO_PREPARER = "NO_PREPARER"
    CONSENSUS_PENDING = "CONSENSUS_PENDING"  # rated by the team, no consensus yet (policy)
    LEVEL_NOT_SUPPORTED = "LEVEL_NOT_SUPPORTED"  # level ≠ criteria's, no justification
    TO_REVIEW = "TO_REVIEW"  # carried across pack versions, not yet reviewed


BLOCKING = frozenset(
    {
        IssueCode.UNANSWERED,
        IssueCode.MISSING_RATIONALE,
        IssueCode.MISSING_EVIDENCE,
        IssueCode.AGENCY_INCOMPLETE,
        IssueCode.CONSENSUS_PENDING,
        IssueCode.LEVEL_NOT_SUPPORTED,
        IssueCode.TO_REVIEW,
    }
)


@dataclass(frozen=True)
class Issue:
    code: IssueCode
    element: str | None = None  # element id, or None for evaluation-wide issues

    @property
    def blocking(self) -> bool:
        return self.code in BLOCKING

    def to_json(self) -> dict[str, str | bool | None]:
        return {"code": str(self.code), "element": self.element, "blocking": self.blocking}


def readiness_issues(framework: Framework, evaluation: Evaluation) -> list[Issue]:
    """Everything that stands between this evaluation and a submission, in walking order."""
    issues: list[Issue] = []
    agency = evaluation.agency
    if not agency.code.strip() or not agency.name.strip():
        issues.append(Issue(IssueCode.AGENCY_INCOMPLETE))
    if not evaluation.preparers:
        issues.append(Issue(IssueCode.NO_PREPARER))
    with_evidence = {e.element_id for e in evaluation.evidence}
    for element in framework.iter_elements():
        if element.not_applicable_reason(str(agency.type)) is not None:
            continue  # not applicable to this kind of body: nothing to answer
        answer = evaluation.answers.get(element.id)
        if answer is None or not answer.answered:
            issues.append(Issue(IssueCode.UNANSWERED, element.id))
            continue
        if answer.to_review:
            issues.append(Issue(IssueCode.TO_REVIEW, element.id))
        if (
            element.has_criteria
            and answer.level is not None
            and answer.level != element.proposed_level(answer.criteria)
            and not answer.override_justification.strip()
        ):
            issues.append(Issue(IssueCode.LEVEL_NOT_SUPPORTED, element.id))
        if not answer.rationale.strip():
            issues.append(Issue(IssueCode.MISSING_RATIONALE, element.id))
        if (
            not answer.not_applicable
            and answer.level is not None
            and answer.level >= framework.evidence_required_from
            and element.id not in with_evidence
        ):
            issues.append(Issue(IssueCode.MISSING_EVIDENCE, element.id))
        if (
            not answer.not_applicable
            and answer.level is not None
            and answer.target is not None
            and answer.target < answer.level
        ):
            issues.append(Issue(IssueCode.TARGET_BELOW_LEVEL, element.id))
    return issues


def is_ready(issues: list[Issue]) -> bool:
    return not any(i.blocking for i in issues)
