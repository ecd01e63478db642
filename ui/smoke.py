"""`digigov-desktop --smoke-test`: launch what we ship, offscreen, and exit.

On a temporary demo database: the main window and every page once, the set-up, new-cycle
and crash dialogs, the coordinator's window and every page once, then the self-check
(render, sign and verify a PDF) and the interface font's Spanish coverage. The frozen
build runs it in CI (packaging/build.py), failing on unexpected stderr.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import Protocol

log = logging.getLogger("ui.app")

SMOKE_TIMEOUT_S = 120


class CountingHook(Protocol):
    """`ui.app.ExceptHook`: called with an exception, counts them in `errors`."""

    errors: int

    def __call__(self, exc_type, exc, tb) -> None: ...


def smoke_test(app, hook: CountingHook, *, lang: str | None = None) -> bool:
    """Temporary demo database → main window offscreen → every page and dialog once.

    Returns True when it passed: nothing raised, `hook` saw no error and the self-check
    (render, sign, verify a PDF) found no problem.
    """
    import datetime as dt
    import tempfile

    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.selfcheck import run_selfcheck
    from ui.dialogs.audit_dialog import AuditDialog
    from ui.dialogs.crash_dialog import CrashDialog
    from ui.dialogs.new_cycle_dialog import NewCycleDialog
    from ui.dialogs.setup_dialog import SetupDialog
    from ui.fonts import missing_characters
    from ui.i18n import Translators
    from ui.launcher import build_window

    # Watchdog: never hang CI. A windowed Windows build has no stderr (sys.stderr is None).
    faulthandler.dump_traceback_later(SMOKE_TIMEOUT_S, exit=True,
                                      file=sys.stderr or open(os.devnull, "w"))
    try:
        with tempfile.TemporaryDirectory(prefix="digigov-smoke-") as tmp:
            year = dt.date.today().year
            store = create_demo(Path(tmp) / "smoke.sqlite", year=year - 1)
            try:
                service = EvaluationService(store, actor="smoke")
                first = service.current_cycle()
                service.start_new_cycle(from_cycle_id=first.id, year=year)
                translators = Translators()
                window = build_window(store, translators, lang=lang or "es")
                qt_problems = qt_translation_problems(window.session.lang)
                window.resize(1200, 800)
                window.show()
                for key in window.all_locations():
                    window.go_to(key)
                    app.processEvents()
                    window.grab()
                window.set_language("en" if window.session.lang == "es" else "es")
                window.go_to("progress")
                window.grab()
                for dialog in (SetupDialog(window), NewCycleDialog(year, window),
                               CrashDialog("smoke test", "", window),
                               AuditDialog(window.session, Path(tmp), window)):
                    dialog.show()
                    app.processEvents()
                    dialog.grab()
                    dialog.close()
                    dialog.deleteLater()
                window.close()
                window.deleteLater()
                app.processEvents()
                _smoke_coordinator(app, Path(tmp), translators)
            finally:
                store.close()
            # Inside the bundle too: render, sign and verify a PDF; the UI font draws Spanish.
            problems = run_selfcheck(Path(tmp) / "selfcheck")
            if missing_characters(app.font()):
                problems.append(f"the interface font cannot draw {missing_characters(app.font())}")
            problems.extend(qt_problems + bundle_problems())
            if problems:
                print(f"smoke test failed: {'; '.join(problems)}", file=sys.stderr)
                log.error("smoke test failed: %s", "; ".join(problems))
                return False
    except Exception:  # noqa: BLE001 - reported and turned into the exit code
        hook(*sys.exc_info())
        return False
    finally:
        faulthandler.cancel_dump_traceback_later()
    if hook.errors:
        return False
    print("smoke test passed")
    log.info("smoke test passed")
    return True


def qt_translation_problems(lang: str) -> list[str]:
    """In Spanish, Qt's own strings (the standard buttons of every dialog) are Spanish too:
    the bundle keeps qtbase_es.qm where Qt looks for it (packaging/digigov.spec)."""
    from PySide6.QtWidgets import QDialogButtonBox

    if lang != "es":
        return []
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    if text != "Cancelar":
        return [f"Qt's own Spanish translation is not loaded (a Cancel button reads {text!r})"]
    return []


def bundle_problems() -> list[str]:
    """In a frozen bundle: shiboken's support package came compiled (packaging/digigov.spec).

    shiboken6 falls back to compiling the copy inside its library at every start, which
    works but costs 10-14 ms of each start; the bundle is built to spare that.
    """
    if not getattr(sys, "frozen", False):
        return []
    support = sys.modules.get("shibokensupport")
    origin = Path(getattr(support, "__file__", None) or "")
    cached = getattr(support, "__cached__", None)
    if "files.dir" not in origin.parts or not cached or not Path(cached).is_file():
        return [f"shiboken's support package was compiled at start ({origin}), not taken "
                "from the bundle's compiled copy"]
    return []


def _smoke_coordinator(app, folder: Path, translators) -> None:
    """The coordinator's window on an empty central database: every page once."""
    import time

    from digigov_desktop.services.stores import open_central
    from ui import tasks
    from ui.launcher import build_coordinator_window
    from ui.preferences import Preferences

    store = open_central(folder / "central.sqlite")
    try:
        window = build_coordinator_window(store, translators, Preferences.in_folder(folder),
                                          lang=translators.language)
        window.resize(1200, 800)
        window.show()
        for key in ("ca", "inbox", "dashboard"):
            window.go_to(key)
            app.processEvents()
            window.grab()
        deadline = time.monotonic() + 30
        while tasks.pending() and time.monotonic() < deadline:  # the dashboard's loading
            app.processEvents()
            time.sleep(0.01)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        store.close()
