#!/usr/bin/env python3
"""GUI benchmarks: start-up against a bare QMainWindow, element switching, memory after a walk.

Prints `name: value unit` lines:
  startup_ms        process start → main window shown: `python main.py --db demo.sqlite`,
                    the path a person takes (policy, log, store, window), median of N runs
  bare_startup_ms   the same for a bare PySide6 QMainWindow, interleaved with the above
  startup_ratio     startup_ms / bare_startup_ms (target ≤ 1.5)
  ready_ms          process start → the evaluation loaded in that window and the events
                    processed: when the person can work (the window shows before it loads):
                    the outline of the current evaluation with its status marks and the
                    page last worked on, with its data, painted and taking input
  ready_ratio       ready_ms / bare_startup_ms (target ≤ 1.6, issue #16)
  plain_ready_ratio for scale: a plain PySide6 window of the same shape, with nothing of
                    ours (a sidebar tree of 12 × 8 rows, a page of labels, five level
                    buttons, a text box, a button; no store, no framework, no log),
                    shown and painted, / bare_startup_ms: what Qt alone costs before
                    any of the application's own work
  navigate_ms_p95   switching element (Next), 95th percentile over a full walk (target ≤ 50)
  rss_mb            resident memory after a full walk, all pages visited (target ≤ 250)
Our modules are byte-compiled first, as an installed copy is (startup.compile_sources).
Usage: python benchmarks/bench_gui.py [--runs 7]
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
from startup import demo_database, time_to_start

ROOT = Path(__file__).resolve().parent.parent

_BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.time())
"""

_PLAIN = r"""
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QPlainTextEdit, QPushButton,
                               QRadioButton, QSplitter, QTreeView, QVBoxLayout, QWidget)
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 800)
model = QStandardItemModel()
for r in range(1, 13):
    item = QStandardItem(f"{r}. Recomendación sobre la estrategia de gobierno digital")
    for e in range(1, 9):
        item.appendRow(QStandardItem(f"✓ {r}.{e} Elemento de la recomendación"))
    model.appendRow(item)
tree = QTreeView(); tree.setModel(model); tree.setHeaderHidden(True); tree.expandToDepth(0)
page = QWidget(); layout = QVBoxLayout(page)
layout.addWidget(QLabel("1. Apertura, transparencia e inclusión"))
layout.addWidget(QLabel("¿En qué medida la institución publica sus datos? " * 3, wordWrap=True))
for level in range(5):
    layout.addWidget(QRadioButton(f"Nivel {level}: descripción del nivel de madurez"))
layout.addWidget(QPlainTextEdit("Justificación"))
layout.addWidget(QPushButton("Siguiente"))
split = QSplitter(Qt.Orientation.Horizontal); split.addWidget(tree); split.addWidget(page)
w.setCentralWidget(split); w.show(); app.processEvents()
print(time.time())
"""

_WALK = r"""
import sys, time, resource
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from digigov_desktop.storage.database import open_store
from ui.app import _application
from ui.launcher import build_window
from ui.i18n import Translators
app = _application()
store = open_store(Path(sys.argv[1]))
w = build_window(store, Translators())
w.resize(1200, 800); w.show(); w.go_to(w.walk()[0]); app.processEvents()
times = []
for _ in range(len(w.walk()) - 1):
    t0 = time.perf_counter()
    w.go_next(); app.processEvents()
    times.append((time.perf_counter() - t0) * 1000)
for key in ("progress", "readiness"):
    w.go_to(key); app.processEvents()
times.sort()
print(times[int(round(0.95 * (len(times) - 1)))])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
store.close()
"""


def _bare():
    return time_to_start([sys.executable, "-c", _BARE])


def _plain():
    return time_to_start([sys.executable, "-c", _PLAIN])


def _app(db: Path, home: Path):
    # A fresh per-user folder (log, preferences) so the person's own files play no part.
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_STATE_HOME=str(home / ".local/state"))
    return time_to_start([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--lang", "es",
                          "--startup-probe"], env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="digigov-bench-") as tmp:
        db = demo_database(Path(tmp))
        home = Path(tmp) / "home"
        _app(db, home), _bare()  # warm the file cache (and the framework cache) once
        _plain()
        app_runs, bare_runs, plain_runs = [], [], []
        for _ in range(args.runs):  # interleaved, so all see the same machine state
            bare_runs.append(_bare().shown_ms)
            app_runs.append(_app(db, home))
            plain_runs.append(_plain().shown_ms)
        shown_ms = statistics.median(r.shown_ms for r in app_runs)
        ready_ms = statistics.median(r.ready_ms for r in app_runs)
        bare_ms = statistics.median(bare_runs)
        plain_ms = statistics.median(plain_runs)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        walk = subprocess.run([sys.executable, "-c", _WALK, str(db), str(ROOT)],
                              capture_output=True, text=True, env=env, check=True).stdout.split()
    report(("startup_ms", shown_ms, "ms", 0), ("bare_startup_ms", bare_ms, "ms", 0),
           ("startup_ratio", shown_ms / bare_ms, "", 2), ("ready_ms", ready_ms, "ms", 0),
           ("ready_ratio", ready_ms / bare_ms, "", 2),
           ("plain_ready_ratio", plain_ms / bare_ms, "", 2),
           ("navigate_ms_p95", float(walk[0]), "ms", 1), ("rss_mb", float(walk[1]), "MB", 0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
