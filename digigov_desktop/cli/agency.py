"""Agency commands: demo, status, answer, export, verify and the policy in force."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from digigov_desktop.cli._common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_REJECTED,
    command,
    current_cycle_id,
    evaluation_service,
    log,
    open_db,
    opt,
    read_file,
    read_passphrase,
    warn_if_weak,
)
from digigov_desktop.config import active_policy
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.messages import message, output


def add_evaluation_commands(sub) -> None:
    """`demo`, `status`, `answer`."""
    command(sub, "demo", "create a database with a complete demo evaluation", _cmd_demo,
            opt("--db", type=Path, required=True, help="new database file (must not exist)"),
            opt("--agency-code", default="DEMO-001", help="the demo agency's code"),
            opt("--agency-name", default="Servicio de Demostración Digital",
                help="the demo agency's name"),
            opt("--seed", type=int, default=1, help="different seeds, different answers"),
            opt("--year", type=int, default=None, help="cycle year (default: this year)"),
            opt("--framework-version", default=None, metavar="VERSION",
                help="pack version of the demo (default: the newest built-in one)"))
    command(sub, "status", "completion, scores and readiness issues", _cmd_status,
            "db", opt("--json", action="store_true", help="machine-readable output"))
    command(sub, "answer", "set the answer of one element", _cmd_answer,
            "db", opt("element", metavar="ELEMENT_ID", help="e.g. R3.2"),
            opt("level", metavar="LEVEL",
                help="0-5, 'na' for not applicable, or 'clear' to forget the answer"),
            opt("--rationale", default=None, help="why this level (replaces the text "
                "recorded before)"),
            opt("--target", default=None, help="target level 0-5"),
            opt("--by", default="cli", help="who is answering (audit log)"))


def add_submission_commands(sub) -> None:
    """`export`, `verify`, `policy`."""
    command(sub, "export", "write the signed PDF submission of the current cycle", _cmd_export,
            "db", opt("--out", type=Path, required=True, help="the PDF file to write"),
            opt("--passphrase-file", type=Path, help="file holding the key passphrase"),
            opt("--embed-evidence", action="store_true",
                help="also attach the evidence files (25 MB in all at most)"),
            opt("--report-lang", choices=["es", "en"], default="es",
                help="language of the report (default: es)"),
            opt("--by", default="cli", help="who exports (audit log)"),
            opt("--seal", action="store_true",
                help="seal the signed PDF for the coordinator (CMS, .p7m): only the "
                "coordinator can open it (default: the policy's seal_submissions)"),
            opt("--then", action="append", choices=["reviewer", "approver", "none"],
                default=None, metavar="ROLE",
                help="a role to sign after you (reviewer, approver; repeat for both), "
                "declared in the signed file: the coordinator rejects it until they "
                "have signed; 'none': only you sign (default: the plan of the last "
                "export, else the policy's required_signature_roles)"))
    command(sub, "verify", "check a submission file as the coordinator will", _cmd_verify,
            opt("file", type=Path, metavar="FILE.pdf", help="the submission file to check"),
            "trust", "json",
            opt("--require-role", action="append", choices=["reviewer", "approver"],
                default=None, metavar="ROLE",
                help="a signature that must be present (reviewer, approver); "
                "default: the policy's required_signature_roles"))
    command(sub, "policy", "check and show the deployment policy (policy.json)", _cmd_policy,
            opt("--file", type=Path, help="check this file (default: the one in force)"), "json")


def _cmd_demo(args: argparse.Namespace) -> int:
    from digigov_desktop.domain.framework import DEFAULT_FRAMEWORK_ID, load_framework
    from digigov_desktop.services.demo import create_demo

    framework = (load_framework(DEFAULT_FRAMEWORK_ID, args.framework_version)
                 if args.framework_version else None)
    store = create_demo(
        args.db, agency_code=args.agency_code, agency_name=args.agency_name, seed=args.seed,
        year=args.year, framework=framework,
    )
    store.close()
    print(output("DEMO_WRITTEN", args.lang, {"path": args.db}))
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    with open_db(args.db) as store:
        service = evaluation_service(store)
        status = service.status(current_cycle_id(service))
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
    state = f"STATE_{data['state']}"
    print(output("STATUS_HEADER", lang, {
        "name": data["agency"]["name"], "code": data["agency"]["code"], "cycle": data["cycle"],
        "state": output(state, lang, default=data["state"])}))
    print(output("STATUS_FRAMEWORK", lang, {"id": fw.id, "version": fw.version}))
    print(output("STATUS_COMPLETION", lang, {"completion": f"{data['completion'] * 100:.0f}",
                                             "overall": _fmt(data["overall"])}))
    for pillar in fw.pillars:
        p = data["pillars"][pillar.id]
        print(f"  {pillar.id} {_fmt(p['score'])}  {pillar.title.get(lang)}")
        for rec in pillar.recommendations:
            r = data["recommendations"][rec.id]
            print(f"    {rec.id:<4} {_fmt(r['score'])}  {r['completion'] * 100:3.0f} %  "
                  f"{rec.title.get(lang)}")
    blocking = [i for i in data["issues"] if i["blocking"]]
    if not data["issues"]:
        print(output("STATUS_READY", lang))
    else:
        warnings = len(data["issues"]) - len(blocking)
        print(output("STATUS_ISSUES", lang, {"blocking": len(blocking), "warnings": warnings}))
        for issue in data["issues"][:50]:
            print(_issue_line(issue["code"], issue["element"], lang))
        if len(data["issues"]) > 50:
            print(output("STATUS_MORE_ISSUES", lang, {"count": len(data["issues"]) - 50}))


def _issue_line(code: str, element: str | None, lang: str) -> str:
    """One readiness issue for a person: the element (if any) and what is wrong, in words
    (`--json` gives the codes)."""
    return f"  {element or '':<7} {output(f'ISSUE_{code}', lang, default=code)}"


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
    if args.level.strip().lower() == "clear":
        return _clear_answer(args)
    changes: dict = {}
    if args.level.strip().lower() in ("na", "n/a"):
        changes["not_applicable"] = True
    else:
        changes["level"] = _parse_level(args.level, "level")
    if args.rationale is not None:
        changes["rationale"] = args.rationale
    if args.target is not None:
        changes["target"] = _parse_level(args.target, "target")
    with open_db(args.db) as store:
        service = evaluation_service(store, actor=args.by)
        service.save_answer(current_cycle_id(service), args.element.strip().upper(), **changes)
    return EXIT_OK


def _clear_answer(args: argparse.Namespace) -> int:
    if args.rationale is not None or args.target is not None:
        raise InvalidInputError("'clear' takes no --rationale or --target",
                                code="CLEAR_TAKES_NO_VALUES")
    with open_db(args.db) as store:
        service = evaluation_service(store, actor=args.by)
        cycle_id = current_cycle_id(service)
        element = args.element.strip().upper()
        if not service.framework_for(service.cycle(cycle_id)).has_element(element):
            raise InvalidInputError(f"unknown element {element}", code="UNKNOWN_ELEMENT",
                                    element=element)
        service.clear_answer(cycle_id, element)
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from digigov_desktop.services.export import ExportError, export_submission

    passphrase = read_passphrase(args.passphrase_file, "PROMPT_KEY", args.lang)
    with open_db(args.db) as store:
        try:
            result = export_submission(
                store, out=args.out, passphrase=passphrase, lang=args.report_lang,
                actor=args.by, embed_evidence=args.embed_evidence,
                seal=args.seal or bool(active_policy().get("seal_submissions", False)),
                signers_planned=None if args.then is None
                else [r for r in args.then if r != "none"],
            )
        except ExportError as exc:
            if exc.code == "NOT_READY":
                issues = exc.params["issues"]
                print(f"digigov: {message('NOT_READY', args.lang, {'count': len(issues)})}",
                      file=sys.stderr)
                for issue in issues:
                    print(_issue_line(issue.code, issue.element, args.lang), file=sys.stderr)
                return EXIT_INVALID
            if exc.code == "SELF_CHECK_FAILED":
                reason = exc.params.get("reason", "")
                text = message("SELF_CHECK_FAILED", args.lang,
                               {"reason_text": message(reason, args.lang)})
                print(f"digigov: {text}", file=sys.stderr)
                return EXIT_REJECTED
            raise
    warn_if_weak(passphrase, args.lang)
    print(output("EXPORT_SEALED" if result.sealed else "EXPORT_SIGNED", args.lang,
                 {"path": result.path}))
    print(output("EXPORT_DETAILS", args.lang, {
        "id": result.submission_id, "revision": result.revision,
        "file_sha256": result.file_sha256, "payload_sha256": result.payload_sha256}))
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from digigov_desktop.domain import submission as payloads
    from digigov_desktop.domain.framework import framework_known
    from digigov_desktop.services.signing import chain_entries, required_roles
    from digigov_desktop.signing.credentials import TrustBundle
    from digigov_desktop.signing.seal import is_sealed
    from digigov_desktop.signing.verify import verify_submission

    trust = TrustBundle.from_pem(read_file(args.trust))
    data = read_file(args.file)
    if is_sealed(data):  # only the coordinator's key opens it: say for whom, nothing more
        return _print_sealed(args, data)
    verdict = verify_submission(data, trust, parse_payload=payloads.parse_payload,
                                framework_known=framework_known,
                                required_roles=required_roles(args.require_role))
    payload = verdict.payload_data or {}
    chain = chain_entries(verdict.chain)
    out = {
        "accepted": verdict.accepted,
        "reason": verdict.reason.value,
        "message": message(verdict.reason.value, args.lang),
        "agency_code": verdict.agency_code,
        "submission_id": payload.get("submission_id"),
        "revision": payload.get("revision"),
        "payload_sha256": verdict.payload_sha256,
        "chain": [entry.as_dict() for entry in chain],
        "planned": None if verdict.planned is None else list(verdict.planned),
        "missing": list(verdict.missing),
    }
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(f"{args.file}: {out['reason']} — {out['message']}")
        if verdict.accepted:
            print(output("VERIFY_ACCEPTED", args.lang, {
                "agency": out["agency_code"], "id": out["submission_id"],
                "revision": out["revision"]}))
        if len(chain) > 1:  # a single signature prints exactly as before chains existed
            for entry in chain:
                print(output("CHAIN_ENTRY", args.lang, {
                    "role": entry.role, "name": entry.name,
                    "signed_at": entry.signed_at or "—", "serial": entry.serial}))
        _print_plan(args.lang, verdict.planned, verdict.missing)
    log.info("verify %s: %s (%s)", args.file, verdict.reason.value, verdict.detail)
    return EXIT_OK if verdict.accepted else EXIT_REJECTED


def _print_plan(lang: str, planned, missing) -> None:
    """The preparer's plan and who has still to sign, when the file has a plan."""
    if planned:
        print("  " + output("PLANNED_SIGNERS", lang, {"roles": ", ".join(planned)}))
    if missing:
        print("  " + output("STILL_TO_SIGN", lang, {"roles": ", ".join(missing)}))


def _print_sealed(args: argparse.Namespace, data: bytes) -> int:
    from digigov_desktop.signing.seal import recipient_name

    who = recipient_name(data) or "?"
    text = message("SEALED", args.lang, {"recipient": who})
    if args.json:
        print(json.dumps({"accepted": False, "reason": "SEALED", "message": text,
                          "sealed_for": who}, indent=2, ensure_ascii=False))
    else:
        print(f"{args.file}: SEALED — {text}")
    return EXIT_REJECTED


def _cmd_policy(args) -> int:
    """Print the policy in force (or `--file`); a malformed one fails like any error (exit 4)."""
    from digigov_desktop import config

    policy = config.load_policy(args.file)
    searched = [str(p) for p in config.policy_locations()]
    values = dict(policy.values)
    shown = {"file": str(policy.source) if policy.source else None, "searched": searched,
             "values": values, "locked": sorted(policy.locked)}
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
    elif policy.source is None:
        print(output("POLICY_NONE", args.lang, {"places": ", ".join(searched)}))
    else:
        print(output("POLICY_FILE", args.lang, {"path": policy.source}))
        locked = output("POLICY_LOCKED", args.lang)
        for key, value in values.items():
            if key == "trust_bundle" and str(value).lstrip().startswith("-----BEGIN"):
                value = output("POLICY_INLINE_PEM", args.lang)
            print(f"  {key} = {value}" + (locked if policy.is_locked(key) else ""))
    return EXIT_OK

