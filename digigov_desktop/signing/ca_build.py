"""X.509 structures the coordinator CA signs: its root certificate, end-entity
certificates and CRLs. Pure builders (key in, object out); :mod:`authority` stores them.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from digigov_desktop.signing.ca_registry import REVOCATION_REASONS, RegistryEntry, iso


def key_usage(*, signing: bool, ca: bool = False, encipherment: bool = False) -> x509.KeyUsage:
    """A signer's (signatures, non-repudiation), a CA's (certificates, CRLs) or an
    encryption certificate's key usage."""
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=encipherment,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def root_certificate(key: rsa.RSAPrivateKey, *, name: str, now: dt.datetime,
                     validity_days: int) -> x509.Certificate:
    """A self-signed one-level root (path length 0), valid for ``validity_days``."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DigiGov Desktop coordinator"),
        ]
    )
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=validity_days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(key_usage(signing=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )


def end_entity_certificate(
    public_key: rsa.RSAPublicKey, *, subject: x509.Name, root: x509.Certificate,
    root_key: rsa.RSAPrivateKey, now: dt.datetime, validity_days: int,
    encryption: bool = False,
) -> x509.Certificate:
    """A certificate issued by the root: signing (default) or key encipherment only."""
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(root.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=validity_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(key_usage(signing=not encryption, encipherment=encryption),
                       critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
    )
    if encryption:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    return builder.sign(root_key, hashes.SHA256())


def revocation_list(
    *, root: x509.Certificate, root_key: rsa.RSAPrivateKey, entries: list[RegistryEntry],
    number: int, now: dt.datetime, validity_days: int,
) -> x509.CertificateRevocationList:
    """The CRL listing every revoked entry, numbered ``number``."""
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(now - dt.timedelta(minutes=5))
        .next_update(now + dt.timedelta(days=validity_days))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
    )
    for entry in entries:
        if entry.status != "revoked":
            continue
        revoked = (
            x509.RevokedCertificateBuilder()
            .serial_number(int(entry.serial, 16))
            .revocation_date(dt.datetime.fromisoformat(entry.revoked_at or iso(now)))
            .add_extension(
                x509.CRLReason(
                    REVOCATION_REASONS.get(
                        entry.reason or "unspecified", x509.ReasonFlags.unspecified
                    )
                ),
                critical=False,
            )
            .build()
        )
        builder = builder.add_revoked_certificate(revoked)
    return builder.sign(root_key, hashes.SHA256())
