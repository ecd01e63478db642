"""The submission report's fixed texts in Spanish (`ReportLabels.for_language("es")`)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

TEXTS: dict[str, Any] = dict(
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
            "autonomous": "Órgano autónomo",
            "other": "Otra",
        }
    ),
)
