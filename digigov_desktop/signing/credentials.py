"""Agency credentials: key + CSR generation, key/PKCS#12 loading, and the trust bundle.

Agency-code convention (shared with the coordinator CA in ``authority.py``):
the agency code is carried in the certificate *subject* as exactly one
``serialNumber`` attribute (OID 2.5.4.5, ``NameOID.SERIAL_NUMBER``) whose value is
``"DIGIGOV-<code>"``, e.g. ``serialNumber=DIGIGOV-AG001``. The common name holds the
agency's display name (at most 64 characters). Build subjects with
:func:`agency_subject` and read the code back with :func:`agency_code_of`; the CA
must copy (or rebuild) the same attribute when it issues a certificate.

Agency keys are RSA-3072 and always stored encrypted (PKCS#8, PEM). RSA keeps
signed PDFs at version 1.7 (ECDSA/Ed25519 make pyHanko bump them to 2.0).

Errors are :class:`CredentialError` with a stable ``code``; messages are English
and meant for logs only.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from digigov_desktop.signing.errors import CredentialError
from digigov_desktop.signing.keys import encrypt_private_key, pkcs12_encryption
from digigov_desktop.signing.trust import TrustBundle, issued_by  # the bundle's old home

# pyHanko is imported where it is used (signing, PKCS#12, trust conversion): importing it
# costs ~0.4 s, which the GUI's start-up and the credential page's state do not need.

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

__all__ = [
    "AGENCY_CODE_PREFIX",
    "KEY_SIZE",
    "ROLES",
    "CredentialError",
    "SignerMaterial",
    "TrustBundle",
    "agency_code_of",
    "agency_subject",
    "check_certificate_matches_key",
    "generate_key_and_csr",
    "issued_by",
    "load_certificate",
    "load_pkcs12",
    "load_private_key",
    "person_of",
    "role_of",
]

AGENCY_CODE_PREFIX = "DIGIGOV-"
KEY_SIZE = 3072
MIN_KEY_SIZE = 2048
_CN_MAX = 64
_AGENCY_CODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
# A person's credential for the signature chain carries its role in the subject's
# ``title`` attribute (OID 2.5.4.12); credentials without one sign as the preparer.
ROLES = ("preparer", "reviewer", "approver")


# --------------------------------------------------------------------------- subject


def agency_subject(
    *, agency_code: str, agency_name: str, person: str | None = None, role: str | None = None
) -> x509.Name:
    """Build the certificate subject for an agency (see the module docstring).

    With ``person`` the subject names a person signing for the agency: CN = the person,
    O = the agency name, title = the role, serialNumber = the agency code as always.

    Args:
        agency_code: short registry code, ``[A-Za-z0-9][A-Za-z0-9._-]{0,31}``.
        agency_name: display name; truncated to 64 characters for the CN.
        person: the signer's name, for a person's credential (needs ``role``).
        role: ``preparer``, ``reviewer`` or ``approver`` (needs ``person``).

    Raises:
        CredentialError: ``INVALID_AGENCY_CODE``, ``INVALID_AGENCY_NAME``,
            ``INVALID_PERSON``, ``INVALID_ROLE``.
    """
    if not isinstance(agency_code, str) or not _AGENCY_CODE_RE.fullmatch(agency_code):
        raise CredentialError("INVALID_AGENCY_CODE", f"invalid agency code {agency_code!r}")
    name = (agency_name or "").strip()
    if not name:
        raise CredentialError("INVALID_AGENCY_NAME", "agency name is empty")
    if person is None and role is None:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, name[:_CN_MAX]),
                x509.NameAttribute(NameOID.SERIAL_NUMBER, AGENCY_CODE_PREFIX + agency_code),
            ]
        )
    if role not in ROLES:
        raise CredentialError("INVALID_ROLE", f"role must be one of {', '.join(ROLES)}")
    who = (person or "").strip()
    if not who:
        raise CredentialError("INVALID_PERSON", "a person's credential needs the person's name")
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, who[:_CN_MAX]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:_CN_MAX]),
            x509.NameAttribute(NameOID.TITLE, role),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, AGENCY_CODE_PREFIX + agency_code),
        ]
    )


def role_of(cert: x509.Certificate) -> str | None:
    """The signature-chain role a certificate carries (exactly one known ``title``), or None."""
    try:
        values = [a.value for a in cert.subject.get_attributes_for_oid(NameOID.TITLE)]
    except (ValueError, AttributeError):
        return None
    return values[0] if len(values) == 1 and values[0] in ROLES else None


def person_of(cert: x509.Certificate) -> str | None:
    """The person's name of a person's credential (its CN when it has a role), or None."""
    if role_of(cert) is None:
        return None
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else None


def agency_code_of(cert: x509.Certificate | x509.CertificateSigningRequest) -> str | None:
    """Return the agency code a certificate (or CSR) subject carries, or None.

    Exactly one ``serialNumber`` attribute starting with ``DIGIGOV-`` followed by a
    valid code is accepted; anything else (none, several, malformed) gives None.
    """
    try:
        values = [attr.value for attr in cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)]
    except (ValueError, AttributeError):
        return None
    codes = [
        v[len(AGENCY_CODE_PREFIX) :]
        for v in values
        if isinstance(v, str) and v.startswith(AGENCY_CODE_PREFIX)
    ]
    if len(codes) != 1 or not _AGENCY_CODE_RE.fullmatch(codes[0]):
        return None
    return codes[0]


def subject_names(subject: str) -> tuple[str | None, str | None]:
    """A certificate subject's (RFC 4514) common name and serialNumber attribute (ours
    carries the agency code: DIGIGOV-AG-002); None for what it lacks or cannot be read."""
    try:
        name = x509.Name.from_rfc4514_string(subject)
    except ValueError:
        return None, None

    def first(oid: x509.ObjectIdentifier) -> str | None:
        values = name.get_attributes_for_oid(oid)
        return str(values[0].value) if values else None

    return first(NameOID.COMMON_NAME), first(NameOID.SERIAL_NUMBER)


def readable_subject(subject: str) -> str:
    """A subject for people: "Servicio X (DIGIGOV-AG-002)" rather than
    "2.5.4.5=DIGIGOV-AG-002,CN=Servicio X" (RFC 4514 has no short name for serialNumber);
    the subject as written when it has no common name."""
    common_name, serial = subject_names(subject)
    if not common_name:
        return subject
    return f"{common_name} ({serial})" if serial else common_name


# --------------------------------------------------------------------------- keys


def generate_key_and_csr(
    *, agency_code: str, agency_name: str, passphrase: bytes
) -> tuple[bytes, bytes]:
    """Generate a new RSA-3072 agency key and a CSR for it.

    Args:
        agency_code: the agency's registry code (goes into ``serialNumber``).
        agency_name: the agency's display name (goes into the CN).
        passphrase: non-empty passphrase that encrypts the key.

    Returns:
        ``(encrypted PKCS#8 PEM private key, CSR PEM)``.

    Raises:
        CredentialError: ``EMPTY_PASSPHRASE``, ``INVALID_AGENCY_CODE``,
            ``INVALID_AGENCY_NAME``.
    """
    subject = agency_subject(agency_code=agency_code, agency_name=agency_name)
    if not passphrase:
        raise CredentialError("EMPTY_PASSPHRASE", "a key passphrase is required")
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return encrypt_private_key(key, passphrase), csr.public_bytes(serialization.Encoding.PEM)


def load_private_key(pem: bytes, passphrase: bytes) -> rsa.RSAPrivateKey:
    """Load an encrypted PEM private key.

    Raises:
        CredentialError: ``WRONG_PASSPHRASE`` (encrypted key, wrong passphrase),
            ``KEY_NOT_ENCRYPTED``, ``INVALID_KEY`` (not a PEM key),
            ``UNSUPPORTED_KEY`` (not RSA ≥ 2048 bits).
    """
    encrypted = b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in pem or b"Proc-Type: 4,ENCRYPTED" in pem
    if not encrypted:
        if b"PRIVATE KEY-----" in pem:
            raise CredentialError("KEY_NOT_ENCRYPTED", "private key is stored unencrypted")
        raise CredentialError("INVALID_KEY", "not a PEM private key")
    try:
        key = serialization.load_pem_private_key(pem, password=passphrase or None)
    except (ValueError, TypeError) as exc:
        raise CredentialError("WRONG_PASSPHRASE", f"cannot decrypt key: {exc}") from exc
    except UnsupportedAlgorithm as exc:
        raise CredentialError("UNSUPPORTED_KEY", str(exc)) from exc
    return _require_rsa(key)


def _require_rsa(key: object) -> rsa.RSAPrivateKey:
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < MIN_KEY_SIZE:
        raise CredentialError("UNSUPPORTED_KEY", "agency keys must be RSA with >= 2048 bits")
    return key


def load_certificate(data: bytes) -> x509.Certificate:
    """Load one X.509 certificate from PEM or DER.

    Raises:
        CredentialError: ``INVALID_CERTIFICATE``.
    """
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except (ValueError, TypeError) as exc:
        raise CredentialError("INVALID_CERTIFICATE", f"cannot read certificate: {exc}") from exc


def check_certificate_matches_key(cert_pem: bytes, key: rsa.RSAPrivateKey) -> x509.Certificate:
    """Check that a certificate certifies the public half of ``key``.

    Returns:
        The parsed certificate.

    Raises:
        CredentialError: ``INVALID_CERTIFICATE`` or ``CERT_KEY_MISMATCH``.
    """
    cert = load_certificate(cert_pem)
    _check_pair(cert, key)
    return cert


def _check_pair(cert: x509.Certificate, key: PrivateKeyTypes) -> None:
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    try:
        matches = cert.public_key().public_bytes(der, spki) == key.public_key().public_bytes(
            der, spki
        )
    except (AttributeError, ValueError, UnsupportedAlgorithm):
        matches = False
    if not matches:
        raise CredentialError("CERT_KEY_MISMATCH", "certificate does not match the private key")


# --------------------------------------------------------------------------- signer


@dataclass(frozen=True, eq=False)
class SignerMaterial:
    """An agency's signing key, its certificate and the issuing chain.

    Build with :meth:`from_pem` or :func:`load_pkcs12`; ``pades.sign_submission``
    signs with it.
    """

    private_key: rsa.RSAPrivateKey = field(repr=False)
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    def __post_init__(self) -> None:
        _require_rsa(self.private_key)
        _check_pair(self.certificate, self.private_key)

    @classmethod
    def from_pem(
        cls, *, key_pem: bytes, passphrase: bytes, certificate_pem: bytes, chain_pem: bytes = b""
    ) -> SignerMaterial:
        """Build signer material from an encrypted key, its certificate and a chain.

        Raises:
            CredentialError: any code of :func:`load_private_key`,
                ``INVALID_CERTIFICATE``, ``CERT_KEY_MISMATCH``.
        """
        key = load_private_key(key_pem, passphrase)
        cert = check_certificate_matches_key(certificate_pem, key)
        chain: tuple[x509.Certificate, ...] = ()
        if chain_pem.strip():
            try:
                chain = tuple(x509.load_pem_x509_certificates(chain_pem))
            except ValueError as exc:
                raise CredentialError("INVALID_CERTIFICATE", f"bad chain: {exc}") from exc
        return cls(private_key=key, certificate=cert, chain=chain)

    @property
    def agency_code(self) -> str | None:
        """The agency code in the certificate subject (see module docstring)."""
        return agency_code_of(self.certificate)

    def to_pkcs12(self, passphrase: bytes, *, friendly_name: bytes = b"digigov") -> bytes:
        """Serialise key, certificate and chain as an encrypted PKCS#12 archive
        (PBES2, PBKDF2-SHA256 at ``keys.KDF_ROUNDS``, AES-256-CBC, SHA-256 MAC).

        Raises:
            CredentialError: ``EMPTY_PASSPHRASE``.
        """
        if not passphrase:
            raise CredentialError("EMPTY_PASSPHRASE", "a PKCS#12 passphrase is required")
        return pkcs12.serialize_key_and_certificates(
            friendly_name,
            self.private_key,
            self.certificate,
            list(self.chain) or None,
            pkcs12_encryption(passphrase),
        )

    @cached_property
    def pyhanko_signer(self) -> SimpleSigner:
        """The pyHanko signer for this material (internal to the signing package)."""
        from pyhanko.keys.internal import (
            translate_pyca_cryptography_cert_to_asn1,
            translate_pyca_cryptography_key_to_asn1,
        )
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        return _loaded_key_signer_class()(
            private_key=self.private_key,
            signing_cert=translate_pyca_cryptography_cert_to_asn1(self.certificate),
            signing_key=translate_pyca_cryptography_key_to_asn1(self.private_key),
            cert_registry=SimpleCertificateStore.from_certs(
                [translate_pyca_cryptography_cert_to_asn1(c) for c in self.chain]
            ),
            # the verifier has the root in its trust bundle; a smaller /Contents
            # is also faster for pyHanko to tokenise at import
            embed_roots=False,
        )


@functools.cache
def _loaded_key_signer_class() -> type:
    """SimpleSigner that signs with an already loaded key (built on first use).

    WORKAROUND for pyHanko 0.38 ``SimpleSigner.sign_raw`` (pyhanko/sign/signers/
    pdf_cms.py), which re-imports the private key from DER on every call: ~110 ms
    for RSA-3072 (key consistency check), twice per PDF signature (size estimate
    + real signature).
    """
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class _LoadedKeySigner(SimpleSigner):
        def __init__(self, *, private_key: rsa.RSAPrivateKey, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._private_key = private_key

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            if mechanism.signature_algo != "rsassa_pkcs1v15":
                return super().sign_raw(data, digest_algorithm)
            return self._private_key.sign(
                data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm)
            )

    return _LoadedKeySigner


def load_pkcs12(data: bytes, passphrase: bytes) -> SignerMaterial:
    """Load signer material from a PKCS#12 archive.

    Uses pyHanko's ``SimpleSigner.load_pkcs12_data`` (its ``load_pkcs12`` sibling
    returns None on a wrong passphrase instead of raising).

    Raises:
        CredentialError: ``WRONG_PASSPHRASE`` (well-formed archive that does not
            open), ``INVALID_PKCS12`` (not an archive, or no key/certificate),
            ``UNSUPPORTED_KEY``, ``CERT_KEY_MISMATCH``.
    """
    from pyhanko.sign.signers import SimpleSigner

    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase or None)
    except ValueError as exc:
        if _looks_like_pfx(data):
            raise CredentialError("WRONG_PASSPHRASE", "cannot open PKCS#12 archive") from exc
        raise CredentialError("INVALID_PKCS12", "not a PKCS#12 archive") from exc
    except (AttributeError, TypeError) as exc:
        # pyHanko converts a missing key/certificate without checking for None
        raise CredentialError("INVALID_PKCS12", "archive holds no key or certificate") from exc
    try:
        key = serialization.load_der_private_key(signer.signing_key.dump(), password=None)
        cert = x509.load_der_x509_certificate(signer.signing_cert.dump())
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise CredentialError("INVALID_PKCS12", f"unreadable key material: {exc}") from exc
    chain = tuple(
        x509.load_der_x509_certificate(c.dump())
        for c in signer.cert_registry
        if c.dump() != signer.signing_cert.dump()
    )
    return SignerMaterial(private_key=_require_rsa(key), certificate=cert, chain=chain)


def _looks_like_pfx(data: bytes) -> bool:
    """True when ``data`` parses as a PKCS#12 PFX structure (outer layer only)."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in (
            "data",
            "signed_data",
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return False

