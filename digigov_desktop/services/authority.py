"""Coordinator CA use cases that apply the passphrase rule (both front ends call these).

`CertificateAuthority` (signing) keeps the keys; this module decides which passphrases
may protect them (`services.passphrases`) and says when an old one should be changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from digigov_desktop.services.passphrases import advice, check_new
from digigov_desktop.signing.authority import (
    REVOCATION_REASONS,
    CertificateAuthority,
    RegistryEntry,
)
from digigov_desktop.signing.credentials import CredentialError, agency_code_of

# The CA's types are part of this service's interface: the GUI names them through here.
__all__ = ["REVOCATION_REASONS", "CertificateAuthority", "CredentialError", "RegistryEntry",
           "change_ca_passphrase", "create_authority", "csr_subject", "issue_pkcs12",
           "unlock_advice"]


def csr_subject(pem: bytes) -> tuple[str | None, str]:
    """(agency code, agency name) a certificate request asks for, to prefill a form;
    (None, "") when the bytes are not a PEM request."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        csr = x509.load_pem_x509_csr(pem)
    except ValueError:
        return None, ""
    names = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return agency_code_of(csr), str(names[0].value) if names else ""


def create_authority(folder: Path, *, name: str, passphrase: bytes) -> CertificateAuthority:
    """Create a CA whose root key is protected by a passphrase that keeps the rule.

    Raises:
        PassphraseError: PASSPHRASE_TOO_SHORT, PASSPHRASE_COMMON.
        CredentialError: as `CertificateAuthority.init`.
    """
    check_new(passphrase)
    return CertificateAuthority.init(Path(folder), name=name, passphrase=passphrase)


def change_ca_passphrase(folder: Path, *, old: bytes, new: bytes) -> None:
    """Check `old` (a wrong one changes nothing), then the rule for `new`, then re-encrypt.

    Raises:
        CredentialError: WRONG_PASSPHRASE, CA_NOT_FOUND, CA_DAMAGED.
        PassphraseError: `new` breaks the rule.
    """
    ca = CertificateAuthority(Path(folder))
    ca.unlock(old)
    check_new(new)
    ca.change_passphrase(old=old, new=new)


def issue_pkcs12(ca: CertificateAuthority, *, p12_passphrase: bytes, **kwargs: Any) -> bytes:
    """`CertificateAuthority.issue_pkcs12`, with the rule for the PKCS#12's passphrase
    (it becomes the passphrase of the key stored at the agency)."""
    check_new(p12_passphrase)
    return ca.issue_pkcs12(p12_passphrase=p12_passphrase, **kwargs)


def unlock_advice(passphrase: bytes) -> str | None:
    """`WEAK_PASSPHRASE_IN_USE` when a passphrase that just unlocked a key breaks the rule."""
    return advice(passphrase)
