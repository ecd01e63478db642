"""Signed receipts: the coordinator certifies an accepted submission, the agency installs it;
everything that is not exactly that is refused with a reason."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import uuid

import pytest
from campaign import AGENCY_PASS, CA_PASS, enrol, imported_central, with_new_title

from digigov_desktop import cli
from digigov_desktop.domain import receipt as receipts
from digigov_desktop.domain.submission import canonical_json
from digigov_desktop.messages import message
from digigov_desktop.reports.receipt_pdf import ReceiptDocument, ReceiptLabels, render_receipt
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.export import export_submission
from digigov_desktop.services.import_ import Importer
from digigov_desktop.services.receipts import (
    ReceiptError,
    ReceiptIssuer,
    install_receipt,
)
from digigov_desktop.signing.authority import COORDINATOR_CODE, CertificateAuthority
from digigov_desktop.signing.credentials import CredentialError
from digigov_desktop.signing.pades import read_payload, sign_submission
from digigov_desktop.storage import central
from digigov_desktop.storage import submissions as agency_rows


@pytest.fixture(scope="module")
def central_store(tmp_path_factory, module_central_backend, request):
    """The campaign imported once per module on each backend (SQLite: the shared one)."""
    with imported_central(tmp_path_factory, module_central_backend, request) as store:
        yield store


@pytest.fixture(scope="module")
def issuer(campaign, central_store):
    return ReceiptIssuer(central_store, campaign.authority, passphrase=CA_PASS, actor="coord")


def _counting(central_store, code: str) -> dict:
    return next(r for r in central.counting_submissions(central_store) if r["agency_code"] == code)


def _sign(signer, receipt: dict) -> bytes:
    """A receipt-shaped PDF carrying `receipt` (valid or not), signed by `signer`."""
    page = render_receipt(ReceiptDocument(
        agency_code=str(receipt.get("for_agency")), agency_name="x", cycle=2026,
        submission_id=str(receipt.get("submission_id")), revision=1, accepted_at="",
        payload_sha256="", file_sha256="", coordinator="x", issued_at="2026-01-01T00:00:00Z",
    ), ReceiptLabels.for_language("en"))
    return sign_submission(page, canonical_json(receipt), signer,
                           payload_name=receipts.RECEIPT_NAME)


def _refused(store, data: bytes, code: str, **kwargs) -> ReceiptError:
    audit_before = store.query_one("SELECT count(*) AS n FROM audit")["n"]
    receipts_before = store.query("SELECT submission_id, revision, receipt FROM submission")
    with pytest.raises(ReceiptError) as caught:
        install_receipt(store, data, **kwargs)
    assert caught.value.code == code, caught.value
    assert store.query_one("SELECT count(*) AS n FROM audit")["n"] == audit_before
    assert store.query("SELECT submission_id, revision, receipt FROM submission") == \
        receipts_before
    return caught.value


def test_round_trip_through_the_cli(campaign, central_store, tmp_path, capsys):
    row = _counting(central_store, "AG-03")
    secret = tmp_path / "ca-pass.txt"
    secret.write_bytes(CA_PASS + b"\n")
    out = tmp_path / "acuse AG-03.pdf"
    code = cli.main(["receipt", "issue", "--central", str(central_store.path), "--ca",
                     str(campaign.authority.folder), "--submission", row["submission_id"],
                     "--out", str(out), "--passphrase-file", str(secret)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    data = out.read_bytes()
    payload = json.loads(read_payload(data, receipts.RECEIPT_NAME))
    assert payload == {
        "schema": "urn:digigov:receipt:1", "submission_id": row["submission_id"],
        "revision": row["revision"], "payload_sha256": row["payload_sha256"],
        "file_sha256": row["file_sha256"], "agency": {"code": "COORDINATOR"},
        "for_agency": "AG-03", "framework": {"id": row["framework_id"],
                                             "version": row["framework_version"]},
        "cycle": row["cycle"], "accepted_at": row["imported_at"],
        "issued_at": payload["issued_at"], "coordinator": campaign.authority.name,
    }
    recorded = central_store.query_one("SELECT * FROM receipt WHERE submission = ?", [row["id"]])
    assert recorded["receipt_sha256"] == hashlib.sha256(data).hexdigest()
    # the receipt certificate was made on first use, registered, and is not an agency
    entries = [e for e in campaign.authority.registry() if e.agency_code == COORDINATOR_CODE]
    assert len(entries) == 1 and entries[0].route == "receipt" and not entries[0].is_agency
    key_pem = (campaign.authority.folder / "receipt-key.pem").read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in key_pem
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Acuse de recibo" in text and row["submission_id"] in text
    assert "Municipalidad de Ñuñoa — sede 03 (AG-03)" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts

    agency_db = campaign.agencies["AG-03"].path
    store = campaign.agencies["AG-03"].store
    installed = "SELECT count(*) AS n FROM audit WHERE action = 'submission.receipt'"
    before = store.query_one(installed)["n"]  # the module runs once per backend
    assert cli.main(["--lang", "en", "receipt", "install", "--db", str(agency_db),
                     str(out)]) == 0
    assert "Receipt installed" in capsys.readouterr().out
    rows = agency_rows.of_cycle(store, 1)
    assert rows[-1]["receipt"] == payload
    assert store.query_one(installed)["n"] == before + 1
    assert cli.main(["--lang", "es", "receipt", "install", "--db", str(agency_db),
                     str(out)]) == 0
    assert "El acuse ya estaba instalado" in capsys.readouterr().out


def test_older_revisions_have_receipts_too(campaign, central_store, issuer):
    latest = _counting(central_store, "AG-02")
    assert latest["revision"] == 3
    newest = issuer.issue(latest["submission_id"])
    assert newest.receipt["revision"] == 3
    first = issuer.issue(latest["submission_id"], revision=1)
    store = campaign.agencies["AG-02"].store
    for issued in (first, newest):
        done = install_receipt(store, issued.pdf, actor="test")
        assert (done.revision, done.already_installed) == (issued.receipt["revision"], False)
    got = {r["revision"]: r["receipt"] for r in agency_rows.of_cycle(store, 1)}
    assert got[1]["revision"] == 1 and got[2] is None and got[3]["revision"] == 3
    with pytest.raises(ReceiptError) as caught:
        issuer.issue(latest["submission_id"], revision=2)  # arrived late: never accepted
    assert caught.value.code == "SUBMISSION_NOT_FOUND"


def test_files_that_are_not_intact_signed_receipts(campaign, central_store, issuer):
    row = _counting(central_store, "AG-05")
    good = issuer.issue(row["submission_id"]).pdf
    store = campaign.agencies["AG-05"].store
    flipped = bytearray(good)
    flipped[len(flipped) // 3] ^= 0x01
    assert _refused(store, bytes(flipped), "RECEIPT_INVALID").params["reason"] in (
        "MODIFIED", "SIGNATURE_CORRUPT", "DAMAGED")
    assert _refused(store, with_new_title(good, "otro"), "RECEIPT_INVALID").params["reason"] == \
        "NOT_WHOLE_FILE"
    assert _refused(store, good[: len(good) // 2], "RECEIPT_INVALID").params["reason"] == \
        "DAMAGED"
    assert _refused(store, b"receipt: trust me", "RECEIPT_INVALID").params["reason"] == \
        "NOT_PDF"
    # a submission file is not a receipt (and its signer is not the coordinator)
    submission = (campaign.inbox / "AG-05.pdf").read_bytes()
    _refused(store, submission, "RECEIPT_NOT_SIGNED_BY_COORDINATOR")
    assert install_receipt(store, good).submission_id == row["submission_id"]


def test_receipts_not_signed_by_this_coordinator(campaign, central_store, issuer):
    row = _counting(central_store, "AG-01")
    genuine = json.loads(read_payload(issuer.issue(row["submission_id"]).pdf,
                                      receipts.RECEIPT_NAME))
    store = campaign.agencies["AG-01"].store
    agency_signer = CredentialService(store).signer(AGENCY_PASS)
    _refused(store, _sign(agency_signer, genuine), "RECEIPT_NOT_SIGNED_BY_COORDINATOR")
    own = {**genuine, "agency": {"code": "AG-01"}}
    _refused(store, _sign(agency_signer, own), "RECEIPT_NOT_SIGNED_BY_COORDINATOR")
    # a newer format changes nothing of that: who signed is checked first
    _refused(store, _sign(agency_signer, {**genuine, "schema": "urn:digigov:receipt:2"}),
             "RECEIPT_NOT_SIGNED_BY_COORDINATOR")
    # the forger's CA has the coordinator's name, and a receipt certificate of its own
    forger = campaign.foreign.receipt_signer(passphrase=CA_PASS)
    assert forger.agency_code == COORDINATOR_CODE
    error = _refused(store, _sign(forger, genuine), "RECEIPT_NOT_SIGNED_BY_COORDINATOR")
    assert error.params["reason"] == "UNTRUSTED"


def test_coordinator_receipts_that_match_nothing_here(campaign, central_store, issuer):
    row = _counting(central_store, "AG-06")
    genuine = json.loads(read_payload(issuer.issue(row["submission_id"]).pdf,
                                      receipts.RECEIPT_NAME))
    signer = issuer.signer()
    store = campaign.agencies["AG-06"].store
    other = campaign.agencies["AG-09"].store
    _refused(other, _sign(signer, genuine), "RECEIPT_UNKNOWN_SUBMISSION")
    _refused(store, _sign(signer, {**genuine, "submission_id": str(uuid.uuid4())}),
             "RECEIPT_UNKNOWN_SUBMISSION")
    _refused(store, _sign(signer, {**genuine, "revision": 7}), "RECEIPT_UNKNOWN_SUBMISSION")
    _refused(store, _sign(signer, {**genuine, "payload_sha256": "0" * 64}),
             "RECEIPT_PAYLOAD_MISMATCH")
    _refused(store, _sign(signer, {**genuine, "file_sha256": "1" * 64}),
             "RECEIPT_PAYLOAD_MISMATCH")
    _refused(store, _sign(signer, {**genuine, "for_agency": "AG-09"}), "RECEIPT_WRONG_AGENCY")
    error = _refused(store, _sign(signer, {**genuine, "note": "extra"}), "RECEIPT_INVALID")
    assert error.params["reason"] == "PAYLOAD_INVALID"
    # a receipt of a newer coordinator's format: update, not damage; nothing changes
    newer = _refused(store, _sign(signer, {**genuine, "schema": "urn:digigov:receipt:2",
                                           "added in format 2": True}), "RECEIPT_NEWER")
    assert newer.params["reason"] == "PAYLOAD_NEWER" and "receipt:2" in str(newer)
    assert message("RECEIPT_NEWER", "es").startswith(
        "El acuse de recibo fue emitido por una versión más reciente de DigiGov Desktop")
    for schema in ("urn:digigov:receipt:0", "urn:digigov:receipt:2b", "urn:other:receipt:2"):
        _refused(store, _sign(signer, {**genuine, "schema": schema}), "RECEIPT_INVALID")
    # an out-of-date revocation list at the agency: refused until the bundle is renewed
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=200)
    _refused(store, _sign(signer, genuine), "RECEIPT_TRUST_OUTDATED", now=later)
    assert install_receipt(store, _sign(signer, genuine)).already_installed is False


def test_cli_refusal_exit_code_and_message(campaign, central_store, issuer, tmp_path, capsys):
    row = _counting(central_store, "AG-10")
    path = tmp_path / "r.pdf"
    path.write_bytes(issuer.issue(row["submission_id"]).pdf)
    code = cli.main(["--lang", "es", "receipt", "install", "--db",
                     str(campaign.agencies["AG-11"].path), str(path)])
    assert code == 3
    assert "nunca exportó" in capsys.readouterr().err
    missing = cli.main(["--lang", "en", "receipt", "issue", "--central",
                        str(central_store.path), "--ca",
                        str(campaign.authority.folder), "--submission", str(uuid.uuid4()),
                        "--out", str(tmp_path / "none.pdf"), "--passphrase-file",
                        str(_secret(tmp_path))])
    assert missing == 4 and "no accepted submission" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()


def _secret(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_bytes(CA_PASS)
    return path


def test_no_trust_bundle(tmp_path):
    store = create_demo(tmp_path / "fresh.sqlite", agency_code="AG-NEW")
    with pytest.raises(ReceiptError) as caught:
        install_receipt(store, b"%PDF-1.7")
    assert caught.value.code == "NO_TRUST_BUNDLE"
    store.close()


def test_reserved_code_revocation_and_renewal(tmp_path, capsys):
    ca = CertificateAuthority.init(tmp_path / "ca", name="Coordinación R", passphrase=CA_PASS)
    for code in ("COORDINATOR", "coordinator"):
        with pytest.raises(CredentialError) as caught:
            ca.issue_pkcs12(agency_code=code, agency_name="x", passphrase=CA_PASS,
                            p12_passphrase=b"p")
        assert caught.value.code == "RESERVED_AGENCY_CODE"
    assert cli.main(["--lang", "en", "ca", "issue", "--dir", str(ca.folder), "--agency-code",
                     "COORDINATOR",
                     "--agency-name", "x", "--p12", str(tmp_path / "x.p12"),
                     "--passphrase-file", str(_secret(tmp_path)),
                     "--p12-passphrase-file", str(_secret(tmp_path))]) == 4
    assert "reserved for the coordinator" in capsys.readouterr().err

    agency = enrol(ca, tmp_path, "AG-R1", seed=3)
    export_submission(agency.store, out=tmp_path / "s.pdf", passphrase=AGENCY_PASS)
    store = central.open_central(tmp_path / "central.sqlite")
    [result] = [p.result for p in Importer(store, ca).run([tmp_path / "s.pdf"])]
    first = ReceiptIssuer(store, ca, passphrase=CA_PASS).issue(result.submission_id)
    assert install_receipt(agency.store, first.pdf).already_installed is False
    with pytest.raises(CredentialError) as caught:
        ReceiptIssuer(store, ca, passphrase=b"wrong").issue(result.submission_id)
    assert caught.value.code == "WRONG_PASSPHRASE"

    old = ca.receipt_signer(passphrase=CA_PASS).certificate.serial_number
    ca.revoke(passphrase=CA_PASS, serial=old, reason="key_compromise")
    CredentialService(agency.store).install_trust_bundle(ca.bundle_pem())
    _refused(agency.store, first.pdf, "RECEIPT_SIGNER_REVOKED")
    renewed = ReceiptIssuer(store, ca, passphrase=CA_PASS).issue(result.submission_id)
    signer = ca.receipt_signer(passphrase=CA_PASS)
    assert signer.certificate.serial_number != old
    assert install_receipt(agency.store, renewed.pdf).submission_id == result.submission_id

    # the receipt certificate can never sign a submission that the coordinator imports
    payload = json.loads(read_payload((tmp_path / "s.pdf").read_bytes()))
    payload["agency"]["code"] = COORDINATOR_CODE
    payload["submission_id"] = str(uuid.uuid4())
    page = render_receipt(ReceiptDocument("x", "x", 2026, "x", 1, "", "", "", "x", ""),
                          ReceiptLabels.for_language("es"))
    forged = tmp_path / "coordinator-submission.pdf"
    forged.write_bytes(sign_submission(page, canonical_json(payload), signer))
    [refused] = [p.result for p in Importer(store, ca).run([forged])]
    assert refused.outcome == "UNREGISTERED"
    store.close()
    agency.store.close()


GOOD = {
    "schema": "urn:digigov:receipt:1", "submission_id": "0b9c4c1e-3f7a-4f55-9d7e-2a8e5e0c1d2f",
    "revision": 2, "payload_sha256": "a" * 64, "file_sha256": "b" * 64,
    "agency": {"code": "COORDINATOR"}, "for_agency": "AG-01",
    "framework": {"id": "oecd-dgs-2014", "version": "1.0.0"}, "cycle": 2026,
    "accepted_at": "2026-03-01T10:00:00.123Z", "issued_at": "2026-03-02T09:00:00Z",
    "coordinator": "Coordinación",
}


def test_receipt_payload_schema():
    assert receipts.parse_receipt(canonical_json(GOOD)) == GOOD
    assert receipts.build_receipt(
        submission_id=GOOD["submission_id"], revision=2, payload_sha256="a" * 64,
        file_sha256="b" * 64, for_agency="AG-01", framework_id="oecd-dgs-2014",
        framework_version="1.0.0", cycle=2026, accepted_at=GOOD["accepted_at"],
        issued_at=GOOD["issued_at"], coordinator="Coordinación") == GOOD
    bad = [
        {"schema": "urn:digigov:payload:1"}, {"submission_id": "not-a-uuid"},
        {"revision": 0}, {"revision": True}, {"revision": "2"}, {"payload_sha256": "A" * 64},
        {"file_sha256": "b" * 63}, {"agency": {"code": "AG-01"}},
        {"agency": {"code": "COORDINATOR", "name": "x"}}, {"for_agency": "COORDINATOR"},
        {"for_agency": "bad code"}, {"framework": {"id": "x"}}, {"cycle": 1999},
        {"accepted_at": "yesterday"}, {"issued_at": None}, {"coordinator": " "},
        {"accepted_at": "２０２６-03-01T10:00:00Z"},  # other scripts' digits are not digits
        {"issued_at": GOOD["issued_at"] + "\n"}, {"extra": 1},
    ]
    for change in bad:
        with pytest.raises(receipts.ReceiptPayloadError):
            receipts.parse_receipt(canonical_json({**GOOD, **change}))
    missing = dict(GOOD)
    del missing["cycle"]
    for data in (canonical_json(missing), b"[]", b"\xff", b'{"a": NaN}'):
        with pytest.raises(ValueError):
            receipts.parse_receipt(data)


def test_every_new_code_has_a_message_in_both_languages():
    from digigov_desktop.messages import MESSAGES

    codes = [
        "RESERVED_AGENCY_CODE", "SUBMISSION_NOT_FOUND", "RECEIPT_SELF_CHECK_FAILED",
        "RECEIPT_INVALID", "RECEIPT_PAYLOAD_INVALID", "RECEIPT_NEWER",
        "RECEIPT_NOT_SIGNED_BY_COORDINATOR",
        "RECEIPT_SIGNER_REVOKED", "RECEIPT_SIGNER_EXPIRED", "RECEIPT_TRUST_OUTDATED",
        "RECEIPT_UNKNOWN_SUBMISSION", "RECEIPT_PAYLOAD_MISMATCH", "RECEIPT_WRONG_AGENCY",
        "NO_TRUST_BUNDLE", "NO_SUBMISSIONS", "COMPARE_NEEDS_CYCLE", "WRITE_FAILED",
    ]
    for code in codes:
        assert set(MESSAGES[code]) == {"en", "es"}, code
        assert all(text.strip() for text in MESSAGES[code].values()), code
