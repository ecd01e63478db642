"""The submission report's fixed texts in English (`ReportLabels.for_language("en")`)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

TEXTS: dict[str, Any] = dict(
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
            "autonomous": "Autonomous body",
            "other": "Other",
        }
    ),
)
