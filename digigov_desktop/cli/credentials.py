"""`digigov credential ...`: the agency's signing credential."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from digigov_desktop.cli._common import (
    EXIT_OK,
    command,
    command_group,
    open_db,
    opt,
    read_file,
    read_passphrase,
    warn_if_weak,
    write_new,
)
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.messages import output

if TYPE_CHECKING:
    from digigov_desktop.services.credentials import CredentialState


def add_commands(sub) -> None:
    """`credential request|install|import-p12|status|change-passphrase`."""
    csub = command_group(sub, "credential", "the agency's signing credential",
                         "credential_command")
    command(csub, "request", "generate the key (kept encrypted) and a CSR to send",
            _cmd_credential_request,
            "db", opt("--out", type=Path, required=True, help="where to write agency.csr"),
            "passphrase")
    command(csub, "install", "install the certificate the coordinator sent back",
            _cmd_credential_install, "db",
            opt("--cert", type=Path, required=True, help="the certificate the "
                "coordinator sent back (agency.crt)"), "trust")
    command(csub, "import-p12", "install a PKCS#12 issued by the coordinator",
            _cmd_credential_p12, "db",
            opt("--p12", type=Path, required=True, help="the PKCS#12 file (.p12)"),
            "passphrase", opt("--trust", type=Path, required=True,
                              help="the coordinator's bundle.pem"))
    command(csub, "status", "state of the credential and the trust bundle",
            _cmd_credential_status, "db", "json")
    command(csub, "change-passphrase",
            "re-encrypt the stored key under a new passphrase (old one first)",
            _cmd_credential_change_passphrase, "db", "current-passphrase", "new-passphrase")


def _credentials(store):
    from digigov_desktop.services.credentials import CredentialService

    return CredentialService(store, actor="cli")


def _cmd_credential_request(args: argparse.Namespace) -> int:
    if args.out.exists():
        raise InvalidInputError(f"{args.out} exists", code="FILE_EXISTS", path=str(args.out))
    passphrase = read_passphrase(args.passphrase_file, "PROMPT_NEW_KEY", args.lang,
                                  confirm=True)
    with open_db(args.db) as store:
        csr = _credentials(store).request(passphrase=passphrase)
    write_new(args.out, csr)
    print(output("CSR_WRITTEN", args.lang, {"path": args.out}))
    return EXIT_OK


def _cmd_credential_install(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        _credentials(store).install_certificate(read_file(args.cert),
                                                trust_pem=read_file(args.trust))
    print(output("CREDENTIAL_INSTALLED", args.lang))
    return EXIT_OK


def _cmd_credential_p12(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "PROMPT_P12", args.lang)
    with open_db(args.db) as store:
        _credentials(store).import_pkcs12(read_file(args.p12), passphrase=passphrase,
                                          trust_pem=read_file(args.trust))
    warn_if_weak(passphrase, args.lang)
    print(output("CREDENTIAL_INSTALLED", args.lang))
    return EXIT_OK


def _cmd_credential_status(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        state = _credentials(store).state()
    if args.json:
        print(json.dumps({
            "status": state.status, "agency_code": state.agency_code, "subject": state.subject,
            "holder": state.holder, "serial": state.serial, "route": state.route,
            "not_after": state.not_after.isoformat() if state.not_after else None,
            "days_left": state.days_left(), "trust_bundle": state.has_trust_bundle,
            "crl_next_update": (state.crl_next_update.isoformat()
                                if state.crl_next_update else None),
        }, ensure_ascii=False, indent=2))
    else:
        print(_status_text(state, args.lang))
    return EXIT_OK


def _status_text(state: CredentialState, lang: str) -> str:
    """The credential's state for a person, in `lang`: the credentials page's rows (those
    with a value), then its warning when the credential has expired or expires soon."""
    def say(key: str, **params: object) -> str:
        return output(key, lang, params)

    def day(moment: dt.datetime) -> str:
        return moment.astimezone().strftime("%Y-%m-%d")

    rows = [(say("CRED_STATUS"), say(f"CRED_STATE_{state.status}"))]
    if state.agency_code:
        rows.append((say("CRED_AGENCY"), state.agency_code))
    if state.holder:
        rows.append((say("CRED_HOLDER"), state.holder))
    if state.serial:
        rows.append((say("CRED_SERIAL"), state.serial))
    if state.route in ("csr", "p12"):
        rows.append((say("CRED_ROUTE"), say(f"CRED_ROUTE_{state.route}")))
    days = state.days_left()
    if state.not_after is not None and days is not None:
        left = max(days, 0)
        rows.append((say("CRED_VALID_UNTIL"), say("CRED_DAYS_LEFT_1", date=day(state.not_after))
                     if left == 1 else say("CRED_DAYS_LEFT", date=day(state.not_after),
                                           days=left)))
    rows.append((say("CRED_BUNDLE"),
                 say("CRED_BUNDLE_YES" if state.has_trust_bundle else "CRED_BUNDLE_NO")))
    if state.crl_next_update is not None:
        rows.append((say("CRED_CRL"), day(state.crl_next_update)))
    width = max(len(label) for label, _value in rows) + 1
    lines = [f"{label + ':':<{width}} {value}" for label, value in rows]
    if state.status == "expired":
        lines.append(say("CRED_EXPIRED"))
    elif state.status == "active" and state.expires_soon():
        lines.append(say("CRED_EXPIRES_1") if days == 1 else say("CRED_EXPIRES", days=days))
    return "\n".join(lines)


def _cmd_credential_change_passphrase(args: argparse.Namespace) -> int:
    old = read_passphrase(args.passphrase_file, "PROMPT_CURRENT_KEY", args.lang)
    new = read_passphrase(args.new_passphrase_file, "PROMPT_NEW_KEY", args.lang, confirm=True)
    with open_db(args.db) as store:
        _credentials(store).change_passphrase(old=old, new=new)
    print(output("KEY_PASSPHRASE_CHANGED", args.lang))
    return EXIT_OK
