"""Evaluation use cases: set up, answer, annotate, attach evidence, score, new cycle.

Every public method that changes something is ONE transaction with an audit row
(who, when, old → new), committed before it returns.
"""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digigov_desktop.domain import validation
from digigov_desktop.domain.evaluation import (
    MAX_TEXT_LENGTH,
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
from digigov_desktop.domain.scoring import Scores, compute_scores
from digigov_desktop.errors import InvalidInputError, NotFoundError
from digigov_desktop.services.audit import AuditEntry, audit_trail
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage import submissions as submission_rows
from digigov_desktop.storage.database import Store, utc_now

DEFAULT_MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
CURRENT_CYCLE_KEY = "current_cycle_id"
LAST_ELEMENT_KEY = "last_element_id"

_UNSET: Any = object()


@dataclass(frozen=True)
class Status:
    """What `digigov status` and the GUI's progress view show."""

    evaluation: Evaluation
    framework: Framework
    scores: Scores
    issues: list[validation.Issue]

    @property
    def ready(self) -> bool:
        return validation.is_ready(self.issues)

    def to_json(self) -> dict[str, Any]:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        s = self.scores
        return {
            "agency": {"code": self.evaluation.agency.code, "name": self.evaluation.agency.name},
            "cycle": self.evaluation.cycle.year,
            "state": str(self.evaluation.cycle.state),
            "framework": {"id": self.framework.id, "version": self.framework.version},
            "completion": r(s.overall.completion.ratio),
            "overall": r(s.overall.score),
            "overall_normalized": r(s.overall.normalized),
            "pillars": {
                pid: {
                    "score": r(p.score),
                    "completion": r(p.completion.ratio),
                    "status": p.status,
                    "recommendations": [
                        rec.id for rec in self.framework.pillar(pid).recommendations
                    ],
                }
                for pid, p in s.pillars.items()
            },
            "recommendations": {
                rid: {"score": r(v.score), "completion": r(v.completion.ratio), "status": v.status}
                for rid, v in s.recommendations.items()
            },
            "ready": self.ready,
            "issues": [i.to_json() for i in self.issues],
        }


class EvaluationService:
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
        if self._framework is not None and self._framework.id == cycle.framework_id:
            return self._framework
        return load_framework(cycle.framework_id)

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
        _check_agency(agency)
        if not 2000 <= year <= 2100:
            raise InvalidInputError(f"year {year} out of range", code="INVALID_YEAR", year=year)
        with self.store.transaction() as db:
            repo.upsert_agency(db, agency)
            cycle_id = repo.insert_cycle(
                db,
                agency_code=agency.code,
                year=year,
                framework_id=framework.id,
                framework_version=framework.version,
            )
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
        _check_agency(agency)
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
        GUI can show what has and has not been reviewed in the new cycle.
        """
        previous = self.cycle(from_cycle_id)
        framework = self.framework_for(previous)
        if year <= previous.year:
            raise InvalidInputError(
                f"the new cycle must be after {previous.year}", code="INVALID_YEAR", year=year
            )
        old_answers = repo.answers(self.store, from_cycle_id)
        old_notes = repo.notes(self.store, from_cycle_id)
        old_evidence = repo.evidence(self.store, from_cycle_id)
        people = repo.preparers(self.store, from_cycle_id)
        with self.store.transaction() as db:
            cycle_id = repo.insert_cycle(
                db,
                agency_code=previous.agency_code,
                year=year,
                framework_id=framework.id,
                framework_version=framework.version,
                previous_cycle_id=previous.id,
            )
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

    # --- reading -------------------------------------------------------------------

    def evaluation(self, cycle_id: int) -> Evaluation:
        return repo.load_evaluation(self.store, cycle_id)

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
        from digigov_desktop.services.raters import required_consensus_issues  # builds on us
        return Status(
            evaluation=evaluation,
            framework=framework,
            scores=compute_scores(framework, evaluation.answers),
            issues=validation.readiness_issues(framework, evaluation)
            + required_consensus_issues(self.store, cycle_id, actor=self.actor),
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
        reason: str = "",
    ) -> Answer:
        """Change some fields of one answer; the others keep their stored value.

        Setting a level clears not-applicable and vice versa. Returns the stored answer.

        Raises:
            InvalidInputError: unknown element, level or target out of 0–5, text too long.
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
            _check_level(level, "level", allow_none=True)
            changes["level"] = level
            if level is not None:
                changes["not_applicable"] = False
        if not_applicable is not _UNSET:
            changes["not_applicable"] = bool(not_applicable)
            if not_applicable:
                changes["level"] = None
        if rationale is not _UNSET:
            _check_text(rationale, "rationale")
            changes["rationale"] = rationale
        if target is not _UNSET:
            _check_level(target, "target", allow_none=True)
            changes["target"] = target
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
            _touch_cycle(db, cycle)
        return new

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
            _touch_cycle(db, cycle)

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
            _check_text(value, name)
        new = dataclasses.replace(old, **changes)
        with self.store.transaction() as db:
            repo.put_notes(db, cycle_id, new, actor=self.actor)
            repo.append_audit(
                db, actor=self.actor, action="notes.update", entity="recommendation_notes",
                key=f"{cycle_id}/{recommendation_id}", old=dataclasses.asdict(old),
                new=dataclasses.asdict(new),
            )
            _touch_cycle(db, cycle)
        return new

    def add_evidence(
        self,
        cycle_id: int,
        element_id: str,
        *,
        path: Path | None = None,
        content: bytes | None = None,
        file_name: str | None = None,
        description: str = "",
        max_bytes: int = DEFAULT_MAX_EVIDENCE_BYTES,
    ) -> Evidence:
        """Store a file (by path or bytes) as evidence of one element, with its SHA-256.

        Raises:
            InvalidInputError: `EVIDENCE_TOO_LARGE`, `EVIDENCE_EMPTY`, `EVIDENCE_UNREADABLE`.
        """
        cycle = self.cycle(cycle_id)
        if not self.framework_for(cycle).has_element(element_id):
            raise InvalidInputError(f"unknown element {element_id}", code="UNKNOWN_ELEMENT")
        if path is not None:
            path = Path(path)
            file_name = file_name or path.name
            try:
                size = path.stat().st_size
                if size > max_bytes:
                    raise _too_large(file_name, size, max_bytes)
                content = path.read_bytes()
            except OSError as exc:
                raise InvalidInputError(
                    f"{path}: {exc.strerror or exc}", code="EVIDENCE_UNREADABLE", file=str(path)
                ) from None
        if content is None or not file_name:
            raise InvalidInputError("no evidence file given", code="EVIDENCE_UNREADABLE")
        if len(content) > max_bytes:
            raise _too_large(file_name, len(content), max_bytes)
        if not content:
            raise InvalidInputError(f"{file_name} is empty", code="EVIDENCE_EMPTY", file=file_name)
        sha256 = hashlib.sha256(content).hexdigest()
        media_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        with self.store.transaction() as db:
            evidence_id = repo.insert_evidence(
                db, cycle_id=cycle_id, element_id=element_id, file_name=file_name,
                content=content, sha256=sha256, media_type=media_type, actor=self.actor,
                description=description,
            )
            repo.append_audit(
                db, actor=self.actor, action="evidence.add", entity="evidence",
                key=f"{cycle_id}/{element_id}/{evidence_id}",
                new={"file_name": file_name, "size": len(content), "sha256": sha256},
            )
            _touch_cycle(db, cycle)
        return repo.get_evidence(self.store, evidence_id)

    def remove_evidence(self, evidence_id: int) -> None:
        item = repo.get_evidence(self.store, evidence_id)
        row = self.store.query_one("SELECT cycle_id FROM evidence WHERE id = ?", [evidence_id])
        if row is None:
            raise NotFoundError(f"evidence {evidence_id} not found", code="EVIDENCE_NOT_FOUND")
        cycle = self.cycle(row["cycle_id"])
        with self.store.transaction() as db:
            repo.delete_evidence(db, evidence_id)
            repo.append_audit(
                db, actor=self.actor, action="evidence.remove", entity="evidence",
                key=f"{cycle.id}/{item.element_id}/{evidence_id}",
                old={"file_name": item.file_name, "size": item.size, "sha256": item.sha256},
            )
            _touch_cycle(db, cycle)

    def set_state(self, cycle_id: int, state: CycleState) -> None:
        cycle = self.cycle(cycle_id)
        with self.store.transaction() as db:
            repo.set_cycle_state(db, cycle_id, state)
            repo.append_audit(
                db, actor=self.actor, action="cycle.state", entity="cycle", key=str(cycle_id),
                old=str(cycle.state), new=str(state),
            )


def _answer_json(answer: Answer) -> dict[str, Any]:
    return {
        "level": answer.level,
        "not_applicable": answer.not_applicable,
        "rationale": answer.rationale,
        "target": answer.target,
    }


def _touch_cycle(db: Any, cycle: Cycle) -> None:
    """An edit to a `ready` cycle makes it a draft again (it must be re-checked)."""
    if cycle.state == CycleState.READY:
        repo.set_cycle_state(db, cycle.id, CycleState.DRAFT)


def _check_level(value: Any, name: str, *, allow_none: bool) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
        raise InvalidInputError(
            f"{name} must be a whole number from 0 to 5", code="INVALID_LEVEL", field=name
        )


def _check_text(value: Any, name: str) -> None:
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be text", code="INVALID_TEXT", field=name)
    if len(value) > MAX_TEXT_LENGTH:
        raise InvalidInputError(
            f"{name} is longer than {MAX_TEXT_LENGTH} characters",
            code="TEXT_TOO_LONG", field=name, limit=MAX_TEXT_LENGTH,
        )


def _check_agency(agency: Agency) -> None:
    if not agency.code.strip():
        raise InvalidInputError("the agency code is required", code="AGENCY_CODE_REQUIRED")
    if not agency.name.strip():
        raise InvalidInputError("the agency name is required", code="AGENCY_NAME_REQUIRED")


def _too_large(file_name: str, size: int, limit: int) -> InvalidInputError:
    return InvalidInputError(
        f"{file_name} is {size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB",
        code="EVIDENCE_TOO_LARGE", file=file_name, size=size, limit=limit,
    )

