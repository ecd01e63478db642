#!/usr/bin/env python3
"""Regenerate PNG screenshots of every page and dialog, in Spanish and English.

Usage: python scripts/screenshots.py [OUT_DIR] [--lang es --lang en] [--scale 1.0]
Runs offscreen on a temporary demo database (two cycles, so the comparison plot and the
carried-forward marks show). OUT_DIR defaults to docs/screenshots/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _prepare(folder: Path) -> Path:
    from digigov_desktop.domain.evaluation import Agency, Person
    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService

    year = dt.date.today().year
    path = folder / "screens.sqlite"
    store = create_demo(path, year=year - 1)
    service = EvaluationService(store, actor="screenshots")
    cycle = service.start_new_cycle(from_cycle_id=service.current_cycle().id, year=year)
    service.save_answer(cycle.id, "R1.2", level=4, rationale="Plan aprobado y con metas.")
    service.save_answer(cycle.id, "R2.1", level=None, rationale="")
    service.save_answer(cycle.id, "R3.1", level=5, target=3)
    service.put_setting("ui_last_location", "element:R1.1")
    store.close()
    fresh = folder / "fresh.sqlite"
    from digigov_desktop.storage.database import open_store

    with open_store(fresh) as other:
        EvaluationService(other).setup(
            agency=Agency("AB-001", "Servicio de Ejemplo"), year=year,
            preparers=[Person("Ana Pérez", "Jefa de TI")])
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", action="append", choices=("es", "en"))
    parser.add_argument("--scale", type=float, default=1.0, help="font scale, e.g. 2 for 200 %%")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QMessageBox

    from digigov_desktop.storage.database import open_store
    from ui.app import _application, build_window
    from ui.dialogs.crash_dialog import CrashDialog
    from ui.dialogs.new_cycle_dialog import NewCycleDialog
    from ui.dialogs.setup_dialog import SetupDialog
    from ui.i18n import Translators

    app = _application()
    if args.scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    suffix = "" if args.scale == 1.0 else f"-x{args.scale:g}"
    written: list[Path] = []

    def save(widget, name: str) -> None:
        app.processEvents()
        target = out / f"{name}{suffix}.png"
        image = widget.grab().toImage()
        # 256 colours are plenty for a UI and keep the committed PNGs small.
        image = image.convertToFormat(QImage.Format.Format_Indexed8,
                                      Qt.ImageConversionFlag.ThresholdDither)
        image.save(str(target), "PNG", 9)
        written.append(target)

    with tempfile.TemporaryDirectory(prefix="digigov-shots-") as tmp:
        path = _prepare(Path(tmp))
        for lang in args.lang or ["es", "en"]:
            translators = Translators()
            store = open_store(path)
            window = build_window(store, translators, lang=lang)
            window.resize(1280, 860)
            window.show()
            window.restore_location()
            save(window, f"{lang}-element")
            window.go_to("element:R3.1")
            save(window, f"{lang}-element-issue")
            window.go_to("recommendation:R1")
            save(window, f"{lang}-recommendation")
            window.go_to("progress")
            save(window, f"{lang}-progress")
            window.go_to("readiness")
            save(window, f"{lang}-readiness")
            for dialog, name in (
                (SetupDialog(window), "dialog-setup"),
                (NewCycleDialog(window.session.cycle.year, window), "dialog-new-cycle"),
                (CrashDialog("Traceback (most recent call last):\n  ...\nValueError: example",
                             "/home/user/.local/state/DigiGovDesktop/log/digigov.log", window),
                 "dialog-crash"),
            ):
                dialog.show()
                save(dialog, f"{lang}-{name}")
                dialog.close()
            box = QMessageBox(QMessageBox.Icon.Question, window.tr("Remove evidence"),
                              "¿…?", QMessageBox.StandardButton.Yes
                              | QMessageBox.StandardButton.No, window)
            box.show()
            box.close()
            window.close()
            store.close()
            fresh_store = open_store(Path(tmp) / "fresh.sqlite")
            window = build_window(fresh_store, translators, lang=lang)
            window.resize(1280, 860)
            window.show()
            window.restore_location()
            save(window, f"{lang}-element-first-run")
            window.close()
            fresh_store.close()
            QApplication.processEvents()
    for target in written:
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
