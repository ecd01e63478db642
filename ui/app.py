"""Application start-up: arguments, logging, QApplication, translators, excepthook, window.

`run(argv)` returns the process exit code: 0 normally, 1 after an internal error in
`--smoke-test`, 4 when the deployment policy (digigov_desktop.config) is malformed, 5 when
the database cannot be opened (the CLI's storage code).
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from digigov_desktop.config import Policy, active_policy
from digigov_desktop.paths import AppPaths

log = logging.getLogger("ui.app")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_POLICY = 4  # the deployment policy file is malformed (as the CLI's "invalid input")
EXIT_STORAGE = 5
SMOKE_TIMEOUT_S = 120


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="digigov-desktop")
    parser.add_argument("--db", type=Path, help="open this database instead of the default one")
    parser.add_argument("--central", type=Path,
                        help="coordinator mode on this central database (default: "
                        "central.sqlite beside the agency database)")
    parser.add_argument("--demo", action="store_true",
                        help="open (creating it if needed) a demo evaluation")
    # benchmarks/bench_bundle.py: print the time once the main window is shown, then exit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window offscreen on a temporary database, "
                        "show every page once and exit")
    parser.add_argument("--lang", choices=("es", "en"),
                        help="interface language (default: the saved choice, else the locale)")
    return parser.parse_args(argv)


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


def build_window(store, translators, *, lang: str | None = None):
    """The main window over an open store, running the first-run setup when needed.

    Returns None when the person cancelled the first-run setup, and a
    `ui.launcher.CoordinatorChosen` when the setup chose coordinator mode.
    """
    from ui.main_window import MainWindow
    from ui.session import Session

    session = prepare_session(store, translators, lang=lang)
    if not isinstance(session, Session):
        return session
    return MainWindow(session, translators)


def prepare_session(store, translators, *, lang: str | None = None, parent=None):
    """The evaluation to open: the language installed, the first-run setup run if needed.

    Returns a `ui.session.Session`; None when the person cancelled the first-run setup;
    a `ui.launcher.CoordinatorChosen` when the setup chose coordinator mode.
    """
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.packs import register_installed
    from ui.i18n import LANGUAGE_SETTING, default_language
    from ui.session import ACTOR_SETTING, Session

    register_installed(store)  # cycles on installed packs resolve like built-in ones
    service = EvaluationService(store)
    service.actor = service.get_setting(ACTOR_SETTING, "") or ""
    policy = active_policy()
    lang = policy.choose("language", lang or service.get_setting(LANGUAGE_SETTING))
    lang = lang or default_language()
    translators.install(lang)
    cycle = service.current_cycle()
    if cycle is None:
        from ui.dialogs.setup_dialog import SetupDialog

        answer = SetupDialog.ask(parent)
        if answer is None:
            return None
        if answer.mode == "coordinator":
            from ui.launcher import CoordinatorChosen

            return CoordinatorChosen(answer.person.name)
        answer = _with_policy_agency(answer, policy)
        service.actor = answer.person.name
        cycle = service.setup(agency=answer.agency, year=answer.year, preparers=[answer.person])
        service.put_setting(ACTOR_SETTING, answer.person.name)
        service.put_setting(LANGUAGE_SETTING, lang)
    return Session(service, cycle.id, lang)


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from digigov_desktop.config import PolicyError, load_policy, set_active_policy
    from digigov_desktop.log import init_logging

    try:
        policy = load_policy()
    except PolicyError as exc:
        return _policy_failed(exc, interactive=not args.smoke_test)
    set_active_policy(policy)
    paths = AppPaths.default(policy=policy)
    log_path = init_logging(paths.logs)
    app = _application(check_font=args.smoke_test)
    hook = ExceptHook(log_path, interactive=not args.smoke_test)
    previous_hook, sys.excepthook = sys.excepthook, hook
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = _install_message_filter()
    try:
        if args.smoke_test:
            return smoke_test(app, hook, lang=args.lang)
        return _run_gui(app, args, paths)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def _run_gui(app, args: argparse.Namespace, paths: AppPaths) -> int:
    from digigov_desktop.config import PolicyError
    from digigov_desktop.errors import StorageError
    from digigov_desktop.storage.database import open_store
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
        if launcher.initial_mode() == "agency":
            store = open_store(db_path)
            try:
                _install_policy_trust_bundle(store)
                _install_policy_pack(store)
            finally:
                store.close()
        window = launcher.open(launcher.initial_mode())  # shown; None when set-up was cancelled
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
            return EXIT_OK
        return app.exec()
    finally:
        launcher.close()


def _locale_language() -> str:
    from ui.i18n import default_language

    return default_language()


def smoke_test(app, hook: ExceptHook, *, lang: str | None = None) -> int:
    """Temporary demo database → main window offscreen → every page and dialog once."""
    import datetime as dt
    import tempfile

    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.selfcheck import run_selfcheck
    from ui.dialogs.crash_dialog import CrashDialog
    from ui.dialogs.new_cycle_dialog import NewCycleDialog
    from ui.dialogs.setup_dialog import SetupDialog
    from ui.fonts import missing_characters
    from ui.i18n import Translators

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
                               CrashDialog("smoke test", "", window)):
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
            if problems:
                print(f"smoke test failed: {'; '.join(problems)}", file=sys.stderr)
                log.error("smoke test failed: %s", "; ".join(problems))
                return EXIT_INTERNAL
    except Exception:  # noqa: BLE001 - reported and turned into the exit code
        hook(*sys.exc_info())
        return EXIT_INTERNAL
    finally:
        faulthandler.cancel_dump_traceback_later()
    if hook.errors:
        return EXIT_INTERNAL
    print("smoke test passed")
    log.info("smoke test passed")
    return EXIT_OK


def _smoke_coordinator(app, folder: Path, translators) -> None:
    """The coordinator's window on an empty central database: every page once."""
    import time

    from digigov_desktop.storage.central import open_central
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


def mode_switch_allowed() -> bool:
    """False when the deployment policy keeps this installation in agency mode."""
    return active_policy().allow_mode_switch


def _with_policy_agency(answer, policy: Policy):
    """The first-run answer with the agency fields the policy locks put back."""
    import dataclasses

    locked = {k: v for k, v in policy.agency_preset().items()
              if k in policy.locked_agency_fields()}
    if not locked:
        return answer
    if "type" in locked:
        from digigov_desktop.domain.evaluation import AgencyType

        locked["type"] = AgencyType(locked["type"])
    return dataclasses.replace(answer, agency=dataclasses.replace(answer.agency, **locked))


def _install_policy_trust_bundle(store) -> None:
    """Install the policy's trust bundle when none is (or, when locked, a different one is).

    Raises:
        PolicyError: the bundle cannot be read or is not a valid trust bundle.
    """
    from digigov_desktop.config import PolicyError

    policy = active_policy()
    pem = policy.trust_bundle_pem()
    if pem is None:
        return
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.signing.credentials import CredentialError, TrustBundle

    service = CredentialService(store, actor="policy")
    try:
        wanted = TrustBundle.from_pem(pem)
        installed = service.trust_bundle()
        if installed is None or (policy.is_locked("trust_bundle")
                                 and installed.to_pem() != wanted.to_pem()):
            service.install_trust_bundle(pem)
            log.info("installed the trust bundle from the policy %s", policy.source)
    except CredentialError as exc:
        raise PolicyError(policy.source or "policy", "trust_bundle", exc.message) from exc


def _install_policy_pack(store) -> None:
    """Install the policy's framework pack when it is newer than the installed ones.

    A pack that cannot be installed (unsigned, tampered, foreign) is logged, not fatal:
    the evaluation goes on with the packs already there.
    """
    path = active_policy().framework_pack_path()
    if path is None:
        return
    from digigov_desktop.errors import DigigovError
    from digigov_desktop.services.packs import install_policy_pack

    try:
        result = install_policy_pack(store, path)
    except DigigovError as exc:
        log.warning("the policy's framework pack %s was not installed: %s (%s)", path,
                    exc.code, exc)
        return
    if result is not None and not result.already_installed:
        log.info("installed framework pack %s %s from the policy", result.id, result.version)


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
