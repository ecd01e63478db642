"""What the consolidated report takes: its plain data (`ConsolidatedReport`, already
selected, ordered and in one language) and its fixed texts (`ConsolidatedLabels`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from digigov_desktop.reports.label_set import LabelSet, format_decimal


@dataclass(frozen=True)
class HeatRow:
    label: str  # agency code (· cycle when several cycles are shown)
    name: str
    overall: float | None
    values: tuple[float | None, ...]  # one per recommendation, in order


@dataclass(frozen=True)
class ConsolidatedReport:
    """The report's content: already selected, ordered and in one language."""

    lang: str
    coordinator: str
    cycle: int | None  # None: every cycle
    cycles: tuple[int, ...]
    generated_at: str  # UTC ISO 8601
    framework_title: str
    submissions: int
    pillars: tuple[tuple[str, str, float | None], ...]  # (id or "overall", title, mean)
    recommendations: tuple[tuple[str, str], ...]  # (id, title)
    distribution: tuple[tuple[Any, ...], ...]  # (id, n, min, q1, median, q3, max, mean)
    heat: tuple[HeatRow, ...]
    completion_cycle: int | None = None
    selection: str = ""  # the regions and agency types kept, in words ("" when all)
    submitted: tuple[tuple[str, str, str, float | None], ...] | None = None  # with a registry
    missing: tuple[tuple[str, str, str, float | None], ...] | None = None
    versions_note: str = ""  # submissions on several pack versions: what is compared


@dataclass(frozen=True)
class ConsolidatedLabels(LabelSet):
    lang: str
    decimal: str
    title: str
    coordinator: str
    cycle: str
    all_cycles: str
    selection: str
    generated: str
    submissions: str
    framework: str
    summary: str
    completion: str
    completion_text: str  # {done} {total} {percent} {cycle}
    submitted: str
    pending: str
    no_registry: str
    pillars: str
    overall: str
    distribution: str
    distribution_note: str
    mean: str
    heat: str
    heat_note: str
    agency: str
    code: str
    name: str
    status: str
    statuses: dict[str, str]
    page_of: str  # {page} {total}
    versions_note: str  # {n} {versions}
    versions_unmapped: str  # {versions}
    and_: str

    def versions_text(self, mapped: int, versions: tuple[str, ...],
                      unmapped: tuple[str, ...] = ()) -> str:
        """The note of a selection on several pack versions (compared on `mapped` elements)."""
        joined = (f"{', '.join(versions[:-1])} {self.and_} {versions[-1]}" if len(versions) > 1
                  else ", ".join(versions))
        text = self.versions_note.format(n=mapped, versions=joined)
        if unmapped:
            text += " " + self.versions_unmapped.format(versions=", ".join(unmapped))
        return text

    @classmethod
    def texts(cls) -> Mapping[str, Mapping[str, Any]]:
        return _TEXTS

    def number(self, value: float | None, digits: int = 2) -> str:
        return format_decimal(value, digits, self.decimal)


_TEXTS: dict[str, dict[str, Any]] = {
    "es": dict(
        decimal=",", title="Informe consolidado de autoevaluación",
        coordinator="Coordinación", cycle="Ciclo", all_cycles="todos los ciclos",
        selection="Selección",
        generated="Generado", submissions="Envíos que cuentan", framework="Marco",
        summary="Resumen", completion="Avance de la campaña",
        completion_text="{done} de {total} instituciones registradas enviaron su autoevaluación "
        "del ciclo {cycle} ({percent}).",
        submitted="Enviaron", pending="Pendientes",
        no_registry="Sin registro de la autoridad certificadora: no se calcula el avance.",
        pillars="Promedio por pilar (0–5)", overall="Puntaje global",
        distribution="Distribución por recomendación",
        distribution_note="Caja: cuartiles 1 a 3; línea: mediana; bigotes: mínimo y máximo; "
        "n: instituciones con puntaje.", mean="promedio",
        heat="Instituciones × recomendaciones",
        heat_note="Puntajes de 0 a 5 del envío que cuenta de cada institución; «—»: sin puntaje.",
        agency="Institución", code="Código", name="Nombre", status="Credencial",
        statuses={"active": "vigente", "revoked": "revocada", "expired": "vencida"},
        page_of="Página {page} de {total}",
        versions_note="Comparación sobre {n} elementos equivalentes: los envíos usan las "
        "versiones {versions} del marco. Los puntajes de este informe cuentan solo los "
        "elementos que significan lo mismo en todas las versiones.",
        versions_unmapped="Los envíos en {versions} no tienen correspondencia con las demás "
        "versiones y no tienen puntaje aquí.",
        and_="y",
    ),
    "en": dict(
        decimal=".", title="Consolidated self-evaluation report",
        coordinator="Coordinator", cycle="Cycle", all_cycles="all cycles",
        selection="Selection",
        generated="Generated", submissions="Counting submissions", framework="Framework",
        summary="Summary", completion="Campaign completion",
        completion_text="{done} of {total} registered agencies submitted their self-evaluation "
        "for cycle {cycle} ({percent}).",
        submitted="Submitted", pending="Pending",
        no_registry="No certificate-authority registry given: completion is not computed.",
        pillars="Average per pillar (0–5)", overall="Overall score",
        distribution="Distribution per recommendation",
        distribution_note="Box: quartiles 1 to 3; line: median; whiskers: minimum and maximum; "
        "n: agencies with a score.", mean="mean",
        heat="Agencies × recommendations",
        heat_note="0–5 scores of each agency's counting submission; “—”: no score.",
        agency="Agency", code="Code", name="Name", status="Credential",
        statuses={"active": "active", "revoked": "revoked", "expired": "expired"},
        page_of="Page {page} of {total}",
        versions_note="Compared on {n} mapped elements: the submissions use framework "
        "versions {versions}. Every score in this report counts only the elements that mean "
        "the same in each version.",
        versions_unmapped="Submissions on {versions} cannot be mapped and have no score here.",
        and_="and",
    ),
}
