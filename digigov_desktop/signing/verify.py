"""Offline verification of a submission PDF: ordered checks ending in a :class:`Verdict`.

Implements DESIGN.md §5 up to (not including) the registry and the store. The
checks run in this order and the first failure decides the :class:`RejectReason`:

 1. size limit (``TOO_LARGE``), before any parsing;
 2. ``%PDF-`` at offset 0 (``NOT_PDF``);
 3. strict parse of the xref/trailer/catalog; no encryption, no hybrid xrefs; a
    ByteRange reaching past the end of the file means truncation (``DAMAGED``);
 4. at least one filled signature field (``UNSIGNED``); several only as this app's
    signature chain — its own fields, the preparer's first (else ``MULTIPLE_SIGNATURES``);
 5. CMS readable, for every signature: ``/Sig`` with the PAdES subfilter, DER followed
    only by zero padding, signer certificate present (``SIGNATURE_CORRUPT``);
 6. for every signature, digest of the ByteRange matches (``MODIFIED``) and the
    signature value is valid (``SIGNATURE_CORRUPT``) — pyHanko's ``intact`` / ``valid``;
 7. the LAST signature's ByteRange covers the entire file (``NOT_WHOLE_FILE``): our own
    check of the ByteRange and pyHanko's ``SignatureCoverageLevel.ENTIRE_FILE``;
 7a. (chains only) the order: preparer's certification first, then reviewer, then
    approver, each in its own field (``SIGNATURE_OUT_OF_ORDER``); each later revision
    holds exactly one new signature and, by pyHanko's difference analysis of every
    earlier signature, nothing but the filling of signature fields within the DocMDP
    and FieldMDP locks (``MODIFIED_AFTER_SIGNING``);
 8. the bundle CRL exists, is signed by a bundle root and is current
    (``CRL_MISSING_OR_STALE``); no signer's serial is on it (``REVOKED``);
 9. every signer certificate is issued by a bundle root (``UNTRUSTED``), is valid at
    the claimed signing time and now, and so is the root (``EXPIRED``); pyHanko's
    path validation against the bundle roots only, with the CRL *required*, must
    agree (mapped to the same codes);
10. the payload attachment exists in the preparer's signed revision (``PAYLOAD_MISSING``);
11. it parses (``PAYLOAD_INVALID``; ``PAYLOAD_NEWER``: `payload_reason`), its framework is
    known (``FRAMEWORK_UNKNOWN``), its agency equals every signer certificate's
    (``AGENCY_MISMATCH``), the chain follows the preparer's plan (``chain.plan_problem``:
    no planned role passed over, ``SIGNATURE_OUT_OF_ORDER``; every planned role signed,
    ``CHAIN_INCOMPLETE``, unless ``in_progress``), and the roles the caller requires signed
    (``MISSING_REVIEWER`` / ``MISSING_APPROVER``).

One signature: checked as before chains existed (no diff analysis, whole file, DocMDP).
A chain: the last signature covers the whole file; each earlier one is accepted only as the
next links sign the later revisions AND pyHanko's diff analysis finds signature-only changes.

:func:`verify_submission` never raises: every stage maps its errors to a reason.
``detail`` is English text for logs only. This module holds the procedure; the
mechanics live in ``_verify_helpers`` (ByteRange, CMS padding, CRL issuer, payload JSON),
``_pyhanko_rules`` (pyHanko settings) and ``chain`` (the order of the signers).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from datetime import datetime
from functools import partial
from io import BytesIO
from typing import Any

from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel

from digigov_desktop.signing._pyhanko_rules import (
    DECODE_LIMITS,
    INPUT_ERRORS,
    PADES_SUBFILTER,
    is_certification,
    map_trust_problem,
    quiet_pyhanko_loggers,
    revisions_problem,
)
from digigov_desktop.signing._verify_helpers import (
    PayloadJsonError,
    byte_range_end,
    byte_range_problem,
    check_zero_padding,
    crl_problem,
    describe_error,
    load_json_object,
    present,
    str_member,
)
from digigov_desktop.signing.chain import ChainLink, is_chain_shaped, order_problem, roles_problem
from digigov_desktop.signing.credentials import (
    TrustBundle,
    agency_code_of,
    issued_by,
    person_of,
    role_of,
)
from digigov_desktop.signing.pades import PAYLOAD_NAME, find_attachment
from digigov_desktop.signing.verdict import RejectReason, Verdict, payload_reason
from digigov_desktop.signing.verify_context import VerifyContext

__all__ = ["DEFAULT_MAX_BYTES", "ChainLink", "RejectReason", "Verdict", "VerifyContext",
           "quiet_pyhanko_loggers", "verify_submission"]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_PAYLOAD_BYTES = 16 * 1024 * 1024
MAX_JSON_DEPTH = 64


class _Reject(Exception):
    """Internal: stop the pipeline with a reason."""

    def __init__(self, reason: RejectReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


_defaults_applied = False


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
    required_roles: Collection[str] = (),
    in_progress: bool = False,
    context: VerifyContext | None = None,
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
        required_roles: roles that must have signed besides the preparer (``reviewer``,
            ``approver``), e.g. from the coordinator's policy.
        in_progress: accept a chain still missing roles the preparer planned (for the
            signers on the way: export, reviewer, approver); the coordinator never does.
        context: a run of verifications sharing ``trust``, its reference time (then
            ``now`` must be None) and pyHanko's verdicts per certificate; None: this file's.

    Returns:
        The verdict, whatever the file holds. Raises ValueError only for a caller's
        mistake: a ``context`` of another trust bundle, or ``now`` with a ``context``.
    """
    global _defaults_applied
    if not _defaults_applied:  # once; respects levels set by the app's logging setup
        quiet_pyhanko_loggers(only_unset=True)
        _defaults_applied = True
    if context is None:
        with VerifyContext(trust, now=now) as own:
            return verify_submission(data, trust, max_bytes=max_bytes, payload_name=payload_name,
                                     parse_payload=parse_payload, framework_known=framework_known,
                                     required_roles=required_roles, in_progress=in_progress,
                                     context=own)
    if context.trust is not trust or now is not None:
        raise ValueError("a VerifyContext brings its own trust bundle and time")
    run = _Run(context=context, payload_name=payload_name,
               required_roles=frozenset(required_roles), in_progress=in_progress)
    try:
        with context.active():
            run.execute(data, max_bytes, parse_payload, framework_known)
    except _Reject as rej:
        return run.verdict(rej.reason, rej.detail)
    except Exception as exc:  # last-resort net: a bug or an unforeseen input
        log.debug("verification failed unexpectedly", exc_info=True)
        log.warning("unexpected %s during stage %s: %s", type(exc).__name__, run.stage, exc)
        return run.verdict(run.stage, f"unexpected {type(exc).__name__}: {exc}")
    return run.verdict(RejectReason.ACCEPTED, "all checks passed")


# --------------------------------------------------------------------------- pipeline


class _Run:
    """State of one verification; each ``_stage_*`` method raises :class:`_Reject`."""

    def __init__(self, *, context: VerifyContext, payload_name: str,
                 required_roles: frozenset[str] = frozenset(), in_progress: bool = False) -> None:
        self.context = context
        self.trust: TrustBundle = context.trust
        self.in_progress = in_progress
        self.now = context.now
        self.payload_name = payload_name
        self.required_roles = required_roles
        self.stage = RejectReason.NOT_PDF  # reason used if a stage fails unexpectedly
        self.fields: dict[str, Any] = {}
        self.data = b""
        self.reader: PdfFileReader | None = None
        self.sig: EmbeddedPdfSignature | None = None  # the preparer's (first) signature
        self.cert: x509.Certificate | None = None
        self.sigs: list[EmbeddedPdfSignature] = []
        self.certs: list[x509.Certificate] = []
        self.links: list[ChainLink] = []

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
        for field_ref in self._stage_signatures():
            self._stage_cms(field_ref)
        self._order_by_revision()
        last = len(self.sigs) - 1
        statuses = [self._stage_integrity(sig, diff=index < last)
                    for index, sig in enumerate(self.sigs)]
        self._stage_coverage(self.sigs[-1], statuses[-1])
        self._stage_chain(statuses)
        self._stage_crl()
        for link, status in zip(self.links, statuses, strict=True):
            self._stage_trust(link, status)
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
            reader = PdfFileReader(BytesIO(self.data), strict=True, decode_limits=DECODE_LIMITS)
            reader.root  # noqa: B018 - force the catalog to resolve
            if reader.encrypted:
                raise _Reject(RejectReason.DAMAGED, "encrypted PDFs are not accepted")
            if reader.xrefs.hybrid_xrefs_present:
                raise _Reject(RejectReason.DAMAGED, "hybrid-reference PDFs are not accepted")
        except INPUT_ERRORS as exc:
            raise _Reject(RejectReason.DAMAGED, f"unreadable PDF: {describe_error(exc)}") from None
        self.reader = reader

    # -- 4 ---------------------------------------------------------------------------

    def _stage_signatures(self) -> list[tuple[str, Any]]:
        """The filled signature fields, in the order of the revisions they sign."""
        self.stage = RejectReason.DAMAGED
        try:
            filled = [(name, field_ref) for name, _value, field_ref
                      in enumerate_sig_fields(present(self.reader), filled_status=True)]
        except INPUT_ERRORS as exc:
            raise _Reject(
                RejectReason.DAMAGED, f"unreadable form fields: {describe_error(exc)}"
            ) from None
        if not filled:
            raise _Reject(RejectReason.UNSIGNED, "no filled signature field")
        if len(filled) > 1 and not is_chain_shaped([name for name, _ in filled]):
            raise _Reject(RejectReason.MULTIPLE_SIGNATURES, f"{len(filled)} signatures")
        return filled

    # -- 5 ---------------------------------------------------------------------------

    def _stage_cms(self, field_ref: tuple[str, Any]) -> None:
        self.stage = RejectReason.SIGNATURE_CORRUPT
        name, ref = field_ref
        try:
            sig = EmbeddedPdfSignature(present(self.reader), ref, name)
            if sig.sig_object_type != "/Sig":
                raise _Reject(RejectReason.UNSIGNED, f"only a {sig.sig_object_type} is present")
            subfilter = sig.sig_object.get("/SubFilter")
            if subfilter != PADES_SUBFILTER:
                raise _Reject(RejectReason.SIGNATURE_CORRUPT, f"unsupported SubFilter {subfilter}")
            check_zero_padding(sig.pkcs7_content)
            if byte_range_end(sig) > len(self.data):
                raise _Reject(RejectReason.DAMAGED, "truncated: ByteRange ends past end of file")
            asn1_cert = sig.signer_cert
            cert = x509.load_der_x509_certificate(asn1_cert.dump())
            signed_at = sig.self_reported_timestamp
            revision = sig.signed_revision
        except INPUT_ERRORS as exc:
            raise _Reject(
                RejectReason.SIGNATURE_CORRUPT, f"unreadable CMS: {describe_error(exc)}"
            ) from None
        self.sigs.append(sig)
        self.certs.append(cert)
        self.links.append(ChainLink(
            role=role_of(cert) or "preparer", field=str(name), person=person_of(cert),
            agency_code=agency_code_of(cert), serial=cert.serial_number,
            subject=cert.subject.rfc4514_string(), signed_at=signed_at, revision=revision,
            certificate=cert))

    def _order_by_revision(self) -> None:
        """Sort the signatures by the revision they sign; the first is the preparer's."""
        order = sorted(range(len(self.sigs)), key=lambda i: self.links[i].revision)
        self.sigs = [self.sigs[i] for i in order]
        self.certs = [self.certs[i] for i in order]
        self.links = [self.links[i] for i in order]
        self.sig, self.cert, first = self.sigs[0], self.certs[0], self.links[0]
        self.fields.update(
            signer_certificate=self.cert,
            signer_serial=first.serial,
            signer_subject=first.subject,
            agency_code=first.agency_code,
            signed_at=first.signed_at,
            chain=tuple(self.links),
        )

    # -- 6 ---------------------------------------------------------------------------

    def _stage_integrity(self, sig: EmbeddedPdfSignature, *, diff: bool) -> PdfSignatureStatus:
        """pyHanko's validation; with ``diff`` (earlier links of a chain) also its
        difference analysis of the revisions after ``sig``."""
        self.stage = RejectReason.SIGNATURE_CORRUPT
        context = self.context.validation_context()
        try:
            status = self.context.run(
                lambda: async_validate_pdf_signature(sig, context, skip_diff=not diff))
        except INPUT_ERRORS as exc:
            raise _Reject(
                RejectReason.SIGNATURE_CORRUPT, f"signature not verifiable: {describe_error(exc)}"
            ) from None
        if not status.intact:
            raise _Reject(RejectReason.MODIFIED, "document digest does not match the signature")
        if not status.valid:
            raise _Reject(RejectReason.SIGNATURE_CORRUPT, "signature value is invalid")
        return status

    # -- 7 ---------------------------------------------------------------------------

    def _stage_coverage(self, sig: EmbeddedPdfSignature, status: PdfSignatureStatus) -> None:
        self.stage = RejectReason.NOT_WHOLE_FILE
        problem = byte_range_problem(sig, self.data)
        if problem is None and status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            problem = f"pyHanko coverage is {status.coverage}"
        if problem is None and status.docmdp_ok is False:
            problem = "pyHanko reports a DocMDP violation"
        if problem is not None:
            raise _Reject(RejectReason.NOT_WHOLE_FILE, problem)

    # -- 7a --------------------------------------------------------------------------

    def _stage_chain(self, statuses: list[PdfSignatureStatus]) -> None:
        self.stage = RejectReason.SIGNATURE_OUT_OF_ORDER
        if len(self.sigs) == 1:  # checked as before chains existed, but only a preparer
            if self.links[0].role != "preparer":
                raise _Reject(RejectReason.SIGNATURE_OUT_OF_ORDER,
                              f"the only signature is a {self.links[0].role}'s")
            return
        links = [(sig.field_name, role_of(cert), is_certification(sig))
                 for sig, cert in zip(self.sigs, self.certs, strict=True)]
        problem = order_problem(links)
        if problem is not None:
            raise _Reject(RejectReason.SIGNATURE_OUT_OF_ORDER, problem)
        self.stage = RejectReason.MODIFIED_AFTER_SIGNING
        problem = revisions_problem(self.sigs, statuses)
        if problem is not None:
            raise _Reject(RejectReason.MODIFIED_AFTER_SIGNING, problem)

    # -- 8 ---------------------------------------------------------------------------

    def _stage_crl(self) -> None:
        self.stage = RejectReason.CRL_MISSING_OR_STALE
        problem, crl_root = crl_problem(self.trust.crl, self.trust.roots, self.now)
        if problem is not None or crl_root is None:
            raise _Reject(RejectReason.CRL_MISSING_OR_STALE, problem or "no CRL root")
        self.stage = RejectReason.REVOKED
        crl = present(self.trust.crl)
        for cert in self.certs:
            entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
            if entry is not None and issued_by(cert, crl_root):
                raise _Reject(
                    RejectReason.REVOKED,
                    f"serial {cert.serial_number:x} revoked at {entry.revocation_date_utc}",
                )

    # -- 9 ---------------------------------------------------------------------------

    def _stage_trust(self, link: ChainLink, status: PdfSignatureStatus) -> None:
        self.stage = RejectReason.UNTRUSTED
        signer = link.certificate
        root = self.context.issuing_root(signer)
        if root is None:
            raise _Reject(RejectReason.UNTRUSTED, "signer not issued by a bundle root")
        self.stage = RejectReason.EXPIRED
        signed_at = link.signed_at or self.now
        for label, cert in (("signer", signer), ("root", root)):
            for when_label, when in (("signing time", signed_at), ("now", self.now)):
                if not cert.not_valid_before_utc <= when <= cert.not_valid_after_utc:
                    raise _Reject(
                        RejectReason.EXPIRED,
                        f"{label} certificate not valid at {when_label} {when.isoformat()}",
                    )
        if not status.trusted:
            raise _Reject(map_trust_problem(status), f"pyHanko: {status.trust_problem_indic}")

    # -- 10 --------------------------------------------------------------------------

    def _stage_payload(self) -> bytes:
        self.stage = RejectReason.PAYLOAD_INVALID
        try:
            found = find_attachment(self._signed_revision(), self.payload_name)
        except INPUT_ERRORS as exc:
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
        reader, revision = present(self.reader), present(self.sig).signed_revision
        if revision == reader.total_revisions - 1:
            return reader
        return reader.get_historical_resolver(revision)

    # -- 11 --------------------------------------------------------------------------

    def _stage_parse_payload(
        self, payload: bytes, parse_payload: Callable[[bytes], Mapping[str, Any]] | None
    ) -> Mapping[str, Any]:
        self.stage = RejectReason.PAYLOAD_INVALID
        # A size/depth/UTF-8 guard before any parser. A parser that refuses all the guard
        # refuses (`json_guarded`) runs alone; the guard then only says why it refused.
        guard = partial(load_json_object, max_bytes=MAX_PAYLOAD_BYTES, max_depth=MAX_JSON_DEPTH)
        try:
            doc = None if getattr(parse_payload, "json_guarded", False) else guard(payload)
            if parse_payload is not None:
                try:
                    doc = parse_payload(payload)
                except ValueError as exc:
                    guard(payload)
                    raise _Reject(payload_reason(exc), f"payload rejected: {exc}") from None
        except PayloadJsonError as exc:
            raise _Reject(RejectReason.PAYLOAD_INVALID, str(exc)) from None
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
        for link in self.links:
            if link.agency_code is None or agency != link.agency_code:
                raise _Reject(
                    RejectReason.AGENCY_MISMATCH,
                    f"payload agency {agency!r} != {link.role}'s certificate "
                    f"{link.agency_code!r}",
                )
        self.stage = RejectReason.PAYLOAD_INVALID
        planned, found = roles_problem(doc, self.links, self.required_roles,
                                       complete=not self.in_progress)
        self.fields["planned"] = planned
        if found is not None:
            raise _Reject(RejectReason(found[0]), found[1])
