"""Move a draft cycle to a newer pack version (`digigov migrate`, the GUI's offer).

The plan comes from `domain.pack_migration`; applying it is ONE transaction (answers,
ticked criteria cleared, "to review" marks, notes, evidence, the cycle's pack version,
an audit row), after the store's rolling backup. A submitted cycle keeps its version.
"""

from __future__ import annotations

from typing import Any

from digigov_desktop.domain import framework as fw
from digigov_desktop.domain.evaluation import CycleState
from digigov_desktop.domain.pack_migration import MigrationError, MigrationPlan, plan_migration
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.storage import evaluations as repo


def parse_target(text: str) -> tuple[str, str]:
    """`oecd-dgs-2014@2.0.0` → (id, version)."""
    framework_id, sep, version = text.partition("@")
    if not sep or not framework_id or not version:
        raise InvalidInputError(f"{text!r}: expected ID@VERSION", code="INVALID_PACK_NAME",
                                name=text)
    try:
        fw.version_key(version)
    except ValueError:
        raise InvalidInputError(f"{text!r}: expected ID@VERSION", code="INVALID_PACK_NAME",
                                name=text) from None
    return framework_id, version


def plan_cycle(service: EvaluationService, cycle_id: int, framework_id: str, version: str
               ) -> MigrationPlan:
    """The plan for one cycle (nothing is written).

    Raises:
        InvalidInputError: `UNKNOWN_PACK`, `CYCLE_SUBMITTED`, `MIGRATION_NOT_MAPPED`,
            `ALREADY_ON_VERSION`.
    """
    cycle = service.cycle(cycle_id)
    if not fw.framework_known(framework_id, version):
        raise InvalidInputError(f"pack {framework_id} {version} is not installed",
                                code="UNKNOWN_PACK", pack=f"{framework_id}@{version}")
    if (cycle.framework_id, cycle.framework_version) == (framework_id, version):
        raise InvalidInputError(f"the cycle is already on {framework_id} {version}",
                                code="ALREADY_ON_VERSION", pack=f"{framework_id}@{version}")
    if cycle.state == CycleState.SUBMITTED:
        raise InvalidInputError("a submitted cycle keeps its pack version",
                                code="CYCLE_SUBMITTED", cycle=cycle.year)
    old = service.framework_for(cycle)
    new = fw.load_framework(framework_id, version)
    try:
        return plan_migration(old, new, service.evaluation_as_stored(cycle_id))
    except MigrationError as exc:
        raise InvalidInputError(str(exc), code=exc.code, pack=f"{framework_id}@{version}",
                                current=f"{cycle.framework_id}@{cycle.framework_version}"
                                ) from None


def migrate_cycle(service: EvaluationService, cycle_id: int, framework_id: str, version: str
                  ) -> MigrationPlan:
    """Apply the plan to the cycle in one transaction; returns the plan applied."""
    plan = plan_cycle(service, cycle_id, framework_id, version)
    cycle = service.cycle(cycle_id)
    carried_before = service.carried_forward(cycle_id)
    with service.store.transaction() as db:
        apply_plan(db, plan, cycle_id=cycle_id, actor=service.actor,
                   carried_before=carried_before)
        repo.set_cycle_framework(db, cycle_id, framework_id, version)
        if cycle.state == CycleState.READY:
            repo.set_cycle_state(db, cycle_id, CycleState.DRAFT)
        repo.append_audit(
            db, actor=service.actor, action="cycle.migrate", entity="cycle", key=str(cycle_id),
            old={"framework": cycle.framework_id, "version": cycle.framework_version},
            new={"framework": framework_id, "version": version,
                 "to_review": plan.to_review, "to_notes": [e for e, _ in plan.to_notes]},
        )
    return plan


def apply_plan(db: Any, plan: MigrationPlan, *, cycle_id: int, actor: str,
               carried_before: set[str] | frozenset[str] = frozenset()) -> None:
    """Write a plan's answers, notes and evidence into a cycle (inside a transaction)."""
    repo.delete_cycle_answers(db, cycle_id)
    for carried in plan.answers:
        answer = carried.answer
        if carried.to_review:
            from dataclasses import replace

            answer = replace(answer, to_review=True)
        # the draft stays the same cycle: an answer is "carried from the previous cycle"
        # only if one of its sources was; changed elements get the "to review" mark
        repo.put_answer(db, cycle_id, answer,
                        carried=any(s in carried_before for s in carried.sources))
    for notes in plan.notes.values():
        repo.put_notes(db, cycle_id, notes, actor=actor)
    for move in plan.evidence:
        first, *others = move.to_elements
        repo.set_evidence_element(db, move.evidence_id, first)
        for extra in others:
            repo.duplicate_evidence(db, move.evidence_id, element_id=extra, actor=actor)
