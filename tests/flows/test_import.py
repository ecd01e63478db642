"""Coordinator side: verified, idempotent import into the central store."""

from __future__ import annotations

import json
import shutil

import pytest
from campaign import AGENCY_PASS, CA_PASS, enrol

from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.export import export_submission
from digigov_desktop.services.import_ import Importer, summary
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.storage import central


@pytest.fixture
def central_store(new_central):
    """A fresh central store, once on SQLite and once on PostgreSQL."""
    store = central.open_central(new_central())
    yield store
    store.close()


def _import(store, authority, *paths):
    return [p.result for p in Importer(store, authority, actor="coord").run(paths)]


def test_accept_duplicate_and_reject(authority, central_store, tmp_path):
    agency = enrol(authority, tmp_path, "AG-IMP1", seed=4)
    good = tmp_path / "good.pdf"
    export_submission(agency.store, out=good, passphrase=AGENCY_PASS)
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(good.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    junk = tmp_path / "notes.pdf"
    junk.write_text("hello")
    results = _import(central_store, authority, good, good, tampered, junk, tmp_path / "gone.pdf")
    # `good` twice on the command line is collected once; import it again below
    assert [r.outcome for r in results] == ["ACCEPTED", "MODIFIED", "NOT_PDF", "UNREADABLE"]
    again = _import(central_store, authority, good)
    assert [r.outcome for r in again] == ["DUPLICATE"]
    assert central.count(central_store, "submission") == 1
    assert central.count(central_store, "import_log") == 5
    row = central.counting_submissions(central_store)[0]
    status = EvaluationService(agency.store).status(1)
    assert row["agency_code"] == "AG-IMP1"
    assert row["overall"] == pytest.approx(status.scores.overall.score, abs=1e-4)
    stored = central.file_content(central_store, row["file_sha256"])
    assert stored == good.read_bytes()
    s = summary(results + again)
    assert (s["accepted"], s["duplicates"], len(s["rejected"])) == (1, 1, 3)
    assert s["rejected"][0] == {"file": str(tampered), "reason": "MODIFIED",
                                "message": "The file was changed after it was signed."}
    agency.store.close()


def test_revisions_supersede_and_late_ones_are_stale(authority, central_store, tmp_path,
                                                    new_central):
    agency = enrol(authority, tmp_path, "AG-REV", seed=5)
    first, second = tmp_path / "r1.pdf", tmp_path / "r2.pdf"
    export_submission(agency.store, out=first, passphrase=AGENCY_PASS)
    service = EvaluationService(agency.store)
    service.save_answer(1, "R4.1", level=5, rationale="Mejoramos", target=5,
                        override_justification="Resolución exenta que lo respalda")
    service.add_evidence(1, "R4.1", content=b"informe", file_name="informe.txt")
    export_submission(agency.store, out=second, passphrase=AGENCY_PASS)
    results = _import(central_store, authority, second, first)
    assert [r.outcome for r in results] == ["ACCEPTED", "STALE_REVISION"]
    counting = central.counting_submissions(central_store)
    assert [(r["agency_code"], r["revision"]) for r in counting] == [("AG-REV", 2)]

    central2 = central.open_central(new_central("c2"))
    results = _import(central2, authority, first, second)
    assert [r.outcome for r in results] == ["ACCEPTED", "ACCEPTED"]
    assert results[1].superseded == 1
    assert [(r["revision"]) for r in central.counting_submissions(central2)] == [2]
    central2.close()
    agency.store.close()


def test_revoked_foreign_unregistered(authority, central_store, tmp_path):
    revoked = enrol(authority, tmp_path, "AG-RVK", seed=6)
    export_submission(revoked.store, out=tmp_path / "rvk.pdf", passphrase=AGENCY_PASS)
    authority.revoke(passphrase=CA_PASS, agency_code="AG-RVK")

    # a forger's CA with exactly our name; their agency code is a registered one
    foreign_ca = CertificateAuthority.init(tmp_path / "foreign", name=authority.name,
                                           passphrase=CA_PASS)
    forged = enrol(foreign_ca, tmp_path, "AG-0001", seed=7)
    export_submission(forged.store, out=tmp_path / "forged.pdf", passphrase=AGENCY_PASS)
    results = _import(central_store, authority, tmp_path / "rvk.pdf", tmp_path / "forged.pdf")
    assert [r.outcome for r in results] == ["REVOKED", "UNTRUSTED"]
    assert central.count(central_store, "submission") == 0
    revoked.store.close()
    forged.store.close()


def test_a_file_from_a_newer_version_says_so_and_changes_nothing(authority, central_store,
                                                                  tmp_path):
    """A genuine file whose payload is in a later format than this coordinator reads (a
    newer DigiGov Desktop wrote it): rejected as PAYLOAD_NEWER, asking for the update,
    nothing stored; the same agency's current file imports."""
    import io
    import uuid

    from reportlab.pdfgen import canvas

    from digigov_desktop.domain.submission import canonical_json
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.signing.pades import read_payload, sign_submission

    agency = enrol(authority, tmp_path, "AG-NEW", seed=3)
    good = tmp_path / "good.pdf"
    export_submission(agency.store, out=good, passphrase=AGENCY_PASS)
    payload = json.loads(read_payload(good.read_bytes()))
    payload.update(schema="urn:digigov:payload:3", submission_id=str(uuid.uuid4()))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "DigiGov Desktop 9")
    page.save()
    newer = tmp_path / "newer.pdf"
    newer.write_bytes(sign_submission(buffer.getvalue(), canonical_json(payload),
                                      CredentialService(agency.store).signer(AGENCY_PASS)))
    [refused] = _import(central_store, authority, newer)
    assert refused.outcome == "PAYLOAD_NEWER"
    assert summary([refused], lang="es")["rejected"][0]["message"] == (
        "El archivo fue escrito por una versión más reciente de DigiGov Desktop; actualice "
        "DigiGov Desktop en este equipo y vuelva a intentarlo.")
    assert central.count(central_store, "submission") == 0
    assert central.count(central_store, "stored_file") == 0
    [log] = central.import_log(central_store)
    assert log["outcome"] == "PAYLOAD_NEWER" and "urn:digigov:payload:3" in log["message"]
    assert [r.outcome for r in _import(central_store, authority, good)] == ["ACCEPTED"]
    agency.store.close()


def test_certificate_not_in_registry_is_unregistered(authority, central_store, tmp_path):
    agency = enrol(authority, tmp_path, "AG-UNREG", seed=8)
    export_submission(agency.store, out=tmp_path / "u.pdf", passphrase=AGENCY_PASS)
    registry = authority.folder / "registry.json"
    saved = registry.read_bytes()
    rows = [r for r in json.loads(saved) if r["agency_code"] != "AG-UNREG"]
    registry.write_text(json.dumps(rows))
    try:
        results = _import(central_store, authority, tmp_path / "u.pdf")
    finally:
        registry.write_bytes(saved)
    assert [r.outcome for r in results] == ["UNREGISTERED"]
    agency.store.close()


def test_folder_import_is_recursive_and_only_takes_pdfs(authority, central_store, tmp_path):
    agency = enrol(authority, tmp_path, "AG-DIR", seed=9)
    inbox = tmp_path / "inbox" / "usb" / "deep"
    inbox.mkdir(parents=True)
    export_submission(agency.store, out=inbox / "ENVIO.PDF", passphrase=AGENCY_PASS)
    (inbox / "readme.txt").write_text("not a submission")
    shutil.copy(inbox / "ENVIO.PDF", tmp_path / "inbox" / "copy.pdf")
    results = _import(central_store, authority, tmp_path / "inbox")
    assert sorted(r.outcome for r in results) == ["ACCEPTED", "DUPLICATE"]
    agency.store.close()


def test_cancel_stops_between_files(authority, central_store, tmp_path):
    agency = enrol(authority, tmp_path, "AG-CAN", seed=10)
    for i in range(3):
        export_submission(agency.store, out=tmp_path / f"{i}.pdf", passphrase=AGENCY_PASS)
    done = []
    for progress in Importer(central_store, authority).run(
            sorted(tmp_path.glob("*.pdf")), cancelled=lambda: len(done) >= 1):
        done.append(progress)
    assert len(done) == 1 and done[0].total == 3
    assert central.count(central_store, "import_log") == 1
    agency.store.close()
