"""Who a rater workbook belongs to (#15): the agency window's title and seal dialog.

Apart from `services.workbooks` (which re-exports it) so that opening the agency window
does not load the team-evaluation code: for an ordinary database this is one query.
"""

from __future__ import annotations

from dataclasses import dataclass

from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.storage.database import Store
from digigov_desktop.storage.workbook import workbook_identity


@dataclass(frozen=True)
class WorkbookInfo:
    """Who a workbook belongs to (the GUI shows it in the title and the seal dialog)."""

    rater: str
    role: str
    unit: str
    agency_code: str
    cycle_year: int
    rated: int  # how many elements the rater has rated so far
    elements: int


def workbook_info(store: Store) -> WorkbookInfo | None:
    """Who the open database's workbook belongs to; None for an ordinary database."""
    identity = workbook_identity(store)
    if identity is None:
        return None
    service = EvaluationService(store)
    evaluation = service.evaluation(identity.cycle_id)
    framework = service.framework_for(evaluation.cycle)
    return WorkbookInfo(
        rater=identity.rater_name, role=identity.rater_role, unit=identity.rater_unit,
        agency_code=evaluation.agency.code, cycle_year=evaluation.cycle.year,
        rated=sum(1 for a in evaluation.answers.values() if a.answered),
        elements=len(framework.elements),
    )
