"""What every `digigov` command shares: exit codes, the parser class, passphrases and files."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from digigov_desktop import arguments
from digigov_desktop.errors import (
    DigigovError,
    FrameworkError,
    InvalidInputError,
    NotFoundError,
    StorageError,
)
from digigov_desktop.messages import message, output
from digigov_desktop.paths import AppPaths

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = arguments.EXIT_USAGE  # 2, as argparse
EXIT_REJECTED = 3
EXIT_INVALID = 4
EXIT_STORAGE = 5

log = logging.getLogger("digigov_desktop.cli")


def message_for(error: DigigovError, lang: str = "en") -> str:
    """One clear sentence for the user, in English or Spanish."""
    return message(error.code, lang, {"message": error.message, **error.params},
                   default=error.message)


def entries_line(count: int, lang: str) -> str:
    """"1 entry." / "N entries." (the end of a log or trail listing) in `lang`."""
    return output("ENTRIES_ONE", lang) if count == 1 else output("ENTRIES", lang,
                                                                 {"count": count})


def exit_code_for(error: DigigovError) -> int:
    if isinstance(error, StorageError):
        return EXIT_STORAGE
    if isinstance(error, (InvalidInputError, NotFoundError, FrameworkError)):
        return EXIT_INVALID
    return EXIT_INVALID


class Parser(arguments.Parser):
    """Usage errors: one line and exit 2, in the parser's language (`cli.language.localize`)."""


def log_dir() -> Path | None:
    try:
        return AppPaths.default().logs
    except Exception:  # no home directory etc.: run without a log file
        return None


def open_db(path: Path):
    """An existing agency store, with the deployment policy applied (as the GUI opens it)."""
    from digigov_desktop.services import policy, stores

    store = stores.open_agency(path, create=False)
    try:
        policy.apply_to_agency_store(store)
    except BaseException:
        store.close()
        raise
    return store


def evaluation_service(store, actor: str = "cli"):
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.pack_registry import register_installed

    register_installed(store)  # cycles on installed packs resolve like built-in ones
    return EvaluationService(store, actor=actor)


def current_cycle_id(service) -> int:
    cycle = service.current_cycle()
    if cycle is None:
        raise InvalidInputError("the database has no evaluation yet", code="NO_CYCLE")
    return cycle.id


def read_passphrase(path: Path | None, prompt: str, lang: str, *,
                    confirm: bool = False) -> bytes:
    """From a file (first line, without its line ending) or, in a terminal, asked for
    with the sentence `prompt` (a key of the CLI's sentences) in `lang`."""
    if path is not None:
        try:
            text = path.read_bytes().splitlines()
        except OSError as exc:
            raise InvalidInputError(f"{path}: {exc.strerror}", code="UNREADABLE_FILE",
                                    path=str(path)) from None
        value = text[0] if text else b""
    else:
        if not sys.stdin or not sys.stdin.isatty():
            raise InvalidInputError("no passphrase", code="PASSPHRASE_REQUIRED")
        import getpass

        value = getpass.getpass(output(prompt, lang)).encode("utf-8")
        if confirm and getpass.getpass(output("PROMPT_AGAIN", lang)).encode("utf-8") != value:
            raise InvalidInputError("passphrases differ", code="PASSPHRASE_MISMATCH")
    if not value:
        raise InvalidInputError("empty passphrase", code="EMPTY_PASSPHRASE")
    return value


def warn_if_weak(passphrase: bytes, lang: str) -> None:
    """After a passphrase unlocked a key: one warning line on stderr when the rule for new
    passphrases would refuse it (the key still works; changing the passphrase is advised)."""
    from digigov_desktop.services.passphrases import advice

    code = advice(passphrase)
    if code is not None:
        print(output("WARNING", lang, {"message": message(code, lang)}), file=sys.stderr)


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path}: {exc.strerror}", code="UNREADABLE_FILE",
                                path=str(path)) from None


def write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet (keys, certificates: never overwritten)."""
    if path.exists():
        raise InvalidInputError(f"{path} already exists", code="FILE_EXISTS", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def authority(folder: Path):
    from digigov_desktop.signing.authority import CertificateAuthority

    return CertificateAuthority(folder)


def central_value(value: str):
    """argparse type of `--central`: a file path, or a PostgreSQL URL kept as text."""
    from digigov_desktop.services.central_store import target_of

    return target_of(value)


def store_password_prompt(lang: str) -> Callable[[str], str | None]:
    """What asks for a server's password in a terminal, in `lang` (a password is never
    taken from the command line); no terminal: no password."""
    def ask(url: str) -> str | None:
        if not sys.stdin or not sys.stdin.isatty():
            return None
        import getpass

        return getpass.getpass(output("PROMPT_STORE_PASSWORD", lang, {"url": url})) or None

    return ask


def open_central(target, lang: str, *, create: bool = True):
    from digigov_desktop.services.central_store import open_central_store

    return open_central_store(target, create=create, ask_password=store_password_prompt(lang))


def open_central_existing(path, lang: str):
    return open_central(path, lang, create=False)


Option = tuple[tuple[str, ...], dict[str, Any]]


def opt(*flags: str, **kwargs: Any) -> Option:
    """One `add_argument(*flags, **kwargs)` of a command, for `command()`."""
    return flags, kwargs


class OneOf(tuple):
    """Options of which a command takes at most one (exactly one when `required`)."""

    required = False


def one_of(*options: Option, required: bool = False) -> OneOf:
    group = OneOf(options)
    group.required = required
    return group


# The options many commands share, by the name `command()` knows them by.
SHARED: dict[str, Option] = {
    "db": opt("--db", type=Path, required=True, help="the evaluation database (.sqlite)"),
    "dir": opt("--dir", type=Path, required=True, help="the CA folder"),
    "json": opt("--json", action="store_true", help="print the result as JSON (for scripts)"),
    "passphrase": opt("--passphrase-file", type=Path,
                      help="a file holding the passphrase on its first line (else it is "
                      "asked for in the terminal)"),
    "current-passphrase": opt("--passphrase-file", type=Path, help="the current passphrase"),
    "new-passphrase": opt("--new-passphrase-file", type=Path, help="the new passphrase"),
    "out": opt("--out", type=Path, required=True, help="the file to write"),
    "trust": opt("--trust", type=Path, required=True, help="the coordinator's bundle.pem"),
    "ca": opt("--ca", type=Path, required=True, help="the CA folder"),
    "central": opt("--central", type=central_value, required=True,
                   help="the central store: a database file or a postgresql:// URL"),
}


def command(sub, name: str, help: str, func: Callable[[argparse.Namespace], int],
            *options: str | Option | OneOf) -> argparse.ArgumentParser:
    """Add the command `name` that runs `func`, with its options in the order given: the name
    of a SHARED option, an `opt(...)`, or a `one_of(...)` group."""
    parser = sub.add_parser(name, help=help)
    for option in options:
        if isinstance(option, OneOf):
            group = parser.add_mutually_exclusive_group(required=option.required)
            for flags, kwargs in option:
                group.add_argument(*flags, **kwargs)
            continue
        flags, kwargs = SHARED[option] if isinstance(option, str) else option
        parser.add_argument(*flags, **kwargs)
    parser.set_defaults(func=func)
    return parser


def command_group(sub, name: str, help: str, dest: str):
    """`digigov NAME ...`: a command whose subcommands are added to what this returns."""
    parser = sub.add_parser(name, help=help)
    return parser.add_subparsers(dest=dest, required=True, parser_class=Parser)
