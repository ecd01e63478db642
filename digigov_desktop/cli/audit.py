"""`digigov audit`: the agency store's audit trail, newest first, with old and new values."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from digigov_desktop.cli._common import (
    EXIT_OK,
    current_cycle_id,
    entries_line,
    evaluation_service,
    open_db,
)
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.messages import output


def add_commands(sub) -> None:
    audit = sub.add_parser("audit", help="who changed what and when (newest first)")
    audit.add_argument("--db", type=Path, required=True, help="the evaluation database (.sqlite)")
    audit.add_argument("--element", metavar="ELEMENT_ID",
                       help="only the changes to this element's answer and evidence")
    out = audit.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument("--csv", type=Path, metavar="FILE", help="write the trail as CSV")
    audit.set_defaults(func=_cmd_audit)


def _cmd_audit(args: argparse.Namespace) -> int:
    from digigov_desktop.services.audit import audit_trail, write_audit_csv

    element = args.element.strip().upper() if args.element else None
    with open_db(args.db) as store:
        if element is not None:
            service = evaluation_service(store)
            framework = service.framework_for(service.cycle(current_cycle_id(service)))
            if not framework.has_element(element):
                raise InvalidInputError(f"unknown element {element}", code="UNKNOWN_ELEMENT",
                                        element=element)
        entries = audit_trail(store, element_id=element)
    if args.csv is not None:
        target = write_audit_csv(entries, args.csv)
        print(output("AUDIT_WRITTEN", args.lang, {"path": target, "count": len(entries)}))
        return EXIT_OK
    if args.json:
        print(json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False))
        return EXIT_OK
    for entry in entries:
        print(f"{entry.at[:19].replace('T', ' ')}  {entry.actor or '—'}  "
              f"{output(f'AUDIT_{entry.action}', args.lang, default=entry.action)}  {entry.key}"
              + (f"  ({entry.reason})" if entry.reason else ""))
        for change in entry.changes():
            name = f"{output(f'FIELD_{change.field}', args.lang, default=change.field)}: " \
                if change.field else ""
            # coded values in words: a cycle's states (draft → ready), a credential's route
            words = "STATE_" if entry.action == "cycle.state" else (
                "CRED_ROUTE_" if change.field == "route" else None)
            old, new = (_value(v, args.lang, words=words) for v in (change.old, change.new))
            print(f"    {name}{old} → {new}")
    print(entries_line(len(entries), args.lang))
    return EXIT_OK


def _value(value: object, lang: str, *, words: str | None = None) -> str:
    """An old or new value for a person: "—" for none, yes/no, a record's values listed
    (the GUI's history shows them the same way); a code in words (`words`: the prefix of
    its messages, e.g. STATE_)."""
    from digigov_desktop.services.audit import value_text

    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return output("YES" if value else "NO", lang)
    if isinstance(value, list):
        return ", ".join(_value(v, lang) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{output(f'FIELD_{k}', lang, default=k)}: {_value(v, lang)}"
                         for k, v in value.items())
    if words is not None and isinstance(value, str):
        return output(f"{words}{value}", lang, default=value)
    return value_text(value)
