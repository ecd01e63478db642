"""A plausible, complete demo evaluation, deterministic for a given seed.

Used by `digigov demo`, the README quick start, tests and benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from digigov_desktop.domain.evaluation import Agency, AgencyType, CycleState, Person
from digigov_desktop.domain.framework import Framework, load_framework
from digigov_desktop.errors import InvalidInputError
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.storage.database import Store, open_store

DEFAULT_CODE = "DEMO-001"
DEFAULT_NAME = "Servicio de Demostración Digital"

_LEVEL_WORDS = {
    0: "no se identificaron acciones ni documentos",
    1: "existen acciones aisladas que dependen de personas concretas",
    2: "hay un borrador o un piloto con una persona responsable designada",
    3: "existe un documento formal aprobado que se aplica en toda la institución",
    4: "el tema se mide y monitorea periódicamente con recursos asignados",
    5: "se evalúa, se mejora de forma continua y se comparte con otras instituciones",
}
_SOURCES = [
    "la revisión de resoluciones exentas del último año",
    "entrevistas con la jefatura de la división y el equipo TI",
    "el informe de cierre del PMG del período anterior",
    "las actas del comité de transformación digital",
    "la revisión de los medios de verificación disponibles",
]
_STRENGTHS = [
    "Equipo comprometido y con experiencia en los servicios en línea principales.",
    "Uso extendido de ClaveÚnica y DocDigital en los trámites de mayor demanda.",
    "Buena coordinación con la Secretaría de Gobierno Digital.",
]
_IMPROVEMENTS = [
    "Falta formalizar los procedimientos y asignar responsables permanentes.",
    "La medición de resultados es esporádica y no se publica.",
    "La documentación de respaldo está dispersa entre unidades.",
]
_ACTIONS = [
    "Aprobar por resolución un plan con metas, plazos y responsables antes de fin de año.",
    "Incorporar indicadores al tablero de gestión y revisarlos cada trimestre.",
    "Centralizar los medios de verificación en un repositorio institucional.",
]


# The types the demo draws from: fixed, so that a seed gives the same demo agency in every
# version (a new AgencyType member would otherwise shift every later random draw).
_DEMO_TYPES = (AgencyType.MINISTRY, AgencyType.SERVICE, AgencyType.REGIONAL_GOVERNMENT,
               AgencyType.MUNICIPALITY, AgencyType.OTHER)


def create_demo(path: Path, **options: Any) -> Store:
    """Create a new database at `path` holding a complete, ready-to-submit evaluation;
    `options` are `fill_demo`'s (agency, seed, year, framework).

    Raises:
        InvalidInputError: `FILE_EXISTS` when `path` already exists (never overwritten).
    """
    path = Path(path)
    if path.exists():
        raise InvalidInputError(f"{path} already exists", code="FILE_EXISTS", path=str(path))
    store = open_store(path)
    try:
        fill_demo(store, **options)
    except BaseException:
        store.close()
        raise
    return store


def fill_demo(
    store: Store,
    *,
    agency_code: str = DEFAULT_CODE,
    agency_name: str = DEFAULT_NAME,
    seed: int = 1,
    year: int | None = None,
    framework: Framework | None = None,
) -> int:
    """Write a complete demo evaluation into an open store; returns the cycle id."""
    framework = framework or load_framework()
    rng = random.Random(seed)
    service = EvaluationService(store, actor="demo", framework=framework)
    regions = ["CL-AI", "CL-RM", "CL-BI", "CL-NB", "CL-LL", "CL-AN", "CL-MA", "CL-VS"]
    agency = Agency(
        code=agency_code,
        name=agency_name,
        type=rng.choice(_DEMO_TYPES),
        region=rng.choice(regions),
    )
    people = [
        Person("María José Fuentes", "Coordinadora de Transformación Digital"),
        Person("Juan Pablo Soto", "Jefe de Tecnologías de la Información"),
    ]
    cycle = service.setup(
        agency=agency, year=year or dt.date.today().year, preparers=people, framework=framework
    )
    base = rng.uniform(1.4, 3.6)
    for rec in framework.recommendations:
        rec_bias = rng.uniform(-1.0, 1.0)
        for element in rec.elements:
            if element.not_applicable_reason(str(agency.type)) is not None:
                continue  # answered not applicable automatically from the body type
            not_applicable = rec.id == "R8" and element.id.endswith(".3") and rng.random() < 0.5
            if not_applicable:
                service.save_answer(
                    cycle.id,
                    element.id,
                    not_applicable=True,
                    rationale="No aplica: la institución no presta servicios transfronterizos "
                    "ni participa en redes internacionales por mandato legal.",
                )
                continue
            level = max(0, min(5, round(base + rec_bias + rng.gauss(0, 0.7))))
            target = min(5, level + rng.choice([0, 1, 1, 2]))
            rationale = (
                f"Según {rng.choice(_SOURCES)}, {_LEVEL_WORDS[level]} "
                f"({element.title.es.rstrip('.')})."
            )
            if element.has_criteria:  # tick what the level needs: the rule proposes it
                met = {c.id for n in range(1, level + 1) for c in element.criteria_at(n)}
                service.save_answer(cycle.id, element.id, criteria=met, target=target,
                                    rationale=rationale)
            else:
                service.save_answer(
                    cycle.id, element.id, level=level, target=target, rationale=rationale
                )
            if level >= framework.evidence_required_from or rng.random() < 0.2:
                service.add_evidence(
                    cycle.id,
                    element.id,
                    content=_evidence_text(element.id, level, seed),
                    file_name=f"medio-verificacion-{element.id}.txt",
                    description="Medio de verificación generado para la demostración",
                )
        service.save_notes(
            cycle.id,
            rec.id,
            strengths=rng.choice(_STRENGTHS),
            improvements=rng.choice(_IMPROVEMENTS),
            actions=rng.choice(_ACTIONS),
        )
    service.set_state(cycle.id, CycleState.READY)
    return cycle.id


def _evidence_text(element_id: str, level: int, seed: int) -> bytes:
    lines = [
        "DigiGov Desktop — medio de verificación de demostración",
        f"Elemento: {element_id}",
        f"Nivel declarado: {level}",
        f"Semilla: {seed}",
        "Este archivo reemplaza, solo para la demostración, a una resolución, acta o informe.",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")
