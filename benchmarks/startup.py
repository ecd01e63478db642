"""Shared by the start-up benchmarks: time from process start to a shown main window.

The child prints `time.time()` values once its window is up (offscreen); the parent notes
the time just before starting it. `main.py --startup-probe` (ui/app.py) prints two: when
the main window was first on screen, and when the evaluation was loaded into it and the
events were processed (ready to work). A bare window prints one, used for both.
Used by bench_gui.py (source) and bench_bundle.py (frozen and source).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent


class Start(NamedTuple):
    shown_ms: float  # process start → main window on screen
    ready_ms: float  # process start → evaluation loaded, events processed


def compile_sources() -> None:
    """Write the bytecode an installed copy has (pip compiles on install; the bundle holds it).

    Without it, a machine with PYTHONDONTWRITEBYTECODE=1 (this one) would compile every
    module of ours on every start and time the compiler, not the application.
    """
    for folder in ("digigov_desktop", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)


def demo_database(folder: Path) -> Path:
    """Our sources byte-compiled (`compile_sources`) and a demo database written in `folder`:
    what both start-up benchmarks start the application on."""
    import sys

    sys.path.insert(0, str(ROOT))
    from digigov_desktop.services.demo import create_demo

    compile_sources()
    db = folder / "bench.sqlite"
    create_demo(db).close()
    return db


def time_to_start(command: Sequence[str], *, env: Mapping[str, str] | None = None,
                  timeout: float = 120) -> Start:
    """Run `command` offscreen; milliseconds from its start to the times it printed."""
    run_env = dict(os.environ if env is None else env, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    out = subprocess.run(list(command), capture_output=True, text=True, env=run_env,
                         check=True, timeout=timeout).stdout.split()
    shown = (float(out[0]) - t0) * 1000
    ready = (float(out[1]) - t0) * 1000 if len(out) > 1 else shown
    return Start(shown, ready)


def time_to_shown(command: Sequence[str], *, env: Mapping[str, str] | None = None,
                  timeout: float = 120) -> float:
    """Milliseconds from the start of `command` to its main window on screen."""
    return time_to_start(command, env=env, timeout=timeout).shown_ms
