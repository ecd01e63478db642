"""Agency side: credentials, export with self-verification, revisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from campaign import AGENCY_PASS, CA_PASS, enrol

from digigov_desktop.domain import submission as payloads
from digigov_desktop.domain.evaluation import CycleState
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.export import ExportError, SubmissionExport, export_submission
from digigov_desktop.signing.credentials import CredentialError, TrustBundle
from digigov_desktop.signing.pades import read_payload
from digigov_desktop.signing.verify import RejectReason, verify_submission


def test_round_trip_payload_equals_store(agency, authority, tmp_path, framework):
    out = tmp_path / "out" / "envio.pdf"
    result = export_submission(agency.store, out=out, passphrase=AGENCY_PASS, lang="es")
    data = out.read_bytes()
    assert result.size == len(data) and data.startswith(b"%PDF-1.")
    verdict = verify_submission(data, TrustBundle.from_pem(authority.bundle_pem()),
                                parse_payload=payloads.parse_payload)
    assert verdict.reason is RejectReason.ACCEPTED, verdict.detail
    assert verdict.payload_sha256 == result.payload_sha256
    payload = json.loads(read_payload(data))
    service = EvaluationService(agency.store)
    cycle = service.current_cycle()
    status = service.status(cycle.id)
    assert cycle.state == CycleState.SUBMITTED
    assert payload["agency"]["code"] == "AG-0001"
    assert payload["revision"] == 1 and payload["supersedes"] is None
    for element_id, answer in status.evaluation.answers.items():
        assert payload["answers"][element_id]["level"] == answer.level
        assert payload["answers"][element_id]["rationale"] == answer.rationale
    assert payload["scores"]["overall"] == round(status.scores.overall.score, 4)
    assert len(payload["evidence"]) == len(status.evaluation.evidence)


def test_reexport_makes_a_new_revision(agency, tmp_path):
    first = export_submission(agency.store, out=tmp_path / "a.pdf", passphrase=AGENCY_PASS)
    service = EvaluationService(agency.store, actor="ana")
    service.save_answer(service.current_cycle().id, "R1.1", rationale="Revisado de nuevo.")
    second = export_submission(agency.store, out=tmp_path / "b.pdf", passphrase=AGENCY_PASS)
    assert second.submission_id == first.submission_id
    assert second.revision == 2
    payload = json.loads(read_payload((tmp_path / "b.pdf").read_bytes()))
    assert payload["supersedes"] == first.payload_sha256


def test_not_ready_is_refused_and_nothing_is_written(agency, tmp_path):
    service = EvaluationService(agency.store)
    service.save_answer(service.current_cycle().id, "R2.1", rationale="")
    out = tmp_path / "x.pdf"
    with pytest.raises(ExportError) as info:
        export_submission(agency.store, out=out, passphrase=AGENCY_PASS)
    assert info.value.code == "NOT_READY"
    assert [(i.code, i.element) for i in info.value.params["issues"]] == [
        ("MISSING_RATIONALE", "R2.1")]
    assert not out.exists() and list(tmp_path.glob("*.p*")) == []


def test_wrong_passphrase(agency, tmp_path):
    with pytest.raises(CredentialError) as info:
        export_submission(agency.store, out=tmp_path / "x.pdf", passphrase=b"nope")
    assert info.value.code == "WRONG_PASSPHRASE"
    assert list(tmp_path.glob("*.pdf")) == []


def test_revoked_credential_fails_the_self_check(authority, tmp_path):
    agency = enrol(authority, tmp_path, "AG-REVOKED")
    state = CredentialService(agency.store).state()
    authority.revoke(passphrase=CA_PASS, serial=state.serial)
    CredentialService(agency.store).install_trust_bundle(authority.bundle_pem())
    with pytest.raises(ExportError) as info:
        export_submission(agency.store, out=tmp_path / "x.pdf", passphrase=AGENCY_PASS)
    assert (info.value.code, info.value.params["reason"]) == ("SELF_CHECK_FAILED", "REVOKED")
    assert not (tmp_path / "x.pdf").exists()
    agency.store.close()


def test_credential_of_another_agency_is_refused(authority, agency):
    p12 = authority.issue_pkcs12(agency_code="AG-OTHER", agency_name="Otra", passphrase=CA_PASS,
                                 p12_passphrase=b"p")
    with pytest.raises(CredentialError) as info:
        CredentialService(agency.store).import_pkcs12(p12, passphrase=b"p", trust_pem=None)
    assert info.value.code == "WRONG_AGENCY"


def test_cancel_between_steps(agency, tmp_path):
    export = SubmissionExport(agency.store, out=tmp_path / "x.pdf", passphrase=AGENCY_PASS)
    steps = []
    with pytest.raises(ExportError) as info:
        for progress in export.run(cancelled=lambda: len(steps) >= 3):
            steps.append(progress.step)
    assert info.value.code == "CANCELLED" and steps == ["check", "payload", "report"]
    assert list(tmp_path.glob("*.p*")) == []  # neither the file nor a .part


def test_embedded_evidence(agency, tmp_path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    from digigov_desktop.signing.pades import find_attachment

    export_submission(agency.store, out=tmp_path / "e.pdf", passphrase=AGENCY_PASS,
                      embed_evidence=True)
    reader = PdfFileReader(open(tmp_path / "e.pdf", "rb"))
    service = EvaluationService(agency.store)
    evidence = service.evaluation(1).evidence
    assert evidence
    for item in evidence:
        found = find_attachment(reader, f"evidence/{item.element_id}/{item.file_name}")
        assert found == [service.evidence_content(item.id)]


def test_signed_pdf_text_shows_the_payload_scores(agency, tmp_path):
    """What a person reads in the signed file equals what a machine imports from it."""
    import shutil
    import subprocess

    from digigov_desktop.reports.labels import ReportLabels

    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: scripts/dev.sh test installs poppler-utils")
    out = tmp_path / "signed.pdf"
    result = export_submission(agency.store, out=out, passphrase=AGENCY_PASS, lang="en")
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    text = " ".join(text.replace("\u00a0", " ").split())
    payload = json.loads(read_payload(out.read_bytes()))
    labels = ReportLabels.for_language("en")
    assert result.payload_sha256 in text.replace(" ", "") or result.payload_sha256 in text
    assert labels.format_score(payload["scores"]["overall"]) in text
    for pillar in payload["scores"]["pillars"].values():
        assert labels.format_score(pillar["score"]) in text
    for rec_id, rec in payload["scores"]["recommendations"].items():
        assert labels.format_score(rec["score"]) in text, rec_id


def test_signed_file_identifies_itself_as_pdfa3b(agency, tmp_path):
    import re

    from pyhanko.pdf_utils.reader import PdfFileReader

    out = tmp_path / "a.pdf"
    export_submission(agency.store, out=out, passphrase=AGENCY_PASS, lang="es")
    reader = PdfFileReader(open(out, "rb"))
    root = reader.root
    intent = root["/OutputIntents"][0]
    assert (intent["/S"], str(intent["/OutputConditionIdentifier"])) == (
        "/GTS_PDFA1", "sRGB IEC61966-2.1")
    assert intent["/DestOutputProfile"]["/N"] == 3
    assert intent["/DestOutputProfile"].data[36:40] == b"acsp"  # a real ICC profile
    xmp = root["/Metadata"].data.decode("utf-8")
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    info = reader.trailer_view["/Info"]
    assert str(info["/Title"]) in xmp and str(info["/Author"]) in xmp
    assert re.search(r'pdf:Producer="([^"]*)"', xmp).group(1) == str(info["/Producer"])
    assert "/Keywords" not in info and "pdf:Keywords" in xmp
    assert reader.input_version == (1, 7) or root["/Version"] == "/1.7"


_PACK_THEN_EXPORT = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv.pop())  # the project (an embedded Python ignores PYTHONPATH)
from digigov_desktop.services.packs import install_pack
from digigov_desktop.storage.database import open_store
db, pack, out, passphrase = sys.argv[1:]
assert "pyhanko" not in sys.modules  # as in the window before its first export
with open_store(Path(db)) as store:
    install_pack(store, Path(pack).read_bytes(), actor="test")
    from digigov_desktop.services.export import export_submission  # loads pyHanko
    result = export_submission(store, out=Path(out), passphrase=passphrase.encode())
print(result.path.name)
"""


def test_a_pack_installed_before_the_first_export_leaves_signing_working(
        agency, authority, tmp_path):
    """An agency installs a signed pack, then exports, in one session (the GUI). Verifying
    the pack parsed CMS attributes with asn1crypto before pyHanko had loaded
    asn1crypto.tsp, which names `signing_certificate_v2`; asn1crypto builds its name map
    once, so signing then failed: "invalid literal for int() with base 10:
    'signing_certificate_v2'"."""
    import subprocess
    import sys

    import digigov_desktop
    from digigov_desktop.signing.packsign import sign_pack

    pack = tmp_path / "pack.dgpack"
    fixture = Path(__file__).parent.parent / "fixtures" / "packs" / "oecd-dgs-2014-1.5.0.json"
    pack.write_bytes(sign_pack(authority, {"framework.json": fixture.read_bytes()},
                               passphrase=CA_PASS))
    agency.store.close()
    done = subprocess.run(
        [sys.executable, "-c", _PACK_THEN_EXPORT, str(agency.path), str(pack),
         str(tmp_path / "envio.pdf"), AGENCY_PASS.decode(),
         str(Path(digigov_desktop.__file__).resolve().parent.parent)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "envio.pdf"
    assert verify_submission((tmp_path / "envio.pdf").read_bytes(),
                             TrustBundle.from_pem(authority.bundle_pem())).accepted
