#!/usr/bin/env python3
"""The coordinator's inbox with a long import log: refresh and window resizing (GUI thread).

A national campaign's import log holds thousands of rows (every file ever received). The
real coordinator window is built offscreen on a central store whose import log has
`--rows` synthetic entries (inserted as the importer writes them), on the inbox's
"Import log" tab. Prints `name: value unit` lines, medians of `--repeat`:

  inbox_log_rows      rows in the import log
  inbox_refresh_ms    the inbox page's refresh: the log read (on the thread pool) and
                      shown, laid out
  inbox_refresh_gui_ms  of which on the GUI thread (the rest leaves the window responsive)
  inbox_resize_ms     one step of resizing the window (the columns sized to contents)

Usage: python benchmarks/bench_tables.py [--rows 2000] [--repeat 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import median_ms, report  # benchmarks/ is sys.path[0]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fill_log(store, rows: int) -> None:
    outcomes = ("accepted", "duplicate", "TAMPERED", "UNTRUSTED_SIGNER", "accepted")
    with store.transaction() as db:
        for i in range(rows):
            outcome = outcomes[i % len(outcomes)]
            db.execute(
                "INSERT INTO import_log (at, actor, file_name, file_sha256, size, outcome, "
                "message, signer_serial, agency_code, submission_id, revision) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [f"2026-11-{1 + i % 28:02d}T10:{i % 60:02d}:00Z", "Coordinación Central",
                 f"Municipalidad-{i % 346:03d}-envio-2026.pdf", f"{i:064x}", 150_000 + i,
                 outcome, "" if outcome == "accepted" else "la firma no corresponde al archivo",
                 f"{i:040x}", f"MUN-{i % 346:03d}", f"{i:08x}-0000-4000-8000-000000000000",
                 1 + i % 3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from digigov_desktop.services import stores
    from ui.i18n import Translators
    from ui.launcher import build_coordinator_window
    from ui.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        store = stores.open_central(Path(tmp) / "central.sqlite")
        try:
            _fill_log(store, args.rows)
            window = build_coordinator_window(store, Translators(),
                                              Preferences.in_folder(Path(tmp) / "prefs"),
                                              lang="es")
            window.resize(1500, 800)
            window.show()
            window.go_to("inbox")
            page = window.inbox_page
            page.tabs.setCurrentIndex(1)
            app.processEvents()

            on_gui: list[float] = []
            shown = page._on_log_loaded

            def timed_shown(entries: list) -> None:  # the GUI thread's part of a refresh
                start = time.perf_counter()
                shown(entries)
                app.processEvents()
                on_gui.append((time.perf_counter() - start) * 1000)

            page._on_log_loaded = timed_shown

            def refresh() -> None:  # the log is read on the thread pool: until it is shown
                start = time.perf_counter()
                page.refresh()
                started = (time.perf_counter() - start) * 1000
                while page.log_task is not None:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                app.processEvents()
                on_gui[-1] += started

            refresh_ms, _ = median_ms(refresh, args.repeat, warm=True)
            refresh_gui_ms = statistics.median(on_gui[1:])
            widths = iter([1450, 1400, 1550, 1500] * args.repeat)
            resize_ms, _ = median_ms(
                lambda: (window.resize(next(widths), 800), app.processEvents()), args.repeat,
                warm=True)
            rows = page.log_model.rowCount()
            window.close()
        finally:
            store.close()
    report(("inbox_log_rows", rows, "rows", 0), ("inbox_refresh_ms", refresh_ms, "ms", 1),
           ("inbox_refresh_gui_ms", refresh_gui_ms, "ms", 1),
           ("inbox_resize_ms", resize_ms, "ms", 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
