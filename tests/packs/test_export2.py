"""A format-2 evaluation exported as a signed PDF: criteria met, override justification,
legal layer and scoring rule are in the report; the payload carries them; it verifies."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from pack_helpers import CA_PASS, PACK

from digigov_desktop.domain import submission as payloads
from digigov_desktop.domain.framework import framework_known
from digigov_desktop.services import packs
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.export import export_submission
from digigov_desktop.signing.credentials import TrustBundle
from digigov_desktop.signing.pades import read_payload
from digigov_desktop.signing.verify import RejectReason, verify_submission

AGENCY_PASS = b"agency passphrase"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_exported_pdf_shows_criteria_met_and_the_override(tmp_path, our_ca, pack15):
    path = tmp_path / "agency.sqlite"
    store = create_demo(path, agency_code="AG-77", agency_name="Servicio 77", year=2026,
                        framework=pack15, seed=3)
    credentials = CredentialService(store, actor="t")
    csr = credentials.request(passphrase=AGENCY_PASS)
    cert = our_ca.issue_from_csr(csr, agency_code="AG-77", agency_name="Servicio 77",
                                 passphrase=CA_PASS)
    credentials.install_certificate(cert, trust_pem=our_ca.bundle_pem())
    data, _ = packs.sign_pack_folder(our_ca.folder, PACK, passphrase=CA_PASS)
    packs.install_pack(store, data, actor="t")
    service = EvaluationService(store, actor="ana")
    cycle = service.current_cycle()
    element = pack15.element("R5.1")
    answer = service.answer(cycle.id, "R5.1")
    chosen = 5 if answer.level != 5 else 4
    service.save_answer(cycle.id, "R5.1", level=chosen,
                        override_justification="Acta N° 12 del comité de transformación.")
    if chosen >= 3 and not service.evidence(cycle.id, "R5.1"):
        service.add_evidence(cycle.id, "R5.1", content=b"acta", file_name="acta.txt")
    out = tmp_path / "envio.pdf"
    export_submission(store, out=out, passphrase=AGENCY_PASS, lang="es")
    pdf = out.read_bytes()
    verdict = verify_submission(pdf, TrustBundle.from_pem(our_ca.bundle_pem()),
                                parse_payload=payloads.parse_payload,
                                framework_known=framework_known)
    assert verdict.reason is RejectReason.ACCEPTED, verdict.detail
    payload = json.loads(read_payload(pdf))
    assert payload["schema"] == "urn:digigov:payload:2"
    assert payload["framework"]["sha256"] == pack15.sha256
    assert payload["answers"]["R5.1"]["override_justification"].startswith("Acta N° 12")
    ticked = payload["answers"]["R5.1"]["criteria"]
    assert ticked and all(c.startswith("R5.1-") for c in ticked)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Criterios cumplidos" in flat
    first = element.criteria_at(1)[0].text.es
    assert first.rstrip(".") in flat
    assert "Nivel elegido con justificación" in flat and "Acta N° 12 del comité" in flat
    assert "Deberes legales" in flat and "Ley de prueba 1" in flat
    assert "Regla de puntuación" in flat and "SHA-256 del paquete" in flat
    assert pack15.sha256 in flat.replace(" ", "") or pack15.sha256[:32] in flat.replace(" ", "")
    store.close()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "3", "-l", "12", str(out),
                        str(tmp_path / "page")], check=True)
