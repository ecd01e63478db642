"""Shared by the benchmarks: timing a call, and printing the `name: value unit` lines."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_ms(call: Callable[[], Any], runs: int, *, warm: bool = False) -> tuple[float, Any]:
    """(median milliseconds of `runs` calls, what the last call returned); with `warm`, one
    call first that is not timed (imports, caches)."""
    if warm:
        call()
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def report(*rows: tuple[str, float, str, int]) -> None:
    """Print each (name, value, unit, decimals) as the line `name: value unit` (no unit: a
    ratio, `name: value`)."""
    for name, value, unit, decimals in rows:
        print(f"{name}: {value:.{decimals}f}" + (f" {unit}" if unit else ""))
