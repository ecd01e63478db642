"""Coordinator commands: import, receipts, consolidation and the import log."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from digigov_desktop.cli._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    authority,
    command,
    command_group,
    entries_line,
    log,
    message_for,
    one_of,
    open_central,
    open_central_existing,
    open_db,
    opt,
    read_file,
    read_passphrase,
)
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.messages import output


def add_import_command(sub) -> None:
    """`import`."""
    command(sub, "import", "verify and import submission files (coordinator)", _cmd_import,
            "central", "ca",
            opt("paths", type=Path, nargs="+", metavar="PATH",
                help="files, or folders searched recursively for *.pdf and *.p7m"),
            "json", opt("--by", default="cli", help="who imports (import log)"),
            opt("--workers", type=int, default=1, metavar="N",
                help="verify on N processes while storing in order (default: 1)"),
            opt("--require-role", action="append", choices=["reviewer", "approver"],
                default=None, metavar="ROLE",
                help="a signature every submission must carry (reviewer, approver); "
                "default: the policy's required_signature_roles"),
            opt("--passphrase-file", type=Path,
                help="the CA passphrase, to open sealed submissions (asked in a terminal "
                "when a sealed file is found)"))


def add_commands(sub) -> None:
    """`receipt issue|install`, `consolidate`, `import-log`."""
    from digigov_desktop.domain.evaluation import REGIONS, AgencyType

    rsub = command_group(sub, "receipt", "signed receipts of accepted submissions",
                         "receipt_command")
    command(rsub, "issue", "sign a receipt for an accepted submission (coordinator)",
            _cmd_receipt_issue, "central", "ca",
            opt("--submission", required=True, metavar="ID", help="the submission id"),
            opt("--revision", type=int, help="default: the newest accepted revision"),
            opt("--out", type=Path, required=True, help="the receipt PDF to write"),
            opt("--passphrase-file", type=Path, help="file holding the CA passphrase"),
            opt("--report-lang", choices=["es", "en"], default="es",
                help="language of the receipt page (default: es)"),
            opt("--by", default="cli", help="who issues (receipt table)"))
    command(rsub, "install",
            "verify a receipt and mark the submission as received (agency)",
            _cmd_receipt_install, "db",
            opt("file", type=Path, metavar="RECEIPT.pdf", help="the receipt the coordinator "
                "sent"),
            opt("--by", default="cli", help="who installs (audit log)"))
    command(sub, "consolidate", "export the consolidated results (coordinator)",
            _cmd_consolidate, "central",
            one_of(opt("--csv", type=Path, help="CSV file (UTF-8 with BOM)"),
                   opt("--xlsx", type=Path, help="Excel workbook"),
                   opt("--pdf", type=Path, help="consolidated PDF report with charts"),
                   required=True),
            opt("--cycle", type=int, help="only this cycle (default: every cycle)"),
            opt("--region", dest="regions", action="append", default=[],
                choices=sorted(REGIONS), metavar="CODE",
                help="only agencies of this region, e.g. CL-VS (repeatable; "
                "default: every region)"),
            opt("--type", dest="agency_types", action="append", default=[],
                choices=[t.value for t in AgencyType],
                help="only agencies of this type (repeatable; default: every type)"),
            opt("--excel-es", action="store_true",
                help="CSV for Excel in a Spanish locale: ';' separator, decimal comma"),
            opt("--ca", type=Path, help="the CA folder (campaign completion in the PDF)"),
            opt("--report-lang", choices=["es", "en"], default="es",
                help="language of the XLSX legend and the PDF (default: es)"),
            # Its first name, kept for scripts: after the command it is not `digigov --lang`
            # (the language of the messages), hence the new name, as `receipt issue` has.
            opt("--lang", dest="report_lang", choices=["es", "en"], default="es",
                help=argparse.SUPPRESS))
    command(sub, "import-log", "show or export the append-only import log", _cmd_import_log,
            "central", opt("--csv", type=Path, help="write the log as CSV instead of printing it"),
            "json")


def _cmd_import(args: argparse.Namespace) -> int:
    from digigov_desktop.services.import_ import Importer, summary

    ca = authority(args.ca)
    results = []

    def seal_passphrase() -> bytes:  # asked for only when a sealed file turns up
        return read_passphrase(args.passphrase_file, "PROMPT_CA_SEALED", args.lang)

    with open_central(args.central, args.lang) as store:
        importer = Importer(store, ca, actor=args.by, required_roles=args.require_role,
                            seal_passphrase=seal_passphrase)
        for progress in importer.run(args.paths, workers=max(1, args.workers)):
            results.append(progress.result)
            if not args.json:
                r = progress.result
                print(f"[{progress.done}/{progress.total}] {r.path}: {r.outcome} — "
                      f"{r.message(args.lang)}")
    report = summary(results, lang=args.lang)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(output("IMPORT_SUMMARY", args.lang, {**report,
                                                   "rejected": len(report["rejected"])}))
    return EXIT_REJECTED if report["rejected"] else EXIT_OK


def _cmd_receipt_issue(args: argparse.Namespace) -> int:
    from digigov_desktop.services.receipts import issue_receipt

    ca = authority(args.ca)
    if args.out.exists():
        raise InvalidInputError(f"{args.out} exists", code="FILE_EXISTS", path=str(args.out))
    passphrase = read_passphrase(args.passphrase_file, "PROMPT_CA", args.lang)
    with open_central_existing(args.central, args.lang) as store:
        issued = issue_receipt(store, ca, submission_id=args.submission, revision=args.revision,
                               passphrase=passphrase, out=args.out, lang=args.report_lang,
                               actor=args.by)
    r = issued.receipt
    print(output("RECEIPT_WRITTEN", args.lang, {
        "path": args.out, "agency": r["for_agency"], "id": r["submission_id"],
        "revision": r["revision"], "sha256": issued.sha256}))
    return EXIT_OK


def _cmd_receipt_install(args: argparse.Namespace) -> int:
    from digigov_desktop.services.receipts import ReceiptError, install_receipt

    data = read_file(args.file)
    with open_db(args.db) as store:
        try:
            done = install_receipt(store, data, actor=args.by)
        except ReceiptError as exc:
            print(f"digigov: {message_for(exc, args.lang)}", file=sys.stderr)
            log.info("receipt %s refused: %s (%s)", args.file, exc.code, exc)
            return EXIT_REJECTED if exc.code != "NO_TRUST_BUNDLE" else EXIT_INVALID
    print(output("RECEIPT_ALREADY_INSTALLED" if done.already_installed else "RECEIPT_INSTALLED",
                 args.lang, {"id": done.submission_id, "revision": done.revision,
                             "coordinator": done.coordinator, "at": done.accepted_at}))
    return EXIT_OK


def _cmd_consolidate(args: argparse.Namespace) -> int:
    from digigov_desktop.services import consolidation

    if args.excel_es and args.csv is None:  # a usage error, worded as argparse words them
        print(f"digigov consolidate: error: {output('EXCEL_ES_CSV_ONLY', args.lang)}",
              file=sys.stderr)
        return EXIT_USAGE
    with open_central_existing(args.central, args.lang) as store:
        if args.pdf is not None:
            ca = authority(args.ca) if args.ca is not None else None
            data = consolidation.report_data(store, cycle=args.cycle, regions=args.regions,
                                             agency_types=args.agency_types, authority=ca)
            target = consolidation.write_pdf(store, args.pdf, cycle=args.cycle,
                                             regions=args.regions,
                                             agency_types=args.agency_types,
                                             authority=ca, lang=args.report_lang, data=data)
            print(output("CONSOLIDATED_PDF_WRITTEN", args.lang, {"path": target}))
            note = consolidation.versions_note(data, args.lang)
            if note:  # several pack versions: as for the tables, not only in the file
                print(note)
            return EXIT_OK
        table = consolidation.consolidated_table(store, cycle=args.cycle, regions=args.regions,
                                                 agency_types=args.agency_types)
        if not table.rows:
            raise consolidation.ConsolidationError("nothing to export", code="NO_SUBMISSIONS")
        if args.csv is not None:
            target = consolidation.write_csv(table, args.csv, excel_es=args.excel_es,
                                              lang=args.report_lang)
        else:
            target = consolidation.write_xlsx(table, args.xlsx, lang=args.report_lang)
    print(output("ROWS_WRITTEN", args.lang, {"count": len(table.rows), "path": target}))
    note = table.note(args.lang)
    if note:  # several pack versions: say so here too, not only in the file
        print(note)
    return EXIT_OK


def _cmd_import_log(args: argparse.Namespace) -> int:
    from digigov_desktop.services import consolidation

    with open_central_existing(args.central, args.lang) as store:
        if args.csv is not None:
            target = consolidation.write_import_log_csv(store, args.csv)
            print(output("IMPORT_LOG_WRITTEN", args.lang, {"path": target}))
            return EXIT_OK
        rows = consolidation.import_log_rows(store)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    for row in rows:
        who = row["agency_code"] or "—"
        print(f"{row['id']:>6} {row['at'][:19]} {row['outcome']:<22} {who:<14} "
              f"{row['file_name']}")
    print(entries_line(len(rows), args.lang))
    return EXIT_OK

