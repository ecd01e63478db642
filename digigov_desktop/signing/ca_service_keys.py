"""The coordinator's own keys in the CA folder: receipt signing and submission sealing.

A mixin of :class:`~digigov_desktop.signing.authority.CertificateAuthority` (it uses its
``folder``, ``root``, ``_issue``, ``_load_key``, ``_root_key``, ``entry``, ``name``).
Both keys are encrypted with the CA passphrase (``keys.KDF_ROUNDS``); both certificates
carry the reserved agency code ``COORDINATOR``. The receipt certificate is registered
(route ``receipt``: ``ca list`` shows it, ``ca revoke`` revokes it); the encryption
certificate is not (it signs nothing; it is renewed when it nears expiry).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from digigov_desktop.fileio import write_atomic
from digigov_desktop.signing.ca_registry import (
    AGENCY_VALIDITY_DAYS,
    COORDINATOR_CODE,
    RECEIPT_RENEW_DAYS,
    RECEIPT_ROUTE,
    RegistryEntry,
    now_utc,
)
from digigov_desktop.signing.credentials import KEY_SIZE, CredentialError, SignerMaterial
from digigov_desktop.signing.keys import encrypt_private_key
from digigov_desktop.signing.seal import unseal

SEAL_ROUTE = "seal"
SEAL_VALIDITY_DAYS = 3 * 365


class CoordinatorKeys:
    """Receipt-signing and sealing keys of a CA folder (mixin)."""

    if TYPE_CHECKING:  # provided by CertificateAuthority, the class this mixes into
        folder: Path
        root: x509.Certificate

        @property
        def name(self) -> str: ...

        def entry(self, serial: int | str) -> RegistryEntry | None: ...

        def _load_key(self, file_name: str, passphrase: bytes) -> rsa.RSAPrivateKey: ...

        def _root_key(self, passphrase: bytes) -> rsa.RSAPrivateKey: ...

        def _issue(
            self, public_key: rsa.RSAPublicKey, *, agency_code: str, agency_name: str,
            passphrase: bytes, validity_days: int, route: str, person: str | None = None,
            role: str | None = None, encryption: bool = False, register: bool = True,
        ) -> x509.Certificate: ...

    def receipt_signer(self, *, passphrase: bytes) -> SignerMaterial:
        """The coordinator's receipt-signing key and certificate, made on first use.

        The certificate is issued by the root with the reserved agency code, registered
        (route `receipt`, so `ca list` shows it and `ca revoke` can revoke it) and renewed
        when it is revoked, has less than `RECEIPT_RENEW_DAYS` left, or its key no longer
        opens with the CA passphrase (an interrupted passphrase change). Its key is stored
        encrypted with the CA passphrase.

        Raises:
            CredentialError: `WRONG_PASSPHRASE`, `CA_DAMAGED`.
        """
        key_path, cert_path = self.folder / "receipt-key.pem", self.folder / "receipt-cert.pem"
        if key_path.is_file() and cert_path.is_file():
            try:
                cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
            except ValueError as exc:
                raise CredentialError("CA_DAMAGED", f"receipt certificate: {exc}") from exc
            self._root_key(passphrase)  # a wrong CA passphrase fails here, not below
            try:
                key = self._load_key("receipt-key.pem", passphrase)
            except CredentialError as exc:
                if exc.code != "WRONG_PASSPHRASE":
                    raise
                key = None
            entry = self.entry(cert.serial_number)
            left = cert.not_valid_after_utc - now_utc()
            if key is not None and entry is not None and entry.status == "active" and left > (
                dt.timedelta(days=RECEIPT_RENEW_DAYS)
            ):
                try:
                    return SignerMaterial(private_key=key, certificate=cert, chain=(self.root,))
                except CredentialError as exc:  # interrupted renewal: key and cert differ
                    if exc.code != "CERT_KEY_MISMATCH":
                        raise
        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
        cert = self._issue(
            key.public_key(),
            agency_code=COORDINATOR_CODE,
            agency_name=f"{self.name} (receipts)",
            passphrase=passphrase,
            validity_days=AGENCY_VALIDITY_DAYS,
            route=RECEIPT_ROUTE,
        )
        write_atomic(key_path, encrypt_private_key(key, passphrase), private=True)
        write_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        return SignerMaterial(private_key=key, certificate=cert, chain=(self.root,))

    # --- sealing -------------------------------------------------------------------------

    def seal_certificate(self) -> x509.Certificate | None:
        """The coordinator's encryption certificate for sealed submissions, once made."""
        path = self.folder / "seal-cert.pem"
        if not path.is_file():
            return None
        try:
            return x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise CredentialError("CA_DAMAGED", f"seal certificate: {exc}") from exc

    def ensure_seal(self, *, passphrase: bytes) -> x509.Certificate:
        """Make the encryption key and certificate when missing or near expiry.

        Raises:
            CredentialError: `WRONG_PASSPHRASE`, `CA_DAMAGED`.
        """
        cert = self.seal_certificate()
        if cert is not None and cert.not_valid_after_utc - now_utc() > dt.timedelta(
                days=RECEIPT_RENEW_DAYS):
            return cert
        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
        cert = self._issue(
            key.public_key(), agency_code=COORDINATOR_CODE,
            agency_name=f"{self.name} (sealed submissions)", passphrase=passphrase,
            validity_days=SEAL_VALIDITY_DAYS, route=SEAL_ROUTE, encryption=True,
            register=False)
        write_atomic(self.folder / "seal-key.pem", encrypt_private_key(key, passphrase),
                     private=True)
        write_atomic(self.folder / "seal-cert.pem", cert.public_bytes(serialization.Encoding.PEM))
        return cert

    def seal_opener(self, *, passphrase: bytes):
        """A function that opens sealed files, with the key unlocked once (the KDF's cost
        is paid once per import run, not per file).

        Raises:
            CredentialError: `WRONG_PASSPHRASE`, `SEAL_UNAVAILABLE`.
        """
        cert = self.seal_certificate()
        if cert is None or not (self.folder / "seal-key.pem").is_file():
            raise CredentialError("SEAL_UNAVAILABLE", "this CA has no encryption key")
        key = self._load_key("seal-key.pem", passphrase)
        return lambda data: unseal(data, key=key, certificate=cert)

    def unseal(self, data: bytes, *, passphrase: bytes) -> bytes:
        """Open a sealed submission with the coordinator's encryption key.

        Raises:
            SealError: `SEAL_DAMAGED`, `SEAL_WRONG_KEY` (sealed for another coordinator).
            CredentialError: `WRONG_PASSPHRASE`, `SEAL_UNAVAILABLE` (no encryption key).
        """
        return self.seal_opener(passphrase=passphrase)(data)
