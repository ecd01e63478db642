"""Shared by the start-up benchmarks: time from process start to a shown main window.

The child process prints `time.time()` once its main window is shown (offscreen); the
parent notes the time just before starting it. Used by bench_gui.py (source, through a
`python -c` script) and bench_bundle.py (the frozen app and `main.py`, through the hidden
`--startup-probe` option of ui/app.py).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Mapping, Sequence


def time_to_shown(command: Sequence[str], *, env: Mapping[str, str] | None = None,
                  timeout: float = 120) -> float:
    """Run `command` offscreen; milliseconds from its start to the time it printed first."""
    run_env = dict(os.environ if env is None else env, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    out = subprocess.run(list(command), capture_output=True, text=True, env=run_env,
                         check=True, timeout=timeout).stdout.split()
    return (float(out[0]) - t0) * 1000
