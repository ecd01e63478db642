"""`digigov sign`: add a reviewer's or approver's signature to a submission."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from digigov_desktop.cli._common import (
    EXIT_OK,
    EXIT_REJECTED,
    open_db,
    read_file,
    read_passphrase,
    warn_if_weak,
)
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.messages import message, output


def add_commands(sub) -> None:
    """`sign`."""
    sign = sub.add_parser("sign", help="sign a submission as reviewer or approver (the file "
                          "must verify; its content and earlier signatures are shown first)")
    sign.add_argument("--db", type=Path, required=True,
                      help="this installation's database (holds your credential)")
    sign.add_argument("--in", dest="infile", type=Path, required=True, metavar="FILE.pdf",
                      help="the submission to sign")
    sign.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                      help="the signed copy to write (the original is left as it is)")
    sign.add_argument("--role", choices=["reviewer", "approver"], required=True,
                      help="the role you sign in")
    sign.add_argument("--passphrase-file", type=Path, help="file holding your key passphrase")
    sign.add_argument("--json", action="store_true", help="print the preview as JSON")
    sign.set_defaults(func=_cmd_sign)


def _cmd_sign(args: argparse.Namespace) -> int:
    from digigov_desktop.services.signing import SignError, countersign_submission, preview

    if args.out.exists():
        raise InvalidInputError(f"{args.out} exists", code="FILE_EXISTS", path=str(args.out))
    data = read_file(args.infile)
    with open_db(args.db) as store:
        seen = preview(store, data)
        _print_preview(args, seen)
        if not seen.valid:
            text = message("INPUT_REJECTED", args.lang,
                           {"reason_text": message(seen.reason, args.lang)})
            print(f"digigov: {text}", file=sys.stderr)
            return EXIT_REJECTED
        passphrase = read_passphrase(args.passphrase_file, "PROMPT_KEY", args.lang)
        try:
            for _progress in countersign_submission(store, data, role=args.role,
                                                    passphrase=passphrase, out=args.out):
                pass
        except SignError as exc:
            if exc.code in ("INPUT_REJECTED", "SELF_CHECK_FAILED"):
                reason = str(exc.params.get("reason", ""))
                text = message(exc.code, args.lang, {"reason_text": message(reason, args.lang)})
                print(f"digigov: {text}", file=sys.stderr)
                return EXIT_REJECTED
            raise
    warn_if_weak(passphrase, args.lang)
    print(output("SIGNED_AS", args.lang, {"role": args.role, "path": args.out}))
    return EXIT_OK


def _print_preview(args: argparse.Namespace, seen) -> None:
    if args.json:
        print(json.dumps({
            "reason": seen.reason, "message": message(seen.reason, args.lang),
            "agency_code": seen.agency_code, "agency_name": seen.agency_name,
            "cycle": seen.cycle, "overall": seen.overall, "payload_sha256": seen.payload_sha256,
            "chain": [entry.as_dict() for entry in seen.chain],
            "planned": None if seen.planned is None else list(seen.planned),
            "still_to_sign": list(seen.still_to_sign),
        }, indent=2, ensure_ascii=False))
        return
    overall = "—" if seen.overall is None else f"{seen.overall:.2f} / 5"
    print(f"{args.infile}: {seen.reason} — {message(seen.reason, args.lang)}")
    print(output("SIGN_PREVIEW", args.lang, {
        "name": seen.agency_name or "—", "code": seen.agency_code or "—",
        "cycle": seen.cycle or "—", "overall": overall,
        "payload_sha256": seen.payload_sha256 or "—"}))
    for entry in seen.chain:
        print(output("SIGNED_BY", args.lang, {
            "role": entry.role, "name": entry.name, "signed_at": entry.signed_at or "—",
            "serial": entry.serial}))
    if seen.still_to_sign:
        print("  " + output("STILL_TO_SIGN", args.lang,
                             {"roles": ", ".join(seen.still_to_sign)}))
