"""Child process for test_crash.py: commits answer edits forever, reporting each commit.

Prints "<n>" on stdout right after the n-th edit has been committed (and fsynced).
"""

from __future__ import annotations

import itertools
import sys

from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.storage.database import open_store


def main(path: str) -> None:
    store = open_store(path)
    service = EvaluationService(store, actor="writer")
    cycle = service.current_cycle()
    elements = [e.id for e in service.framework_for(cycle).elements]
    for n in itertools.count(1):
        element = elements[n % len(elements)]
        service.save_answer(cycle.id, element, level=n % 6, rationale=f"edit {n} " + "x" * 300)
        if n % 7 == 0:
            service.add_evidence(cycle.id, element, content=f"evidence {n}".encode() * 500,
                                 file_name=f"e{n}.txt")
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
