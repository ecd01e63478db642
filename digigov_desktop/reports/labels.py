"""Every fixed string of the PDF report, in one plain dataclass, plus number formatting.

The GUI may build a `ReportLabels` from Qt translations; the CLI and the tests use
`ReportLabels.for_language("es" | "en")`. Placeholders use `str.format` names
(``{page}``, ``{total}``); the report code fills them in. Framework texts (titles,
descriptors) are not here: they come bilingual from the framework pack.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

NO_VALUE = "—"


@dataclass(frozen=True)
class ReportLabels:
    """Fixed texts and number conventions of one report language."""

    lang: str
    decimal_separator: str
    percent_format: str  # "{value} %" (es: with a no-break space) or "{value}%"
    # cover
    title: str
    agency: str
    agency_code: str
    agency_type: str
    region: str
    cycle: str
    cycle_opened: str
    last_change: str
    generated: str
    prepared_by: str
    submission: str
    submission_id: str
    revision: str
    signer: str
    not_signed: str
    payload_sha256: str
    payload_note: str
    overall_score: str
    out_of_five: str  # "{score} de 5"
    normalized_scale: str  # "Escala 0–1"
    completion: str
    pillar_scores: str
    # summary and charts
    summary: str
    radar_title: str
    legend_score: str
    legend_target: str
    pillar_chart_title: str
    comparison_title: str
    legend_previous: str
    legend_current: str
    change: str
    overall_short: str
    recommendations_table: str
    # tables and sections
    pillar: str
    recommendation: str
    element: str
    score: str
    target: str
    target_mean: str
    level: str
    level_descriptor: str
    not_applicable: str
    not_answered: str
    no_data: str
    rationale: str
    no_target: str
    evidence: str
    evidence_file: str
    evidence_size: str
    no_evidence: str
    strengths: str
    improvements: str
    actions: str
    nothing_written: str
    elements_answered: str  # "{answered} de {total} elementos respondidos"
    # appendix
    appendix: str
    framework: str
    framework_id: str
    framework_version: str
    framework_title: str
    framework_source: str
    scale: str
    method_title: str
    method: tuple[str, ...]
    not_comparable: str
    # footer
    page_of: str  # "Página {page} de {total}"
    footer_cycle: str  # "Ciclo {cycle}"
    # format-2 packs (criteria, legal layer)
    criteria_met: str
    no_criteria_met: str
    proposed_level: str
    override: str
    to_review: str
    auto_not_applicable: str
    legal_duties: str
    obligation: str
    good_practice: str
    next_step: str
    scoring_rule: str
    framework_sha256: str
    last_verified: str
    mapping: str
    agency_types: MappingProxyType[str, str] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @classmethod
    def for_language(cls, lang: str) -> ReportLabels:
        """The built-in Spanish (``"es"``) or English (``"en"``) labels.

        Raises:
            ValueError: for any other language.
        """
        try:
            texts = _TEXTS[lang]
        except KeyError:
            raise ValueError(f"no report labels for language {lang!r}") from None
        return cls(lang=lang, **texts)

    def with_changes(self, **changes: Any) -> ReportLabels:
        """A copy with some texts replaced (e.g. by Qt translations)."""
        return replace(self, **changes)

    # --- formatting ----------------------------------------------------------------

    def format_number(self, value: float | None, decimals: int = 2) -> str:
        """``1.8278`` → ``"1,83"`` (es) or ``"1.83"`` (en); None → ``"—"``."""
        if value is None:
            return NO_VALUE
        return f"{value:.{decimals}f}".replace(".", self.decimal_separator)

    def format_score(self, value: float | None) -> str:
        """A 0–5 score as the report prints it (2 decimals)."""
        return self.format_number(value, 2)

    def format_percent(self, ratio: float | None) -> str:
        """A 0–1 ratio as a whole percentage: ``"100 %"`` (es) or ``"100%"`` (en)."""
        if ratio is None:
            return NO_VALUE
        return self.percent_format.format(value=f"{ratio * 100:.0f}")

    def format_change(self, value: float | None) -> str:
        """A change between cycles with its sign: ``"+0,25"``, ``"−0,10"``, ``"0,00"``."""
        if value is None:
            return NO_VALUE
        text = self.format_number(abs(value))
        if round(value, 2) > 0:
            return "+" + text
        if round(value, 2) < 0:
            return "\u2212" + text
        return text

    def format_size(self, size: int) -> str:
        """``192`` → ``"192 B"``, ``12_345`` → ``"12,3 kB"`` (decimal units)."""
        if size < 1000:
            return f"{size} B"
        for unit, factor in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
            if size < factor * 1000 or unit == "GB":
                return f"{self.format_number(size / factor, 1)} {unit}"
        raise AssertionError("unreachable")

    def agency_type_name(self, code: str) -> str:
        return self.agency_types.get(code, code)


_TEXTS: dict[str, dict[str, Any]] = {
    "es": dict(
        decimal_separator=",",
        percent_format="{value}\u00a0%",
        title="Informe de autoevaluación de gobierno digital",
        agency="Institución",
        agency_code="Código",
        agency_type="Tipo de institución",
        region="Región",
        cycle="Ciclo",
        cycle_opened="Ciclo iniciado",
        last_change="Última modificación",
        generated="Informe generado",
        prepared_by="Elaborado por",
        submission="Envío",
        submission_id="Identificador del envío",
        revision="Revisión",
        signer="Firmado por",
        not_signed="(sin firma)",
        payload_sha256="SHA-256 de los datos adjuntos",
        payload_note=(
            "Este PDF lleva adjuntos los datos completos de la evaluación (evaluation.json). "
            "Su huella SHA-256 permite comprobar que los datos no cambiaron."
        ),
        overall_score="Puntaje general",
        out_of_five="{score} de 5",
        normalized_scale="Escala 0–1",
        completion="Completitud",
        pillar_scores="Puntaje por pilar",
        summary="Resumen",
        radar_title="Puntaje por recomendación y meta (0–5)",
        legend_score="Puntaje actual",
        legend_target="Meta",
        pillar_chart_title="Puntaje por pilar (0–5)",
        comparison_title="Comparación con el ciclo anterior",
        legend_previous="Ciclo anterior",
        legend_current="Este ciclo",
        change="Variación",
        overall_short="General",
        recommendations_table="Puntaje por recomendación",
        pillar="Pilar",
        recommendation="Recomendación",
        element="Elemento",
        score="Puntaje",
        target="Meta",
        target_mean="Meta promedio",
        level="Nivel",
        level_descriptor="Descripción del nivel",
        not_applicable="No aplica",
        not_answered="Sin respuesta",
        no_data="Sin datos",
        rationale="Justificación",
        no_target="Sin meta",
        evidence="Medios de verificación",
        evidence_file="Archivo",
        evidence_size="Tamaño",
        no_evidence="Sin medios de verificación.",
        strengths="Fortalezas",
        improvements="Aspectos por mejorar",
        actions="Acciones planificadas",
        criteria_met="Criterios cumplidos",
        no_criteria_met="(ninguno marcado)",
        proposed_level="Nivel que proponen los criterios",
        override="Nivel elegido con justificación",
        to_review="Por revisar: respuesta traída de la versión anterior del marco",
        auto_not_applicable="No aplica a este tipo de institución",
        legal_duties="Deberes legales",
        obligation="Obligación",
        good_practice="Buena práctica",
        next_step="Próximo paso",
        scoring_rule="Regla de puntuación",
        framework_sha256="SHA-256 del paquete",
        last_verified="Capa legal verificada el",
        mapping="Correspondencia con el DGPF y el DGI",
        nothing_written="(sin contenido)",
        elements_answered="{answered} de {total} elementos respondidos",
        appendix="Anexo: marco de referencia y método",
        framework="Marco de referencia",
        framework_id="Identificador",
        framework_version="Versión",
        framework_title="Título",
        framework_source="Fuente",
        scale="Escala de madurez",
        method_title="Método de cálculo",
        method=(
            "Cada elemento se califica con un nivel entero de 0 a 5 según la escala anterior. "
            "Los elementos marcados «No aplica» se excluyen de todos los cálculos; nunca "
            "cuentan como cero.",
            "El puntaje de una recomendación es el promedio de los niveles de sus elementos "
            "respondidos y aplicables. El puntaje de un pilar es el promedio de sus "
            "recomendaciones con puntaje, y el puntaje general es el promedio de los pilares "
            "con puntaje. La escala 0–1 es el puntaje dividido por 5.",
            "La meta de una recomendación es el promedio de los niveles meta de sus "
            "elementos aplicables (o del nivel actual cuando no se fijó meta). "
            "La completitud es la proporción de elementos respondidos, incluidos los "
            "«No aplica».",
            "Los puntajes se redondean a 4 decimales en los datos adjuntos y se muestran "
            "con 2 decimales en este informe.",
        ),
        not_comparable=(
            "Esta es una autoevaluación institucional. Sus puntajes, incluida la escala 0–1, "
            "no son comparables con el Índice de Gobierno Digital (DGI) de la OCDE, que "
            "mide a los países con otra metodología."
        ),
        page_of="Página {page} de {total}",
        footer_cycle="Ciclo {cycle}",
        agency_types=MappingProxyType(
            {
                "ministry": "Ministerio",
                "service": "Servicio público",
                "regional_government": "Gobierno regional",
                "municipality": "Municipalidad",
                "other": "Otra",
            }
        ),
    ),
    "en": dict(
        decimal_separator=".",
        percent_format="{value}%",
        title="Digital government self-assessment report",
        agency="Institution",
        agency_code="Code",
        agency_type="Type of institution",
        region="Region",
        cycle="Cycle",
        cycle_opened="Cycle opened",
        last_change="Last change",
        generated="Report generated",
        prepared_by="Prepared by",
        submission="Submission",
        submission_id="Submission id",
        revision="Revision",
        signer="Signed by",
        not_signed="(not signed)",
        payload_sha256="SHA-256 of the attached data",
        payload_note=(
            "This PDF carries the complete evaluation data as an attachment "
            "(evaluation.json). Its SHA-256 fingerprint shows that the data has not changed."
        ),
        overall_score="Overall score",
        out_of_five="{score} out of 5",
        normalized_scale="0–1 scale",
        completion="Completion",
        pillar_scores="Score by pillar",
        summary="Summary",
        radar_title="Score and target by recommendation (0–5)",
        legend_score="Current score",
        legend_target="Target",
        pillar_chart_title="Score by pillar (0–5)",
        comparison_title="Comparison with the previous cycle",
        legend_previous="Previous cycle",
        legend_current="This cycle",
        change="Change",
        overall_short="Overall",
        recommendations_table="Score by recommendation",
        pillar="Pillar",
        recommendation="Recommendation",
        element="Element",
        score="Score",
        target="Target",
        target_mean="Mean target",
        level="Level",
        level_descriptor="Level description",
        not_applicable="Not applicable",
        not_answered="Not answered",
        no_data="No data",
        rationale="Rationale",
        no_target="No target",
        evidence="Evidence",
        evidence_file="File",
        evidence_size="Size",
        no_evidence="No evidence attached.",
        strengths="Strengths",
        improvements="Areas to improve",
        actions="Planned actions",
        criteria_met="Criteria met",
        no_criteria_met="(none ticked)",
        proposed_level="Level the criteria propose",
        override="Level chosen with a justification",
        to_review="To review: answer carried from the previous framework version",
        auto_not_applicable="Does not apply to this kind of body",
        legal_duties="Legal duties",
        obligation="Obligation",
        good_practice="Good practice",
        next_step="Next step",
        scoring_rule="Scoring rule",
        framework_sha256="Pack SHA-256",
        last_verified="Legal layer verified on",
        mapping="Mapping to the DGPF and the DGI",
        nothing_written="(nothing written)",
        elements_answered="{answered} of {total} elements answered",
        appendix="Appendix: framework and method",
        framework="Framework",
        framework_id="Identifier",
        framework_version="Version",
        framework_title="Title",
        framework_source="Source",
        scale="Maturity scale",
        method_title="How scores are computed",
        method=(
            "Each element is rated with a whole level from 0 to 5 on the scale above. "
            "Elements marked “Not applicable” are left out of every calculation; they never "
            "count as zero.",
            "A recommendation's score is the mean level of its answered, applicable "
            "elements. A pillar's score is the mean of its scored recommendations, and the "
            "overall score is the mean of the scored pillars. The 0–1 scale is the score "
            "divided by 5.",
            "A recommendation's target is the mean target level of its applicable elements "
            "(or the current level where no target was set). Completion is the share of "
            "elements answered, “Not applicable” included.",
            "Scores are rounded to 4 decimals in the attached data and shown with 2 decimals "
            "in this report.",
        ),
        not_comparable=(
            "This is an institutional self-assessment. Its scores, the 0–1 scale included, "
            "are not comparable with the OECD Digital Government Index (DGI), which measures "
            "countries with a different method."
        ),
        page_of="Page {page} of {total}",
        footer_cycle="Cycle {cycle}",
        agency_types=MappingProxyType(
            {
                "ministry": "Ministry",
                "service": "Public service",
                "regional_government": "Regional government",
                "municipality": "Municipality",
                "other": "Other",
            }
        ),
    ),
}
