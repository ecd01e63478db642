#!/usr/bin/env python3
"""Bundle benchmarks: size of the one-folder bundle, frozen start-up against source start-up.

Prints `name: value unit` lines:
  bundle_mb           dist/digigov on disk, `du -sm` units (MiB of allocated blocks); target ≤ 200
  bundle_mb_si        the same in SI megabytes (10^6 bytes)
  frozen_startup_ms   process start → main window shown, dist/digigov/digigov (median of N)
  startup_ms          the same from source, `python main.py`, in the same run (median of N)
  frozen_ratio        frozen_startup_ms / startup_ms (target ≤ 1.1)
Both starts take the same path (ui/app.py's hidden --startup-probe: policy, folders, log,
store, main window on screen) on the same demo database, offscreen, interleaved; timed
as benchmarks/bench_gui.py does (startup.py), with our sources byte-compiled first.
Usage: python benchmarks/bench_bundle.py [--runs 7] [--build]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import report  # benchmarks/ is sys.path[0]
from startup import demo_database, time_to_shown

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "digigov"
EXE = BUNDLE / ("digigov.exe" if sys.platform == "win32" else "digigov")


def _packaging():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build as packaging_build
    finally:
        sys.path.pop(0)
    return packaging_build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true",
                        help="build the bundle first (packaging/build.py --no-smoke)")
    args = parser.parse_args(argv)
    packaging_build = _packaging()
    if args.build or not EXE.is_file():
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-smoke"],
                       check=True, stdout=subprocess.DEVNULL)
    size = packaging_build.disk_bytes(BUNDLE)

    with tempfile.TemporaryDirectory(prefix="digigov-bench-bundle-") as tmp:
        db = demo_database(Path(tmp))
        env = packaging_build.isolated_env(Path(tmp) / "home")
        probe = ["--db", str(db), "--lang", "es", "--startup-probe"]
        frozen_cmd = [str(EXE), *probe]
        source_cmd = [sys.executable, str(ROOT / "main.py"), *probe]
        for command in (frozen_cmd, source_cmd):  # warm the file cache once each
            time_to_shown(command, env=env)
        frozen, source = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine state
            frozen.append(time_to_shown(frozen_cmd, env=env))
            source.append(time_to_shown(source_cmd, env=env))
    frozen_ms, source_ms = statistics.median(frozen), statistics.median(source)
    report(("bundle_mb", size / 2**20, "MiB", 1), ("bundle_mb_si", size / 1e6, "MB", 1),
           ("frozen_startup_ms", frozen_ms, "ms", 0), ("startup_ms", source_ms, "ms", 0),
           ("frozen_ratio", frozen_ms / source_ms, "", 2))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
