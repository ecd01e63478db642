"""Store figures: one answer write (with fsync) and scoring a complete evaluation.

Prints `name: value unit` lines:
  answer_save_ms_p50, answer_save_ms_p99 — EvaluationService.save_answer (one transaction,
      audit row, synchronous=FULL in WAL mode), 1,000 writes after 50 warm-up writes
  status_ms — EvaluationService.status() on a complete demo evaluation (load + score +
      readiness), median of 50
Usage: python benchmarks/bench_store.py [--runs N]   (medians of the per-run figures)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def one_run(folder: Path, run: int) -> dict[str, float]:
    store = create_demo(folder / f"bench-{run}.sqlite", seed=run)
    service = EvaluationService(store, actor="bench")
    cycle = service.current_cycle()
    elements = [e.id for e in service.framework_for(cycle).elements]
    timings = []
    for i in range(1050):
        element = elements[i % len(elements)]
        start = time.perf_counter()
        service.save_answer(cycle.id, element, level=i % 6, rationale=f"benchmark edit {i}")
        elapsed = (time.perf_counter() - start) * 1000
        if i >= 50:
            timings.append(elapsed)
    status_times = []
    for _ in range(50):
        start = time.perf_counter()
        service.status(cycle.id)
        status_times.append((time.perf_counter() - start) * 1000)
    store.close()
    return {
        "answer_save_ms_p50": statistics.median(timings),
        "answer_save_ms_p99": _percentile(timings, 0.99),
        "status_ms": statistics.median(status_times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = [one_run(Path(tmp), run) for run in range(args.runs)]
    for name in results[0]:
        print(f"{name}: {statistics.median(r[name] for r in results):.2f} ms")


if __name__ == "__main__":
    main()
