"""Application start-up: arguments, QApplication, the main window.

Placeholder window until the guided-evaluation GUI lands: it shows the open evaluation's
agency, cycle and completion so that `digigov-desktop --demo` proves the install works.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from digigov_desktop.paths import AppPaths


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="digigov-desktop")
    parser.add_argument("--db", type=Path, help="open this database instead of the default one")
    parser.add_argument("--demo", action="store_true",
                        help="open (creating it if needed) a demo evaluation")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window offscreen on a temporary database and exit")
    return parser.parse_args(argv)


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.storage.database import open_store

    paths = AppPaths.default().ensure()
    db_path = args.db or (paths.data / "demo.sqlite" if args.demo else paths.database)
    if args.demo and not db_path.exists():
        create_demo(db_path).close()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(db_path, rolling_backup=True)
    service = EvaluationService(store)
    cycle = service.current_cycle()
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("MainWindow", "DigiGov Desktop"))
    if cycle is None:
        text = QApplication.translate("MainWindow", "No evaluation yet.")
    else:
        status = service.status(cycle.id)
        text = QApplication.translate("MainWindow", "%1 · cycle %2 · %3 % complete").replace(
            "%1", status.evaluation.agency.name).replace("%2", str(cycle.year)).replace(
            "%3", f"{status.scores.overall.completion.ratio * 100:.0f}")
    window.setCentralWidget(QLabel(text))
    window.resize(800, 500)
    window.show()
    if args.smoke_test:
        app.processEvents()
        store.close()
        return 0
    try:
        return app.exec()
    finally:
        store.close()


def main() -> None:
    """Entry point of the `digigov-desktop` GUI script."""
    raise SystemExit(run())
