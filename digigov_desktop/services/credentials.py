"""Agency credentials: request (key + CSR), install the issued certificate, or import a
PKCS#12; keep the coordinator's trust bundle. The private key is only ever stored encrypted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from digigov_desktop.services.passphrases import check_new
from digigov_desktop.signing.authority import serial_hex
from digigov_desktop.signing.credentials import (
    CredentialError,
    SignerMaterial,
    TrustBundle,
    agency_code_of,
    generate_key_and_csr,
    issued_by,
    load_certificate,
    load_pkcs12,
    load_private_key,
    readable_subject,
)
from digigov_desktop.signing.keys import encrypt_private_key, needs_rewrap
from digigov_desktop.storage import credentials as repo
from digigov_desktop.storage import evaluations as eval_repo
from digigov_desktop.storage.database import Store

EXPIRY_WARNING_DAYS = 60


@dataclass(frozen=True)
class CredentialState:
    """What the credentials page shows. `status`: none, pending, active, expired."""

    status: str
    agency_code: str | None = None
    subject: str = ""
    serial: str = ""
    not_after: dt.datetime | None = None
    route: str | None = None
    has_trust_bundle: bool = False
    crl_next_update: dt.datetime | None = None

    @property
    def holder(self) -> str:
        """The certificate's holder for people: "Servicio X (DIGIGOV-AG-002)", not the
        RFC 4514 subject ("2.5.4.5=DIGIGOV-AG-002,CN=Servicio X"); "" before there is one."""
        return readable_subject(self.subject) if self.subject else ""

    def days_left(self, now: dt.datetime | None = None) -> int | None:
        if self.not_after is None:
            return None
        return (self.not_after - (now or dt.datetime.now(dt.UTC))).days

    def expires_soon(self, now: dt.datetime | None = None) -> bool:
        days = self.days_left(now)
        return days is not None and days < EXPIRY_WARNING_DAYS


class CredentialService:
    """Agency-side credential use cases over one open store."""

    def __init__(self, store: Store, *, actor: str = "") -> None:
        self.store = store
        self.actor = actor

    def _agency_code(self) -> str:
        cycles = eval_repo.list_cycles(self.store)
        if not cycles:
            raise CredentialError("NO_AGENCY", "set up the agency before requesting a credential")
        return cycles[-1].agency_code

    def state(self, *, now: dt.datetime | None = None) -> CredentialState:
        now = now or dt.datetime.now(dt.UTC)
        bundle_pem = repo.trust_bundle(self.store)
        crl_next = None
        if bundle_pem:
            try:
                bundle = TrustBundle.from_pem(bundle_pem)
                crl_next = bundle.crl.next_update_utc if bundle.crl is not None else None
            except CredentialError:
                bundle_pem = None
        row = repo.active(self.store) or repo.latest(self.store)
        if row is None:
            return CredentialState("none", has_trust_bundle=bool(bundle_pem),
                                   crl_next_update=crl_next)
        if not row["active"]:
            return CredentialState("pending", agency_code=row["agency_code"], route=row["route"],
                                   has_trust_bundle=bool(bundle_pem), crl_next_update=crl_next)
        not_after = dt.datetime.fromisoformat(row["not_after"]) if row["not_after"] else None
        status = "expired" if not_after is not None and not_after < now else "active"
        return CredentialState(
            status, agency_code=row["agency_code"], subject=row["subject"], serial=row["serial"],
            not_after=not_after, route=row["route"], has_trust_bundle=bool(bundle_pem),
            crl_next_update=crl_next,
        )

    def request(self, *, passphrase: bytes, agency_name: str | None = None) -> bytes:
        """Generate the agency's key (stored encrypted) and return the CSR PEM to send.

        Raises:
            PassphraseError: the passphrase breaks the rule (`passphrases.check_new`).
        """
        check_new(passphrase)
        code = self._agency_code()
        name = agency_name or eval_repo.get_agency(self.store, code).name
        key_pem, csr_pem = generate_key_and_csr(agency_code=code, agency_name=name,
                                                passphrase=passphrase)
        with self.store.transaction() as db:
            repo.insert_request(db, agency_code=code, key_pem=key_pem, csr_pem=csr_pem)
            eval_repo.append_audit(db, actor=self.actor, action="credential.request",
                                   entity="credential", key=code)
        return csr_pem

    def install_certificate(self, certificate_pem: bytes, *, trust_pem: bytes | None) -> None:
        """Install the certificate the coordinator issued for the pending request.

        No passphrase is needed: the certificate is matched to the request's public key.

        Raises:
            CredentialError: `NO_REQUEST`, `CERT_KEY_MISMATCH`, `WRONG_AGENCY`,
                `NOT_ISSUED_BY_COORDINATOR`, `INVALID_CERTIFICATE`, `INVALID_TRUST_BUNDLE`.
        """
        pending = self.store.query_one(
            "SELECT * FROM credential WHERE csr_pem IS NOT NULL ORDER BY id DESC LIMIT 1")
        if pending is None:
            raise CredentialError("NO_REQUEST", "no credential request is pending")
        cert = load_certificate(certificate_pem)
        csr = x509.load_pem_x509_csr(bytes(pending["csr_pem"]))
        spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        if cert.public_key().public_bytes(*spki) != csr.public_key().public_bytes(*spki):
            raise CredentialError("CERT_KEY_MISMATCH", "the certificate is for another key")
        self._install(cert, key_pem=bytes(pending["key_pem"]), route="csr",
                      row_id=pending["id"], trust_pem=trust_pem)

    def import_pkcs12(self, data: bytes, *, passphrase: bytes, trust_pem: bytes | None) -> None:
        """Install a PKCS#12 issued by the coordinator; its passphrase protects the stored key.

        Raises:
            CredentialError: `WRONG_PASSPHRASE`, `INVALID_PKCS12`, `WRONG_AGENCY`,
                `NOT_ISSUED_BY_COORDINATOR`, `INVALID_TRUST_BUNDLE`.
        """
        material = load_pkcs12(data, passphrase)
        key_pem = encrypt_private_key(material.private_key, passphrase)
        self._install(material.certificate, key_pem=key_pem, route="p12", row_id=None,
                      trust_pem=trust_pem)

    def install_trust_bundle(self, trust_pem: bytes) -> TrustBundle:
        bundle = TrustBundle.from_pem(trust_pem)
        with self.store.transaction() as db:
            repo.put_trust_bundle(db, bundle.to_pem())
            eval_repo.append_audit(db, actor=self.actor, action="trust.install",
                                   entity="trust_bundle", key="1")
        return bundle

    def trust_bundle(self) -> TrustBundle | None:
        pem = repo.trust_bundle(self.store)
        return None if pem is None else TrustBundle.from_pem(pem)

    def signer(self, passphrase: bytes) -> SignerMaterial:
        """The active key and certificate, decrypted with `passphrase`.

        A key stored under an older, weaker KDF is re-encrypted (same passphrase) in one
        transaction right after it opened.

        Raises:
            CredentialError: `NO_CREDENTIAL`, `WRONG_PASSPHRASE`.
        """
        row = repo.active(self.store)
        if row is None:
            raise CredentialError("NO_CREDENTIAL", "no credential is installed")
        key_pem = bytes(row["key_pem"])
        # No chain: the coordinator's root is in every verifier's trust bundle.
        material = SignerMaterial.from_pem(
            key_pem=key_pem, passphrase=passphrase,
            certificate_pem=bytes(row["certificate_pem"]),
        )
        if needs_rewrap(key_pem):
            with self.store.transaction() as db:
                repo.replace_key(db, row["id"], key_pem=encrypt_private_key(
                    material.private_key, passphrase), expected=key_pem)
                eval_repo.append_audit(db, actor=self.actor, action="credential.rekey",
                                       entity="credential", key=row["agency_code"])
        return material

    def change_passphrase(self, *, old: bytes, new: bytes) -> None:
        """Re-encrypt the stored key (the active one, else the pending request's) under `new`.

        The old passphrase is checked first; a wrong one changes nothing. One transaction.

        Raises:
            CredentialError: `NO_CREDENTIAL`, `WRONG_PASSPHRASE`.
            PassphraseError: `new` breaks the rule.
        """
        row = repo.active(self.store) or repo.latest(self.store)
        if row is None:
            raise CredentialError("NO_CREDENTIAL", "no credential is installed")
        key_pem = bytes(row["key_pem"])
        key = load_private_key(key_pem, old)
        check_new(new)
        with self.store.transaction() as db:
            repo.replace_key(db, row["id"], key_pem=encrypt_private_key(key, new),
                             expected=key_pem)
            eval_repo.append_audit(db, actor=self.actor, action="credential.passphrase",
                                   entity="credential", key=row["agency_code"])

    def _install(
        self, cert: x509.Certificate, *, key_pem: bytes, route: str, row_id: int | None,
        trust_pem: bytes | None,
    ) -> None:
        code = self._agency_code()
        if agency_code_of(cert) != code:
            raise CredentialError(
                "WRONG_AGENCY", f"the credential is for {agency_code_of(cert)}, not {code}")
        bundle = TrustBundle.from_pem(trust_pem) if trust_pem else self.trust_bundle()
        if bundle is None:
            raise CredentialError("NO_TRUST_BUNDLE", "the coordinator's trust bundle is needed")
        if not any(issued_by(cert, root) for root in bundle.roots):
            raise CredentialError("NOT_ISSUED_BY_COORDINATOR",
                                  "the certificate was not issued by this coordinator")
        with self.store.transaction() as db:
            if trust_pem:
                repo.put_trust_bundle(db, bundle.to_pem())
            repo.install(
                db, row_id=row_id, agency_code=code, route=route, key_pem=key_pem,
                certificate_pem=cert.public_bytes(serialization.Encoding.PEM), chain_pem=b"",
                subject=cert.subject.rfc4514_string(), serial=serial_hex(cert.serial_number),
                not_after=cert.not_valid_after_utc.isoformat(),
            )
            eval_repo.append_audit(db, actor=self.actor, action="credential.install",
                                   entity="credential", key=code,
                                   new={"route": route, "serial": serial_hex(cert.serial_number)})
