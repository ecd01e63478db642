"""`digigov`: the command-line front end over the same services as the GUI.

Exit codes (stable, documented in the README):
  0 success · 1 internal error (a bug; details in the log) · 2 usage error ·
  3 a file was rejected by verification (signing/import/receipt commands) ·
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
from digigov_desktop.messages import message
from digigov_desktop.paths import AppPaths

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_INVALID = 4
EXIT_STORAGE = 5

log = logging.getLogger("digigov_desktop.cli")

def message_for(error: DigigovError, lang: str = "en") -> str:
    """One clear sentence for the user, in English or Spanish."""
    return message(error.code, lang, {"message": error.message, **error.params},
                   default=error.message)


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

    _add_credential_commands(sub)
    export = sub.add_parser("export", help="write the signed PDF submission of the current cycle")
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    export.add_argument("--passphrase-file", type=Path, help="file holding the key passphrase")
    export.add_argument("--embed-evidence", action="store_true",
                        help="also attach the evidence files (25 MB in all at most)")
    export.add_argument("--report-lang", choices=["es", "en"], default="es",
                        help="language of the report (default: es)")
    export.add_argument("--by", default="cli", help="who exports (audit log)")
    export.set_defaults(func=_cmd_export)

    verify = sub.add_parser("verify", help="check a submission file as the coordinator will")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--trust", type=Path, required=True, help="the coordinator's bundle.pem")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=_cmd_verify)

    policy = sub.add_parser("policy", help="check and show the deployment policy (policy.json)")
    policy.add_argument("--file", type=Path, help="check this file (default: the one in force)")
    policy.add_argument("--json", action="store_true")
    policy.set_defaults(func=_cmd_policy)

    _add_ca_commands(sub)
    imp = sub.add_parser("import", help="verify and import submission files (coordinator)")
    imp.add_argument("--central", type=Path, required=True, help="the central database")
    imp.add_argument("--ca", type=Path, required=True, help="the CA folder")
    imp.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                     help="files, or folders searched recursively for *.pdf")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--by", default="cli", help="who imports (import log)")
    imp.add_argument("--workers", type=int, default=1, metavar="N",
                     help="verify on N processes while storing in order (default: 1)")
    imp.set_defaults(func=_cmd_import)
    _add_coordinator_commands(sub)
    return parser


def _add_coordinator_commands(sub) -> None:
    receipt = sub.add_parser("receipt", help="signed receipts of accepted submissions")
    rsub = receipt.add_subparsers(dest="receipt_command", required=True, parser_class=_Parser)
    issue = rsub.add_parser("issue", help="sign a receipt for an accepted submission "
                            "(coordinator)")
    issue.add_argument("--central", type=Path, required=True, help="the central database")
    issue.add_argument("--ca", type=Path, required=True, help="the CA folder")
    issue.add_argument("--submission", required=True, metavar="ID", help="the submission id")
    issue.add_argument("--revision", type=int, help="default: the newest accepted revision")
    issue.add_argument("--out", type=Path, required=True, help="the receipt PDF to write")
    issue.add_argument("--passphrase-file", type=Path, help="file holding the CA passphrase")
    issue.add_argument("--report-lang", choices=["es", "en"], default="es",
                       help="language of the receipt page (default: es)")
    issue.add_argument("--by", default="cli", help="who issues (receipt table)")
    issue.set_defaults(func=_cmd_receipt_issue)
    install = rsub.add_parser("install", help="verify a receipt and mark the submission as "
                              "received (agency)")
    install.add_argument("--db", type=Path, required=True)
    install.add_argument("file", type=Path, metavar="RECEIPT.pdf")
    install.add_argument("--by", default="cli", help="who installs (audit log)")
    install.set_defaults(func=_cmd_receipt_install)

    cons = sub.add_parser("consolidate", help="export the consolidated results (coordinator)")
    cons.add_argument("--central", type=Path, required=True, help="the central database")
    out = cons.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", type=Path, help="CSV file (UTF-8 with BOM)")
    out.add_argument("--xlsx", type=Path, help="Excel workbook")
    out.add_argument("--pdf", type=Path, help="consolidated PDF report with charts")
    cons.add_argument("--cycle", type=int, help="only this cycle (default: every cycle)")
    from digigov_desktop.domain.evaluation import REGIONS, AgencyType

    cons.add_argument("--region", dest="regions", action="append", default=[],
                      choices=sorted(REGIONS), metavar="CODE",
                      help="only agencies of this region, e.g. CL-VS (repeatable; "
                      "default: every region)")
    cons.add_argument("--type", dest="agency_types", action="append", default=[],
                      choices=[t.value for t in AgencyType],
                      help="only agencies of this type (repeatable; default: every type)")
    cons.add_argument("--ca", type=Path, help="the CA folder (campaign completion in the PDF)")
    cons.add_argument("--lang", dest="report_lang", choices=["es", "en"], default="es",
                      help="language of the XLSX legend and the PDF (default: es)")
    cons.set_defaults(func=_cmd_consolidate)

    log_cmd = sub.add_parser("import-log", help="show or export the append-only import log")
    log_cmd.add_argument("--central", type=Path, required=True, help="the central database")
    log_cmd.add_argument("--csv", type=Path, help="write the log as CSV instead of printing it")
    log_cmd.add_argument("--json", action="store_true")
    log_cmd.set_defaults(func=_cmd_import_log)


def _add_credential_commands(sub) -> None:
    cred = sub.add_parser("credential", help="the agency's signing credential")
    csub = cred.add_subparsers(dest="credential_command", required=True, parser_class=_Parser)
    req = csub.add_parser("request", help="generate the key (kept encrypted) and a CSR to send")
    req.add_argument("--db", type=Path, required=True)
    req.add_argument("--out", type=Path, required=True, help="where to write agency.csr")
    req.add_argument("--passphrase-file", type=Path)
    req.set_defaults(func=_cmd_credential_request)
    ins = csub.add_parser("install", help="install the certificate the coordinator sent back")
    ins.add_argument("--db", type=Path, required=True)
    ins.add_argument("--cert", type=Path, required=True)
    ins.add_argument("--trust", type=Path, required=True, help="the coordinator's bundle.pem")
    ins.set_defaults(func=_cmd_credential_install)
    p12 = csub.add_parser("import-p12", help="install a PKCS#12 issued by the coordinator")
    p12.add_argument("--db", type=Path, required=True)
    p12.add_argument("--p12", type=Path, required=True)
    p12.add_argument("--passphrase-file", type=Path)
    p12.add_argument("--trust", type=Path, required=True)
    p12.set_defaults(func=_cmd_credential_p12)
    st = csub.add_parser("status", help="state of the credential and the trust bundle")
    st.add_argument("--db", type=Path, required=True)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=_cmd_credential_status)


def _add_ca_commands(sub) -> None:
    ca = sub.add_parser("ca", help="the coordinator's certificate authority")
    csub = ca.add_subparsers(dest="ca_command", required=True, parser_class=_Parser)
    init = csub.add_parser("init", help="create the CA: root key, certificate, registry, CRL")
    init.add_argument("--dir", type=Path, required=True)
    init.add_argument("--name", required=True)
    init.add_argument("--passphrase-file", type=Path)
    init.set_defaults(func=_cmd_ca_init)
    issue = csub.add_parser("issue", help="issue an agency credential (from a CSR or as PKCS#12)")
    issue.add_argument("--dir", type=Path, required=True)
    issue.add_argument("--agency-code", required=True)
    issue.add_argument("--agency-name", required=True)
    issue.add_argument("--passphrase-file", type=Path)
    issue.add_argument("--csr", type=Path)
    issue.add_argument("--out", type=Path, help="certificate to write (with --csr)")
    issue.add_argument("--p12", type=Path, help="PKCS#12 file to write (instead of --csr)")
    issue.add_argument("--p12-passphrase-file", type=Path)
    issue.set_defaults(func=_cmd_ca_issue)
    revoke = csub.add_parser("revoke", help="revoke a certificate and reissue the CRL")
    revoke.add_argument("--dir", type=Path, required=True)
    who = revoke.add_mutually_exclusive_group(required=True)
    who.add_argument("--serial")
    who.add_argument("--agency-code")
    revoke.add_argument("--reason", default="unspecified",
                        choices=["unspecified", "key_compromise", "affiliation_changed",
                                 "superseded", "cessation_of_operation"])
    revoke.add_argument("--passphrase-file", type=Path)
    revoke.set_defaults(func=_cmd_ca_revoke)
    crl = csub.add_parser("crl", help="reissue the CRL (due before it expires)")
    crl.add_argument("--dir", type=Path, required=True)
    crl.add_argument("--passphrase-file", type=Path)
    crl.set_defaults(func=_cmd_ca_crl)
    bundle = csub.add_parser("bundle", help="write the trust bundle (root + current CRL)")
    bundle.add_argument("--dir", type=Path, required=True)
    bundle.add_argument("--out", type=Path, required=True)
    bundle.set_defaults(func=_cmd_ca_bundle)
    lst = csub.add_parser("list", help="the registry of issued certificates")
    lst.add_argument("--dir", type=Path, required=True)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_cmd_ca_list)


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
        warnings = len(data["issues"]) - len(blocking)
        print(f"{len(blocking)} blocking issue(s), {warnings} warning(s):")
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


# --- passphrases and files ---------------------------------------------------------


def _read_passphrase(path: Path | None, *, prompt: str, confirm: bool = False) -> bytes:
    """From a file (first line, without its line ending) or, in a terminal, asked for."""
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

        value = getpass.getpass(prompt).encode("utf-8")
        if confirm and getpass.getpass("Again: ").encode("utf-8") != value:
            raise InvalidInputError("passphrases differ", code="PASSPHRASE_MISMATCH")
    if not value:
        raise InvalidInputError("empty passphrase", code="EMPTY_PASSPHRASE")
    return value


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path}: {exc.strerror}", code="UNREADABLE_FILE",
                                path=str(path)) from None


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet (keys, certificates: never overwritten)."""
    if path.exists():
        raise InvalidInputError(f"{path} already exists", code="FILE_EXISTS", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# --- credentials and export -------------------------------------------------------


def _credentials(store):
    from digigov_desktop.services.credentials import CredentialService

    return CredentialService(store, actor="cli")


def _cmd_credential_request(args: argparse.Namespace) -> int:
    if args.out.exists():
        raise InvalidInputError(f"{args.out} exists", code="FILE_EXISTS", path=str(args.out))
    passphrase = _read_passphrase(args.passphrase_file, prompt="New key passphrase: ",
                                  confirm=True)
    with _open(args.db) as store:
        csr = _credentials(store).request(passphrase=passphrase)
    _write_new(args.out, csr)
    print(f"Certificate request written to {args.out}; send it to the coordinator.")
    return EXIT_OK


def _cmd_credential_install(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        _credentials(store).install_certificate(_read(args.cert), trust_pem=_read(args.trust))
    print("Credential installed.")
    return EXIT_OK


def _cmd_credential_p12(args: argparse.Namespace) -> int:
    passphrase = _read_passphrase(args.passphrase_file, prompt="PKCS#12 passphrase: ")
    with _open(args.db) as store:
        _credentials(store).import_pkcs12(_read(args.p12), passphrase=passphrase,
                                          trust_pem=_read(args.trust))
    print("Credential installed.")
    return EXIT_OK


def _cmd_credential_status(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        state = _credentials(store).state()
    data = {
        "status": state.status, "agency_code": state.agency_code, "subject": state.subject,
        "serial": state.serial, "route": state.route,
        "not_after": state.not_after.isoformat() if state.not_after else None,
        "days_left": state.days_left(), "trust_bundle": state.has_trust_bundle,
        "crl_next_update": state.crl_next_update.isoformat() if state.crl_next_update else None,
    }
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        for key, value in data.items():
            print(f"{key:>16}: {value}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from digigov_desktop.services.export import ExportError, export_submission

    passphrase = _read_passphrase(args.passphrase_file, prompt="Key passphrase: ")
    with _open(args.db) as store:
        try:
            result = export_submission(
                store, out=args.out, passphrase=passphrase, lang=args.report_lang,
                actor=args.by, embed_evidence=args.embed_evidence,
            )
        except ExportError as exc:
            if exc.code == "NOT_READY":
                issues = exc.params["issues"]
                print(f"digigov: {message('NOT_READY', args.lang, {'count': len(issues)})}",
                      file=sys.stderr)
                for issue in issues:
                    print(f"  {issue.code:<20} {issue.element or ''}", file=sys.stderr)
                return EXIT_INVALID
            if exc.code == "SELF_CHECK_FAILED":
                reason = exc.params.get("reason", "")
                text = message("SELF_CHECK_FAILED", args.lang,
                               {"reason_text": message(reason, args.lang)})
                print(f"digigov: {text}", file=sys.stderr)
                return EXIT_REJECTED
            raise
    print(f"Signed submission written to {result.path}")
    print(f"  submission {result.submission_id} revision {result.revision}")
    print(f"  file SHA-256    {result.file_sha256}")
    print(f"  payload SHA-256 {result.payload_sha256}")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from digigov_desktop.domain import submission as payloads
    from digigov_desktop.domain.framework import framework_known
    from digigov_desktop.signing.credentials import TrustBundle
    from digigov_desktop.signing.verify import verify_submission

    trust = TrustBundle.from_pem(_read(args.trust))
    verdict = verify_submission(_read(args.file), trust, parse_payload=payloads.parse_payload,
                                framework_known=framework_known)
    data = verdict.payload_data or {}
    out = {
        "accepted": verdict.accepted,
        "reason": verdict.reason.value,
        "message": message(verdict.reason.value, args.lang),
        "agency_code": verdict.agency_code,
        "submission_id": data.get("submission_id"),
        "revision": data.get("revision"),
        "payload_sha256": verdict.payload_sha256,
    }
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(f"{args.file}: {out['reason']} — {out['message']}")
        if verdict.accepted:
            print(f"  agency {out['agency_code']} · submission {out['submission_id']} "
                  f"revision {out['revision']}")
    log.info("verify %s: %s (%s)", args.file, verdict.reason.value, verdict.detail)
    return EXIT_OK if verdict.accepted else EXIT_REJECTED


# --- coordinator -------------------------------------------------------------------


def _ca(folder: Path):
    from digigov_desktop.signing.authority import CertificateAuthority

    return CertificateAuthority(folder)


def _cmd_ca_init(args: argparse.Namespace) -> int:
    from digigov_desktop.signing.authority import CertificateAuthority

    passphrase = _read_passphrase(args.passphrase_file, prompt="New CA passphrase: ",
                                  confirm=True)
    ca = CertificateAuthority.init(args.dir, name=args.name, passphrase=passphrase)
    print(f"Certificate authority created in {ca.folder}.")
    print("Back up this whole folder now, and keep the passphrase apart from the backup:")
    print("without both, no credential can ever be issued or revoked again "
          "(see README-BACKUP.txt in the folder).")
    return EXIT_OK


def _cmd_ca_issue(args: argparse.Namespace) -> int:
    ca = _ca(args.dir)
    if (args.csr is None) == (args.p12 is None):
        raise InvalidInputError("give --csr with --out, or --p12", code="USAGE")
    target = args.out if args.csr is not None else args.p12
    if target is None:
        raise InvalidInputError("--out is required with --csr", code="USAGE")
    if target.exists():
        raise InvalidInputError(f"{target} exists", code="FILE_EXISTS", path=str(target))
    passphrase = _read_passphrase(args.passphrase_file, prompt="CA passphrase: ")
    if args.csr is not None:
        data = ca.issue_from_csr(_read(args.csr), agency_code=args.agency_code,
                                 agency_name=args.agency_name, passphrase=passphrase)
    else:
        p12_pass = _read_passphrase(args.p12_passphrase_file, prompt="PKCS#12 passphrase: ",
                                    confirm=True)
        data = ca.issue_pkcs12(agency_code=args.agency_code, agency_name=args.agency_name,
                               passphrase=passphrase, p12_passphrase=p12_pass)
    _write_new(target, data)
    print(f"Issued for {args.agency_code}: {target}")
    return EXIT_OK


def _cmd_ca_revoke(args: argparse.Namespace) -> int:
    ca = _ca(args.dir)
    passphrase = _read_passphrase(args.passphrase_file, prompt="CA passphrase: ")
    revoked = ca.revoke(passphrase=passphrase, serial=args.serial, agency_code=args.agency_code,
                        reason=args.reason)
    for entry in revoked:
        print(f"Revoked {entry.serial} ({entry.agency_code}). Send the new bundle to agencies.")
    return EXIT_OK


def _cmd_ca_crl(args: argparse.Namespace) -> int:
    ca = _ca(args.dir)
    crl = ca.reissue_crl(passphrase=_read_passphrase(args.passphrase_file,
                                                     prompt="CA passphrase: "))
    print(f"New CRL valid until {crl.next_update_utc:%Y-%m-%d}.")
    return EXIT_OK


def _cmd_ca_bundle(args: argparse.Namespace) -> int:
    ca = _ca(args.dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(ca.bundle_pem())
    print(f"Trust bundle written to {args.out}")
    _warn_crl(ca)
    return EXIT_OK


def _cmd_ca_list(args: argparse.Namespace) -> int:
    ca = _ca(args.dir)
    rows = [
        {"serial": e.serial, "agency_code": e.agency_code, "agency_name": e.agency_name,
         "not_before": e.not_before, "not_after": e.not_after,
         "status": e.effective_status(), "route": e.route, "revoked_at": e.revoked_at}
        for e in ca.registry()
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{ca.name} · {ca.folder}")
    for r in rows:
        print(f"  {r['serial'][:16]:<16} {r['agency_code']:<14} {r['status']:<8} "
              f"until {r['not_after'][:10]}  {r['agency_name']}")
    _warn_crl(ca)
    return EXIT_OK


def _warn_crl(ca) -> None:
    if ca.crl_needs_reissue():
        days = ca.crl_expires_in().days
        print(f"warning: the CRL expires in {days} day(s); run `digigov ca crl --dir "
              f"{ca.folder}` and send the new bundle to agencies.", file=sys.stderr)


def _cmd_import(args: argparse.Namespace) -> int:
    from digigov_desktop.services.import_ import Importer, summary
    from digigov_desktop.storage.central import open_central

    ca = _ca(args.ca)
    results = []
    with open_central(args.central) as store:
        importer = Importer(store, ca, actor=args.by)
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
        print(f"{report['accepted']} accepted, {report['duplicates']} duplicate(s), "
              f"{len(report['rejected'])} rejected, {report['superseded']} superseded.")
    return EXIT_REJECTED if report["rejected"] else EXIT_OK


def _open_central_existing(path: Path):
    from digigov_desktop.storage.central import open_central

    return open_central(path, create=False)


def _cmd_receipt_issue(args: argparse.Namespace) -> int:
    from digigov_desktop.services.receipts import issue_receipt

    ca = _ca(args.ca)
    if args.out.exists():
        raise InvalidInputError(f"{args.out} exists", code="FILE_EXISTS", path=str(args.out))
    passphrase = _read_passphrase(args.passphrase_file, prompt="CA passphrase: ")
    with _open_central_existing(args.central) as store:
        issued = issue_receipt(store, ca, submission_id=args.submission, revision=args.revision,
                               passphrase=passphrase, out=args.out, lang=args.report_lang,
                               actor=args.by)
    r = issued.receipt
    print(f"Receipt written to {args.out}")
    print(f"  for {r['for_agency']} · submission {r['submission_id']} revision {r['revision']}")
    print(f"  receipt SHA-256 {issued.sha256}")
    return EXIT_OK


def _cmd_receipt_install(args: argparse.Namespace) -> int:
    from digigov_desktop.services.receipts import ReceiptError, install_receipt

    data = _read(args.file)
    with _open(args.db) as store:
        try:
            done = install_receipt(store, data, actor=args.by)
        except ReceiptError as exc:
            print(f"digigov: {message_for(exc, args.lang)}", file=sys.stderr)
            log.info("receipt %s refused: %s (%s)", args.file, exc.code, exc)
            return EXIT_REJECTED if exc.code != "NO_TRUST_BUNDLE" else EXIT_INVALID
    state = "already installed" if done.already_installed else "installed"
    print(f"Receipt {state}: submission {done.submission_id} revision {done.revision} "
          f"accepted by {done.coordinator} on {done.accepted_at}.")
    return EXIT_OK


def _cmd_consolidate(args: argparse.Namespace) -> int:
    from digigov_desktop.services import consolidation

    with _open_central_existing(args.central) as store:
        if args.pdf is not None:
            authority = _ca(args.ca) if args.ca is not None else None
            target = consolidation.write_pdf(store, args.pdf, cycle=args.cycle,
                                             regions=args.regions,
                                             agency_types=args.agency_types,
                                             authority=authority, lang=args.report_lang)
            print(f"Consolidated report written to {target}")
            return EXIT_OK
        table = consolidation.consolidated_table(store, cycle=args.cycle, regions=args.regions,
                                                 agency_types=args.agency_types)
        if not table.rows:
            raise consolidation.ConsolidationError("nothing to export", code="NO_SUBMISSIONS")
        if args.csv is not None:
            target = consolidation.write_csv(table, args.csv)
        else:
            target = consolidation.write_xlsx(table, args.xlsx, lang=args.report_lang)
    print(f"{len(table.rows)} row(s) written to {target}")
    return EXIT_OK


def _cmd_import_log(args: argparse.Namespace) -> int:
    from digigov_desktop.services import consolidation

    with _open_central_existing(args.central) as store:
        if args.csv is not None:
            target = consolidation.write_import_log_csv(store, args.csv)
            print(f"Import log written to {target}")
            return EXIT_OK
        rows = consolidation.import_log_rows(store)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    for row in rows:
        who = row["agency_code"] or "—"
        print(f"{row['id']:>6} {row['at'][:19]} {row['outcome']:<22} {who:<14} "
              f"{row['file_name']}")
    print(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}.")
    return EXIT_OK



def _cmd_policy(args) -> int:
    """Print the policy in force (or `--file`); a malformed one fails like any error (exit 4)."""
    from digigov_desktop import config

    policy = config.load_policy(args.file)
    shown = {"file": str(policy.source) if policy.source else None,
             "searched": [str(p) for p in config.policy_locations()],
             "values": dict(policy.values), "locked": sorted(policy.locked)}
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
    elif policy.source is None:
        print("no policy file; looked in: " + ", ".join(shown["searched"]))
    else:
        print(f"policy: {policy.source}")
        for key, value in shown["values"].items():
            if key == "trust_bundle" and str(value).lstrip().startswith("-----BEGIN"):
                value = "(inline PEM)"
            print(f"  {key} = {value}" + ("  [locked]" if policy.is_locked(key) else ""))
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
