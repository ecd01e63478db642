"""Input checks and small writes shared by the evaluation use cases (`EvaluationService`)."""

from __future__ import annotations

from typing import Any

from digigov_desktop import config
from digigov_desktop.domain.evaluation import MAX_TEXT_LENGTH, Agency, Cycle, CycleState
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.storage import evaluations as repo

POLICY_CONSENSUS_REQUIRED = "consensus_required"


def consensus_required() -> bool:
    """Whether the deployment policy blocks export while a rated element lacks consensus."""
    return bool(config.active_policy().get(POLICY_CONSENSUS_REQUIRED, False))


def touch_cycle(db: Any, cycle: Cycle) -> None:
    """An edit to a `ready` cycle makes it a draft again (it must be re-checked)."""
    if cycle.state == CycleState.READY:
        repo.set_cycle_state(db, cycle.id, CycleState.DRAFT)


def check_level(value: Any, name: str, *, allow_none: bool) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
        raise InvalidInputError(
            f"{name} must be a whole number from 0 to 5", code="INVALID_LEVEL", field=name
        )


def check_text(value: Any, name: str) -> None:
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be text", code="INVALID_TEXT", field=name)
    if len(value) > MAX_TEXT_LENGTH:
        raise InvalidInputError(
            f"{name} is longer than {MAX_TEXT_LENGTH} characters",
            code="TEXT_TOO_LONG", field=name, limit=MAX_TEXT_LENGTH,
        )


def check_agency(agency: Agency) -> None:
    if not agency.code.strip():
        raise InvalidInputError("the agency code is required", code="AGENCY_CODE_REQUIRED")
    if not agency.name.strip():
        raise InvalidInputError("the agency name is required", code="AGENCY_NAME_REQUIRED")


def too_large(file_name: str, size: int, limit: int) -> InvalidInputError:
    return InvalidInputError(
        f"{file_name} is {size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB",
        code="EVIDENCE_TOO_LARGE", file=file_name, size=size, limit=limit,
    )

