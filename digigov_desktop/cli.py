"""`digigov`: the command-line front end over the same services as the GUI.

Exit codes (stable, documented in the README):
  0 success · 1 internal error (a bug; details in the log) · 2 usage error ·
  3 a file was rejected by verification (signing/import commands) ·
  4 invalid input (unknown element, bad level, file exists, not ready) ·
  5 storage problem (no database, locked, read-only, disk full, newer version).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from digigov_desktop import __version__
from digigov_desktop.errors import (
    DigigovError,
    FrameworkError,
    InvalidInputError,
    NotFoundError,
    StorageError,
)
from digigov_desktop.paths import AppPaths

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_INVALID = 4
EXIT_STORAGE = 5

log = logging.getLogger("digigov_desktop.cli")

# One sentence per error code, English and Spanish. Parameters come from DigigovError.params.
MESSAGES: dict[str, dict[str, str]] = {
    "FILE_EXISTS": {
        "en": "{path} already exists; choose another file name (it is never overwritten).",
        "es": "{path} ya existe; elija otro nombre de archivo (nunca se sobrescribe).",
    },
    "STORE_NOT_FOUND": {
        "en": "There is no database at {path}.",
        "es": "No hay una base de datos en {path}.",
    },
    "STORE_TOO_NEW": {
        "en": "{path} was written by a newer version of DigiGov Desktop; install that version "
        "to open it. The file was not changed.",
        "es": "{path} fue escrita por una versión más nueva de DigiGov Desktop; instale esa "
        "versión para abrirla. El archivo no se modificó.",
    },
    "NOT_A_DATABASE": {
        "en": "{path} is not a DigiGov Desktop database.",
        "es": "{path} no es una base de datos de DigiGov Desktop.",
    },
    "STORE_LOCKED": {
        "en": "The database {path} is in use by another program; try again in a moment.",
        "es": "Otra aplicación está usando la base de datos {path}; intente de nuevo en un momento.",
    },
    "STORE_READ_ONLY": {
        "en": "The database {path} cannot be written (read-only file or folder).",
        "es": "No se puede escribir en la base de datos {path} (archivo o carpeta de solo lectura).",
    },
    "DISK_FULL": {
        "en": "The disk holding {path} is full; free some space and try again.",
        "es": "El disco donde está {path} está lleno; libere espacio e intente de nuevo.",
    },
    "NO_CYCLE": {
        "en": "The database has no evaluation yet.",
        "es": "La base de datos aún no tiene una evaluación.",
    },
    "UNKNOWN_ELEMENT": {
        "en": "Unknown element {element}; element ids look like R3.2.",
        "es": "Elemento desconocido {element}; los identificadores son como R3.2.",
    },
    "INVALID_LEVEL": {
        "en": "The {field} must be a whole number from 0 to 5, or 'na'.",
        "es": "El campo {field} debe ser un número entero de 0 a 5, o 'na'.",
    },
    "TEXT_TOO_LONG": {
        "en": "The {field} is longer than {limit} characters.",
        "es": "El campo {field} supera los {limit} caracteres.",
    },
    "FRAMEWORK_INVALID": {
        "en": "The framework pack is damaged: {message}",
        "es": "El paquete del marco está dañado: {message}",
    },
}


def message_for(error: DigigovError, lang: str = "en") -> str:
    """One clear sentence for the user, in English or Spanish."""
    template = MESSAGES.get(error.code, {}).get(lang)
    if template is None:
        return error.message
    try:
        return template.format(message=error.message, **error.params)
    except (KeyError, IndexError):
        return error.message


def exit_code_for(error: DigigovError) -> int:
    if isinstance(error, StorageError):
        return EXIT_STORAGE
    if isinstance(error, (InvalidInputError, NotFoundError, FrameworkError)):
        return EXIT_INVALID
    return EXIT_INVALID


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump noise
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="digigov",
        description="DigiGov Desktop: digital-government maturity self-evaluation (OECD 2014).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["en", "es"], default="en",
                        help="language of messages (default: en)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help="create a database with a complete demo evaluation")
    demo.add_argument("--db", type=Path, required=True, help="new database file (must not exist)")
    demo.add_argument("--agency-code", default="DEMO-001")
    demo.add_argument("--agency-name", default="Servicio de Demostración Digital")
    demo.add_argument("--seed", type=int, default=1, help="different seeds, different answers")
    demo.add_argument("--year", type=int, default=None, help="cycle year (default: this year)")
    demo.set_defaults(func=_cmd_demo)

    status = sub.add_parser("status", help="completion, scores and readiness issues")
    status.add_argument("--db", type=Path, required=True)
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(func=_cmd_status)

    answer = sub.add_parser("answer", help="set the answer of one element")
    answer.add_argument("--db", type=Path, required=True)
    answer.add_argument("element", metavar="ELEMENT_ID", help="e.g. R3.2")
    answer.add_argument("level", metavar="LEVEL", help="0-5, or 'na' for not applicable")
    answer.add_argument("--rationale", default=None)
    answer.add_argument("--target", default=None, help="target level 0-5")
    answer.add_argument("--by", default="cli", help="who is answering (audit log)")
    answer.set_defaults(func=_cmd_answer)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `digigov` console script. Returns the exit code."""
    from digigov_desktop.log import init_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    init_logging(_log_dir())
    try:
        return int(args.func(args) or EXIT_OK)
    except DigigovError as exc:
        print(f"digigov: {message_for(exc, args.lang)}", file=sys.stderr)
        log.info("command %s failed: %s (%s)", args.command, exc.code, exc)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        print("digigov: interrupted", file=sys.stderr)
        return 130
    except Exception:  # a bug: log the traceback, show one line
        log.exception("internal error in %s", args.command)
        print(
            f"digigov: internal error; details are in the log ({_log_dir()})", file=sys.stderr
        )
        return EXIT_INTERNAL


def _log_dir() -> Path | None:
    try:
        return AppPaths.default().logs
    except Exception:  # no home directory etc.: run without a log file
        return None


def _open(path: Path):
    from digigov_desktop.storage.database import open_store

    return open_store(path, create=False)


def _service(store, actor: str = "cli"):
    from digigov_desktop.services.evaluations import EvaluationService

    return EvaluationService(store, actor=actor)


def _current_cycle_id(service) -> int:
    cycle = service.current_cycle()
    if cycle is None:
        raise InvalidInputError("the database has no evaluation yet", code="NO_CYCLE")
    return cycle.id


def _cmd_demo(args: argparse.Namespace) -> int:
    from digigov_desktop.services.demo import create_demo

    store = create_demo(
        args.db, agency_code=args.agency_code, agency_name=args.agency_name, seed=args.seed,
        year=args.year,
    )
    store.close()
    print(f"Demo evaluation written to {args.db}")
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        service = _service(store)
        status = service.status(_current_cycle_id(service))
    data = status.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_status(data, status, args.lang)
    return EXIT_OK


def _fmt(value: float | None) -> str:
    return "  —  " if value is None else f"{value:5.2f}"


def _print_status(data: dict, status, lang: str) -> None:
    fw = status.framework
    print(f"{data['agency']['name']} ({data['agency']['code']}) · cycle {data['cycle']} "
          f"· {data['state']}")
    print(f"Framework {fw.id} {fw.version}")
    print(f"Completion {data['completion'] * 100:.0f} % · overall {_fmt(data['overall'])} / 5")
    for pillar in fw.pillars:
        p = data["pillars"][pillar.id]
        print(f"  {pillar.id} {_fmt(p['score'])}  {pillar.title.get(lang)}")
        for rec in pillar.recommendations:
            r = data["recommendations"][rec.id]
            print(f"    {rec.id:<4} {_fmt(r['score'])}  {r['completion'] * 100:3.0f} %  "
                  f"{rec.title.get(lang)}")
    blocking = [i for i in data["issues"] if i["blocking"]]
    if not data["issues"]:
        print("Ready to submit.")
    else:
        print(f"{len(blocking)} blocking issue(s), {len(data['issues']) - len(blocking)} warning(s):")
        for issue in data["issues"][:50]:
            print(f"  {issue['code']:<20} {issue['element'] or ''}")
        if len(data["issues"]) > 50:
            print(f"  … and {len(data['issues']) - 50} more")


def _parse_level(text: str | None, name: str) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise InvalidInputError(f"bad {name} {text!r}", code="INVALID_LEVEL", field=name) from None
    if not 0 <= value <= 5:
        raise InvalidInputError(f"bad {name} {text!r}", code="INVALID_LEVEL", field=name)
    return value


def _cmd_answer(args: argparse.Namespace) -> int:
    changes: dict = {}
    if args.level.strip().lower() in ("na", "n/a"):
        changes["not_applicable"] = True
    else:
        changes["level"] = _parse_level(args.level, "level")
    if args.rationale is not None:
        changes["rationale"] = args.rationale
    if args.target is not None:
        changes["target"] = _parse_level(args.target, "target")
    with _open(args.db) as store:
        service = _service(store, actor=args.by)
        service.save_answer(_current_cycle_id(service), args.element.strip().upper(), **changes)
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
