"""Team evaluation commands (#15): `raters`, `rater-workbook`, `consensus`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from digigov_desktop.cli._common import (
    EXIT_OK,
    EXIT_REJECTED,
    command,
    command_group,
    log,
    open_db,
    opt,
)
from digigov_desktop.messages import message, output

BY = opt("--by", default="cli", help="who is acting (audit log)")


def add_commands(sub) -> None:
    rsub = command_group(sub, "raters", "the members of the self-assessment group",
                         "raters_command")
    command(rsub, "add", "name a rater (facilitator)", _cmd_add,
            "db", opt("--name", required=True, help="the rater's name"),
            opt("--role", required=True, help="the rater's role (position)"),
            opt("--unit", default="", help="the rater's unit or department"), BY)
    command(rsub, "list", "the raters, whether their ratings are merged and still match "
            "their seal", _cmd_list, "db", "json")
    command(rsub, "rate", "a rater scores in this database, under their name", _cmd_rate,
            "db", opt("--rater", required=True, help="the rater's name"),
            opt("element", metavar="ELEMENT_ID", help="e.g. R3.2"),
            opt("level", metavar="LEVEL", help="0-5, or 'na' for not applicable"),
            opt("--rationale", default="", help="why this level"))

    wsub = command_group(sub, "rater-workbook", "rater workbooks: export, seal, merge",
                         "workbook_command")
    command(wsub, "export", "write one rater's workbook (facilitator)", _cmd_export,
            "db", opt("--rater", required=True, help="the rater's name"),
            opt("--out", type=Path, required=True, help="the workbook file to write"), BY)
    command(wsub, "seal", "write the sealed return file of a workbook (rater)", _cmd_seal,
            opt("--db", type=Path, required=True, help="the rater's workbook"),
            opt("--out", type=Path, required=True, help="the .dgrating file to write"))
    command(wsub, "merge", "merge rater return files (all or none)", _cmd_merge,
            "db", opt("files", type=Path, nargs="+", metavar="FILE.dgrating",
                      help="the raters' sealed return files"), BY)

    consensus = command(
        sub, "consensus", "ratings, spread and consensus per element; or record a consensus",
        _cmd_consensus, "db", "json",
        opt("--element", help="record the consensus of this element"),
        opt("--level", help="the consensus level 0-5, or 'na'"),
        opt("--justification", help="why the group chose that level"), BY)
    consensus.set_defaults(parser=consensus)


def _service(store, actor: str = "cli"):
    from digigov_desktop.services.raters import RaterService

    return RaterService(store, actor=actor)


def _level(text: str) -> tuple[int | None, bool]:
    from digigov_desktop.cli.agency import _parse_level

    if text.strip().lower() in ("na", "n/a"):
        return None, True
    return _parse_level(text, "level"), False


def _cmd_add(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        rater = _service(store, args.by).add_rater(name=args.name, role=args.role,
                                                   unit=args.unit)
    print(output("RATER_ADDED", args.lang, {"name": rater.name}))
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        service = _service(store)
        raters = service.raters()
        intact = service.recheck_merged() if any(r.merged_at for r in raters) else {}
    if args.json:
        print(json.dumps([{"name": r.name, "role": r.role, "unit": r.unit,
                           "merged": r.merged_at is not None, "merged_at": r.merged_at,
                           "intact": intact.get(r.name)}
                          for r in raters], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not raters:
        print(output("NO_RATERS", args.lang))
    for r in raters:
        state = "RATER_NOT_MERGED"
        if r.merged_at:
            state = "RATER_MERGED" if intact.get(r.name) else "RATER_MERGED_ALTERED"
        merged = output(state, args.lang)
        unit = f" · {r.unit}" if r.unit else ""
        print(f"{r.name} — {r.role}{unit} ({merged})")
    return EXIT_OK


def _cmd_rate(args: argparse.Namespace) -> int:
    level, na = _level(args.level)
    with open_db(args.db) as store:
        _service(store, args.rater).rate(args.element.strip().upper(), rater=args.rater,
                                         level=level, not_applicable=na,
                                         rationale=args.rationale)
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from digigov_desktop.services.workbooks import export_workbook

    with open_db(args.db) as store:
        path = export_workbook(store, rater=args.rater, out=args.out, actor=args.by)
    print(output("WORKBOOK_WRITTEN", args.lang, {"path": path, "name": args.rater}))
    return EXIT_OK


def _cmd_seal(args: argparse.Namespace) -> int:
    from digigov_desktop.services.workbooks import seal_workbook

    with open_db(args.db) as store:
        result = seal_workbook(store, out=args.out)
    print(output("WORKBOOK_SEALED", args.lang, {"path": result.path,
                                                   "count": result.ratings}))
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from digigov_desktop.services.raters import MergeRefused

    with open_db(args.db) as store:
        try:
            merged = _service(store, args.by).merge(args.files)
        except MergeRefused as exc:
            print(f"digigov: {message('RATER_MERGE_REFUSED', args.lang, exc.params)}",
                  file=sys.stderr)
            for refusal in exc.params["refusals"]:
                print(f"  {refusal.file}: {refusal.code} — "
                      f"{message(refusal.code, args.lang, {'path': refusal.file})}",
                      file=sys.stderr)
                log.info("merge refused %s: %s (%s)", refusal.file, refusal.code,
                         refusal.detail)
            return EXIT_REJECTED
    for item in merged:
        print(output("RATINGS_MERGED", args.lang, {"file": item.file, "name": item.rater,
                                                      "count": item.ratings}))
    return EXIT_OK


def _cmd_consensus(args: argparse.Namespace) -> int:
    recording = (args.element, args.level, args.justification)
    if any(v is not None for v in recording):
        if any(v is None for v in recording):
            args.parser.error(output("CONSENSUS_ARGS_TOGETHER", args.lang))
        level, na = _level(args.level)
        with open_db(args.db) as store:
            value = _service(store, args.by).record_consensus(
                args.element.strip().upper(), level=level, not_applicable=na,
                justification=args.justification)
        shown = "N/A" if value.not_applicable else str(value.level)
        print(output("CONSENSUS_RECORDED", args.lang,
                      {"element": value.element_id, "level": shown}))
        return EXIT_OK
    with open_db(args.db) as store:
        view = _service(store).view()
    if args.json:
        print(json.dumps(view.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    rated = view.rated
    if not rated:
        print(output("NO_RATINGS_YET", args.lang))
        return EXIT_OK
    pending = output("CONSENSUS_PENDING_SHORT", args.lang)
    for e in rated:
        ratings = " · ".join(f"{r.rater} {'N/A' if r.not_applicable else r.level}"
                             for r in e.ratings)
        flag = "!" if e.flagged else " "
        spread = "—" if e.spread is None else f"{e.low}–{e.high}"
        c = e.consensus
        decided = pending if e.pending or c is None else (
            "N/A" if c.not_applicable else str(c.level))
        print(f"{flag} {e.element_id:<6} {spread:<5} {decided:<10} {ratings}")
    print(output("CONSENSUS_SUMMARY", args.lang, {
        "rated": len(rated), "flagged": sum(1 for e in rated if e.flagged),
        "pending": len(view.pending)}))
    return EXIT_OK
