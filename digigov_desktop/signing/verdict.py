"""The outcome of verifying a submission: :class:`RejectReason` codes and :class:`Verdict`."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509

from digigov_desktop.signing.chain import ChainLink

__all__ = ["RejectReason", "Verdict", "payload_reason"]


class RejectReason(enum.StrEnum):
    """Outcome codes of :func:`verify_submission`; the UI maps them to messages."""

    ACCEPTED = "ACCEPTED"
    NOT_PDF = "NOT_PDF"
    TOO_LARGE = "TOO_LARGE"
    DAMAGED = "DAMAGED"
    UNSIGNED = "UNSIGNED"
    MULTIPLE_SIGNATURES = "MULTIPLE_SIGNATURES"
    SIGNATURE_CORRUPT = "SIGNATURE_CORRUPT"
    MODIFIED = "MODIFIED"
    NOT_WHOLE_FILE = "NOT_WHOLE_FILE"
    REVOKED = "REVOKED"
    UNTRUSTED = "UNTRUSTED"
    EXPIRED = "EXPIRED"
    CRL_MISSING_OR_STALE = "CRL_MISSING_OR_STALE"
    PAYLOAD_MISSING = "PAYLOAD_MISSING"
    PAYLOAD_INVALID = "PAYLOAD_INVALID"
    PAYLOAD_NEWER = "PAYLOAD_NEWER"
    FRAMEWORK_UNKNOWN = "FRAMEWORK_UNKNOWN"
    AGENCY_MISMATCH = "AGENCY_MISMATCH"
    SIGNATURE_OUT_OF_ORDER = "SIGNATURE_OUT_OF_ORDER"
    MODIFIED_AFTER_SIGNING = "MODIFIED_AFTER_SIGNING"
    MISSING_REVIEWER = "MISSING_REVIEWER"
    MISSING_APPROVER = "MISSING_APPROVER"
    CHAIN_INCOMPLETE = "CHAIN_INCOMPLETE"


def payload_reason(exc: BaseException) -> RejectReason:
    """The reason for a payload the parser refused: ``PAYLOAD_NEWER`` when its error has the
    code ``NEWER_FORMAT`` (the submission and receipt parsers of ``domain``: a later version
    of the format, written by a newer DigiGov Desktop; an update is due, not a damaged
    file), else ``PAYLOAD_INVALID``."""
    newer = getattr(exc, "code", None) == "NEWER_FORMAT"
    return RejectReason.PAYLOAD_NEWER if newer else RejectReason.PAYLOAD_INVALID


@dataclass(frozen=True)
class Verdict:
    """The result of verifying one submission file.

    Fields are filled as far as verification got: a file rejected as REVOKED still
    reports its signer; payload fields are set once the payload was read.

    Attributes:
        reason: ``RejectReason.ACCEPTED`` or the first failed check.
        detail: English explanation for the log (never shown translated).
        sha256: hex SHA-256 of the whole file (None when too large / not a PDF).
        agency_code: agency code in the signer certificate, if any.
        signer_serial: the signer certificate's serial number.
        signer_subject: the signer certificate's subject (RFC 4514).
        signer_certificate: the signer certificate itself.
        signed_at: signing time claimed by the signer (not a trusted timestamp).
        payload: the payload bytes from the signed revision.
        payload_data: the parsed payload (a JSON object / ``parse_payload`` result).
        payload_sha256: hex SHA-256 of ``payload``.
        chain: every signature in order (preparer first), as far as verification got.
        planned: the roles the preparer planned to sign after them (the payload's
            ``signers_planned``), None when the payload has no plan or was not read.

    The ``signer_*`` fields describe the preparer's (first) signature.
    """

    reason: RejectReason
    detail: str = ""
    sha256: str | None = None
    agency_code: str | None = None
    signer_serial: int | None = None
    signer_subject: str | None = None
    signer_certificate: x509.Certificate | None = field(default=None, repr=False)
    signed_at: datetime | None = None
    payload: bytes | None = field(default=None, repr=False)
    payload_data: Mapping[str, Any] | None = field(default=None, repr=False)
    payload_sha256: str | None = None
    chain: tuple[ChainLink, ...] = ()
    planned: tuple[str, ...] | None = None

    @property
    def accepted(self) -> bool:
        """True when every check passed."""
        return self.reason is RejectReason.ACCEPTED

    @property
    def missing(self) -> tuple[str, ...]:
        """The planned roles that have not signed (yet), in chain order."""
        signed = {link.role for link in self.chain}
        return tuple(role for role in self.planned or () if role not in signed)
