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

from asn1crypto import crl as asn1_crl
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from digigov_desktop.errors import DigigovError

# pyHanko is imported where it is used (signing, PKCS#12, trust conversion): importing it
# costs ~0.4 s, which the GUI's start-up and the credential page's state do not need.

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.signers import SimpleSigner

__all__ = [
    "AGENCY_CODE_PREFIX",
    "KEY_SIZE",
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
]

AGENCY_CODE_PREFIX = "DIGIGOV-"
KEY_SIZE = 3072
MIN_KEY_SIZE = 2048
_CN_MAX = 64
_AGENCY_CODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")
_PEM_BLOCK_RE = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n.*?-----END \1-----", re.DOTALL)


class CredentialError(DigigovError):
    """A credential (key, certificate, PKCS#12, trust bundle) cannot be used.

    Codes: ``WRONG_PASSPHRASE``, ``EMPTY_PASSPHRASE``, ``INVALID_KEY``,
    ``KEY_NOT_ENCRYPTED``, ``UNSUPPORTED_KEY``, ``INVALID_CERTIFICATE``,
    ``CERT_KEY_MISMATCH``, ``INVALID_PKCS12``, ``INVALID_TRUST_BUNDLE``,
    ``INVALID_AGENCY_CODE``, ``INVALID_AGENCY_NAME``.
    """

    code = "CREDENTIAL"

    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(message or code, code=code)


# --------------------------------------------------------------------------- subject


def agency_subject(*, agency_code: str, agency_name: str) -> x509.Name:
    """Build the certificate subject for an agency (see the module docstring).

    Args:
        agency_code: short registry code, ``[A-Za-z0-9][A-Za-z0-9._-]{0,31}``.
        agency_name: display name; truncated to 64 characters for the CN.

    Raises:
        CredentialError: ``INVALID_AGENCY_CODE`` or ``INVALID_AGENCY_NAME``.
    """
    if not isinstance(agency_code, str) or not _AGENCY_CODE_RE.fullmatch(agency_code):
        raise CredentialError("INVALID_AGENCY_CODE", f"invalid agency code {agency_code!r}")
    name = (agency_name or "").strip()
    if not name:
        raise CredentialError("INVALID_AGENCY_NAME", "agency name is empty")
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name[:_CN_MAX]),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, AGENCY_CODE_PREFIX + agency_code),
        ]
    )


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
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return key_pem, csr.public_bytes(serialization.Encoding.PEM)


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


def _check_pair(cert: x509.Certificate, key: object) -> None:
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
        """Serialise key, certificate and chain as an encrypted PKCS#12 archive.

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
            serialization.BestAvailableEncryption(passphrase),
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


# --------------------------------------------------------------------------- trust


@dataclass(frozen=True, eq=False)
class TrustBundle:
    """The coordinator's root certificate(s) and current CRL, shipped with the app.

    The CRL is optional at parse time, but verification requires it.
    """

    roots: tuple[x509.Certificate, ...]
    crl: x509.CertificateRevocationList | None = None

    @classmethod
    def from_pem(cls, data: bytes) -> TrustBundle:
        """Parse a PEM bundle: one or more CERTIFICATE blocks and at most one X509 CRL.

        Raises:
            CredentialError: ``INVALID_TRUST_BUNDLE``.
        """
        if not isinstance(data, bytes | bytearray):
            raise CredentialError("INVALID_TRUST_BUNDLE", "trust bundle must be bytes")
        roots: list[x509.Certificate] = []
        crls: list[x509.CertificateRevocationList] = []
        for match in _PEM_BLOCK_RE.finditer(bytes(data)):
            kind, block = match.group(1), match.group(0)
            try:
                if kind == b"CERTIFICATE":
                    roots.append(x509.load_pem_x509_certificate(block))
                elif kind == b"X509 CRL":
                    crls.append(x509.load_pem_x509_crl(block))
                else:
                    raise ValueError(f"unexpected PEM block {kind!r}")
            except ValueError as exc:
                raise CredentialError("INVALID_TRUST_BUNDLE", f"bad PEM block: {exc}") from exc
        if not roots or len(crls) > 1:
            raise CredentialError(
                "INVALID_TRUST_BUNDLE",
                f"need >= 1 certificate and <= 1 CRL, got {len(roots)} and {len(crls)}",
            )
        for root in roots:
            _require_ca(root)
        return cls(roots=tuple(roots), crl=crls[0] if crls else None)

    def to_pem(self) -> bytes:
        """Serialise the bundle back to PEM (certificates first, then the CRL)."""
        parts = [c.public_bytes(serialization.Encoding.PEM) for c in self.roots]
        if self.crl is not None:
            parts.append(self.crl.public_bytes(serialization.Encoding.PEM))
        return b"".join(parts)

    @cached_property
    def asn1_roots(self) -> list[asn1_x509.Certificate]:
        """Roots as asn1crypto objects, converted once (for pyHanko)."""
        from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1

        return [translate_pyca_cryptography_cert_to_asn1(c) for c in self.roots]

    @cached_property
    def asn1_crl(self) -> asn1_crl.CertificateList | None:
        """The CRL as an asn1crypto object, converted once (for pyHanko)."""
        if self.crl is None:
            return None
        return asn1_crl.CertificateList.load(self.crl.public_bytes(serialization.Encoding.DER))


def issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when `issuer` signed `cert` directly (names and signature both match)."""
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _require_ca(cert: x509.Certificate) -> None:
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except (x509.ExtensionNotFound, ValueError) as exc:
        raise CredentialError("INVALID_TRUST_BUNDLE", "root has no BasicConstraints") from exc
    if not bc.ca:
        raise CredentialError("INVALID_TRUST_BUNDLE", "bundle certificate is not a CA")
