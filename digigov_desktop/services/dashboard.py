"""Plain data the coordinator's dashboard plots: numpy arrays, no Qt, no per-row Python.

`dashboard_data()` reads the submissions that count (one per agency and cycle) with two
queries over `score` (one for the row metadata, one for the values of `overall`, the
pillars and the recommendations) and derives everything the dashboard draws:

* `values` (rows × columns) — the heatmap is its recommendation columns, each row an
  agency and cycle, each number traceable to `row_ids` (the central submission row, hence
  its signed file);
* `distribution` — per column count, min, quartiles, max and mean (box/strip plots);
* `pillar_averages`, `completion` (registered agencies that did / did not submit), and an
  optional `comparison` between two cycles (per agency, per column deltas);
* filters by cycle, region and agency type.

Submissions made on different versions of the framework pack (an agency still on 1.0.0,
another on 2.0.0) are compared only on the elements the versions carry one to one
(`domain.pack_compare`): then every row's overall, pillar and recommendation scores are
recomputed from its element levels on those elements alone, and `mapped_elements` says
how many they are (None when every row is on one version: the scores as submitted).

NaN means "no score" (not applicable throughout, or not answered).
"""

from __future__ import annotations

import contextlib
import itertools
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from digigov_desktop.domain.framework import Framework, load_framework
from digigov_desktop.domain.pack_compare import VersionMapping, mapped_scores, version_mapping
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.signing.authority import RegistryEntry
from digigov_desktop.storage import central
from digigov_desktop.storage.database import Store

_MISSING = -1.0  # scores are 0..5: a negative value can only mean NULL


def score_columns(framework: Framework | None = None) -> tuple[str, ...]:
    """`overall`, the pillar ids, then the recommendation ids, in framework order."""
    framework = framework or load_framework()
    return ("overall", *(p.id for p in framework.pillars),
            *(r.id for r in framework.recommendations))


@dataclass(frozen=True)
class Distribution:
    """Per-column statistics over the rows (arrays aligned with the data's `columns`)."""

    count: np.ndarray
    minimum: np.ndarray
    q1: np.ndarray
    median: np.ndarray
    q3: np.ndarray
    maximum: np.ndarray
    mean: np.ndarray

    @classmethod
    def of(cls, values: np.ndarray) -> Distribution:
        count = np.sum(~np.isnan(values), axis=0)
        if values.shape[0] == 0 or not count.any():
            nan = np.full(values.shape[1], np.nan)
            return cls(count, nan, nan, nan, nan, nan, nan)
        with np.errstate(all="ignore"), _quiet_nan_warnings():
            q = np.nanpercentile(values, [0, 25, 50, 75, 100], axis=0)
            mean = np.nanmean(values, axis=0)
        return cls(count, q[0], q[1], q[2], q[3], q[4], mean)


@dataclass(frozen=True)
class CompletionRow:
    agency_code: str
    agency_name: str
    status: str  # registry status: active, revoked, expired
    submission_row: int | None = None
    overall: float | None = None


@dataclass(frozen=True)
class Completion:
    """Which registered agencies have a counting submission for `cycle`, and which not."""

    cycle: int | None
    submitted: tuple[CompletionRow, ...]
    missing: tuple[CompletionRow, ...]

    @property
    def registered(self) -> int:
        return len(self.submitted) + len(self.missing)

    @property
    def ratio(self) -> float | None:
        return len(self.submitted) / self.registered if self.registered else None


@dataclass(frozen=True)
class CycleComparison:
    """Agencies with a counting submission in both cycles: their values and the change."""

    base_cycle: int
    cycle: int
    agency_codes: tuple[str, ...]
    base: np.ndarray  # (agencies × columns)
    current: np.ndarray
    delta: np.ndarray
    mean_delta: np.ndarray  # per column


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard draws; rows ordered by cycle, then agency code."""

    columns: tuple[str, ...]
    pillar_ids: tuple[str, ...]
    recommendation_ids: tuple[str, ...]
    row_ids: np.ndarray  # central `submission.id` of each row: the drill-down
    agency_codes: tuple[str, ...]
    agency_names: tuple[str, ...]
    agency_types: tuple[str, ...]
    regions: tuple[str, ...]
    cycles: np.ndarray
    revisions: np.ndarray
    submission_ids: tuple[str, ...]
    file_sha256: tuple[str, ...]
    values: np.ndarray  # (rows × columns), NaN = no score
    distribution: Distribution
    completion: Completion | None = None
    comparison: CycleComparison | None = None
    choices: dict[str, list[Any]] = field(default_factory=dict)
    framework_versions: tuple[str, ...] = ()  # the pack version of each row's submission
    pack_versions: tuple[str, ...] = ()  # every version among the rows read, oldest first
    # The elements a mixed-version selection is compared on (target ids; None: one version)
    mapped_elements: tuple[str, ...] | None = None
    unmapped_versions: tuple[str, ...] = ()  # versions with no map: their rows have no score

    @property
    def mixed_versions(self) -> bool:
        """True when the rows read use several pack versions (compared on mapped elements)."""
        return self.mapped_elements is not None

    def __len__(self) -> int:
        return len(self.agency_codes)

    def column(self, key: str) -> np.ndarray:
        return self.values[:, self.columns.index(key)]

    @property
    def heatmap(self) -> np.ndarray:
        """(rows × recommendations) scores, for an agencies × recommendations heatmap."""
        start = 1 + len(self.pillar_ids)
        return self.values[:, start:start + len(self.recommendation_ids)]

    @property
    def pillar_averages(self) -> dict[str, float | None]:
        """Mean of `overall` and of each pillar over the rows (None when no score)."""
        return {
            key: _plain(self.distribution.mean[self.columns.index(key)])
            for key in ("overall", *self.pillar_ids)
        }


def dashboard_data(
    store: Store,
    *,
    cycle: int | None = None,
    compare_with: int | None = None,
    regions: Sequence[str] = (),
    agency_types: Sequence[str] = (),
    registry: Sequence[RegistryEntry] | None = None,
    framework: Framework | None = None,
) -> DashboardData:
    """The dashboard's data for one cycle (or every cycle), optionally compared with another.

    Args:
        store: the central store.
        cycle: only this cycle; None for every cycle (one row per agency and cycle).
        compare_with: a second cycle to compare `cycle` with (requires `cycle`).
        regions: keep only these regions (empty: all).
        agency_types: keep only these agency types (empty: all).
        registry: the CA registry, for campaign completion (None: no completion).
        framework: decides the columns (default: the shipped framework).

    Raises:
        InvalidInputError: `COMPARE_NEEDS_CYCLE` when comparing without a cycle.
    """
    if compare_with is not None and cycle is None:
        raise InvalidInputError("choose a cycle to compare with", code="COMPARE_NEEDS_CYCLE")
    framework = framework or load_framework()
    columns = score_columns(framework)
    wanted = None if cycle is None else sorted(
        c for c in (cycle, compare_with) if c is not None)
    filters: dict[str, Any] = dict(cycles=wanted, regions=regions, agency_types=agency_types)
    meta, values = _load(store, columns, **filters)
    mapping = pack_mapping(framework, [(m[9], m[10]) for m in meta])
    if mapping is not None:
        values = _mapped_grid(store, meta, columns, mapping, **filters)
    cycles = np.fromiter((m[5] for m in meta), dtype=np.int64, count=len(meta))
    main = np.flatnonzero(cycles == cycle) if cycle is not None else np.arange(len(meta))
    codes = np.array([m[1] for m in meta], dtype=object)
    main = main[np.lexsort((codes[main].astype(str), cycles[main]))] if len(main) else main
    picked = [meta[i] for i in main]
    data_values = values[main]
    comparison = None
    if compare_with is not None and cycle is not None:  # checked above: no compare alone
        comparison = _compare(codes, cycles, values, base_cycle=compare_with, cycle=cycle)
    completion = None
    if registry is not None:
        target = cycle if cycle is not None else (int(cycles.max()) if len(cycles) else None)
        completion = registry_completion(store, registry, cycle=target)
    return DashboardData(
        columns=columns,
        pillar_ids=tuple(p.id for p in framework.pillars),
        recommendation_ids=tuple(r.id for r in framework.recommendations),
        row_ids=np.fromiter((m[0] for m in picked), dtype=np.int64, count=len(picked)),
        agency_codes=tuple(m[1] for m in picked),
        agency_names=tuple(m[2] for m in picked),
        agency_types=tuple(m[3] for m in picked),
        regions=tuple(m[4] for m in picked),
        cycles=cycles[main],
        revisions=np.fromiter((m[6] for m in picked), dtype=np.int64, count=len(picked)),
        submission_ids=tuple(m[7] for m in picked),
        file_sha256=tuple(m[8] for m in picked),
        values=data_values,
        distribution=Distribution.of(data_values),
        completion=completion,
        comparison=comparison,
        choices=central.filter_choices(store),
        framework_versions=tuple(m[10] for m in picked),
        pack_versions=_versions(mapping, meta),
        mapped_elements=None if mapping is None else mapping.elements,
        unmapped_versions=() if mapping is None else mapping.unmapped,
    )


def pack_mapping(framework: Framework, packs: Sequence[tuple[str, str]]
                 ) -> VersionMapping | None:
    """How to compare rows on the packs `(framework id, version)` they were made on: None
    when they all use one pack version, else the elements carried one to one between the
    versions (a row on another framework, or a version with no map, has none)."""
    if len(set(packs)) <= 1:
        return None
    versions = {version for fid, version in packs if fid == framework.id}
    mapping = version_mapping(framework, versions, lambda fid, v: load_framework(fid, v))
    others = sorted({f"{fid} {version}" for fid, version in packs if fid != framework.id})
    if others:
        mapping = VersionMapping(mapping.target, mapping.versions,
                                 (*mapping.unmapped, *others), mapping.elements, mapping.maps)
    return mapping


def _versions(mapping: VersionMapping | None, meta: list[tuple[Any, ...]]) -> tuple[str, ...]:
    if mapping is not None:
        return (*mapping.versions, *mapping.unmapped)
    return tuple(sorted({m[10] for m in meta}))


def registry_completion(
    store: Store, registry: Sequence[RegistryEntry], *, cycle: int | None
) -> Completion:
    """Registered agencies (from the CA registry) that did and did not submit for `cycle`."""
    agencies: dict[str, RegistryEntry] = {}
    statuses: dict[str, set[str]] = {}
    for entry in registry:
        if not entry.is_agency:
            continue
        agencies[entry.agency_code] = entry  # the newest certificate names the agency
        statuses.setdefault(entry.agency_code, set()).add(entry.effective_status())
    counted = {} if cycle is None else {
        r["agency_code"]: r for r in central.counting_agencies(store, cycle)}
    submitted: list[CompletionRow] = []
    missing: list[CompletionRow] = []
    for code in sorted(agencies):
        status = "active" if "active" in statuses[code] else agencies[code].effective_status()
        hit = counted.get(code)
        row = CompletionRow(code, agencies[code].agency_name, status,
                            hit["id"] if hit else None, hit["overall"] if hit else None)
        (submitted if hit else missing).append(row)
    return Completion(cycle, tuple(submitted), tuple(missing))


# --------------------------------------------------------------------------- internals


def _load(
    store: Store, columns: tuple[str, ...], **filters: Any
) -> tuple[list[tuple[Any, ...]], np.ndarray]:
    """Counting rows (metadata) and their (rows × columns) values, from two queries."""
    current = central.current_meta(store, **filters)
    n, k = len(current), len(columns)
    order = sorted(range(k), key=lambda i: columns[i].encode())  # SQLite's binary order
    cursor = central.current_values(store, columns, missing=_MISSING, **filters)
    flat = np.fromiter(itertools.chain.from_iterable(cursor), dtype=float)
    if flat.size == n * k:
        grid = np.empty((n, k))
        grid[:, order] = flat.reshape(n, k)
        grid[grid < 0] = np.nan
    else:  # some submission lacks a key (another framework version): the general path
        grid = _grid_from_triples(store, current, columns, **filters)
    counts = np.fromiter((bool(m[11]) for m in current), dtype=bool, count=n)
    keep = np.flatnonzero(counts)
    return [current[i] for i in keep], grid[keep]


def _grid_from_triples(
    store: Store, current: list[tuple[Any, ...]], columns: tuple[str, ...], **filters: Any
) -> np.ndarray:
    grid = np.full((len(current), len(columns)), np.nan)
    row_of = {m[0]: i for i, m in enumerate(current)}
    col_of = {c: j for j, c in enumerate(columns)}
    for submission, key, value in central.current_triples(store, columns, **filters):
        if value is not None and submission in row_of:
            grid[row_of[submission], col_of[key]] = value
    return grid


def _mapped_grid(
    store: Store, meta: list[tuple[Any, ...]], columns: tuple[str, ...],
    mapping: VersionMapping, **filters: Any,
) -> np.ndarray:
    """Each row's scores recomputed from its element levels on the mapped elements only."""
    keys = sorted({own for m in mapping.maps.values() for own in m.values()})
    levels: dict[int, dict[str, float | None]] = {m[0]: {} for m in meta}
    for submission, key, value in central.current_triples(store, keys, **filters):
        if submission in levels:
            levels[submission][key] = value
    grid = np.full((len(meta), len(columns)), np.nan)
    for i, m in enumerate(meta):
        scores = mapped_scores(mapping, m[10], levels[m[0]]) if m[9] == mapping.target.id \
            else None
        if scores is not None:
            grid[i] = [np.nan if scores.get(c) is None else scores[c] for c in columns]
    return grid


def _compare(
    codes: np.ndarray, cycles: np.ndarray, values: np.ndarray, *, base_cycle: int, cycle: int
) -> CycleComparison:
    base_idx = np.flatnonzero(cycles == base_cycle)
    cur_idx = np.flatnonzero(cycles == cycle)
    base_codes = codes[base_idx].astype(str)
    cur_codes = codes[cur_idx].astype(str)
    common, in_base, in_cur = np.intersect1d(base_codes, cur_codes, return_indices=True)
    base = values[base_idx[in_base]]
    current = values[cur_idx[in_cur]]
    delta = current - base
    with np.errstate(all="ignore"), _quiet_nan_warnings():
        mean_delta = (np.nanmean(delta, axis=0) if len(common)
                      else np.full(values.shape[1], np.nan))
    return CycleComparison(base_cycle, cycle, tuple(common.tolist()), base, current, delta,
                           mean_delta)


def _plain(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


@contextlib.contextmanager
def _quiet_nan_warnings() -> Iterator[None]:
    """Silence numpy's RuntimeWarning for all-NaN columns (reported as NaN anyway)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        yield
