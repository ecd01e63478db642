"""The coordinator's read side, typed: inbox log, dashboard, submission details, exports.

Both front ends read the central store through `CoordinatorService` and get dataclasses,
never database rows: a column rename breaks here, in one place, with a test, not silently
in a page. The long jobs (dashboard arrays, consolidated exports) are plain functions over
a `StoreRef`, so a worker thread opens a connection of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from digigov_desktop.services.stores import Store, StoreRef
from digigov_desktop.storage import central

if TYPE_CHECKING:  # numpy: loaded with the dashboard, not with the inbox
    from _typeshed import DataclassInstance

    from digigov_desktop.services.dashboard import DashboardData
    from digigov_desktop.signing.authority import CertificateAuthority, RegistryEntry

EXPORT_KINDS = ("csv", "xlsx", "pdf")
_T = TypeVar("_T", bound="DataclassInstance")


@dataclass(frozen=True)
class ImportLogEntry:
    """One line of the append-only import log."""

    id: int
    at: str
    actor: str
    file_name: str
    file_sha256: str
    size: int
    outcome: str  # ImportOutcome code: ACCEPTED, DUPLICATE, or a RejectReason
    message: str
    signer_serial: str | None
    agency_code: str | None
    submission_id: str | None
    revision: int | None

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class SubmissionDetails:
    """One stored submission (a revision) and its scores, as the drill-down shows it."""

    id: int
    submission_id: str
    revision: int
    agency_code: str
    agency_name: str
    agency_type: str
    region: str
    cycle: int
    created_at: str
    imported_at: str
    imported_by: str
    file_name: str
    file_sha256: str
    signer_subject: str
    superseded_by: int | None
    overall: float | None
    declared_agency_name: str | None = None  # set when the payload names it differently
    scores: dict[str, float | None] = field(default_factory=dict)

    @property
    def signer(self) -> str:
        """Who signed, for people: the certificate's name and agency code."""
        from digigov_desktop.signing.credentials import readable_subject

        return readable_subject(self.signer_subject)


@dataclass(frozen=True)
class FilterChoices:
    """The distinct cycles, regions and agency types stored (the dashboard's filters)."""

    cycles: tuple[int, ...]
    regions: tuple[str, ...]
    agency_types: tuple[str, ...]


def _pick(cls: type[_T], row: dict[str, Any], **extra: Any) -> _T:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names}, **extra)


class CoordinatorService:
    """Reads over an open central store (on the caller's thread)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def ref(self) -> StoreRef:
        return StoreRef.of(self.store)

    def import_log(self, *, limit: int | None = None) -> list[ImportLogEntry]:
        """The import log, newest first."""
        return [_pick(ImportLogEntry, row) for row in central.import_log(self.store, limit=limit)]

    def write_import_log_csv(self, path: Path) -> Path:
        """The import log as CSV (the one writer of that file; atomic).

        Raises:
            ConsolidationError: `WRITE_FAILED` when the file cannot be written.
        """
        from digigov_desktop.services.consolidation import write_import_log_csv

        return write_import_log_csv(self.store, path)

    def filter_choices(self) -> FilterChoices:
        choices = central.filter_choices(self.store)
        return FilterChoices(tuple(choices["cycles"]), tuple(choices["regions"]),
                             tuple(choices["agency_types"]))

    def submission(self, row_id: int) -> SubmissionDetails | None:
        """One stored submission with its scores; None when there is no such row."""
        row = central.submission(self.store, row_id)
        if row is None:
            return None
        scores = central.scores_of(self.store, [row_id]).get(row_id, {})
        return _pick(SubmissionDetails, row, scores=scores)

    def signed_file(self, details: SubmissionDetails) -> bytes | None:
        """The original bytes of the submission's signed file, as imported."""
        return central.file_content(self.store, details.file_sha256)


def load_dashboard(ref: StoreRef, *, registry: list[RegistryEntry] | None = None,
                   **filters: Any) -> DashboardData:
    """The dashboard's arrays (worker threads: opens a store of its own)."""
    from digigov_desktop.services.dashboard import dashboard_data

    with ref.open() as store:
        return dashboard_data(store, registry=registry, **filters)


def export_consolidated(ref: StoreRef, kind: str, path: Path, *, lang: str,
                        authority: CertificateAuthority | None = None,
                        cycle: int | None = None, regions: tuple[str, ...] = (),
                        agency_types: tuple[str, ...] = (), excel_es: bool = False) -> Path:
    """One consolidated export (CSV, XLSX or PDF) of a selection, on a store of its own.

    `excel_es`: the CSV for a Spanish-locale Excel (see `consolidation.write_csv`).

    Raises:
        ConsolidationError: `NO_SUBMISSIONS` when nothing counts, `WRITE_FAILED`.
    """
    from digigov_desktop.services import consolidation  # reportlab, openpyxl: on first use

    if kind not in EXPORT_KINDS:
        raise ValueError(kind)
    with ref.open() as store:
        if kind == "pdf":
            return consolidation.write_pdf(store, path, cycle=cycle, regions=regions,
                                           agency_types=agency_types, authority=authority,
                                           lang=lang)
        table = consolidation.consolidated_table(store, cycle=cycle, regions=regions,
                                                 agency_types=agency_types)
        if not table.rows:
            raise consolidation.ConsolidationError("nothing to export", code="NO_SUBMISSIONS")
        if kind == "csv":
            return consolidation.write_csv(table, path, excel_es=excel_es, lang=lang)
        return consolidation.write_xlsx(table, path, lang=lang)
