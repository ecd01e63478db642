"""Dashboard figures: `dashboard_data()` over a central store of 10,000 submissions.

Synthetic rows are inserted straight into a central database (2,000 agencies × 5 cycles,
shaped exactly as the importer writes them: submission, stored_file, 66 long-format scores
each). Prints `name: value unit` lines, medians of `--repeat` calls after one warm-up:

  dashboard_ms          every cycle (10,000 rows), with campaign completion
  dashboard_cycle_ms    one cycle (2,000 rows) compared with the previous one
  dashboard_filter_ms   one cycle, one region

Usage: python benchmarks/bench_dashboard.py [--agencies 2000] [--cycles 5] [--repeat 9]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _common import median_ms, report  # benchmarks/ is sys.path[0]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "flows"))

from campaign import fill_synthetic_central  # noqa: E402

from digigov_desktop.services.dashboard import dashboard_data  # noqa: E402
from digigov_desktop.signing.authority import RegistryEntry  # noqa: E402
from digigov_desktop.storage.central import open_central  # noqa: E402


def _registry(agencies: int) -> list[RegistryEntry]:
    return [
        RegistryEntry(serial=f"{i:x}", agency_code=f"SYN-{i:05d}", agency_name=f"Agency {i}",
                      not_before="2024-01-01T00:00:00+00:00",
                      not_after="2099-01-01T00:00:00+00:00",
                      issued_at="2024-01-01T00:00:00+00:00", route="csr")
        for i in range(1, agencies + 11)  # ten registered agencies never submit
    ]


def _median_ms(call, repeat: int) -> float:
    """Median of `repeat` calls after one warm-up."""
    return median_ms(call, repeat, warm=True)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=2000)
    parser.add_argument("--cycles", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    cycles = list(range(2025 - args.cycles + 1, 2026))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_central(Path(tmp) / "central.sqlite")
        fill_synthetic_central(store, agencies=args.agencies, cycles=cycles)
        registry = _registry(args.agencies)
        data = dashboard_data(store, registry=registry)
        assert len(data) == args.agencies * args.cycles
        region = data.regions[0]
        every = _median_ms(lambda: dashboard_data(store, registry=registry), args.repeat)
        one = _median_ms(lambda: dashboard_data(store, cycle=cycles[-1], compare_with=cycles[-2],
                                                registry=registry), args.repeat)
        filtered = _median_ms(lambda: dashboard_data(store, cycle=cycles[-1], regions=[region]),
                              args.repeat)
        store.close()
    report(("dashboard_ms", every, "ms", 0), ("dashboard_cycle_ms", one, "ms", 0),
           ("dashboard_filter_ms", filtered, "ms", 0), ("submissions", len(data), "rows", 0))


if __name__ == "__main__":
    main()
