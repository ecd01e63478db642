"""The coordinator's one-level certificate authority, kept in one folder.

Layout of the CA folder (back it up whole, keep the passphrase apart from it):
  ca.json          name, CRL settings, next CRL number
  root-key.pem     the root private key, RSA-3072, PKCS#8, ALWAYS passphrase-encrypted
  root-cert.pem    the root certificate (public; goes into every trust bundle)
  crl.pem          the current certificate revocation list (public)
  registry.json    every issued certificate: serial, agency code and name, validity, status
  issued/          a copy of every issued certificate, `<serial hex>.pem`
  receipt-key.pem  the coordinator's receipt-signing key (made on first use), encrypted with
  receipt-cert.pem the CA passphrase, and its certificate (registry route "receipt")
  seal-key.pem     the coordinator's encryption key for sealed submissions (made at init,
  seal-cert.pem    or by `ca crl` in older folders), encrypted with the CA passphrase, and
                   its certificate (in every trust bundle; kept in issued/, not in the
                   registry: it signs nothing, and a new one is made when it nears expiry)
Every private key is PKCS#8 PBES2 with PBKDF2-SHA256 at `keys.KDF_ROUNDS` rounds; keys
written by earlier versions (2,048 rounds) are re-encrypted on their next unlock.
Every file is written atomically (temporary file, then rename). Only `init`, `issue`,
`revoke` and `crl` need the passphrase; reading the registry or the bundle does not.
Agency certificates carry the agency code as defined in `credentials.py`. The code
`COORDINATOR` is reserved: only the coordinator's receipt-signing certificate carries it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from digigov_desktop.fileio import write_atomic
from digigov_desktop.signing import ca_build
from digigov_desktop.signing.ca_registry import (
    AGENCY_VALIDITY_DAYS,
    COORDINATOR_CODE,
    CRL_VALIDITY_DAYS,
    CRL_WARNING_DAYS,
    FORMAT,
    RECEIPT_RENEW_DAYS,
    RECEIPT_ROUTE,
    REVOCATION_REASONS,
    ROOT_VALIDITY_DAYS,
    RegistryEntry,
    iso,
    now_utc,
    refuse_reserved,
    serial_hex,
)
from digigov_desktop.signing.ca_service_keys import CoordinatorKeys
from digigov_desktop.signing.credentials import (
    KEY_SIZE,
    MIN_KEY_SIZE,
    CredentialError,
    SignerMaterial,
    TrustBundle,
    agency_subject,
    load_private_key,
)
from digigov_desktop.signing.keys import encrypt_private_key, needs_rewrap

__all__ = [
    "AGENCY_VALIDITY_DAYS", "COORDINATOR_CODE", "CRL_VALIDITY_DAYS", "CRL_WARNING_DAYS",
    "RECEIPT_RENEW_DAYS", "RECEIPT_ROUTE", "REVOCATION_REASONS", "ROOT_VALIDITY_DAYS",
    "CertificateAuthority", "RegistryEntry", "serial_hex",
]

_KEY_FILES = ("root-key.pem", "receipt-key.pem", "seal-key.pem")  # the CA passphrase's

_BACKUP_NOTE = """DigiGov Desktop — coordinator certificate authority

This folder is the coordinator's crown jewel. Back it up whole (all files) to two
separate places, e.g. an encrypted USB stick kept in a safe and the institution's
backup system. Write the passphrase down and keep it APART from the backups.

Without root-key.pem AND its passphrase nobody can issue agency credentials or
revoke them; every agency would need new credentials from a new authority.
Losing the passphrase cannot be repaired: it is not stored anywhere.

Public files you may hand out: root-cert.pem, crl.pem, and the trust bundle made by
`digigov ca bundle` (root + current CRL).
"""


class CertificateAuthority(CoordinatorKeys):
    """An existing CA folder. Create one with `CertificateAuthority.init()`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        meta = self.folder / "ca.json"
        if not meta.is_file() or not (self.folder / "root-cert.pem").is_file():
            raise CredentialError("CA_NOT_FOUND", f"{self.folder} is not a DigiGov CA folder")
        try:
            self._meta = json.loads(meta.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise CredentialError("CA_DAMAGED", f"{meta}: {exc}") from exc
        if self._meta.get("format") != FORMAT:
            raise CredentialError("CA_DAMAGED", f"{meta}: unknown format")
        try:
            self.root = x509.load_pem_x509_certificate((self.folder / "root-cert.pem").read_bytes())
        except (OSError, ValueError) as exc:
            raise CredentialError("CA_DAMAGED", f"root certificate unreadable: {exc}") from exc

    # --- creation ---------------------------------------------------------------------

    @classmethod
    def init(
        cls, folder: Path, *, name: str, passphrase: bytes, key_size: int = KEY_SIZE
    ) -> CertificateAuthority:
        """Create a new CA: encrypted root key, root certificate, empty registry, first CRL.

        The passphrase rule (length, common passphrases) is the services' business
        (`services.passphrases.check_new`); here only an empty one is refused.

        Raises:
            CredentialError: `CA_EXISTS` (never overwritten), `EMPTY_PASSPHRASE`,
                `INVALID_NAME`.
        """
        folder = Path(folder)
        if (folder / "ca.json").exists() or (folder / "root-key.pem").exists():
            raise CredentialError("CA_EXISTS", f"{folder} already holds a certificate authority")
        if not passphrase:
            raise CredentialError("EMPTY_PASSPHRASE", "the CA passphrase is required")
        if not name.strip():
            raise CredentialError("INVALID_NAME", "the CA needs a name")
        key = rsa.generate_private_key(public_exponent=65537, key_size=max(key_size, KEY_SIZE))
        now = now_utc()
        cert = ca_build.root_certificate(key, name=name, now=now,
                                         validity_days=ROOT_VALIDITY_DAYS)
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "root-key.pem", encrypt_private_key(key, passphrase), private=True)
        write_atomic(folder / "root-cert.pem", cert.public_bytes(serialization.Encoding.PEM))
        write_atomic(folder / "registry.json", b"[]\n")
        write_atomic(folder / "README-BACKUP.txt", _BACKUP_NOTE.encode("utf-8"))
        meta = {
            "format": FORMAT,
            "name": name.strip(),
            "created_at": iso(now),
            "crl_number": 1,
            "crl_validity_days": CRL_VALIDITY_DAYS,
        }
        write_atomic(folder / "ca.json", json.dumps(meta, indent=2).encode("utf-8"))
        ca = cls(folder)
        ca._write_crl(key)
        ca.ensure_seal(passphrase=passphrase)  # the bundle carries the encryption certificate
        return ca

    # --- reading ----------------------------------------------------------------------

    @property
    def name(self) -> str:
        return str(self._meta["name"])

    def registry(self) -> list[RegistryEntry]:
        try:
            rows = json.loads((self.folder / "registry.json").read_text("utf-8"))
            return [RegistryEntry(**row) for row in rows]
        except (OSError, ValueError, TypeError) as exc:
            raise CredentialError("CA_DAMAGED", f"registry unreadable: {exc}") from exc

    def entry(self, serial: int | str) -> RegistryEntry | None:
        wanted = serial_hex(serial)
        return next((e for e in self.registry() if e.serial == wanted), None)

    def crl(self) -> x509.CertificateRevocationList:
        try:
            return x509.load_pem_x509_crl((self.folder / "crl.pem").read_bytes())
        except (OSError, ValueError) as exc:
            raise CredentialError("CA_DAMAGED", f"CRL unreadable: {exc}") from exc

    def crl_expires_in(self, now: dt.datetime | None = None) -> dt.timedelta:
        next_update = self.crl().next_update_utc
        if next_update is None:  # every CRL this CA issues has one
            raise CredentialError("CA_DAMAGED", "CRL without nextUpdate")
        return next_update - (now or now_utc())

    def crl_needs_reissue(self, now: dt.datetime | None = None) -> bool:
        """True within `CRL_WARNING_DAYS` of the CRL's next update (or after it)."""
        return self.crl_expires_in(now) < dt.timedelta(days=CRL_WARNING_DAYS)

    def bundle(self) -> TrustBundle:
        """Root, current CRL and, once made, the encryption certificate for sealing."""
        return TrustBundle(roots=(self.root,), crl=self.crl(), seal=self.seal_certificate())

    def bundle_pem(self) -> bytes:
        """Root certificate + current CRL, for agencies, auditors and `--trust`."""
        return self.bundle().to_pem()

    # --- keys at rest -----------------------------------------------------------------

    def _load_key(self, file_name: str, passphrase: bytes) -> rsa.RSAPrivateKey:
        """Decrypt a key of the folder; a key under a weaker KDF is re-encrypted at once.

        The re-encrypted file replaces the old one atomically (temporary file + rename),
        so an interruption leaves either the old or the new file, both readable.
        """
        path = self.folder / file_name
        try:
            pem = path.read_bytes()
        except OSError as exc:
            raise CredentialError("CA_DAMAGED", f"{file_name} unreadable: {exc}") from exc
        key = load_private_key(pem, passphrase)
        if needs_rewrap(pem):
            write_atomic(path, encrypt_private_key(key, passphrase), private=True)
        return key

    def _root_key(self, passphrase: bytes) -> rsa.RSAPrivateKey:
        return self._load_key("root-key.pem", passphrase)

    def unlock(self, passphrase: bytes) -> None:
        """Check the CA passphrase (and upgrade the root key's protection if it is old).

        Raises:
            CredentialError: `WRONG_PASSPHRASE`, `CA_DAMAGED`.
        """
        self._root_key(passphrase)

    def change_passphrase(self, *, old: bytes, new: bytes) -> None:
        """Re-encrypt every key of the folder under a new passphrase; `old` first.

        A wrong `old` changes nothing. The root key is written last: if the run is
        interrupted after the receipt key was rewritten, the receipt key no longer opens
        with the (old) CA passphrase and `receipt_signer` simply makes a new one.

        Raises:
            CredentialError: `WRONG_PASSPHRASE`, `EMPTY_PASSPHRASE`, `CA_DAMAGED`.
        """
        if not new:
            raise CredentialError("EMPTY_PASSPHRASE", "the new passphrase is required")
        root = self._root_key(old)
        others = {}
        for name in _KEY_FILES[1:]:
            if (self.folder / name).is_file():
                try:
                    others[name] = self._load_key(name, old)
                except CredentialError as exc:
                    if exc.code != "WRONG_PASSPHRASE":
                        raise
                    # an interrupted earlier change: the receipt key is renewed on use
        for name, key in others.items():
            write_atomic(self.folder / name, encrypt_private_key(key, new), private=True)
        write_atomic(self.folder / "root-key.pem", encrypt_private_key(root, new), private=True)

    # --- signing operations (need the passphrase) -----------------------------------------

    def sign_certificate(
        self, builder: x509.CertificateBuilder, *, passphrase: bytes
    ) -> x509.Certificate:
        """Sign a certificate another module built (e.g. `packsign`'s pack signer).

        The issuer name and authority key identifier are set here; the caller sets the rest.

        Raises:
            CredentialError: `WRONG_PASSPHRASE`, `CA_DAMAGED`.
        """
        root_key = self._root_key(passphrase)
        return (
            builder.issuer_name(self.root.subject)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                critical=False,
            )
            .sign(root_key, hashes.SHA256())
        )

    def issue_from_csr(
        self,
        csr_pem: bytes,
        *,
        agency_code: str,
        agency_name: str,
        passphrase: bytes,
        validity_days: int = AGENCY_VALIDITY_DAYS,
        person: str | None = None,
        role: str | None = None,
    ) -> bytes:
        """Issue an agency certificate for the key in a CSR; returns the certificate PEM.

        The subject and extensions are set here; whatever else the CSR asks is ignored.
        With `person` and `role` the certificate is a person's credential for the signature
        chain (see `credentials.agency_subject`); the agency code is carried as always.

        Raises:
            CredentialError: `INVALID_CSR`, `UNSUPPORTED_KEY`, `WRONG_PASSPHRASE`,
                `INVALID_AGENCY_CODE`, `INVALID_AGENCY_NAME`, `RESERVED_AGENCY_CODE`,
                `INVALID_ROLE`, `INVALID_PERSON`.
        """
        refuse_reserved(agency_code)
        try:
            csr = x509.load_pem_x509_csr(csr_pem)
        except (ValueError, TypeError) as exc:
            raise CredentialError("INVALID_CSR", f"not a certificate request: {exc}") from exc
        if not csr.is_signature_valid:
            raise CredentialError("INVALID_CSR", "the request's signature is not valid")
        public_key = csr.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey) or public_key.key_size < MIN_KEY_SIZE:
            raise CredentialError("UNSUPPORTED_KEY", "agency keys must be RSA of 2048 bits or more")
        cert = self._issue(
            public_key,
            agency_code=agency_code,
            agency_name=agency_name,
            passphrase=passphrase,
            validity_days=validity_days,
            route="csr",
            person=person,
            role=role,
        )
        return cert.public_bytes(serialization.Encoding.PEM)

    def issue_pkcs12(
        self,
        *,
        agency_code: str,
        agency_name: str,
        passphrase: bytes,
        p12_passphrase: bytes,
        validity_days: int = AGENCY_VALIDITY_DAYS,
        person: str | None = None,
        role: str | None = None,
    ) -> bytes:
        """Generate an agency key, issue its certificate, return both as an encrypted PKCS#12.

        The PKCS#12 is PBES2 / PBKDF2-SHA256 (`keys.KDF_ROUNDS`) / AES-256-CBC.

        Raises:
            CredentialError: `EMPTY_PASSPHRASE` (for the PKCS#12), or as `issue_from_csr`.
        """
        refuse_reserved(agency_code)
        if not p12_passphrase:
            raise CredentialError("EMPTY_PASSPHRASE", "the PKCS#12 file needs a passphrase")
        agency_subject(agency_code=agency_code, agency_name=agency_name, person=person,
                       role=role)  # validate first
        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
        cert = self._issue(
            key.public_key(),
            agency_code=agency_code,
            agency_name=agency_name,
            passphrase=passphrase,
            validity_days=validity_days,
            route="p12",
            person=person,
            role=role,
        )
        material = SignerMaterial(private_key=key, certificate=cert, chain=(self.root,))
        return material.to_pkcs12(p12_passphrase, friendly_name=agency_code.encode())

    def _issue(
        self,
        public_key: rsa.RSAPublicKey,
        *,
        agency_code: str,
        agency_name: str,
        passphrase: bytes,
        validity_days: int,
        route: str,
        person: str | None = None,
        role: str | None = None,
        encryption: bool = False,
        register: bool = True,
    ) -> x509.Certificate:
        subject = agency_subject(agency_code=agency_code, agency_name=agency_name,
                                 person=person, role=role)
        root_key = self._root_key(passphrase)
        now = now_utc()
        cert = ca_build.end_entity_certificate(
            public_key, subject=subject, root=self.root, root_key=root_key, now=now,
            validity_days=validity_days, encryption=encryption)
        serial = serial_hex(cert.serial_number)
        write_atomic(
            self.folder / "issued" / f"{serial}.pem", cert.public_bytes(serialization.Encoding.PEM)
        )
        if not register:
            return cert
        entries = self.registry()
        entries.append(
            RegistryEntry(
                serial=serial,
                agency_code=agency_code,
                agency_name=agency_name.strip(),
                not_before=iso(cert.not_valid_before_utc),
                not_after=iso(cert.not_valid_after_utc),
                issued_at=iso(now),
                route=route,
                person=person.strip() if person else None,
                role=role if person else None,
            )
        )
        self._save_registry(entries)
        return cert

    def revoke(
        self,
        *,
        passphrase: bytes,
        serial: int | str | None = None,
        agency_code: str | None = None,
        reason: str = "unspecified",
    ) -> list[RegistryEntry]:
        """Revoke one certificate (by serial) or every active one of an agency; reissue the CRL.

        Raises:
            CredentialError: `NOT_FOUND` (nothing active matches), `INVALID_REASON`,
                `WRONG_PASSPHRASE`.
        """
        if reason not in REVOCATION_REASONS:
            raise CredentialError("INVALID_REASON", f"unknown revocation reason {reason!r}")
        root_key = self._root_key(passphrase)  # check the passphrase before changing anything
        entries = self.registry()
        wanted = None if serial is None else serial_hex(serial)
        hits = [
            e
            for e in entries
            if e.status == "active"
            and (
                (wanted is not None and e.serial == wanted)
                or (agency_code is not None and e.agency_code == agency_code)
            )
        ]
        if not hits:
            raise CredentialError("NOT_FOUND", "no active certificate matches")
        stamp = iso(now_utc())
        revoked = {e.serial for e in hits}
        entries = [
            RegistryEntry(
                **{**asdict(e), "status": "revoked", "revoked_at": stamp, "reason": reason}
            )
            if e.serial in revoked
            else e
            for e in entries
        ]
        self._save_registry(entries)
        self._write_crl(root_key)
        return [e for e in entries if e.serial in revoked]

    def reissue_crl(self, *, passphrase: bytes) -> x509.CertificateRevocationList:
        """Sign a fresh CRL (same revocations, new validity) — due every CRL_VALIDITY_DAYS.

        A CA folder made before sealed submissions gets its encryption certificate here.
        """
        self._write_crl(self._root_key(passphrase))
        self.ensure_seal(passphrase=passphrase)
        return self.crl()

    def _write_crl(self, root_key: rsa.RSAPrivateKey) -> None:
        number = int(self._meta.get("crl_number", 1))
        crl = ca_build.revocation_list(
            root=self.root, root_key=root_key, entries=self.registry(), number=number,
            now=now_utc(), validity_days=int(self._meta["crl_validity_days"]))
        write_atomic(self.folder / "crl.pem", crl.public_bytes(serialization.Encoding.PEM))
        self._meta["crl_number"] = number + 1
        write_atomic(self.folder / "ca.json", json.dumps(self._meta, indent=2).encode("utf-8"))

    def _save_registry(self, entries: list[RegistryEntry]) -> None:
        rows = [{k: v for k, v in asdict(e).items() if v is not None or k not in ("person",
                 "role")} for e in entries]
        data = json.dumps(rows, indent=2, ensure_ascii=False)
        write_atomic(self.folder / "registry.json", (data + "\n").encode("utf-8"))
