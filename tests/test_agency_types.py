"""Every agency type is one the framework packs know, and an agency of each type can submit."""

from __future__ import annotations

import pytest

from digigov_desktop.domain.evaluation import Agency, AgencyType, Person
from digigov_desktop.domain.framework import BODY_TYPES, load_framework
from digigov_desktop.domain.submission import build_payload, canonical_json, parse_payload
from digigov_desktop.reports.labels import ReportLabels
from digigov_desktop.services.evaluations import EvaluationService


def test_agency_types_are_the_packs_body_types():
    assert {str(kind) for kind in AgencyType} == set(BODY_TYPES)
    assert {b.id for b in load_framework(version="2.0.0").body_types} == set(BODY_TYPES)


@pytest.mark.parametrize("lang, name", [("es", "Órgano autónomo"), ("en", "Autonomous body")])
def test_reports_name_the_autonomous_body(lang, name):
    assert ReportLabels.for_language(lang).agency_type_name("autonomous") == name


def test_an_autonomous_body_submits_a_valid_payload(store):
    framework = load_framework(version="2.0.0")
    service = EvaluationService(store, actor="ana", framework=framework)
    cycle = service.setup(agency=Agency("CGR", "Contraloría General de la República",
                                        AgencyType.AUTONOMOUS, "CL-RM"),
                          year=2026, preparers=[Person("Ana Pérez", "Jefa TI")])
    status = service.status(cycle.id)
    assert status.evaluation.agency.type is AgencyType.AUTONOMOUS  # stored and read back
    payload = build_payload(status, submission_id="0b6a3f0e-1d5c-4c3e-9a55-2f1f4f0f2a10",
                            revision=1, supersedes=None, created_at="2026-06-30T12:00:00.000Z",
                            app_version="0.1.0", lang="es")
    assert parse_payload(canonical_json(payload))["agency"]["type"] == "autonomous"
