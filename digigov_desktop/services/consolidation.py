"""Cross-agency consolidation: one row per agency and cycle (the submission that counts).

Columns: `agency_code, agency_name, agency_type, region, cycle, revision, overall`, the
pillars, `R1`…`R12`, then every element id in framework order (a level 0–5; empty when
not applicable). Exports: CSV (UTF-8 with BOM, so spreadsheet programs read the accents),
XLSX (openpyxl) and a consolidated PDF report (es/en) with charts. Every file is written
atomically. The dashboard's arrays live in `services/dashboard.py` (re-exported here).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digigov_desktop.domain.evaluation import REGIONS
from digigov_desktop.domain.framework import Framework, load_framework
from digigov_desktop.domain.pack_compare import VersionMapping, mapped_scores
from digigov_desktop.errors import DigigovError
from digigov_desktop.fileio import raise_if_disk_full, write_atomic
from digigov_desktop.reports.consolidated_pdf import (
    ConsolidatedLabels,
    ConsolidatedReport,
    HeatRow,
    render_consolidated,
)
from digigov_desktop.reports.labels import ReportLabels
from digigov_desktop.services.dashboard import (
    Completion,
    DashboardData,
    Distribution,
    dashboard_data,
    pack_mapping,
    registry_completion,
    score_columns,
)
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.storage import central
from digigov_desktop.storage.database import Store
from digigov_desktop.tabular import csv_bytes, xlsx_append

BASE_COLUMNS = ("agency_code", "agency_name", "agency_type", "region", "cycle", "revision")
IMPORT_LOG_COLUMNS = (
    "id", "at", "actor", "file_name", "file_sha256", "size", "outcome", "message",
    "signer_serial", "agency_code", "submission_id", "revision", "name_mismatch",
)


class ConsolidationError(DigigovError):
    """Codes: ``NO_SUBMISSIONS`` (nothing to export), ``WRITE_FAILED`` (param ``path``)."""

    code = "NO_SUBMISSIONS"


@dataclass(frozen=True)
class ConsolidatedTable:
    """The consolidated rows: `columns` names, `rows` values (str, int, float or None)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    row_ids: tuple[int, ...]  # central submission row of each line
    # Rows on several pack versions: the mapped elements the scores count (None: one
    # version), the versions compared and those with no map (see `dashboard.pack_mapping`).
    mapped_elements: tuple[str, ...] | None = None
    pack_versions: tuple[str, ...] = ()
    unmapped_versions: tuple[str, ...] = ()

    def note(self, lang: str) -> str:
        """The visible note of a table on several pack versions ("" on one version)."""
        if self.mapped_elements is None:
            return ""
        return ConsolidatedLabels.for_language(lang).versions_text(
            len(self.mapped_elements), self.pack_versions, self.unmapped_versions)



def consolidated_table(
    store: Store, *, cycle: int | None = None, regions: Sequence[str] = (),
    agency_types: Sequence[str] = (), framework: Framework | None = None,
) -> ConsolidatedTable:
    """One row per agency and cycle (the counting submission), ordered by cycle and code.

    `regions` and `agency_types` keep only those (empty: all), like the dashboard's filters.
    When the rows use several pack versions, a `framework_version` column follows
    `revision`, the scores count only the mapped elements (as on the dashboard) and each
    element column holds the level of the element it maps from (empty when unmapped).
    """
    framework = framework or load_framework()
    keys = (*score_columns(framework), *(e.id for e in framework.iter_elements()))
    rows = central.counting_submissions(store, cycle=cycle, regions=regions,
                                        agency_types=agency_types)
    scores = central.scores_of(store, [r["id"] for r in rows])
    ids = tuple(r["id"] for r in rows)
    mapping = pack_mapping(framework, [(r["framework_id"], r["framework_version"]) for r in rows])
    if mapping is None:
        body = tuple((*(r[c] for c in BASE_COLUMNS), *(scores[r["id"]].get(k) for k in keys))
                     for r in rows)
        return ConsolidatedTable((*BASE_COLUMNS, *keys), body, ids)
    return ConsolidatedTable(
        (*BASE_COLUMNS, "framework_version", *keys),
        tuple((*(r[c] for c in BASE_COLUMNS), r["framework_version"],
               *_mapped_row(mapping, r, scores[r["id"]], keys)) for r in rows),
        ids, mapping.elements, mapping.versions, mapping.unmapped)


def _mapped_row(mapping: VersionMapping, row: dict[str, Any],
                levels: dict[str, float | None], keys: tuple[str, ...]) -> list[Any]:
    """A row's values on the mapped elements: scores recomputed, element levels mapped."""
    own = mapping.maps.get(row["framework_version"]) \
        if row["framework_id"] == mapping.target.id else None
    if own is None:
        return [None] * len(keys)
    scores = mapped_scores(mapping, row["framework_version"], levels) or {}
    same = row["framework_version"] == mapping.target.version  # every element is its own
    return [scores[k] if k in scores
            else levels.get(k) if same else levels.get(own[k]) if k in own else None
            for k in keys]


# --------------------------------------------------------------------------- CSV / XLSX


def write_csv(table: ConsolidatedTable, path: Path, *, excel_es: bool = False,
              lang: str = "es") -> Path:
    """CSV, comma-separated, UTF-8 with BOM; numbers with a dot, empty for no value.

    `excel_es`: for Excel in a Spanish locale (``;`` separator, decimal comma). Text that a
    spreadsheet would evaluate is neutralised (`digigov_desktop.tabular`). A table on
    several pack versions ends with a line holding its note (`ConsolidatedTable.note`) in
    `lang`, below the rows, so that whoever opens it sees what the scores count.
    """
    rows: list[tuple[Any, ...]] = list(table.rows)
    note = table.note(lang)
    if note:
        rows.append((note, *[None] * (len(table.columns) - 1)))
    return _write_atomic(Path(path), csv_bytes(table.columns, rows, excel_es=excel_es))


def write_xlsx(
    table: ConsolidatedTable, path: Path, *, lang: str = "es",
    framework: Framework | None = None,
) -> Path:
    """An XLSX workbook: the table (frozen header, filters, numeric cells) and a legend sheet
    naming every column in `lang`."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    framework = framework or load_framework()
    book = Workbook()
    sheet = book.active
    sheet.title = "Consolidado" if lang == "es" else "Consolidated"
    xlsx_append(sheet, table.columns)
    for row in table.rows:
        xlsx_append(sheet, row)
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    elements = set(e.id for e in framework.iter_elements())
    for index, name in enumerate(table.columns, 1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 36 if name == "agency_name" else (
            14 if index <= len(BASE_COLUMNS) else 8)
        if index > len(BASE_COLUMNS):
            fmt = "0" if name in elements else "0.00"
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = fmt
    sheet.freeze_panes = sheet.cell(row=2, column=len(BASE_COLUMNS) + 1)
    sheet.auto_filter.ref = sheet.dimensions
    note = table.note(lang)
    if note:  # below the filtered range, in bold: what a mixed-version table compares
        sheet.cell(row=len(table.rows) + 3, column=1, value=note).font = Font(bold=True)
    legend = book.create_sheet("Columnas" if lang == "es" else "Columns")
    xlsx_append(legend, ["columna", "descripción"] if lang == "es" else ["column", "description"])
    for cell in legend[1]:
        cell.font, cell.fill = bold, fill
    for name in table.columns:
        xlsx_append(legend, [name, _describe_column(name, framework, lang)])
    legend.column_dimensions["A"].width = 16
    legend.column_dimensions["B"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return _write_atomic(Path(path), buffer.getvalue())


def _describe_column(name: str, framework: Framework, lang: str) -> str:
    fixed = {
        "agency_code": ("Código de la institución", "Agency code"),
        "agency_name": ("Nombre de la institución", "Agency name"),
        "agency_type": ("Tipo de institución", "Agency type"),
        "region": ("Región (ISO 3166-2)", "Region (ISO 3166-2)"),
        "cycle": ("Ciclo (año)", "Cycle (year)"),
        "revision": ("Revisión del envío que cuenta", "Revision of the counting submission"),
        "framework_version": ("Versión del marco del envío", "Framework version of the submission"),
        "overall": ("Puntaje global (0–5)", "Overall score (0–5)"),
    }
    if name in fixed:
        return fixed[name][0 if lang == "es" else 1]
    try:
        if framework.has_element(name):
            return f"{framework.element(name).title.get(lang)} (0–5)"
        try:
            return f"{framework.recommendation(name).title.get(lang)} (0–5)"
        except KeyError:
            return f"{framework.pillar(name).title.get(lang)} (0–5)"
    except KeyError:
        return name


# --------------------------------------------------------------------------- PDF


def write_pdf(
    store: Store, path: Path, *, cycle: int | None = None, regions: Sequence[str] = (),
    agency_types: Sequence[str] = (), authority: CertificateAuthority | None = None,
    lang: str = "es", framework: Framework | None = None, now: dt.datetime | None = None,
    data: DashboardData | None = None,
) -> Path:
    """The consolidated report: completion (with a CA), pillar averages, distributions
    per recommendation, and the agencies × recommendations heat table.

    `data`: the selection's `report_data`, when the caller has it already (the CLI reads
    its versions note from it); else it is read here.

    Raises:
        ConsolidationError: `NO_SUBMISSIONS` when nothing counts for the selection (raised
            by `report_data`, here or in the caller).
    """
    framework = framework or load_framework()
    if data is None:
        data = report_data(store, cycle=cycle, regions=regions, agency_types=agency_types,
                           authority=authority, framework=framework)
    report = report_from(data, framework=framework, lang=lang, cycle=cycle,
                         coordinator=authority.name if authority is not None else "",
                         now=now, selection=selection_text(regions, agency_types, lang))
    return _write_atomic(Path(path), render_consolidated(report,
                                                         ConsolidatedLabels.for_language(lang)))


def report_data(
    store: Store, *, cycle: int | None = None, regions: Sequence[str] = (),
    agency_types: Sequence[str] = (), authority: CertificateAuthority | None = None,
    framework: Framework | None = None,
) -> DashboardData:
    """What the consolidated PDF report shows of a selection (`write_pdf`).

    Raises:
        ConsolidationError: `NO_SUBMISSIONS` when nothing counts for the selection.
    """
    data = dashboard_data(
        store, cycle=cycle, regions=regions, agency_types=agency_types,
        framework=framework or load_framework(),
        registry=authority.registry() if authority is not None else None,
    )
    if len(data) == 0 and (data.completion is None or not data.completion.registered):
        raise ConsolidationError("no submission counts for that selection",
                                 code="NO_SUBMISSIONS", cycle=cycle)
    return data


def selection_text(regions: Sequence[str], agency_types: Sequence[str], lang: str) -> str:
    """The regions and agency types a report keeps, in words ("" when it keeps all)."""
    labels = ReportLabels.for_language(lang)
    parts = [", ".join(REGIONS.get(r, r) for r in regions),
             ", ".join(labels.agency_type_name(t) for t in agency_types)]
    return " · ".join(p for p in parts if p)


def report_from(
    data: DashboardData, *, framework: Framework, lang: str, cycle: int | None,
    coordinator: str = "", now: dt.datetime | None = None, selection: str = "",
) -> ConsolidatedReport:
    """Turn dashboard arrays into the plain data the PDF layer takes."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    dist = data.distribution
    rec_cols = [data.columns.index(r) for r in data.recommendation_ids]
    several_cycles = len(set(data.cycles.tolist())) > 1
    heat = tuple(
        HeatRow(
            label=f"{code} · {cyc}" if several_cycles else code,
            name=name,
            overall=_num(row[0]),
            values=tuple(_num(row[j]) for j in rec_cols),
        )
        for code, name, cyc, row in zip(data.agency_codes, data.agency_names,
                                        data.cycles.tolist(), data.values, strict=True)
    )
    completion = data.completion
    return ConsolidatedReport(
        lang=lang,
        coordinator=coordinator,
        cycle=cycle,
        cycles=tuple(sorted(set(data.cycles.tolist()))),
        generated_at=moment.isoformat().replace("+00:00", "Z"),
        framework_title=framework.title.get(lang),
        submissions=len(data),
        pillars=tuple(
            (key, framework.pillar(key).title.get(lang) if key != "overall" else "",
             data.pillar_averages[key])
            for key in ("overall", *data.pillar_ids)
        ),
        recommendations=tuple(
            (rid, framework.recommendation(rid).title.get(lang)) for rid in data.recommendation_ids
        ),
        distribution=tuple(
            (rid, int(dist.count[j]), _num(dist.minimum[j]), _num(dist.q1[j]),
             _num(dist.median[j]), _num(dist.q3[j]), _num(dist.maximum[j]), _num(dist.mean[j]))
            for rid, j in zip(data.recommendation_ids, rec_cols, strict=True)
        ),
        heat=heat,
        completion_cycle=completion.cycle if completion else None,
        selection=selection,
        submitted=tuple((r.agency_code, r.agency_name, r.status, r.overall)
                        for r in completion.submitted) if completion else None,
        missing=tuple((r.agency_code, r.agency_name, r.status, None)
                      for r in completion.missing) if completion else None,
        versions_note=versions_note(data, lang),
    )


def versions_note(data: DashboardData, lang: str) -> str:
    """The note of a selection on several pack versions ("" when all use one)."""
    if data.mapped_elements is None:
        return ""
    labels = ConsolidatedLabels.for_language(lang)
    mapped = tuple(v for v in data.pack_versions if v not in data.unmapped_versions)
    return labels.versions_text(len(data.mapped_elements), mapped, data.unmapped_versions)


def _num(value: float) -> float | None:
    return None if value != value else float(value)  # NaN → None


# --------------------------------------------------------------------------- import log


def import_log_rows(store: Store) -> list[dict[str, Any]]:
    """The append-only import log, oldest first."""
    return list(reversed(central.import_log(store)))


def write_import_log_csv(store: Store, path: Path) -> Path:
    """The import log as CSV (UTF-8 with BOM), oldest first."""
    rows = ([row[c] for c in IMPORT_LOG_COLUMNS] for row in import_log_rows(store))
    return _write_atomic(Path(path), csv_bytes(IMPORT_LOG_COLUMNS, rows))


# --------------------------------------------------------------------------- files


def _write_atomic(path: Path, data: bytes) -> Path:
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise_if_disk_full(exc, path)
        raise ConsolidationError(f"cannot write {path}: {exc.strerror or exc}",
                                 code="WRITE_FAILED", path=str(path)) from exc
    return path


__all__ = [
    "BASE_COLUMNS",
    "Completion",
    "ConsolidatedTable",
    "ConsolidationError",
    "DashboardData",
    "Distribution",
    "consolidated_table",
    "dashboard_data",
    "import_log_rows",
    "registry_completion",
    "report_data",
    "report_from",
    "score_columns",
    "versions_note",
    "write_csv",
    "write_import_log_csv",
    "write_pdf",
    "write_xlsx",
]
