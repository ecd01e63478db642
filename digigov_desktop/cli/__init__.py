"""`digigov`: the command-line front end over the same services as the GUI.

Exit codes (stable, documented in the README):
  0 success · 1 internal error (a bug; details in the log) · 2 usage error ·
  3 a file was rejected by verification (signing/import/receipt commands) ·
  4 invalid input (unknown element, bad level, file exists, not ready) ·
  5 storage problem (no database, locked, read-only, disk full, newer version).

One module per command family: `agency` (demo, status, answer, export, verify, policy),
`audit`, `credentials`, `signing` (sign), `ca`, `coordinator` (import, receipts,
consolidation, import log), `raters` (raters, rater workbooks, consensus), `packs` (pack
sign/install/list, migrate), `central` (the shared PostgreSQL store); what they share is in
`_common`; the language (`--lang`, else the system's: Spanish unless it asks for English) and
the Spanish help in `language`.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from digigov_desktop import __version__
from digigov_desktop.cli import (
    agency,
    audit,
    ca,
    central,
    coordinator,
    credentials,
    packs,
    raters,
    signing,
)
from digigov_desktop.cli._common import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_STORAGE,
    EXIT_USAGE,
    Parser,
    exit_code_for,
    log,
    log_dir,
    message_for,
)
from digigov_desktop.cli.language import given_language, localize
from digigov_desktop.config import PolicyError
from digigov_desktop.errors import DigigovError
from digigov_desktop.language import LANGUAGES, default_language
from digigov_desktop.messages import output

# A reader that closes our output early (`| head`): quiet, like a tool killed by SIGPIPE.
EXIT_BROKEN_PIPE = 128 + getattr(signal, "SIGPIPE", 13)

__all__ = [
    "EXIT_BROKEN_PIPE", "EXIT_INTERNAL", "EXIT_INVALID", "EXIT_OK", "EXIT_REJECTED",
    "EXIT_STORAGE", "EXIT_USAGE",
    "build_parser", "exit_code_for", "main", "message_for",
]


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The whole `digigov` parser, its help and usage errors in `lang` (`--lang` defaults
    to it)."""
    parser = Parser(
        prog="digigov",
        description="DigiGov Desktop: digital-government maturity self-evaluation (OECD 2014).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=lang,
                        help="language of messages and help: en or es (default: the IT "
                        "policy's language, else Spanish unless the system locale asks for "
                        "English; a language the policy locks wins)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    agency.add_evaluation_commands(sub)
    audit.add_commands(sub)
    credentials.add_commands(sub)
    agency.add_submission_commands(sub)
    signing.add_commands(sub)
    raters.add_commands(sub)
    ca.add_commands(sub)
    coordinator.add_import_command(sub)
    coordinator.add_commands(sub)
    packs.add_commands(sub)
    central.add_commands(sub)
    localize(parser, lang)
    return parser


def _language(argv: Sequence[str]) -> tuple[str, PolicyError | None]:
    """The language of this run, for its help and usage errors too: `--lang`, else the IT
    policy's, else the system's; a language the policy locks beats `--lang`, as in the GUI.
    A malformed policy leaves it to `--lang` and the system, and is reported (returned)
    once the command is known."""
    from digigov_desktop.services import policy

    given = given_language(argv)
    try:
        in_force = policy.start()
    except PolicyError as exc:
        return given or default_language(), exc
    return in_force.choose("language", given) or default_language(), None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `digigov` console script. Returns the exit code."""
    from digigov_desktop.fileio import configure_console
    from digigov_desktop.log import init_logging

    configure_console()
    argv = sys.argv[1:] if argv is None else list(argv)
    lang, policy_problem = _language(argv)
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    args.lang = lang  # a language the policy locks beats `--lang`
    init_logging(log_dir())
    try:
        if policy_problem is not None and args.command != "policy":
            raise policy_problem  # (`policy` reads and diagnoses the file itself)
        code = int(args.func(args) or EXIT_OK)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except DigigovError as exc:
        print(f"digigov: {message_for(exc, args.lang)}", file=sys.stderr)
        log.info("command %s failed: %s (%s)", args.command, exc.code, exc)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        print(output("INTERRUPTED", args.lang), file=sys.stderr)
        return 130
    except Exception:  # a bug: log the traceback, show one line
        log.exception("internal error in %s", args.command)
        print(output("INTERNAL_ERROR", args.lang, {"folder": log_dir()}), file=sys.stderr)
        return EXIT_INTERNAL



def _reader_went_away() -> int:
    """The reader of our output closed early (`digigov ... | head`): end quietly.

    Python's recipe ("Note on SIGPIPE", `signal` module docs): point stdout at devnull so
    that flushing it at exit cannot raise again, and exit with the code a tool killed by
    SIGPIPE has in the shell (128 + 13).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests)
        pass
    return EXIT_BROKEN_PIPE
