"""The coordinator's trust bundle (root certificates + CRL) and direct-issuance checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from asn1crypto import crl as asn1_crl
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from digigov_desktop.signing.errors import CredentialError

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509

__all__ = ["TrustBundle", "issued_by"]

_PEM_BLOCK_RE = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n.*?-----END \1-----", re.DOTALL)


def _error(message: str) -> CredentialError:
    return CredentialError("INVALID_TRUST_BUNDLE", message)


@dataclass(frozen=True, eq=False)
class TrustBundle:
    """The coordinator's root certificate(s) and current CRL, shipped with the app, and
    the coordinator's encryption certificate for sealed submissions (``seal``) when the CA
    has one.

    The CRL is optional at parse time, but verification requires it. The only
    non-CA certificate accepted is the seal certificate: key encipherment, issued by one
    of the roots.
    """

    roots: tuple[x509.Certificate, ...]
    crl: x509.CertificateRevocationList | None = None
    seal: x509.Certificate | None = None

    @classmethod
    def from_pem(cls, data: bytes) -> TrustBundle:
        """Parse a PEM bundle: one or more CERTIFICATE blocks and at most one X509 CRL.

        Raises:
            CredentialError: ``INVALID_TRUST_BUNDLE``.
        """
        if not isinstance(data, bytes | bytearray):
            raise _error("trust bundle must be bytes")
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
                raise _error(f"bad PEM block: {exc}") from exc
        if not roots or len(crls) > 1:
            raise _error(
                f"need >= 1 certificate and <= 1 CRL, got {len(roots)} and {len(crls)}",
            )
        seals = [c for c in roots if _is_seal_certificate(c, roots)]
        if len(seals) > 1:
            raise _error("more than one encryption certificate")
        roots = [c for c in roots if c not in seals]
        if not roots:
            raise _error("no root certificate")
        for root in roots:
            _require_ca(root)
        return cls(roots=tuple(roots), crl=crls[0] if crls else None,
                   seal=seals[0] if seals else None)

    def to_pem(self) -> bytes:
        """Serialise the bundle back to PEM (roots, the seal certificate, then the CRL)."""
        parts = [c.public_bytes(serialization.Encoding.PEM) for c in self.roots]
        if self.seal is not None:
            parts.append(self.seal.public_bytes(serialization.Encoding.PEM))
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


def _is_seal_certificate(cert: x509.Certificate, certs: list[x509.Certificate]) -> bool:
    """Not a CA, for key encipherment only, issued by another certificate of the bundle."""
    try:
        if cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            return False
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except (x509.ExtensionNotFound, ValueError):
        return False
    if not usage.key_encipherment or usage.digital_signature:
        return False
    return any(issued_by(cert, other) for other in certs if other is not cert)


def _require_ca(cert: x509.Certificate) -> None:
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except (x509.ExtensionNotFound, ValueError) as exc:
        raise _error("root has no BasicConstraints") from exc
    if not bc.ca:
        raise _error("bundle certificate is not a CA")
