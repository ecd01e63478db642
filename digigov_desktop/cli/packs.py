"""`digigov pack sign|install|list` and `digigov migrate`: framework packs and their versions."""

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
    evaluation_service,
    message_for,
    open_db,
    opt,
    read_passphrase,
    write_new,
)
from digigov_desktop.messages import message, output


def add_commands(sub) -> None:
    """`pack sign|install|list` and `migrate`."""
    psub = command_group(sub, "pack", "signed framework packs (.dgpack)", "pack_command")
    command(psub, "sign", "coordinator: sign a pack folder into a .dgpack", _cmd_sign, "ca",
            opt("--pack", type=Path, required=True,
                help="the pack folder (holding framework.json) or the framework.json"),
            opt("--out", type=Path, required=True, help="the .dgpack file to write"),
            "passphrase")
    command(psub, "install", "install a signed .dgpack into an agency database", _cmd_install,
            "db", opt("file", type=Path, metavar="FILE.dgpack",
                      help="the pack the coordinator sent"))
    command(psub, "list", "built-in and installed packs", _cmd_list, "db", "json")
    command(sub, "migrate", "move the current draft to another pack version", _cmd_migrate,
            "db", opt("--to", required=True, metavar="ID@VERSION",
                      help="e.g. oecd-dgs-2014@2.0.0"),
            opt("--dry-run", action="store_true", help="show the plan, change nothing"), "json")


def _rejected(exc, lang: str) -> int:
    print(f"digigov: {message_for(exc, lang)}", file=sys.stderr)
    return EXIT_REJECTED


def _cmd_sign(args: argparse.Namespace) -> int:
    from digigov_desktop.services.packs import PackError, sign_pack_folder

    passphrase = read_passphrase(args.passphrase_file, "PROMPT_CA", args.lang)
    try:
        data, framework = sign_pack_folder(args.ca, args.pack, passphrase=passphrase)
    except PackError as exc:
        return _rejected(exc, args.lang)
    write_new(args.out, data)
    print(message("PACK_SIGNED", args.lang, {"id": framework.id, "version": framework.version,
                                              "path": args.out, "sha256": framework.sha256}))
    return EXIT_OK


def _cmd_install(args: argparse.Namespace) -> int:
    from digigov_desktop.services.packs import PackError, install_pack_file
    from digigov_desktop.signing.packsign import PackSignatureError

    with open_db(args.db) as store:
        try:
            result = install_pack_file(store, args.file, actor="cli")
        except (PackError, PackSignatureError) as exc:
            return _rejected(exc, args.lang)
    code = "PACK_ALREADY_INSTALLED" if result.already_installed else "PACK_INSTALLED"
    print(message(code, args.lang, {"id": result.id, "version": result.version,
                                    "sha256": result.sha256}))
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from digigov_desktop.services.packs import list_packs, register_installed

    with open_db(args.db) as store:
        register_installed(store)
        packs = list_packs(store)
    if args.json:
        print(json.dumps([p.to_json() for p in packs], ensure_ascii=False, indent=2))
        return EXIT_OK
    for p in packs:
        mark = "*" if p.default else " "
        title = p.title_es if args.lang == "es" else p.title_en
        print(output("PACK_ROW", args.lang, {
            "mark": mark, "id": p.id, "version": p.version, "format": p.format,
            "source": output(f"PACK_SOURCE_{p.source}", args.lang, default=p.source),
            "sha": p.sha256[:16], "title": title}))
    return EXIT_OK


def _cmd_migrate(args: argparse.Namespace) -> int:
    from digigov_desktop.cli._common import current_cycle_id
    from digigov_desktop.services import pack_migration

    framework_id, version = pack_migration.parse_target(args.to)
    with open_db(args.db) as store:
        service = evaluation_service(store)
        cycle_id = current_cycle_id(service)
        if args.dry_run:
            plan = pack_migration.plan_cycle(service, cycle_id, framework_id, version)
        else:
            plan = pack_migration.migrate_cycle(service, cycle_id, framework_id, version)
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, **plan.to_json()}, ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    lang = args.lang
    print(message("MIGRATE_PLAN_DRY" if args.dry_run else "MIGRATE_DONE", lang,
                  {"id": plan.framework_id, "from": plan.from_version, "to": plan.to_version}))
    for carried in plan.answers:
        if carried.relation == "same":
            continue
        mark = message("MIGRATE_TO_REVIEW", lang, {}) if carried.to_review else ""
        print(f"  {carried.element_id:<7} ← {', '.join(carried.sources):<14} "
              f"{carried.relation:<8} {mark}")
    for element_id in plan.new_elements:
        print(f"  {element_id:<7}   {message('MIGRATE_NEW', lang, {})}")
    for element_id, rec_id in plan.to_notes:
        print(f"  {element_id:<7} → {message('MIGRATE_TO_NOTES', lang, {'rec': rec_id})}")
    same = sum(1 for a in plan.answers if a.relation == "same")
    print(message("MIGRATE_SUMMARY", lang, {"same": same, "review": len(plan.to_review),
                                            "evidence": len(plan.evidence)}))
    return EXIT_OK
