"""Tests for agency credentials: key/CSR generation, key and PKCS#12 loading, trust bundles."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from digigov_desktop.errors import DigigovError
from digigov_desktop.signing.credentials import (
    AGENCY_CODE_PREFIX,
    CredentialError,
    SignerMaterial,
    TrustBundle,
    agency_code_of,
    agency_subject,
    check_certificate_matches_key,
    generate_key_and_csr,
    load_pkcs12,
    load_private_key,
)

if TYPE_CHECKING:
    from conftest import SigningPKI

PASS = b"correct horse battery staple"
BAD_CERT_PEM = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"


@pytest.fixture(scope="module")
def generated() -> tuple[bytes, bytes]:
    """One freshly generated agency key + CSR (RSA-3072 is slow: once per module)."""
    return generate_key_and_csr(
        agency_code="AG042", agency_name="Agencia Cuarenta y Dos", passphrase=PASS
    )


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


# --------------------------------------------------------------------------- key + CSR


def test_generated_key_is_encrypted_rsa_3072(generated: tuple[bytes, bytes]) -> None:
    key_pem, _ = generated
    assert key_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    key = load_private_key(key_pem, PASS)
    assert key.key_size == 3072


def test_csr_carries_name_and_agency_code(generated: tuple[bytes, bytes]) -> None:
    key_pem, csr_pem = generated
    csr = x509.load_pem_x509_csr(csr_pem)
    assert csr.is_signature_valid
    common_name = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert common_name == "Agencia Cuarenta y Dos"
    serial_attr = csr.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    assert serial_attr == f"{AGENCY_CODE_PREFIX}AG042"
    assert agency_code_of(csr) == "AG042"
    key = load_private_key(key_pem, PASS)
    assert csr.public_key().public_numbers() == key.public_key().public_numbers()


def test_wrong_passphrase_is_reported(generated: tuple[bytes, bytes]) -> None:
    with pytest.raises(CredentialError) as err:
        load_private_key(generated[0], b"wrong")
    assert err.value.code == "WRONG_PASSPHRASE"
    assert isinstance(err.value, DigigovError)


def test_empty_passphrase_is_wrong_for_an_encrypted_key(generated: tuple[bytes, bytes]) -> None:
    with pytest.raises(CredentialError) as err:
        load_private_key(generated[0], b"")
    assert err.value.code == "WRONG_PASSPHRASE"


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"agency_code": "AG 1", "agency_name": "X", "passphrase": PASS}, "INVALID_AGENCY_CODE"),
        ({"agency_code": "", "agency_name": "X", "passphrase": PASS}, "INVALID_AGENCY_CODE"),
        ({"agency_code": "AG1", "agency_name": "  ", "passphrase": PASS}, "INVALID_AGENCY_NAME"),
        ({"agency_code": "AG1", "agency_name": "X", "passphrase": b""}, "EMPTY_PASSPHRASE"),
    ],
)
def test_generate_rejects_bad_input(kwargs: dict, code: str) -> None:
    with pytest.raises(CredentialError) as err:
        generate_key_and_csr(**kwargs)
    assert err.value.code == code


def test_long_agency_names_are_cut_to_a_valid_cn() -> None:
    name = agency_subject(agency_code="AG1", agency_name="Ministerio " * 20)
    assert len(name.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value) == 64


def test_unencrypted_and_garbage_keys_are_refused(pki: SigningPKI) -> None:
    plain = pki.agency_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(CredentialError) as err:
        load_private_key(plain, PASS)
    assert err.value.code == "KEY_NOT_ENCRYPTED"
    with pytest.raises(CredentialError) as err:
        load_private_key(b"not a key at all", PASS)
    assert err.value.code == "INVALID_KEY"


def test_non_rsa_keys_are_unsupported() -> None:
    ec_pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASS),
    )
    with pytest.raises(CredentialError) as err:
        load_private_key(ec_pem, PASS)
    assert err.value.code == "UNSUPPORTED_KEY"


# --------------------------------------------------------------------------- cert <-> key


def test_certificate_matches_its_key(pki: SigningPKI) -> None:
    cert = check_certificate_matches_key(_pem(pki.agency.certificate), pki.agency_key)
    assert cert == pki.agency.certificate


def test_certificate_of_another_key_is_a_mismatch(pki: SigningPKI) -> None:
    with pytest.raises(CredentialError) as err:
        check_certificate_matches_key(_pem(pki.agency.certificate), pki.root_key)
    assert err.value.code == "CERT_KEY_MISMATCH"
    with pytest.raises(CredentialError) as err:
        SignerMaterial(private_key=pki.root_key, certificate=pki.agency.certificate)
    assert err.value.code == "CERT_KEY_MISMATCH"


def test_garbage_certificate_is_invalid(pki: SigningPKI) -> None:
    with pytest.raises(CredentialError) as err:
        check_certificate_matches_key(BAD_CERT_PEM, pki.agency_key)
    assert err.value.code == "INVALID_CERTIFICATE"


def test_signer_material_from_pem_files(pki: SigningPKI, tmp_path: Path) -> None:
    key_path = tmp_path / "agency.key.pem"
    key_path.write_bytes(
        pki.agency_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASS),
        )
    )
    (tmp_path / "agency.crt").write_bytes(_pem(pki.agency.certificate))
    (tmp_path / "chain.pem").write_bytes(_pem(pki.root))
    material = SignerMaterial.from_pem(
        key_pem=key_path.read_bytes(),
        passphrase=PASS,
        certificate_pem=(tmp_path / "agency.crt").read_bytes(),
        chain_pem=(tmp_path / "chain.pem").read_bytes(),
    )
    assert material.agency_code == "AG001"
    assert material.chain == (pki.root,)


# --------------------------------------------------------------------------- agency code


def _cert_with_subject(pki: SigningPKI, subject: x509.Name) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(pki.root.subject)
        .public_key(pki.agency_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(pki.now - timedelta(days=1))
        .not_valid_after(pki.now + timedelta(days=1))
        .sign(pki.root_key, hashes.SHA256())
    )


@pytest.mark.parametrize(
    "serials",
    [[], ["AG001"], ["DIGIGOV-"], ["DIGIGOV-AG 1"], ["DIGIGOV-AG001", "DIGIGOV-AG002"]],
)
def test_agency_code_absent_or_ambiguous_is_none(pki: SigningPKI, serials: list[str]) -> None:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, "Agencia")]
    attrs += [x509.NameAttribute(NameOID.SERIAL_NUMBER, s) for s in serials]
    assert agency_code_of(_cert_with_subject(pki, x509.Name(attrs))) is None


def test_agency_code_read_back(pki: SigningPKI) -> None:
    assert agency_code_of(pki.agency.certificate) == "AG001"
    assert agency_code_of(pki.other_agency.certificate) == "AG002"


# --------------------------------------------------------------------------- PKCS#12


def test_pkcs12_round_trip(pki: SigningPKI, tmp_path: Path) -> None:
    path = tmp_path / "agency.p12"
    path.write_bytes(pki.agency.to_pkcs12(PASS))
    material = load_pkcs12(path.read_bytes(), PASS)
    assert material.certificate == pki.agency.certificate
    assert material.chain == (pki.root,)
    assert material.private_key.private_numbers() == pki.agency_key.private_numbers()
    assert material.agency_code == "AG001"


def test_pkcs12_wrong_passphrase(pki: SigningPKI) -> None:
    with pytest.raises(CredentialError) as err:
        load_pkcs12(pki.agency.to_pkcs12(PASS), b"nope")
    assert err.value.code == "WRONG_PASSPHRASE"


@pytest.mark.parametrize("data", [b"", b"garbage", b"\x30\x03\x02\x01\x03", bytes(range(256))])
def test_pkcs12_garbage(data: bytes) -> None:
    with pytest.raises(CredentialError) as err:
        load_pkcs12(data, PASS)
    assert err.value.code == "INVALID_PKCS12"


def test_pkcs12_without_key_is_invalid(pki: SigningPKI) -> None:
    certs_only = pkcs12.serialize_key_and_certificates(
        b"x", None, pki.agency.certificate, None, serialization.BestAvailableEncryption(PASS)
    )
    with pytest.raises(CredentialError) as err:
        load_pkcs12(certs_only, PASS)
    assert err.value.code == "INVALID_PKCS12"


def test_pkcs12_requires_a_passphrase_to_store(pki: SigningPKI) -> None:
    with pytest.raises(CredentialError) as err:
        pki.agency.to_pkcs12(b"")
    assert err.value.code == "EMPTY_PASSPHRASE"


# --------------------------------------------------------------------------- trust bundle


def test_trust_bundle_round_trip(pki: SigningPKI, tmp_path: Path) -> None:
    path = tmp_path / "trust.pem"
    path.write_bytes(pki.bundle.to_pem())
    bundle = TrustBundle.from_pem(path.read_bytes())
    assert bundle.roots == (pki.root,)
    assert bundle.crl == pki.crl
    assert bundle.to_pem() == pki.bundle.to_pem()


def test_trust_bundle_without_crl_parses(pki: SigningPKI) -> None:
    bundle = TrustBundle.from_pem(_pem(pki.root))
    assert bundle.crl is None


def test_trust_bundle_with_two_roots(pki: SigningPKI) -> None:
    crl_pem = pki.crl.public_bytes(serialization.Encoding.PEM)
    bundle = TrustBundle.from_pem(_pem(pki.root) + crl_pem + _pem(pki.foreign_root))
    assert bundle.roots == (pki.root, pki.foreign_root)
    assert bundle.crl == pki.crl


@pytest.mark.parametrize(
    "make",
    [
        lambda p: b"",
        lambda p: b"garbage",
        lambda p: "text, not bytes",
        lambda p: p.crl.public_bytes(serialization.Encoding.PEM),  # no certificate
        lambda p: p.bundle.to_pem() + p.crl.public_bytes(serialization.Encoding.PEM),  # 2 CRLs
        lambda p: _pem(p.agency.certificate),  # not a CA
        lambda p: BAD_CERT_PEM,
        lambda p: _pem(p.root) + b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
        lambda p: _pem(p.root) + b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n",
    ],
)
def test_trust_bundle_rejects_bad_input(pki: SigningPKI, make) -> None:
    with pytest.raises(CredentialError) as err:
        TrustBundle.from_pem(make(pki))
    assert err.value.code == "INVALID_TRUST_BUNDLE"


def test_trust_bundle_keeps_a_crl_it_cannot_judge(pki: SigningPKI) -> None:
    """Parsing does not validate the CRL; verification does (CRL_MISSING_OR_STALE)."""
    stale = pki.make_crl(
        foreign=True,
        last_update=pki.now - timedelta(days=2),
        next_update=pki.now - timedelta(days=1),
    )
    bundle = TrustBundle.from_pem(_pem(pki.root) + stale.public_bytes(serialization.Encoding.PEM))
    assert bundle.crl == stale


@pytest.mark.parametrize(("attributes", "expected"), [
    ([(NameOID.SERIAL_NUMBER, "DIGIGOV-AG-002"), (NameOID.COMMON_NAME, "Servicio AG-002")],
     "Servicio AG-002 (DIGIGOV-AG-002)"),
    ([(NameOID.COMMON_NAME, "Municipalidad de Ñuñoa, Dirección TI")],
     "Municipalidad de Ñuñoa, Dirección TI"),
    ([(NameOID.ORGANIZATION_NAME, "Sin nombre común")], "O=Sin nombre común"),
])
def test_a_signer_is_shown_by_name_not_as_an_rfc4514_string(attributes, expected):
    """The coordinator's submission details said "2.5.4.5=DIGIGOV-AG-002,CN=Servicio
    AG-002": RFC 4514 has no short name for the serialNumber that carries the agency code."""
    from digigov_desktop.signing.credentials import readable_subject

    subject = x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])
    assert readable_subject(subject.rfc4514_string()) == expected
    assert readable_subject("not a subject") == "not a subject"
