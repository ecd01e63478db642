"""Modules stay small (DESIGN.md §2): median ≤ 150 lines, none past 500 in digigov_desktop/.

Counted: every `*.py` under digigov_desktop/ except package `__init__.py`/`__main__.py`
files, in physical lines.
"""

from __future__ import annotations

import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "digigov_desktop"


def _sizes() -> dict[str, int]:
    return {
        path.relative_to(ROOT).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in ROOT.rglob("*.py") if path.name not in ("__init__.py", "__main__.py")
    }


def test_median_module_is_at_most_150_lines():
    sizes = _sizes()
    assert statistics.median(sizes.values()) <= 150, sorted(sizes.items(), key=lambda kv: kv[1])


def test_no_module_over_500_lines():
    sizes = _sizes()
    assert {name: n for name, n in sizes.items() if n > 500} == {}
