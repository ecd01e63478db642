"""Application start-up: arguments, logging, QApplication, translators, excepthook, window.

`run(argv)` returns the process exit code: 0 normally, 1 after an internal error in
`--smoke-test`, 4 when the deployment policy (digigov_desktop.config) is malformed, 5 when
the database cannot be opened (the CLI's storage code).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from digigov_desktop.paths import AppPaths

log = logging.getLogger("ui.app")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_POLICY = 4  # the deployment policy file is malformed (as the CLI's "invalid input")
EXIT_STORAGE = 5


# The Spanish of the help texts below (`--help` and usage errors speak `--lang`, else an IT
# policy's language, a locked one first, else the system's; digigov_desktop.arguments).
# tests/ui/test_gui_app fails when one has no entry here.
HELP_ES = {
    "DigiGov Desktop: digital-government maturity self-evaluation (OECD 2014).":
        "DigiGov Desktop: autoevaluación de madurez en gobierno digital (OCDE 2014).",
    "open this database instead of the default one":
        "abre esta base de datos en lugar de la predeterminada",
    "coordinator mode on this central database: a file (default: central.sqlite beside "
    "the agency database) or the URL of a shared PostgreSQL store":
        "modo coordinación sobre esta base central: un archivo (por omisión: central.sqlite "
        "junto a la base de la institución) o la URL de un almacén compartido PostgreSQL",
    "open (creating it if needed) a demo evaluation":
        "abre (y crea si hace falta) una evaluación de demostración",
    "build the main window offscreen on a temporary database, show every page once and exit":
        "construye la ventana principal fuera de pantalla sobre una base temporal, muestra "
        "cada página una vez y termina",
    "interface language (default: the last one chosen, else the IT policy's, else the "
    "system's; a language the policy locks wins)":
        "idioma de la interfaz (por omisión: el último elegido; si no, el de la política de "
        "TI; si no, el del sistema; un idioma que la política bloquea prevalece)",
}


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The `digigov-desktop` parser, its help and usage errors in `lang`."""
    from digigov_desktop.arguments import Parser, localize

    parser = Parser(prog="digigov-desktop", description=(
        "DigiGov Desktop: digital-government maturity self-evaluation (OECD 2014)."))
    parser.add_argument("--db", type=Path, help="open this database instead of the default one")
    # Text, not a Path: Path("postgresql://u@/db") folds the "//" and the URL of a shared
    # store would become a SQLite file in a folder named "postgresql:" (ui.launcher reads
    # the value with services.central_store.target_of).
    parser.add_argument("--central",
                        help="coordinator mode on this central database: a file (default: "
                        "central.sqlite beside the agency database) or the URL of a shared "
                        "PostgreSQL store")
    parser.add_argument("--demo", action="store_true",
                        help="open (creating it if needed) a demo evaluation")
    # benchmarks/bench_bundle.py: print the time once the main window is shown, then exit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window offscreen on a temporary database, "
                        "show every page once and exit")
    parser.add_argument("--lang", choices=("es", "en"),
                        help="interface language (default: the last one chosen, else the IT "
                        "policy's, else the system's; a language the policy locks wins)")
    localize(parser, lang, HELP_ES)
    return parser


def parse_args(argv: Sequence[str], policy=None) -> argparse.Namespace:
    """The arguments; `--help` and usage errors in `--lang`, else the language an IT
    `policy` sets (a locked one beats `--lang`, as in the window and the CLI), else the
    system's."""
    from digigov_desktop.arguments import given_language
    from digigov_desktop.language import default_language

    given = given_language(argv)
    lang = (policy.choose("language", given) if policy is not None else given)
    return build_parser(lang or default_language()).parse_args(argv)


class ExceptHook:
    """sys.excepthook: log every unexpected exception and show the crash dialog."""

    def __init__(self, log_path: Path | None, *, interactive: bool = True) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self.errors = 0
        self._showing = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.errors += 1
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if not self.interactive or self._showing:
            sys.__excepthook__(exc_type, exc, tb)
            return
        from PySide6.QtWidgets import QApplication

        from ui.dialogs.crash_dialog import CrashDialog, crash_report

        self._showing = True
        try:
            CrashDialog.ask(QApplication.activeWindow(), crash_report(exc_type, exc, tb),
                            str(self.log_path or ""))
        finally:
            self._showing = False


def startup_error(text: str) -> None:
    """Say why the application cannot start (blocking: there is no window yet)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    ensure_font(QApplication.instance())
    QMessageBox.critical(None, "DigiGov Desktop", text)


# WORKAROUND: Qt's offscreen platform plugin prints "This plugin does not support
# propagateSizeHints()" whenever a shown window's minimum size changes; it is the plugin's
# limitation, harmless, and would make the smoke test's stderr look like a failure.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _install_message_filter():
    """Drop the offscreen plugin's known noise; returns the previous handler."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if message == _OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    return previous


def _application(*, check_font: bool = True):
    from PySide6.QtWidgets import QApplication

    from ui.qt_imports import speed_up_feature_check

    speed_up_feature_check()  # before the window's ~90 imports (ui/qt_imports.py)
    from ui.icons import icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("DigiGov Desktop")
    app.setOrganizationName("DigiGov")
    app.setWindowIcon(icon("app"))
    if check_font:
        ensure_font(app)
    return app


def ensure_font(app) -> None:
    """A PC with few fonts: fall back to the bundled DejaVu Sans (before any text shows).

    The GUI start checks once its first window is on screen (ui.launcher), as that
    window has no text yet; the smoke test and the error paths check at once.
    """
    from ui.fonts import ensure_spanish_font

    ensure_spanish_font(app)


# Start-up makes some 50,000 container objects that live as long as the window (modules,
# classes, Qt wrappers, the framework); the cyclic garbage collector would walk them again
# and again (~80 collections, 10-20 ms of every start). So it runs rarely until the window
# is open, and then leaves them out of its walks for good (`gc.freeze`, which also spares
# every later full collection); its thresholds are back to normal from then on.
START_GC_THRESHOLD = 200_000


def _start_gc() -> tuple[int, int, int]:
    previous = gc.get_threshold()
    gc.set_threshold(START_GC_THRESHOLD, previous[1], previous[2])
    return previous


def _settle_gc(previous: tuple[int, int, int]) -> None:
    gc.freeze()
    gc.set_threshold(*previous)


def run(argv: Sequence[str] | None = None) -> int:
    gc_threshold = _start_gc()
    try:
        return _run(argv, gc_threshold)
    finally:  # the process ends as before: everything collectable again
        gc.unfreeze()
        gc.set_threshold(*gc_threshold)
        from digigov_desktop import code_cache

        code_cache.uninstall()  # and dataclasses compile as before (in-process callers)


def _run(argv: Sequence[str] | None, gc_threshold: tuple[int, int, int]) -> int:
    from digigov_desktop.config import PolicyError
    from digigov_desktop.log import init_logging
    from digigov_desktop.services import policy as policy_service

    try:  # first: its language is also the help's; a malformed one is reported after --help
        policy, policy_problem = policy_service.start(), None
    except PolicyError as exc:
        policy, policy_problem = None, exc
    args = parse_args(sys.argv[1:] if argv is None else argv, policy)
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if policy_problem is not None:
        return _policy_failed(policy_problem, interactive=not args.smoke_test)
    paths = AppPaths.default(policy=policy)
    if not paths.portable:  # only a per-user folder (digigov_desktop.code_cache)
        from digigov_desktop import code_cache

        code_cache.install(paths.cache)  # before the window's ~40 dataclasses are defined
    log_path = init_logging(paths.logs)
    app = _application(check_font=args.smoke_test)
    hook = ExceptHook(log_path, interactive=not args.smoke_test)
    previous_hook, sys.excepthook = sys.excepthook, hook
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = _install_message_filter()
    try:
        if args.smoke_test:
            from ui.smoke import smoke_test

            return EXIT_OK if smoke_test(app, hook, lang=args.lang) else EXIT_INTERNAL
        return _run_gui(app, args, paths, gc_threshold)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def _run_gui(app, args: argparse.Namespace, paths: AppPaths,
             gc_threshold: tuple[int, int, int]) -> int:
    from digigov_desktop.config import PolicyError
    from digigov_desktop.errors import StorageError
    from ui.i18n import Translators, error_message
    from ui.launcher import Launcher

    translators = Translators()
    try:
        paths.ensure()
        db_path = args.db or (paths.data / "demo.sqlite" if args.demo else paths.database)
        if args.demo and not db_path.exists():
            from digigov_desktop.services.demo import create_demo

            create_demo(db_path).close()
        launcher = Launcher(paths.data, translators, db_path=db_path, central_path=args.central,
                            lang=args.lang, db_requested=bool(args.db or args.demo))
        window = launcher.open(launcher.initial_mode())  # shown; None when set-up was cancelled
        _settle_gc(gc_threshold)
    except PolicyError as exc:
        return _policy_failed(exc, interactive=True)
    except StorageError as exc:
        log.error("cannot open the database: %s", exc)
        translators.install(args.lang or _locale_language())
        startup_error(error_message(exc))
        return EXIT_STORAGE
    except OSError as exc:
        log.error("cannot prepare the data folder: %s", exc)
        startup_error(str(exc))
        return EXIT_STORAGE
    try:
        if window is None:
            return EXIT_OK
        if args.startup_probe:
            # benchmarks/startup.py: when the window was first on screen, and when the
            # evaluation was in it, ready to work (the frame is shown before it loads).
            app.processEvents()
            print(launcher.shown_at or time.time(), time.time(), flush=True)
            # What a start that stays open does a second later (ui.launcher): the
            # benchmarks' warm-up start leaves the next ones what a person's first start
            # leaves the second.
            from digigov_desktop import code_cache

            code_cache.save()
            return EXIT_OK
        return app.exec()
    finally:
        launcher.close()


def _locale_language() -> str:
    from ui.i18n import default_language

    return default_language()


def _policy_failed(exc, *, interactive: bool) -> int:
    """Say that the policy file is malformed (one line on stderr; a message box too)."""
    from digigov_desktop.messages import message

    lang = _locale_language()
    text = message(exc.code, lang, {"message": exc.message, **exc.params}, default=exc.message)
    print(f"digigov-desktop: {text}", file=sys.stderr)
    if interactive:
        _application()
        startup_error(text)
    return EXIT_POLICY


def main() -> None:
    """Entry point of the `digigov-desktop` GUI script."""
    raise SystemExit(run())
