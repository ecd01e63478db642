"""Audit-trail reads on a store with a long history (the History panel reads on the GUI thread).

Prints `name: value unit` lines:
  audit_rows          audit rows in the store (a demo, then EDITS answer saves)
  element_history_ms  EvaluationService.history(cycle, element): one element's History panel,
                      median of 50 reads
  cycle_history_ms    EvaluationService.history(cycle): the change-history dialog's read (off
                      the GUI thread), median of 10 reads
Usage: python benchmarks/bench_audit.py [--edits N]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import median_ms, report  # benchmarks/ is sys.path[0]

from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = create_demo(Path(tmp) / "audit.sqlite")
        service = EvaluationService(store, actor="bench")
        cycle = service.current_cycle()
        assert cycle is not None
        elements = [e.id for e in service.framework_for(cycle).elements]
        for n in range(args.edits):
            service.save_answer(cycle.id, elements[n % len(elements)],
                                rationale=f"revisión {n}")
        rows = len(service.history(cycle.id))
        element = elements[0]
        element_ms, _ = median_ms(lambda: service.history(cycle.id, element), 50)
        cycle_ms, _ = median_ms(lambda: service.history(cycle.id), 10)
        report(("audit_rows", rows, "rows", 0), ("element_history_ms", element_ms, "ms", 1),
               ("cycle_history_ms", cycle_ms, "ms", 0))
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
