"""Assemble pack oecd-dgs-2014 2.0.0 from the twelve recommendation drafts.

    .venv/bin/python scripts/assemble_pack.py [--drafts DIR] [--check] [--delete-drafts]

The drafts (`resources/frameworks/_drafts/oecd-dgs-2014-2.0.0/R1.json … R12.json`, written
by the content writers in the format of docs/pack-format-2.md) hold the recommendations;
the top level below (title, description, source, scale with the scoring rule, body types,
DGI facets, mapping note, last-verified date, previous version) is written here, in
Spanish and English. Pillars, dimensions (the OECD DGPF's six) and scale names come from
1.0.0. `removed` lists the 1.0.0 elements that no draft names as a predecessor; their
answers go to the notes of the recommendation they belonged to.

Every draft is checked on its own first (the schema's recommendation rules), so a problem
is reported by file and JSON path; then the whole pack is checked by the loader
(schema + rules + the predecessor map against 1.0.0). Exit 1 and nothing written when a
draft is missing or invalid.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FRAMEWORKS = ROOT / "resources" / "frameworks"
DRAFTS = FRAMEWORKS / "_drafts" / "oecd-dgs-2014-2.0.0"
PREVIOUS = FRAMEWORKS / "oecd-dgs-2014" / "1.0.0" / "framework.json"
OUT = FRAMEWORKS / "oecd-dgs-2014" / "2.0.0" / "framework.json"
VERSION = "2.0.0"
LAST_VERIFIED = "2026-12-07"


def t(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


TITLE = t(
    "Autoevaluación de madurez en gobierno digital — Recomendación de la OCDE sobre "
    "Estrategias de Gobierno Digital (2014), versión 2 con criterios verificables",
    "Digital-government maturity self-assessment — OECD Recommendation on Digital "
    "Government Strategies (2014), version 2 with checkable criteria",
)
DESCRIPTION = t(
    "Instrumento para que una institución pública evalúe, con evidencia, su madurez frente a "
    "las 12 recomendaciones de la OCDE, agrupadas en tres pilares. Cada elemento se califica "
    "de 0 a 5; cada nivel del 1 al 5 tiene de uno a tres criterios verificables y la "
    "aplicación propone el nivel a partir de los criterios marcados. Cada elemento indica sus "
    "deberes legales, a quién preguntar dentro de la institución y el paso siguiente para "
    "cada nivel. Es una autoevaluación institucional: sus resultados no son comparables con "
    "el Índice de Gobierno Digital (DGI) de la OCDE, que mide a los países.",
    "A tool for a public institution to assess, with evidence, its maturity against the 12 "
    "OECD recommendations, grouped in three pillars. Each element is rated from 0 to 5; each "
    "level from 1 to 5 has one to three checkable criteria and the application proposes the "
    "level from the criteria ticked. Each element states its legal duties, whom to ask "
    "inside the institution and the next step from each level. It is an institutional "
    "self-assessment: its results are not comparable with the OECD Digital Government Index "
    "(DGI), which measures countries.",
)
SOURCE = t(
    "Elaborado a partir de la Recomendación del Consejo de la OCDE sobre Estrategias de "
    "Gobierno Digital (OECD/LEGAL/0406, 2014), el Digital Government Toolkit y el Marco de "
    "Políticas de Gobierno Digital de la OCDE (2020), y de las normas chilenas citadas en "
    "cada elemento. Textos propios; no es una traducción oficial ni asesoría jurídica.",
    "Based on the OECD Council Recommendation on Digital Government Strategies "
    "(OECD/LEGAL/0406, 2014), the OECD Digital Government Toolkit and Digital Government "
    "Policy Framework (2020), and the Chilean norms cited in each element. Our own wording; "
    "not an official text and not legal advice.",
)
RULE = t(
    "Un nivel se alcanza cuando se cumplen todos sus criterios y todos los criterios de los "
    "niveles inferiores. El nivel 0 es el piso: no tiene criterios y corresponde cuando no se "
    "alcanza el nivel 1. La aplicación propone el nivel más alto así alcanzado; quien "
    "responde puede elegir otro nivel solo con una justificación escrita, que queda "
    "registrada y aparece en el informe.",
    "A level is reached when all its criteria and all criteria of every level below it are "
    "met. Level 0 is the floor: it has no criteria and applies when level 1 is not reached. "
    "The application proposes the highest level so reached; the person answering may choose "
    "another level only with a written justification, which is recorded and shown in the "
    "report.",
)
BODY_TYPES = [
    ("ministry", t("Ministerio", "Ministry")),
    ("service", t("Servicio público", "Public service")),
    ("regional_government", t("Gobierno regional", "Regional government")),
    ("municipality", t("Municipalidad", "Municipality")),
    ("autonomous", t("Órgano autónomo", "Autonomous body")),
    ("other", t("Otro organismo", "Other body")),
]
DGI_FACETS = [
    ("strategy", t("Estrategia", "Strategy")),
    ("levers", t("Palancas de política", "Policy levers")),
    ("implementation", t("Implementación", "Implementation")),
    ("monitoring", t("Seguimiento", "Monitoring")),
]
MAPPING_NOTE = t(
    "La correspondencia de cada elemento con las dimensiones del Marco de Políticas de "
    "Gobierno Digital (DGPF) de la OCDE y con las facetas del Índice de Gobierno Digital (DGI) "
    "es una propuesta propia de este proyecto, no de la OCDE. Sirve para orientar; no hace "
    "comparables los resultados con el DGI.",
    "The mapping of each element to the dimensions of the OECD Digital Government Policy "
    "Framework (DGPF) and to the facets of the Digital Government Index (DGI) is this "
    "project's own proposal, not the OECD's. It is a guide; it does not make the results "
    "comparable with the DGI.",
)


def load_drafts(folder: Path, rec_ids: list[str]) -> tuple[dict[str, dict], list[str]]:
    """Each draft file, checked against the schema's recommendation rules on its own."""
    import jsonschema

    from digigov_desktop.paths import resource_path

    schema = json.loads(resource_path("schemas", "framework-2.schema.json").read_text("utf-8"))
    rec_schema = {"$schema": schema["$schema"], "$ref": "#/$defs/recommendation",
                  "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(rec_schema)
    found, problems = {}, []
    for rec_id in rec_ids:
        path = folder / f"{rec_id}.json"
        if not path.is_file():
            problems.append(f"{path.relative_to(ROOT)}: missing")
            continue
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{path.relative_to(ROOT)}: not readable JSON: {exc}")
            continue
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        for error in errors[:20]:
            where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            problems.append(f"{path.relative_to(ROOT)}: at {where}: {error.message[:300]}")
        if len(errors) > 20:
            problems.append(f"{path.relative_to(ROOT)}: … and {len(errors) - 20} more")
        if not errors and data.get("id") != rec_id:
            problems.append(f"{path.relative_to(ROOT)}: id is {data.get('id')!r}, not {rec_id}")
        found[rec_id] = data
    return found, problems


def assemble(drafts: dict[str, dict], previous: dict) -> dict:
    pack = {
        "$schema": "../../../schemas/framework-2.schema.json",
        "schema": "urn:digigov:schema:framework:2",
        "id": previous["id"],
        "version": VERSION,
        "title": TITLE,
        "description": DESCRIPTION,
        "source": SOURCE,
        "last_verified": LAST_VERIFIED,
        "previous": {"id": previous["id"], "version": previous["version"]},
        "scale": {**copy.deepcopy(previous["scale"]), "rule": RULE},
        "dimensions": copy.deepcopy(previous["dimensions"]),
        "body_types": [{"id": k, "name": v} for k, v in BODY_TYPES],
        "dgi_facets": [{"id": k, "name": v} for k, v in DGI_FACETS],
        "mapping_note": MAPPING_NOTE,
        "pillars": [],
        "removed": [],
    }
    named: set[str] = set()
    for pillar in previous["pillars"]:
        recs = [drafts[rec["id"]] for rec in pillar["recommendations"]]
        for rec in recs:
            for element in rec["elements"]:
                named.update(element["from"]["elements"])
        pack["pillars"].append({"id": pillar["id"], "title": pillar["title"],
                                "summary": pillar["summary"], "recommendations": recs})
    for pillar in previous["pillars"]:
        for rec in pillar["recommendations"]:
            for element in rec["elements"]:
                if element["id"] not in named:
                    pack["removed"].append({"id": element["id"], "notes_to": rec["id"]})
    return pack


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=Path, default=DRAFTS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="check only, write nothing")
    parser.add_argument("--delete-drafts", action="store_true",
                        help="delete the drafts folder once the pack is written")
    args = parser.parse_args(argv)
    previous = json.loads(PREVIOUS.read_text("utf-8"))
    rec_ids = [r["id"] for p in previous["pillars"] for r in p["recommendations"]]
    drafts, problems = load_drafts(args.drafts, rec_ids)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    pack = assemble(drafts, previous)
    text = json.dumps(pack, ensure_ascii=False, indent=1) + "\n"
    from digigov_desktop.domain import framework as fw
    from digigov_desktop.errors import FrameworkError
    from digigov_desktop.services.packs import PackError, _check_predecessors

    try:
        framework = fw.framework_from_bytes(text.encode("utf-8"), source=str(args.out))
        _check_predecessors(framework)
    except (FrameworkError, PackError) as exc:
        print(f"the assembled pack is not valid: {exc}", file=sys.stderr)
        return 1
    removed = ", ".join(r["id"] for r in pack["removed"]) or "none"
    print(f"{framework.id} {framework.version}: {len(framework.recommendations)} "
          f"recommendations, {len(framework.elements)} elements, "
          f"{sum(len(e.all_criteria()) for e in framework.elements)} criteria; "
          f"removed from 1.0.0: {removed}")
    if args.check:
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"written {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}"
          f" (SHA-256 {framework.sha256})")
    if args.delete_drafts:
        shutil.rmtree(args.drafts)
        parent = args.drafts.parent
        if parent.name == "_drafts" and not any(parent.iterdir()):
            parent.rmdir()
        print(f"deleted {args.drafts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
