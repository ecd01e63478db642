"""Evaluation use cases: set up, answer, annotate, attach evidence, score, new cycle.

Every public method that changes something is ONE transaction with an audit row
(who, when, old → new), committed before it returns.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from digigov_desktop.domain import validation
from digigov_desktop.domain.evaluation import (
    Agency,
    Answer,
    Cycle,
    CycleState,
    Evaluation,
    Evidence,
    ExportedSubmission,
    Person,
    RecommendationNotes,
)
from digigov_desktop.domain.framework import Framework, load_framework
from digigov_desktop.domain.scoring import compute_scores
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.services.audit import AuditEntry, audit_trail
from digigov_desktop.services.evaluation_checks import (
    check_agency,
    check_level,
    check_text,
    consensus_required,
    touch_cycle,
)
from digigov_desktop.services.evidence import DEFAULT_MAX_EVIDENCE_BYTES, EvidenceMixin
from digigov_desktop.services.status import Status
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage import submissions as submission_rows
from digigov_desktop.storage.database import Store, utc_now

__all__ = ["CURRENT_CYCLE_KEY", "DEFAULT_MAX_EVIDENCE_BYTES", "LAST_ELEMENT_KEY",
           "EvaluationService", "Status"]

CURRENT_CYCLE_KEY = "current_cycle_id"
LAST_ELEMENT_KEY = "last_element_id"

_UNSET: Any = object()


class EvaluationService(EvidenceMixin):
    """The agency-side use cases over one open store.

    Args:
        store: an open store (this thread's connection).
        actor: who is editing (recorded in `updated_by` and the audit log).
        framework: defaults to the shipped pack of each cycle.
    """

    def __init__(self, store: Store, *, actor: str = "", framework: Framework | None = None):
        self.store = store
        self.actor = actor
        self._framework = framework

    # --- framework and cycles --------------------------------------------------------

    def framework_for(self, cycle: Cycle) -> Framework:
        if (self._framework is not None and self._framework.id == cycle.framework_id
                and self._framework.version == cycle.framework_version):
            return self._framework
        return load_framework(cycle.framework_id, cycle.framework_version)

    def cycles(self) -> list[Cycle]:
        return repo.list_cycles(self.store)

    def cycle(self, cycle_id: int) -> Cycle:
        return repo.get_cycle(self.store, cycle_id)

    def current_cycle(self) -> Cycle | None:
        """The cycle the person last worked on, else the newest one, else None."""
        wanted = repo.get_setting(self.store, CURRENT_CYCLE_KEY)
        cycles = self.cycles()
        for cycle in cycles:
            if cycle.id == wanted:
                return cycle
        return cycles[-1] if cycles else None

    def get_setting(self, key: str, default: Any = None) -> Any:
        return repo.get_setting(self.store, key, default)

    def put_setting(self, key: str, value: Any) -> None:
        with self.store.transaction() as db:
            repo.put_setting(db, key, value)

    def setup(
        self,
        *,
        agency: Agency,
        year: int,
        preparers: list[Person] | None = None,
        framework: Framework | None = None,
    ) -> Cycle:
        """First run: save the agency, create the cycle and make it current."""
        framework = framework or self._framework or load_framework()
        check_agency(agency)
        if not 2000 <= year <= 2100:
            raise InvalidInputError(f"year {year} out of range", code="INVALID_YEAR", year=year)
        with self.store.transaction() as db:
            repo.upsert_agency(db, agency)
            cycle_id = repo.insert_cycle(db, agency_code=agency.code, year=year,
                                         framework=framework)
            if preparers:
                repo.replace_preparers(db, cycle_id, preparers)
            repo.put_setting(db, CURRENT_CYCLE_KEY, cycle_id)
            repo.append_audit(
                db,
                actor=self.actor,
                action="cycle.create",
                entity="cycle",
                key=str(cycle_id),
                new={"agency": agency.code, "year": year, "framework": framework.id},
            )
        return self.cycle(cycle_id)

    def update_agency(self, agency: Agency) -> None:
        check_agency(agency)
        old = repo.get_agency(self.store, agency.code)
        with self.store.transaction() as db:
            repo.upsert_agency(db, agency)
            repo.append_audit(
                db, actor=self.actor, action="agency.update", entity="agency", key=agency.code,
                old=dataclasses.asdict(old), new=dataclasses.asdict(agency),
            )

    def start_new_cycle(self, *, from_cycle_id: int, year: int) -> Cycle:
        """Open a new cycle carrying answers, notes and evidence forward as a draft.

        Carried answers are flagged `carried_forward` until someone edits them, so the
        GUI can show what has and has not been reviewed in the new cycle. When a newer
        version of the pack maps from the previous cycle's version, the new cycle starts on
        it and answers travel along the map (`domain.pack_migration`; changed elements are
        marked "to review", no text is lost).
        """
        previous = self.cycle(from_cycle_id)
        framework = self.framework_for(previous)
        newest = load_framework(previous.framework_id)
        if newest.version != framework.version and newest.previous == (framework.id,
                                                                       framework.version):
            return self._start_on_newer(previous, newest, year)
        if year <= previous.year:
            raise InvalidInputError(
                f"the new cycle must be after {previous.year}", code="INVALID_YEAR", year=year
            )
        old_answers = repo.answers(self.store, from_cycle_id)
        old_notes = repo.notes(self.store, from_cycle_id)
        old_evidence = repo.evidence(self.store, from_cycle_id)
        people = repo.preparers(self.store, from_cycle_id)
        with self.store.transaction() as db:
            cycle_id = repo.insert_cycle(db, agency_code=previous.agency_code, year=year,
                                         framework=framework, previous_cycle_id=previous.id)
            for answer in old_answers.values():
                if framework.has_element(answer.element_id):
                    repo.put_answer(db, cycle_id, answer, carried=True)
            for note in old_notes.values():
                repo.put_notes(db, cycle_id, note, actor=self.actor)
            for item in old_evidence:
                repo.copy_evidence(db, item, cycle_id=cycle_id, actor=self.actor)
            repo.replace_preparers(db, cycle_id, people)
            repo.put_setting(db, CURRENT_CYCLE_KEY, cycle_id)
            repo.append_audit(
                db, actor=self.actor, action="cycle.carry_forward", entity="cycle",
                key=str(cycle_id), old={"from_cycle": previous.id}, new={"year": year},
            )
        return self.cycle(cycle_id)

    def _start_on_newer(self, previous: Cycle, newest: Framework, year: int) -> Cycle:
        from digigov_desktop.domain.pack_migration import plan_migration

        if year <= previous.year:
            raise InvalidInputError(
                f"the new cycle must be after {previous.year}", code="INVALID_YEAR", year=year
            )
        old = self.evaluation_as_stored(previous.id)
        plan = plan_migration(self.framework_for(previous), newest, old)
        with self.store.transaction() as db:
            cycle_id = repo.insert_cycle(db, agency_code=previous.agency_code, year=year,
                                         framework=newest, previous_cycle_id=previous.id)
            for carried in plan.answers:
                answer = dataclasses.replace(carried.answer, to_review=carried.to_review)
                repo.put_answer(db, cycle_id, answer, carried=True)
            notes = {**old.notes, **plan.notes}
            for note in notes.values():
                repo.put_notes(db, cycle_id, note, actor=self.actor)
            by_id = {e.id: e for e in old.evidence}
            for move in plan.evidence:
                for element_id in move.to_elements:
                    item = dataclasses.replace(by_id[move.evidence_id], element_id=element_id)
                    repo.copy_evidence(db, item, cycle_id=cycle_id, actor=self.actor)
            repo.replace_preparers(db, cycle_id, list(old.preparers))
            repo.put_setting(db, CURRENT_CYCLE_KEY, cycle_id)
            repo.append_audit(
                db, actor=self.actor, action="cycle.carry_forward", entity="cycle",
                key=str(cycle_id), old={"from_cycle": previous.id,
                                        "version": previous.framework_version},
                new={"year": year, "version": newest.version, "to_review": plan.to_review},
            )
        return self.cycle(cycle_id)

    # --- reading -------------------------------------------------------------------

    def evaluation(self, cycle_id: int) -> Evaluation:
        """The cycle's evaluation; elements that do not apply to the agency's kind of body
        (format-2 packs) are answered not applicable automatically."""
        evaluation = repo.load_evaluation(self.store, cycle_id)
        framework = self.framework_for(evaluation.cycle)
        if not framework.has_criteria:
            return evaluation
        answers = dict(evaluation.answers)
        body_type = str(evaluation.agency.type)
        for element in framework.iter_elements():
            if element.not_applicable_reason(body_type) is not None:
                kept = answers.get(element.id, Answer(element_id=element.id))
                answers[element.id] = dataclasses.replace(
                    kept, level=None, not_applicable=True, criteria=frozenset(),
                    override_justification="", to_review=False)
        return dataclasses.replace(evaluation, answers=answers)

    def evaluation_as_stored(self, cycle_id: int) -> Evaluation:
        """The cycle's stored answers, without the automatic not-applicable ones."""
        return repo.load_evaluation(self.store, cycle_id)

    def not_applicable_reason(self, cycle_id: int, element_id: str) -> Any:
        """The pack's reason (a `Text`) why an element does not apply to this agency, or None."""
        cycle = self.cycle(cycle_id)
        agency = repo.get_agency(self.store, cycle.agency_code)
        element = self.framework_for(cycle).element(element_id)
        return element.not_applicable_reason(str(agency.type))

    def to_review(self, cycle_id: int) -> set[str]:
        """Elements whose answer was carried across pack versions and awaits review."""
        return repo.to_review(self.store, cycle_id)

    def answer(self, cycle_id: int, element_id: str) -> Answer:
        found = repo.get_answer(self.store, cycle_id, element_id)
        return found if found is not None else Answer(element_id=element_id)

    def carried_forward(self, cycle_id: int) -> set[str]:
        return repo.carried_forward(self.store, cycle_id)

    def notes(self, cycle_id: int, recommendation_id: str) -> RecommendationNotes:
        found = repo.notes(self.store, cycle_id).get(recommendation_id)
        return found if found is not None else RecommendationNotes(recommendation_id)

    def evidence(self, cycle_id: int, element_id: str | None = None) -> list[Evidence]:
        return repo.evidence(self.store, cycle_id, element_id)

    def evidence_content(self, evidence_id: int) -> bytes:
        return repo.evidence_content(self.store, evidence_id)

    def latest_submission(self, cycle_id: int) -> ExportedSubmission | None:
        """The newest exported revision of a cycle (with its receipt), or None before any."""
        rows = submission_rows.of_cycle(self.store, cycle_id)
        return max((ExportedSubmission(**r) for r in rows), key=lambda s: s.revision, default=None)

    def history(self, cycle_id: int, element_id: str | None = None) -> list[AuditEntry]:
        """Who changed what and when, newest first: one element's answer and evidence, or
        (without `element_id`) the whole cycle with the agency-wide changes."""
        return audit_trail(self.store, cycle_id=cycle_id, element_id=element_id)

    def status(self, cycle_id: int) -> Status:
        evaluation = self.evaluation(cycle_id)
        framework = self.framework_for(evaluation.cycle)
        issues = validation.readiness_issues(framework, evaluation)
        if consensus_required():  # rated elements lacking consensus block export; only
            from digigov_desktop.services.raters import RaterService  # then the team code

            issues += RaterService(self.store, actor=self.actor).consensus_issues(cycle_id)
        return Status(
            evaluation=evaluation,
            framework=framework,
            scores=compute_scores(framework, evaluation.answers),
            issues=issues,
        )

    # --- writing -------------------------------------------------------------------

    def save_answer(
        self,
        cycle_id: int,
        element_id: str,
        *,
        level: int | None = _UNSET,
        not_applicable: bool = _UNSET,
        rationale: str = _UNSET,
        target: int | None = _UNSET,
        criteria: set[str] | frozenset[str] = _UNSET,
        override_justification: str = _UNSET,
        reason: str = "",
    ) -> Answer:
        """Change some fields of one answer; the others keep their stored value.

        Setting a level clears not-applicable and vice versa. Any edit clears the
        "to review" mark. Returns the stored answer.

        Format-2 packs (criteria per level): ticking criteria without giving a level
        moves the level to the one they propose, unless the official overrode it; a
        level other than the proposed one needs `override_justification` (kept with the
        answer, shown in the PDF; without it readiness reports `LEVEL_NOT_SUPPORTED`); a
        level equal to the proposed one drops it.

        Raises:
            InvalidInputError: unknown element or criterion, level or target out of 0–5,
                text too long, `ELEMENT_NOT_APPLICABLE`.
            NotFoundError: no such cycle.
        """
        cycle = self.cycle(cycle_id)
        framework = self.framework_for(cycle)
        if not framework.has_element(element_id):
            raise InvalidInputError(
                f"unknown element {element_id}", code="UNKNOWN_ELEMENT", element=element_id
            )
        old = repo.get_answer(self.store, cycle_id, element_id)
        base = old if old is not None else Answer(element_id=element_id)
        changes: dict[str, Any] = {}
        if level is not _UNSET:
            check_level(level, "level", allow_none=True)
            changes["level"] = level
            if level is not None:
                changes["not_applicable"] = False
        if not_applicable is not _UNSET:
            changes["not_applicable"] = bool(not_applicable)
            if not_applicable:
                changes["level"] = None
        if rationale is not _UNSET:
            check_text(rationale, "rationale")
            changes["rationale"] = rationale
        if target is not _UNSET:
            check_level(target, "target", allow_none=True)
            changes["target"] = target
        element = framework.element(element_id)
        if element.has_criteria:
            self._apply_criteria(cycle, element, base, changes, criteria, override_justification)
        elif criteria is not _UNSET and criteria:
            raise InvalidInputError(f"{element_id} has no criteria", code="UNKNOWN_CRITERION",
                                    element=element_id)
        changes["to_review"] = False
        new = dataclasses.replace(base, **changes, updated_at=utc_now(), updated_by=self.actor)
        with self.store.transaction() as db:
            repo.put_answer(db, cycle_id, new)
            repo.append_audit(
                db,
                actor=self.actor,
                action="answer.update",
                entity="answer",
                key=f"{cycle_id}/{element_id}",
                old=None if old is None else _answer_json(old),
                new=_answer_json(new),
                reason=reason,
            )
            touch_cycle(db, cycle)
        return new

    def _apply_criteria(self, cycle: Cycle, element: Any, base: Answer, changes: dict[str, Any],
                        criteria: Any, justification: Any) -> None:
        """The cumulative scoring rule and the override justification (see `save_answer`)."""
        agency = repo.get_agency(self.store, cycle.agency_code)
        if (element.not_applicable_reason(str(agency.type)) is not None
                and (changes.get("level") is not None or criteria is not _UNSET)):
            raise InvalidInputError(
                f"{element.id} does not apply to this kind of body",
                code="ELEMENT_NOT_APPLICABLE", element=element.id)
        if criteria is not _UNSET:
            known = {c.id for c in element.all_criteria()}
            unknown = sorted(set(criteria) - known)
            if unknown:
                raise InvalidInputError(f"unknown criterion {unknown[0]} of {element.id}",
                                        code="UNKNOWN_CRITERION", criterion=unknown[0])
            changes["criteria"] = frozenset(criteria)
        ticked = changes.get("criteria", base.criteria)
        proposed = element.proposed_level(ticked)
        if justification is not _UNSET:
            check_text(justification, "override_justification")
            changes["override_justification"] = justification.strip()
        if changes.get("not_applicable"):
            changes["override_justification"] = ""
            return
        if "level" not in changes:
            kept_override = changes.get("override_justification", base.override_justification)
            if criteria is not _UNSET and not kept_override:
                changes["level"] = proposed
                changes["not_applicable"] = False
            level = changes.get("level", base.level)
        else:
            level = changes["level"]
        if level is None or level == proposed:
            changes["override_justification"] = ""

    def mark_reviewed(self, cycle_id: int, element_id: str) -> None:
        """Clear the "to review" mark of a carried answer (the person looked at it)."""
        cycle = self.cycle(cycle_id)
        old = repo.get_answer(self.store, cycle_id, element_id)
        if old is None or not old.to_review:
            return
        new = dataclasses.replace(old, to_review=False)
        with self.store.transaction() as db:
            repo.put_answer(db, cycle_id, new)
            repo.append_audit(
                db, actor=self.actor, action="answer.reviewed", entity="answer",
                key=f"{cycle_id}/{element_id}", old={"to_review": True},
                new={"to_review": False},
            )
            touch_cycle(db, cycle)

    def clear_answer(self, cycle_id: int, element_id: str, *, reason: str = "") -> None:
        """Forget one answer (level, rationale, target): the element is unanswered again.

        Its evidence stays. Nothing happens when it had no answer.
        """
        cycle = self.cycle(cycle_id)
        old = repo.get_answer(self.store, cycle_id, element_id)
        if old is None:
            return
        with self.store.transaction() as db:
            repo.delete_answer(db, cycle_id, element_id)
            repo.append_audit(
                db, actor=self.actor, action="answer.clear", entity="answer",
                key=f"{cycle_id}/{element_id}", old=_answer_json(old), reason=reason,
            )
            touch_cycle(db, cycle)

    def save_notes(
        self,
        cycle_id: int,
        recommendation_id: str,
        *,
        strengths: str = _UNSET,
        improvements: str = _UNSET,
        actions: str = _UNSET,
    ) -> RecommendationNotes:
        cycle = self.cycle(cycle_id)
        framework = self.framework_for(cycle)
        if recommendation_id not in {r.id for r in framework.recommendations}:
            raise InvalidInputError(
                f"unknown recommendation {recommendation_id}", code="UNKNOWN_RECOMMENDATION"
            )
        old = self.notes(cycle_id, recommendation_id)
        changes = {
            k: v
            for k, v in {"strengths": strengths, "improvements": improvements, "actions": actions}
            .items()
            if v is not _UNSET
        }
        for name, value in changes.items():
            check_text(value, name)
        new = dataclasses.replace(old, **changes)
        with self.store.transaction() as db:
            repo.put_notes(db, cycle_id, new, actor=self.actor)
            repo.append_audit(
                db, actor=self.actor, action="notes.update", entity="recommendation_notes",
                key=f"{cycle_id}/{recommendation_id}", old=dataclasses.asdict(old),
                new=dataclasses.asdict(new),
            )
            touch_cycle(db, cycle)
        return new

    def set_state(self, cycle_id: int, state: CycleState) -> None:
        cycle = self.cycle(cycle_id)
        with self.store.transaction() as db:
            repo.set_cycle_state(db, cycle_id, state)
            repo.append_audit(
                db, actor=self.actor, action="cycle.state", entity="cycle", key=str(cycle_id),
                old=str(cycle.state), new=str(state),
            )


def _answer_json(answer: Answer) -> dict[str, Any]:
    data: dict[str, Any] = {
        "level": answer.level,
        "not_applicable": answer.not_applicable,
        "rationale": answer.rationale,
        "target": answer.target,
    }
    if answer.criteria or answer.override_justification:
        data["criteria"] = sorted(answer.criteria)
        data["override_justification"] = answer.override_justification
    return data
