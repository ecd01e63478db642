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
Every file is written atomically (temporary file, then rename). Only `init`, `issue`,
`revoke` and `crl` need the passphrase; reading the registry or the bundle does not.
Agency certificates carry the agency code as defined in `credentials.py`. The code
`COORDINATOR` is reserved: only the coordinator's receipt-signing certificate carries it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from digigov_desktop.fileio import write_atomic
from digigov_desktop.signing.credentials import (
    KEY_SIZE,
    MIN_KEY_SIZE,
    CredentialError,
    SignerMaterial,
    TrustBundle,
    agency_subject,
    load_private_key,
)

FORMAT = 1
ROOT_VALIDITY_DAYS = 3653  # ten years
AGENCY_VALIDITY_DAYS = 2 * 365 + 90  # a yearly cycle, the next one, and a grace period
CRL_VALIDITY_DAYS = 180
CRL_WARNING_DAYS = 30
COORDINATOR_CODE = "COORDINATOR"  # reserved: the receipt-signing certificate's agency code
RECEIPT_ROUTE = "receipt"
RECEIPT_RENEW_DAYS = 90  # a new receipt certificate is made when less validity is left
REVOCATION_REASONS = {
    "unspecified": x509.ReasonFlags.unspecified,
    "key_compromise": x509.ReasonFlags.key_compromise,
    "affiliation_changed": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessation_of_operation": x509.ReasonFlags.cessation_of_operation,
}

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


@dataclass(frozen=True)
class RegistryEntry:
    serial: str  # hexadecimal, lower case
    agency_code: str
    agency_name: str
    not_before: str
    not_after: str
    issued_at: str
    route: str  # "csr" or "p12"; "receipt" for the coordinator's receipt certificate
    status: str = "active"  # "active" or "revoked"
    revoked_at: str | None = None
    reason: str | None = None

    def expired(self, now: dt.datetime | None = None) -> bool:
        now = now or dt.datetime.now(dt.UTC)
        return dt.datetime.fromisoformat(self.not_after) < now

    @property
    def is_agency(self) -> bool:
        """False for the coordinator's own receipt-signing certificate."""
        return self.route != RECEIPT_ROUTE

    def effective_status(self, now: dt.datetime | None = None) -> str:
        """`active`, `revoked` or `expired` (an expired certificate is never active)."""
        if self.status == "revoked":
            return "revoked"
        return "expired" if self.expired(now) else "active"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


class CertificateAuthority:
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
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, name.strip()[:64]),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DigiGov Desktop coordinator"),
            ]
        )
        now = _now()
        ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=ROOT_VALIDITY_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=False,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256())
        )
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(
            folder / "root-key.pem",
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            ),
            private=True,
        )
        write_atomic(folder / "root-cert.pem", cert.public_bytes(serialization.Encoding.PEM))
        write_atomic(folder / "registry.json", b"[]\n")
        write_atomic(folder / "README-BACKUP.txt", _BACKUP_NOTE.encode("utf-8"))
        meta = {
            "format": FORMAT,
            "name": name.strip(),
            "created_at": _iso(now),
            "crl_number": 1,
            "crl_validity_days": CRL_VALIDITY_DAYS,
        }
        write_atomic(folder / "ca.json", json.dumps(meta, indent=2).encode("utf-8"))
        ca = cls(folder)
        ca._write_crl(key)
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
        return self.crl().next_update_utc - (now or _now())

    def crl_needs_reissue(self, now: dt.datetime | None = None) -> bool:
        """True within `CRL_WARNING_DAYS` of the CRL's next update (or after it)."""
        return self.crl_expires_in(now) < dt.timedelta(days=CRL_WARNING_DAYS)

    def bundle(self) -> TrustBundle:
        return TrustBundle(roots=(self.root,), crl=self.crl())

    def bundle_pem(self) -> bytes:
        """Root certificate + current CRL, for agencies, auditors and `--trust`."""
        return self.bundle().to_pem()

    # --- signing operations (need the passphrase) -----------------------------------------

    def _root_key(self, passphrase: bytes) -> rsa.RSAPrivateKey:
        try:
            pem = (self.folder / "root-key.pem").read_bytes()
        except OSError as exc:
            raise CredentialError("CA_DAMAGED", f"root key unreadable: {exc}") from exc
        return load_private_key(pem, passphrase)

    def issue_from_csr(
        self,
        csr_pem: bytes,
        *,
        agency_code: str,
        agency_name: str,
        passphrase: bytes,
        validity_days: int = AGENCY_VALIDITY_DAYS,
    ) -> bytes:
        """Issue an agency certificate for the key in a CSR; returns the certificate PEM.

        The subject and extensions are set here; whatever else the CSR asks is ignored.

        Raises:
            CredentialError: `INVALID_CSR`, `UNSUPPORTED_KEY`, `WRONG_PASSPHRASE`,
                `INVALID_AGENCY_CODE`, `INVALID_AGENCY_NAME`, `RESERVED_AGENCY_CODE`.
        """
        _refuse_reserved(agency_code)
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
    ) -> bytes:
        """Generate an agency key, issue its certificate, return both as an encrypted PKCS#12.

        Raises:
            CredentialError: `EMPTY_PASSPHRASE` (for the PKCS#12), or as `issue_from_csr`.
        """
        _refuse_reserved(agency_code)
        if not p12_passphrase:
            raise CredentialError("EMPTY_PASSPHRASE", "the PKCS#12 file needs a passphrase")
        agency_subject(agency_code=agency_code, agency_name=agency_name)  # validate first
        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
        cert = self._issue(
            key.public_key(),
            agency_code=agency_code,
            agency_name=agency_name,
            passphrase=passphrase,
            validity_days=validity_days,
            route="p12",
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
    ) -> x509.Certificate:
        subject = agency_subject(agency_code=agency_code, agency_name=agency_name)
        root_key = self._root_key(passphrase)
        now = _now()
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.root.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=validity_days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                critical=False,
            )
            .sign(root_key, hashes.SHA256())
        )
        serial = serial_hex(cert.serial_number)
        write_atomic(
            self.folder / "issued" / f"{serial}.pem", cert.public_bytes(serialization.Encoding.PEM)
        )
        entries = self.registry()
        entries.append(
            RegistryEntry(
                serial=serial,
                agency_code=agency_code,
                agency_name=agency_name.strip(),
                not_before=_iso(cert.not_valid_before_utc),
                not_after=_iso(cert.not_valid_after_utc),
                issued_at=_iso(now),
                route=route,
            )
        )
        self._save_registry(entries)
        return cert

    def receipt_signer(self, *, passphrase: bytes) -> SignerMaterial:
        """The coordinator's receipt-signing key and certificate, made on first use.

        The certificate is issued by the root with the reserved agency code, registered
        (route `receipt`, so `ca list` shows it and `ca revoke` can revoke it) and renewed
        when it is revoked or has less than `RECEIPT_RENEW_DAYS` left. Its key is stored
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
            key = load_private_key(key_path.read_bytes(), passphrase)
            entry = self.entry(cert.serial_number)
            left = cert.not_valid_after_utc - _now()
            if entry is not None and entry.status == "active" and left > dt.timedelta(
                days=RECEIPT_RENEW_DAYS
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
        write_atomic(
            key_path,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            ),
            private=True,
        )
        write_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM))
        return SignerMaterial(private_key=key, certificate=cert, chain=(self.root,))

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
        stamp = _iso(_now())
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
        """Sign a fresh CRL (same revocations, new validity) — due every CRL_VALIDITY_DAYS."""
        self._write_crl(self._root_key(passphrase))
        return self.crl()

    def _write_crl(self, root_key: rsa.RSAPrivateKey) -> None:
        now = _now()
        number = int(self._meta.get("crl_number", 1))
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.root.subject)
            .last_update(now - dt.timedelta(minutes=5))
            .next_update(now + dt.timedelta(days=int(self._meta["crl_validity_days"])))
            .add_extension(x509.CRLNumber(number), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                critical=False,
            )
        )
        for entry in self.registry():
            if entry.status != "revoked":
                continue
            revoked = (
                x509.RevokedCertificateBuilder()
                .serial_number(int(entry.serial, 16))
                .revocation_date(dt.datetime.fromisoformat(entry.revoked_at or _iso(now)))
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
        crl = builder.sign(root_key, hashes.SHA256())
        write_atomic(self.folder / "crl.pem", crl.public_bytes(serialization.Encoding.PEM))
        self._meta["crl_number"] = number + 1
        write_atomic(self.folder / "ca.json", json.dumps(self._meta, indent=2).encode("utf-8"))

    def _save_registry(self, entries: list[RegistryEntry]) -> None:
        data = json.dumps([asdict(e) for e in entries], indent=2, ensure_ascii=False)
        write_atomic(self.folder / "registry.json", (data + "\n").encode("utf-8"))


def _refuse_reserved(agency_code: str) -> None:
    if isinstance(agency_code, str) and agency_code.strip().upper() == COORDINATOR_CODE:
        raise CredentialError(
            "RESERVED_AGENCY_CODE", f"{agency_code!r} is reserved for the coordinator"
        )


def serial_hex(serial: int | str) -> str:
    """A certificate serial as the registry writes it: lower-case hex, no prefix."""
    if isinstance(serial, int):
        return format(serial, "x")
    text = serial.strip().lower().removeprefix("0x").replace(":", "")
    try:
        return format(int(text, 16), "x")
    except ValueError:
        raise CredentialError("NOT_FOUND", f"not a certificate serial: {serial!r}") from None
