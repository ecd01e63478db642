"""`digigov ca ...`: the coordinator's certificate authority."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from digigov_desktop.cli._common import (
    EXIT_OK,
    authority,
    command,
    command_group,
    one_of,
    opt,
    read_file,
    read_passphrase,
    warn_if_weak,
    write_new,
)
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.messages import output


def add_commands(sub) -> None:
    """`ca init|issue|revoke|crl|bundle|list|change-passphrase`."""
    csub = command_group(sub, "ca", "the coordinator's certificate authority", "ca_command")
    command(csub, "init", "create the CA: root key, certificate, registry, CRL", _cmd_ca_init,
            "dir", opt("--name", required=True, help="the coordinating body's name (in the "
                                              "root certificate)"), "passphrase")
    command(csub, "issue", "issue an agency credential (from a CSR or as PKCS#12)",
            _cmd_ca_issue, "dir", opt("--agency-code", required=True, help="the agency's code"),
            opt("--agency-name", required=True, help="the agency's name"), "passphrase",
            opt("--csr", type=Path, help="the agency's certificate request (agency.csr)"),
            opt("--out", type=Path, help="certificate to write (with --csr)"),
            opt("--p12", type=Path, help="PKCS#12 file to write (instead of --csr)"),
            opt("--p12-passphrase-file", type=Path,
                help="a file holding the PKCS#12 file's new passphrase (else it is asked "
                "for in the terminal)"),
            opt("--person", help="a person's credential for the signature chain: "
                "the person's name (with --role)"),
            opt("--role", choices=["preparer", "reviewer", "approver"],
                help="the person's role in the signature chain (with --person)"))
    command(csub, "revoke", "revoke a certificate and reissue the CRL", _cmd_ca_revoke,
            "dir", one_of(opt("--serial", help="the certificate's serial number (ca list)"),
                          opt("--agency-code", help="every active certificate of this agency"),
                          required=True),
            opt("--reason", default="unspecified",
                choices=["unspecified", "key_compromise", "affiliation_changed",
                         "superseded", "cessation_of_operation"],
                help="why, as written in the CRL (default: unspecified)"),
            "passphrase")
    command(csub, "crl", "reissue the CRL (due before it expires)", _cmd_ca_crl,
            "dir", "passphrase")
    command(csub, "bundle", "write the trust bundle (root + current CRL)", _cmd_ca_bundle,
            "dir", "out")
    command(csub, "list", "the registry of issued certificates", _cmd_ca_list, "dir", "json")
    command(csub, "change-passphrase",
            "re-encrypt the CA's keys under a new passphrase (old one first)",
            _cmd_ca_change_passphrase, "dir", "current-passphrase", "new-passphrase")


def _cmd_ca_init(args: argparse.Namespace) -> int:
    from digigov_desktop.services.authority import create_authority

    passphrase = read_passphrase(args.passphrase_file, "PROMPT_NEW_CA", args.lang,
                                  confirm=True)
    ca = create_authority(args.dir, name=args.name, passphrase=passphrase)
    print(output("CA_CREATED", args.lang, {"folder": ca.folder}))
    return EXIT_OK


def _cmd_ca_issue(args: argparse.Namespace) -> int:
    from digigov_desktop.services.authority import issue_pkcs12

    ca = authority(args.dir)
    if (args.person is None) != (args.role is None):
        raise InvalidInputError("give --person and --role together", code="USAGE")
    if (args.csr is None) == (args.p12 is None):
        raise InvalidInputError("give --csr with --out, or --p12", code="USAGE")
    target = args.out if args.csr is not None else args.p12
    if target is None:
        raise InvalidInputError("--out is required with --csr", code="USAGE")
    if target.exists():
        raise InvalidInputError(f"{target} exists", code="FILE_EXISTS", path=str(target))
    passphrase = read_passphrase(args.passphrase_file, "PROMPT_CA", args.lang)
    if args.csr is not None:
        data = ca.issue_from_csr(read_file(args.csr), agency_code=args.agency_code,
                                 agency_name=args.agency_name, passphrase=passphrase,
                                 person=args.person, role=args.role)
    else:
        p12_pass = read_passphrase(args.p12_passphrase_file, "PROMPT_P12", args.lang,
                                    confirm=True)
        data = issue_pkcs12(ca, agency_code=args.agency_code, agency_name=args.agency_name,
                            passphrase=passphrase, p12_passphrase=p12_pass,
                            person=args.person, role=args.role)
    warn_if_weak(passphrase, args.lang)
    write_new(target, data)
    print(output("CA_ISSUED", args.lang, {"code": args.agency_code, "path": target}))
    return EXIT_OK


def _cmd_ca_revoke(args: argparse.Namespace) -> int:
    ca = authority(args.dir)
    passphrase = read_passphrase(args.passphrase_file, "PROMPT_CA", args.lang)
    revoked = ca.revoke(passphrase=passphrase, serial=args.serial, agency_code=args.agency_code,
                        reason=args.reason)
    warn_if_weak(passphrase, args.lang)
    for entry in revoked:
        print(output("CA_REVOKED", args.lang, {"serial": entry.serial,
                                               "code": entry.agency_code}))
    return EXIT_OK


def _cmd_ca_crl(args: argparse.Namespace) -> int:
    ca = authority(args.dir)
    passphrase = read_passphrase(args.passphrase_file, "PROMPT_CA", args.lang)
    crl = ca.reissue_crl(passphrase=passphrase)
    warn_if_weak(passphrase, args.lang)
    print(output("CA_CRL_UNTIL", args.lang, {"date": f"{crl.next_update_utc:%Y-%m-%d}"}))
    return EXIT_OK


def _cmd_ca_bundle(args: argparse.Namespace) -> int:
    ca = authority(args.dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(ca.bundle_pem())
    print(output("CA_BUNDLE_WRITTEN", args.lang, {"path": args.out}))
    _warn_crl(ca, args.lang)
    return EXIT_OK


def _cmd_ca_list(args: argparse.Namespace) -> int:
    ca = authority(args.dir)
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
        print(output("CA_LIST_ROW", args.lang, {
            "serial": r["serial"][:16], "code": r["agency_code"], "status": r["status"],
            "until": r["not_after"][:10], "name": r["agency_name"]}))
    _warn_crl(ca, args.lang)
    return EXIT_OK


def _cmd_ca_change_passphrase(args: argparse.Namespace) -> int:
    from digigov_desktop.services.authority import change_ca_passphrase

    authority(args.dir)  # a clear CA_NOT_FOUND before asking for anything
    old = read_passphrase(args.passphrase_file, "PROMPT_CURRENT_CA", args.lang)
    new = read_passphrase(args.new_passphrase_file, "PROMPT_NEW_CA", args.lang, confirm=True)
    change_ca_passphrase(args.dir, old=old, new=new)
    print(output("CA_PASSPHRASE_CHANGED", args.lang))
    return EXIT_OK


def _warn_crl(ca, lang: str) -> None:
    if ca.crl_needs_reissue():
        print(output("CRL_EXPIRES", lang, {"days": ca.crl_expires_in().days,
                                           "folder": ca.folder}), file=sys.stderr)

