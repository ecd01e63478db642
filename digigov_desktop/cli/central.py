"""`digigov central ...`: the shared PostgreSQL store (coordinator roles, moving a store in)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from digigov_desktop.cli._common import EXIT_OK, Parser, store_password_prompt
from digigov_desktop.messages import output


def add_commands(sub) -> None:
    """`central grant`, `central migrate`."""
    cen = sub.add_parser("central", help="the shared central store on a PostgreSQL server")
    csub = cen.add_subparsers(dest="central_command", required=True, parser_class=Parser)
    grant = csub.add_parser("grant", help="let a coordinator's PostgreSQL role read and "
                            "import the agencies of its region(s) (run as the store's owner)")
    grant.add_argument("--central", required=True, metavar="URL",
                       help="the shared store, postgresql://...")
    grant.add_argument("--role", required=True, help="the coordinator's PostgreSQL role")
    regions = grant.add_mutually_exclusive_group(required=True)
    from digigov_desktop.domain.evaluation import REGIONS

    regions.add_argument("--region", dest="regions", nargs="+", metavar="CODE",
                         choices=sorted(REGIONS),
                         help="its region(s), e.g. CL-VS CL-RM (replaces earlier ones)")
    regions.add_argument("--all-regions", action="store_true",
                         help="every region (the central team)")
    grant.add_argument("--receipts", action="store_true",
                       help="it may also record receipts (the holder of the CA)")
    grant.add_argument("--json", action="store_true",
                       help="print the result as JSON (for scripts)")
    grant.set_defaults(func=_cmd_grant)

    mig = csub.add_parser("migrate", help="move a SQLite central store into an empty shared "
                          "one, verifying counts and every stored file's SHA-256")
    mig.add_argument("--from", dest="source", type=Path, required=True,
                     help="the SQLite central store")
    mig.add_argument("--to", dest="target", required=True, metavar="URL",
                     help="the shared store, postgresql://...")
    mig.add_argument("--json", action="store_true",
                     help="print the result as JSON (for scripts)")
    mig.set_defaults(func=_cmd_migrate)


def _cmd_grant(args: argparse.Namespace) -> int:
    from digigov_desktop.services.central_store import ALL_REGIONS, grant

    regions = [ALL_REGIONS] if args.all_regions else args.regions
    roles = grant(args.central, role=args.role, regions=regions, receipts=args.receipts,
                  ask_password=store_password_prompt(args.lang))
    if args.json:
        print(json.dumps(roles, indent=2, ensure_ascii=False))
        return EXIT_OK
    for role, codes in roles.items():
        shown = output("EVERY_REGION", args.lang) if ALL_REGIONS in codes else " ".join(codes)
        print(f"{role}: {shown}")
    return EXIT_OK


def _cmd_migrate(args: argparse.Namespace) -> int:
    from digigov_desktop.services.central_store import move_store

    report = move_store(args.source, args.target, ask_password=store_password_prompt(args.lang))
    if args.json:
        print(json.dumps({"counts": report.counts, "files_checked": report.files_checked},
                         indent=2))
        return EXIT_OK
    rows = ", ".join(f"{n} {table}" for table, n in report.counts.items())
    print(output("STORE_MOVED", args.lang, {"rows": rows, "files": report.files_checked}))
    return EXIT_OK
