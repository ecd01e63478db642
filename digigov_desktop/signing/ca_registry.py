"""The CA folder's registry of issued certificates, its constants and serial numbers.

Split out of :mod:`digigov_desktop.signing.authority` (which re-exports every name here):
what a registry row is, how serials are written, and which codes and reasons exist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509

from digigov_desktop.signing.credentials import CredentialError

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
    person: str | None = None  # a person's credential (signature chain): their name
    role: str | None = None  # ... and their role: preparer, reviewer or approver

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


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def refuse_reserved(agency_code: str) -> None:
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
