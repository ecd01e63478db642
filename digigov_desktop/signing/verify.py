"""Offline verification of a submission PDF: ordered checks ending in a :class:`Verdict`.

Implements DESIGN.md §5 up to (not including) the registry and the store. The
checks run in this order and the first failure decides the :class:`RejectReason`:

 1. size limit (``TOO_LARGE``), before any parsing;
 2. ``%PDF-`` at offset 0 (``NOT_PDF``);
 3. strict parse of the xref/trailer/catalog; no encryption, no hybrid xrefs; a
    ByteRange reaching past the end of the file means truncation (``DAMAGED``);
 4. exactly one filled signature field (``UNSIGNED`` / ``MULTIPLE_SIGNATURES``);
 5. CMS readable: ``/Sig`` with the PAdES subfilter, DER followed only by zero
    padding, signer certificate present (``SIGNATURE_CORRUPT``);
 6. digest of the ByteRange matches (``MODIFIED``) and the signature value is
    valid (``SIGNATURE_CORRUPT``) — pyHanko's ``intact`` / ``valid``;
 7. the ByteRange covers the entire file (``NOT_WHOLE_FILE``): our own check of the
    ByteRange and pyHanko's ``SignatureCoverageLevel.ENTIRE_FILE``; no diff policy;
 8. the bundle CRL exists, is signed by a bundle root and is current
    (``CRL_MISSING_OR_STALE``); the signer's serial is not on it (``REVOKED``);
 9. the signer certificate is issued by a bundle root (``UNTRUSTED``), is valid at
    the claimed signing time and now, and so is the root (``EXPIRED``); pyHanko's
    path validation against the bundle roots only, with the CRL *required*, must
    agree (mapped to the same codes);
10. the payload attachment exists in the signed revision (``PAYLOAD_MISSING``);
11. it parses (``PAYLOAD_INVALID``), its framework is known (``FRAMEWORK_UNKNOWN``)
    and its agency equals the certificate's (``AGENCY_MISMATCH``).

:func:`verify_submission` never raises: every stage maps its errors to a reason.
``detail`` is English text for logs only. This module holds the procedure (the order
of the checks and their reason codes); the mechanics they rely on (ByteRange and CMS
padding inspection, CRL issuer lookup, the strict payload JSON guard) live in
:mod:`digigov_desktop.signing._verify_helpers`.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from cryptography import x509
from pyhanko.pdf_utils import misc
from pyhanko.pdf_utils.decode_limits import DecodeLimits, DocumentDecodeBudget, StreamDecodeLimits
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

from digigov_desktop.signing._verify_helpers import (
    PayloadJsonError,
    byte_range_end,
    byte_range_problem,
    check_zero_padding,
    crl_issuer_root,
    describe_error,
    load_json_object,
    str_member,
)
from digigov_desktop.signing.credentials import TrustBundle, agency_code_of, issued_by
from digigov_desktop.signing.pades import PAYLOAD_NAME, find_attachment, run_sync

__all__ = [
    "DEFAULT_MAX_BYTES",
    "RejectReason",
    "Verdict",
    "quiet_pyhanko_loggers",
    "verify_submission",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_PAYLOAD_BYTES = 16 * 1024 * 1024
MAX_JSON_DEPTH = 64
_MiB = 1024 * 1024
_PADES_SUBFILTER = "/ETSI.CAdES.detached"
_DECODE_LIMITS = DecodeLimits(
    per_stream=StreamDecodeLimits(max_ratio=1100, ratio_floor=_MiB, max_output_size=64 * _MiB),
    document_budget=DocumentDecodeBudget(base_allowance=128 * _MiB, max_ratio=20),
)
# WORKAROUND for pyhanko_certvalidator 0.33 ``policy_decl.LEGACY_POLICY_MAP``:
# revocation_mode="hard-fail" means CHECK_IF_DECLARED, which never consults a
# supplied CRL for a certificate without a CRL distribution point, so a revoked
# agency certificate is judged trusted. Require the CRL explicitly.
_REVINFO_POLICY = CertRevTrustPolicy(
    RevocationCheckingPolicy(
        ee_certificate_rule=RevocationCheckingRule.CRL_REQUIRED,
        intermediate_ca_cert_rule=RevocationCheckingRule.CRL_REQUIRED,
    )
)
# Errors a parser or decoder may raise on hostile input ("expected" failures).
_INPUT_ERRORS: tuple[type[BaseException], ...] = (
    misc.PdfError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    ArithmeticError,
    RecursionError,
    AssertionError,
    EOFError,
    NotImplementedError,
    zlib.error,
    struct.error,
)


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
    FRAMEWORK_UNKNOWN = "FRAMEWORK_UNKNOWN"
    AGENCY_MISMATCH = "AGENCY_MISMATCH"


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

    @property
    def accepted(self) -> bool:
        """True when every check passed."""
        return self.reason is RejectReason.ACCEPTED


class _Reject(Exception):
    """Internal: stop the pipeline with a reason."""

    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


_PYHANKO_LOGGERS = ("pyhanko", "pyhanko_certvalidator")
_defaults_applied = False


def quiet_pyhanko_loggers(level: int = logging.ERROR, *, only_unset: bool = False) -> None:
    """Raise pyHanko's loggers to ``level``.

    pyHanko logs every rejected hostile input as a WARNING with a traceback; with
    no logging configured, Python's last-resort handler prints those to stderr.
    Only the named ``pyhanko`` / ``pyhanko_certvalidator`` loggers are touched,
    never the root logger.

    Args:
        level: the level to set.
        only_unset: leave loggers alone whose level was already configured.
    """
    for name in _PYHANKO_LOGGERS:
        logger = logging.getLogger(name)
        if not only_unset or logger.level == logging.NOTSET:
            logger.setLevel(level)


# --------------------------------------------------------------------------- API


def verify_submission(
    data: bytes,
    trust: TrustBundle,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    payload_name: str = PAYLOAD_NAME,
    parse_payload: Callable[[bytes], Mapping[str, Any]] | None = None,
    framework_known: Callable[[str, str], bool] | None = None,
    now: datetime | None = None,
) -> Verdict:
    """Run every offline check on a submission file (see the module docstring).

    Args:
        data: the file's bytes.
        trust: the coordinator root(s) and CRL; nothing else is trusted.
        max_bytes: files larger than this are rejected before parsing.
        payload_name: name of the payload attachment.
        parse_payload: validates the payload bytes and returns its data, raising
            ``ValueError`` when invalid; by default a UTF-8 JSON object is required.
        framework_known: ``(framework id, version) -> bool``; None accepts any.
        now: reference time (timezone-aware); defaults to the current time.

    Returns:
        The verdict; this function never raises.
    """
    global _defaults_applied
    if not _defaults_applied:  # once; respects levels set by the app's logging setup
        quiet_pyhanko_loggers(only_unset=True)
        _defaults_applied = True
    run = _Run(trust=trust, now=_aware(now), payload_name=payload_name)
    try:
        run.execute(data, max_bytes, parse_payload, framework_known)
    except _Reject as rej:
        return run.verdict(rej.reason, rej.detail)
    except Exception as exc:  # last-resort net: a bug or an unforeseen input
        log.debug("verification failed unexpectedly", exc_info=True)
        log.warning("unexpected %s during stage %s: %s", type(exc).__name__, run.stage, exc)
        return run.verdict(run.stage, f"unexpected {type(exc).__name__}: {exc}")
    return run.verdict(RejectReason.ACCEPTED, "all checks passed")


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- pipeline


class _Run:
    """State of one verification; each ``_stage_*`` method raises :class:`_Reject`."""

    def __init__(self, *, trust: TrustBundle, now: datetime, payload_name: str) -> None:
        self.trust = trust
        self.now = now
        self.payload_name = payload_name
        self.stage = RejectReason.NOT_PDF  # reason used if a stage fails unexpectedly
        self.fields: dict[str, Any] = {}
        self.data = b""
        self.reader: PdfFileReader | None = None
        self.sig: EmbeddedPdfSignature | None = None
        self.cert: x509.Certificate | None = None

    def verdict(self, reason: RejectReason, detail: str) -> Verdict:
        if reason is not RejectReason.ACCEPTED:
            log.info("submission rejected: %s (%s)", reason.value, detail)
        return replace(Verdict(reason=reason, detail=detail), **self.fields)

    def execute(
        self,
        data: bytes,
        max_bytes: int,
        parse_payload: Callable[[bytes], Mapping[str, Any]] | None,
        framework_known: Callable[[str, str], bool] | None,
    ) -> None:
        self._stage_envelope(data, max_bytes)
        self._stage_parse()
        field_ref = self._stage_one_signature()
        self._stage_cms(field_ref)
        status = self._stage_integrity()
        self._stage_coverage(status)
        self._stage_crl()
        self._stage_trust(status)
        payload = self._stage_payload()
        doc = self._stage_parse_payload(payload, parse_payload)
        self._stage_content(doc, framework_known)

    # -- 1-2 -------------------------------------------------------------------------

    def _stage_envelope(self, data: bytes, max_bytes: int) -> None:
        self.stage = RejectReason.NOT_PDF
        if not isinstance(data, bytes | bytearray | memoryview):
            raise _Reject(RejectReason.NOT_PDF, f"expected bytes, got {type(data).__name__}")
        if len(data) > max_bytes:
            raise _Reject(RejectReason.TOO_LARGE, f"{len(data)} bytes > limit {max_bytes}")
        self.data = bytes(data)
        if not self.data.startswith(b"%PDF-"):
            raise _Reject(RejectReason.NOT_PDF, "no %PDF- header at offset 0")
        self.fields["sha256"] = hashlib.sha256(self.data).hexdigest()

    # -- 3 ---------------------------------------------------------------------------

    def _stage_parse(self) -> None:
        self.stage = RejectReason.DAMAGED
        try:
            reader = PdfFileReader(BytesIO(self.data), strict=True, decode_limits=_DECODE_LIMITS)
            reader.root  # noqa: B018 - force the catalog to resolve
            if reader.encrypted:
                raise _Reject(RejectReason.DAMAGED, "encrypted PDFs are not accepted")
            if reader.xrefs.hybrid_xrefs_present:
                raise _Reject(RejectReason.DAMAGED, "hybrid-reference PDFs are not accepted")
        except _INPUT_ERRORS as exc:
            raise _Reject(RejectReason.DAMAGED, f"unreadable PDF: {describe_error(exc)}") from None
        self.reader = reader

    # -- 4 ---------------------------------------------------------------------------

    def _stage_one_signature(self) -> tuple[str, Any]:
        self.stage = RejectReason.DAMAGED
        try:
            filled = [
                (name, field_ref)
                for name, _value, field_ref in enumerate_sig_fields(self.reader, filled_status=True)
            ]
        except _INPUT_ERRORS as exc:
            raise _Reject(
                RejectReason.DAMAGED, f"unreadable form fields: {describe_error(exc)}"
            ) from None
        if not filled:
            raise _Reject(RejectReason.UNSIGNED, "no filled signature field")
        if len(filled) > 1:
            raise _Reject(RejectReason.MULTIPLE_SIGNATURES, f"{len(filled)} signatures")
        return filled[0]

    # -- 5 ---------------------------------------------------------------------------

    def _stage_cms(self, field_ref: tuple[str, Any]) -> None:
        self.stage = RejectReason.SIGNATURE_CORRUPT
        name, ref = field_ref
        try:
            sig = EmbeddedPdfSignature(self.reader, ref, name)
            if sig.sig_object_type != "/Sig":
                raise _Reject(RejectReason.UNSIGNED, f"only a {sig.sig_object_type} is present")
            subfilter = sig.sig_object.get("/SubFilter")
            if subfilter != _PADES_SUBFILTER:
                raise _Reject(RejectReason.SIGNATURE_CORRUPT, f"unsupported SubFilter {subfilter}")
            check_zero_padding(sig.pkcs7_content)
            if byte_range_end(sig) > len(self.data):
                raise _Reject(RejectReason.DAMAGED, "truncated: ByteRange ends past end of file")
            asn1_cert = sig.signer_cert
            cert = x509.load_der_x509_certificate(asn1_cert.dump())
            signed_at = sig.self_reported_timestamp
        except _INPUT_ERRORS as exc:
            raise _Reject(
                RejectReason.SIGNATURE_CORRUPT, f"unreadable CMS: {describe_error(exc)}"
            ) from None
        self.sig, self.cert = sig, cert
        self.fields.update(
            signer_certificate=cert,
            signer_serial=cert.serial_number,
            signer_subject=cert.subject.rfc4514_string(),
            agency_code=agency_code_of(cert),
            signed_at=signed_at,
        )

    # -- 6 ---------------------------------------------------------------------------

    def _stage_integrity(self) -> PdfSignatureStatus:
        self.stage = RejectReason.SIGNATURE_CORRUPT
        context = ValidationContext(
            trust_roots=list(self.trust.asn1_roots),
            crls=[self.trust.asn1_crl] if self.trust.asn1_crl is not None else [],
            revinfo_policy=_REVINFO_POLICY,
            allow_fetching=False,
            moment=self.now,
        )
        sig = self.sig
        try:
            status = run_sync(lambda: async_validate_pdf_signature(sig, context, skip_diff=True))
        except _INPUT_ERRORS as exc:
            raise _Reject(
                RejectReason.SIGNATURE_CORRUPT, f"signature not verifiable: {describe_error(exc)}"
            ) from None
        if not status.intact:
            raise _Reject(RejectReason.MODIFIED, "document digest does not match the signature")
        if not status.valid:
            raise _Reject(RejectReason.SIGNATURE_CORRUPT, "signature value is invalid")
        return status

    # -- 7 ---------------------------------------------------------------------------

    def _stage_coverage(self, status: PdfSignatureStatus) -> None:
        self.stage = RejectReason.NOT_WHOLE_FILE
        problem = byte_range_problem(self.sig, self.data)
        if problem is None and status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            problem = f"pyHanko coverage is {status.coverage}"
        if problem is None and status.docmdp_ok is False:
            problem = "pyHanko reports a DocMDP violation"
        if problem is not None:
            raise _Reject(RejectReason.NOT_WHOLE_FILE, problem)

    # -- 8 ---------------------------------------------------------------------------

    def _stage_crl(self) -> None:
        self.stage = RejectReason.CRL_MISSING_OR_STALE
        crl = self.trust.crl
        if crl is None:
            raise _Reject(RejectReason.CRL_MISSING_OR_STALE, "the trust bundle has no CRL")
        crl_root = crl_issuer_root(crl, self.trust.roots)
        if crl_root is None:
            raise _Reject(RejectReason.CRL_MISSING_OR_STALE, "CRL not signed by a bundle root")
        next_update = crl.next_update_utc
        if next_update is None or next_update <= self.now:
            raise _Reject(RejectReason.CRL_MISSING_OR_STALE, f"CRL expired at {next_update}")
        if crl.last_update_utc > self.now:
            raise _Reject(RejectReason.CRL_MISSING_OR_STALE, "CRL is not yet valid")
        self.stage = RejectReason.REVOKED
        entry = crl.get_revoked_certificate_by_serial_number(self.cert.serial_number)
        if entry is not None and issued_by(self.cert, crl_root):
            raise _Reject(
                RejectReason.REVOKED,
                f"serial {self.cert.serial_number:x} revoked at {entry.revocation_date_utc}",
            )

    # -- 9 ---------------------------------------------------------------------------

    def _stage_trust(self, status: PdfSignatureStatus) -> None:
        self.stage = RejectReason.UNTRUSTED
        root = next((r for r in self.trust.roots if issued_by(self.cert, r)), None)
        if root is None:
            raise _Reject(RejectReason.UNTRUSTED, "signer not issued by a bundle root")
        self.stage = RejectReason.EXPIRED
        signed_at = self.fields.get("signed_at") or self.now
        for label, cert in (("signer", self.cert), ("root", root)):
            for when_label, when in (("signing time", signed_at), ("now", self.now)):
                if not cert.not_valid_before_utc <= when <= cert.not_valid_after_utc:
                    raise _Reject(
                        RejectReason.EXPIRED,
                        f"{label} certificate not valid at {when_label} {when.isoformat()}",
                    )
        if not status.trusted:
            raise _Reject(_map_trust_problem(status), f"pyHanko: {status.trust_problem_indic}")

    # -- 10 --------------------------------------------------------------------------

    def _stage_payload(self) -> bytes:
        self.stage = RejectReason.PAYLOAD_INVALID
        try:
            found = find_attachment(self._signed_revision(), self.payload_name)
        except _INPUT_ERRORS as exc:
            raise _Reject(
                RejectReason.PAYLOAD_INVALID, f"unreadable attachment: {describe_error(exc)}"
            ) from None
        if not found:
            raise _Reject(
                RejectReason.PAYLOAD_MISSING, f"no {self.payload_name} in signed revision"
            )
        if len(found) > 1:
            raise _Reject(RejectReason.PAYLOAD_INVALID, f"{len(found)} attachments named alike")
        payload = found[0]
        self.fields.update(payload=payload, payload_sha256=hashlib.sha256(payload).hexdigest())
        return payload

    def _signed_revision(self) -> PdfHandler:
        """A view of the revision the signature belongs to.

        With whole-file coverage that is normally the latest revision, which the
        reader itself serves without building a historical resolver.
        """
        revision = self.sig.signed_revision
        if revision == self.reader.total_revisions - 1:
            return self.reader
        return self.reader.get_historical_resolver(revision)

    # -- 11 --------------------------------------------------------------------------

    def _stage_parse_payload(
        self, payload: bytes, parse_payload: Callable[[bytes], Mapping[str, Any]] | None
    ) -> Mapping[str, Any]:
        self.stage = RejectReason.PAYLOAD_INVALID
        try:  # size/depth/UTF-8 guard, always
            doc = load_json_object(payload, max_bytes=MAX_PAYLOAD_BYTES, max_depth=MAX_JSON_DEPTH)
        except PayloadJsonError as exc:
            raise _Reject(RejectReason.PAYLOAD_INVALID, str(exc)) from None
        if parse_payload is not None:
            try:
                doc = parse_payload(payload)
            except ValueError as exc:
                raise _Reject(RejectReason.PAYLOAD_INVALID, f"payload rejected: {exc}") from None
            if not isinstance(doc, Mapping):
                raise _Reject(RejectReason.PAYLOAD_INVALID, "parse_payload returned no mapping")
        self.fields["payload_data"] = doc
        return doc

    def _stage_content(
        self, doc: Mapping[str, Any], framework_known: Callable[[str, str], bool] | None
    ) -> None:
        self.stage = RejectReason.PAYLOAD_INVALID
        fw_id = str_member(doc, "framework", "id")
        fw_version = str_member(doc, "framework", "version")
        agency = str_member(doc, "agency", "code")
        if fw_id is None or fw_version is None or agency is None:
            raise _Reject(
                RejectReason.PAYLOAD_INVALID, "framework.id/version or agency.code missing"
            )
        self.stage = RejectReason.FRAMEWORK_UNKNOWN
        if framework_known is not None and not framework_known(fw_id, fw_version):
            raise _Reject(RejectReason.FRAMEWORK_UNKNOWN, f"framework {fw_id} {fw_version}")
        cert_agency = self.fields.get("agency_code")
        if cert_agency is None or agency != cert_agency:
            raise _Reject(
                RejectReason.AGENCY_MISMATCH,
                f"payload agency {agency!r} != certificate {cert_agency!r}",
            )


# --------------------------------------------------------------------------- reasons


_EXPIRY_PROBLEMS = {
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED,
    AdESIndeterminate.NOT_YET_VALID,
    AdESIndeterminate.EXPIRED,
}


def _map_trust_problem(status: PdfSignatureStatus) -> RejectReason:
    """Map pyHanko's trust failure to a reason (our own checks normally fire first)."""
    if status.revoked:
        return RejectReason.REVOKED
    indic = status.trust_problem_indic
    if indic is AdESIndeterminate.TRY_LATER:
        return RejectReason.CRL_MISSING_OR_STALE
    if indic in _EXPIRY_PROBLEMS:
        return RejectReason.EXPIRED
    return RejectReason.UNTRUSTED
