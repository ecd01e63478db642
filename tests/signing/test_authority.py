"""The coordinator CA, end to end with the real signer and verifier."""

from __future__ import annotations

import datetime as dt
import json
import stat

import pytest
from cryptography import x509

from digigov_desktop import fileio
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.signing.credentials import (
    CredentialError,
    SignerMaterial,
    TrustBundle,
    agency_code_of,
    generate_key_and_csr,
    load_pkcs12,
)
from digigov_desktop.signing.pades import sign_submission
from digigov_desktop.signing.verify import RejectReason, verify_submission


def make_payload(*, agency_code: str) -> bytes:
    return json.dumps(
        {
            "schema": "urn:digigov:payload:1",
            "framework": {"id": "oecd-dgs-2014", "version": "1.0.0"},
            "agency": {"code": agency_code, "name": "Agencia"},
            "cycle": 2026,
        }
    ).encode()


PASS = b"correct horse battery staple"


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    return CertificateAuthority.init(
        tmp_path_factory.mktemp("ca") / "ca", name="Coordinación DigiGov", passphrase=PASS
    )


def _verify(ca, pdf, payload_agency, material):
    signed = sign_submission(pdf, make_payload(agency_code=payload_agency), material)
    return verify_submission(signed, TrustBundle.from_pem(ca.bundle_pem()))


def test_init_writes_an_encrypted_key_and_refuses_to_overwrite(ca):
    key = (ca.folder / "root-key.pem").read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in key
    if fileio.POSIX_PERMISSIONS:
        assert stat.S_IMODE((ca.folder / "root-key.pem").stat().st_mode) == 0o600
    assert ca.registry() == []
    assert ca.crl().next_update_utc > dt.datetime.now(dt.UTC) + dt.timedelta(days=150)
    assert not ca.crl_needs_reissue()
    assert "passphrase" in (ca.folder / "README-BACKUP.txt").read_text()
    with pytest.raises(CredentialError) as info:
        CertificateAuthority.init(ca.folder, name="again", passphrase=PASS)
    assert info.value.code == "CA_EXISTS"


def test_csr_route_ignores_what_the_csr_asks_and_verifies(ca, report_pdf):
    key_pem, csr_pem = generate_key_and_csr(
        agency_code="EVIL", agency_name="Someone else", passphrase=b"agency pass"
    )
    cert_pem = ca.issue_from_csr(
        csr_pem, agency_code="AG001", agency_name="Servicio Uno", passphrase=PASS
    )
    cert = x509.load_pem_x509_certificate(cert_pem)
    assert agency_code_of(cert) == "AG001"
    assert cert.issuer == ca.root.subject
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and ku.content_commitment and not ku.key_cert_sign
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days > 365 + 90
    material = SignerMaterial.from_pem(
        key_pem=key_pem, passphrase=b"agency pass", certificate_pem=cert_pem
    )
    verdict = _verify(ca, report_pdf, "AG001", material)
    assert verdict.reason == RejectReason.ACCEPTED, verdict.detail
    assert verdict.agency_code == "AG001"
    entry = ca.entry(cert.serial_number)
    assert (entry.agency_code, entry.route, entry.effective_status()) == ("AG001", "csr", "active")


def test_p12_route_and_revocation(ca, report_pdf):
    p12 = ca.issue_pkcs12(
        agency_code="AG002",
        agency_name="Municipalidad Dos",
        passphrase=PASS,
        p12_passphrase=b"sent separately",
    )
    material = load_pkcs12(p12, b"sent separately")
    assert material.agency_code == "AG002"
    assert _verify(ca, report_pdf, "AG002", material).reason == RejectReason.ACCEPTED
    revoked = ca.revoke(passphrase=PASS, agency_code="AG002", reason="key_compromise")
    assert [e.agency_code for e in revoked] == ["AG002"]
    assert ca.entry(material.certificate.serial_number).status == "revoked"
    assert (
        ca.crl().get_revoked_certificate_by_serial_number(material.certificate.serial_number)
        is not None
    )
    assert _verify(ca, report_pdf, "AG002", material).reason == RejectReason.REVOKED
    with pytest.raises(CredentialError) as info:
        ca.revoke(passphrase=PASS, agency_code="AG002")
    assert info.value.code == "NOT_FOUND"


def test_wrong_passphrase_changes_nothing(ca):
    before = (ca.folder / "registry.json").read_bytes()
    crl_before = (ca.folder / "crl.pem").read_bytes()
    with pytest.raises(CredentialError) as info:
        ca.issue_pkcs12(
            agency_code="AG003", agency_name="Tres", passphrase=b"wrong", p12_passphrase=b"x"
        )
    assert info.value.code == "WRONG_PASSPHRASE"
    with pytest.raises(CredentialError):
        ca.revoke(passphrase=b"wrong", agency_code="AG001")
    assert (ca.folder / "registry.json").read_bytes() == before
    assert (ca.folder / "crl.pem").read_bytes() == crl_before


def test_bad_csr(ca):
    with pytest.raises(CredentialError) as info:
        ca.issue_from_csr(
            b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
            agency_code="AG9",
            agency_name="x",
            passphrase=PASS,
        )
    assert info.value.code == "INVALID_CSR"


def test_reissued_crl_is_newer_and_keeps_revocations(ca):
    old = ca.crl()
    new = ca.reissue_crl(passphrase=PASS)
    number = new.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    assert number > old.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    assert len(list(new)) == len(list(old))
    assert ca.crl_needs_reissue(now=new.next_update_utc - dt.timedelta(days=10))


def test_registry_is_plain_json_and_reopens(ca):
    rows = json.loads((ca.folder / "registry.json").read_text())
    assert {r["agency_code"] for r in rows} >= {"AG001", "AG002"}
    again = CertificateAuthority(ca.folder)
    assert again.registry() == ca.registry()
    with pytest.raises(CredentialError) as info:
        CertificateAuthority(ca.folder.parent / "nowhere")
    assert info.value.code == "CA_NOT_FOUND"
