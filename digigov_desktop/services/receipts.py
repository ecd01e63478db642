"""Signed receipts: the coordinator certifies an accepted submission; the agency installs it.

Coordinator side: `ReceiptIssuer` (or `issue_receipt` for one file) renders a one-page
receipt, attaches `receipt.json` and certifies it with the coordinator's receipt-signing
certificate (made by the CA on first use), checks the result as an agency will, and records
it in the central `receipt` table — in that order, so nothing is recorded for a file that
was not written.

Agency side: `install_receipt` verifies the file against the installation's stored trust
bundle, requires the coordinator's receipt certificate as signer, matches the receipt to
an exported revision (submission id, revision, payload and file SHA-256, agency) and stores
the receipt JSON on that row, with an audit entry, in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digigov_desktop.domain import receipt as receipts
from digigov_desktop.errors import DigigovError
from digigov_desktop.fileio import raise_if_disk_full, staged_file
from digigov_desktop.reports.receipt_pdf import ReceiptDocument, ReceiptLabels, render_receipt
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.signing.authority import COORDINATOR_CODE, CertificateAuthority
from digigov_desktop.signing.credentials import SignerMaterial, TrustBundle, agency_code_of
from digigov_desktop.signing.pades import sign_submission
from digigov_desktop.signing.verify import RejectReason, Verdict, verify_submission
from digigov_desktop.storage import central
from digigov_desktop.storage import evaluations as eval_repo
from digigov_desktop.storage import submissions as agency_rows
from digigov_desktop.storage.database import Store

# Verification outcomes that mean "this is not an intact, well-formed signed receipt".
_BROKEN = {
    RejectReason.NOT_PDF, RejectReason.TOO_LARGE, RejectReason.DAMAGED, RejectReason.UNSIGNED,
    RejectReason.MULTIPLE_SIGNATURES, RejectReason.SIGNATURE_CORRUPT, RejectReason.MODIFIED,
    RejectReason.NOT_WHOLE_FILE,
}
_SIGNER_PROBLEMS = {
    RejectReason.UNTRUSTED: "RECEIPT_NOT_SIGNED_BY_COORDINATOR",
    RejectReason.REVOKED: "RECEIPT_SIGNER_REVOKED",
    RejectReason.EXPIRED: "RECEIPT_SIGNER_EXPIRED",
    RejectReason.CRL_MISSING_OR_STALE: "RECEIPT_TRUST_OUTDATED",
}


class ReceiptError(DigigovError):
    """A receipt cannot be issued or is refused.

    Issuing: ``SUBMISSION_NOT_FOUND``, ``RECEIPT_SELF_CHECK_FAILED`` (param ``reason``).
    Installing (param ``reason``: the verification code, when there is one):
    ``NO_TRUST_BUNDLE``, ``RECEIPT_INVALID``, ``RECEIPT_NOT_SIGNED_BY_COORDINATOR``,
    ``RECEIPT_SIGNER_REVOKED``, ``RECEIPT_SIGNER_EXPIRED``, ``RECEIPT_TRUST_OUTDATED``,
    ``RECEIPT_UNKNOWN_SUBMISSION``, ``RECEIPT_PAYLOAD_MISMATCH``, ``RECEIPT_WRONG_AGENCY``,
    ``RECEIPT_NEWER`` (a receipt format of a newer DigiGov Desktop).
    """

    code = "RECEIPT_INVALID"


@dataclass(frozen=True)
class IssuedReceipt:
    pdf: bytes
    receipt: dict[str, Any]
    sha256: str  # of the receipt PDF
    path: Path | None = None


@dataclass(frozen=True)
class InstalledReceipt:
    submission_id: str
    revision: int
    cycle_id: int
    for_agency: str
    accepted_at: str
    coordinator: str
    receipt_sha256: str
    already_installed: bool = False


# --------------------------------------------------------------------------- coordinator


class ReceiptIssuer:
    """Issues receipts from one central store with one CA (the signer is unlocked once).

    Args:
        store: the central store (this thread's connection).
        authority: the coordinator's CA folder.
        passphrase: the CA passphrase (unlocks, or first creates, the receipt key).
        actor: who issues (recorded in the `receipt` table).
        lang: language of the readable page ("es" or "en").
    """

    def __init__(
        self, store: Store, authority: CertificateAuthority, *, passphrase: bytes,
        actor: str = "", lang: str = "es",
    ) -> None:
        self.store = store
        self.authority = authority
        self.actor = actor
        self.labels = ReceiptLabels.for_language(lang)
        self._passphrase = passphrase
        self._signer: SignerMaterial | None = None

    def signer(self) -> SignerMaterial:
        if self._signer is None:
            self._signer = self.authority.receipt_signer(passphrase=self._passphrase)
        return self._signer

    def issue(
        self, submission_id: str, *, revision: int | None = None, out: Path | None = None,
        now: dt.datetime | None = None,
    ) -> IssuedReceipt:
        """Make the signed receipt of one accepted revision (the newest when not given).

        With `out`, the file is written atomically before the receipt is recorded.

        Raises:
            ReceiptError: `SUBMISSION_NOT_FOUND`, `RECEIPT_SELF_CHECK_FAILED`.
            CredentialError: `WRONG_PASSPHRASE` and other CA problems.
        """
        row = central.find_submission(self.store, submission_id, revision)
        if row is None:
            raise ReceiptError(
                f"no accepted submission {submission_id} revision {revision or 'any'}",
                code="SUBMISSION_NOT_FOUND", submission_id=submission_id, revision=revision,
            )
        moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        issued_at = moment.isoformat().replace("+00:00", "Z")
        receipt = receipts.build_receipt(
            submission_id=row["submission_id"], revision=row["revision"],
            payload_sha256=row["payload_sha256"], file_sha256=row["file_sha256"],
            for_agency=row["agency_code"], framework_id=row["framework_id"],
            framework_version=row["framework_version"], cycle=row["cycle"],
            accepted_at=row["imported_at"], issued_at=issued_at,
            coordinator=self.authority.name,
        )
        page = render_receipt(
            ReceiptDocument(
                agency_code=row["agency_code"], agency_name=row["agency_name"],
                cycle=row["cycle"], submission_id=row["submission_id"],
                revision=row["revision"], accepted_at=row["imported_at"],
                payload_sha256=row["payload_sha256"], file_sha256=row["file_sha256"],
                coordinator=self.authority.name, issued_at=issued_at,
            ),
            self.labels,
        )
        signed = sign_submission(
            page, receipts.receipt_bytes(receipt), self.signer(),
            payload_name=receipts.RECEIPT_NAME, timestamp=moment,
        )
        verdict = _verify(signed, self.authority.bundle(), now=moment)
        if not verdict.accepted:
            raise ReceiptError(
                f"the receipt does not verify: {verdict.reason.value} ({verdict.detail})",
                code="RECEIPT_SELF_CHECK_FAILED", reason=verdict.reason.value,
            )
        sha256 = hashlib.sha256(signed).hexdigest()
        staged = (staged_file(Path(out), signed) if out is not None
                  else contextlib.nullcontext())
        try:
            with staged, self.store.transaction() as db:
                central.put_receipt(db, submission_row=row["id"], receipt_sha256=sha256,
                                    actor=self.actor)
        except OSError as exc:
            raise_if_disk_full(exc, Path(out or "."))
            raise ReceiptError(f"cannot write {out}: {exc.strerror or exc}",
                               code="WRITE_FAILED", path=str(out)) from exc
        return IssuedReceipt(signed, receipt, sha256, Path(out) if out is not None else None)


def issue_receipt(
    store: Store, authority: CertificateAuthority, *, submission_id: str, passphrase: bytes,
    out: Path, revision: int | None = None, lang: str = "es", actor: str = "",
    now: dt.datetime | None = None,
) -> IssuedReceipt:
    """Issue one receipt and write it to `out` (see `ReceiptIssuer.issue`)."""
    issuer = ReceiptIssuer(store, authority, passphrase=passphrase, actor=actor, lang=lang)
    return issuer.issue(submission_id, revision=revision, out=out, now=now)


# --------------------------------------------------------------------------- agency


def check_receipt(
    data: bytes, trust: TrustBundle, *, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Verify a receipt file and return its payload (no database involved).

    Raises:
        ReceiptError: `RECEIPT_INVALID`, `RECEIPT_NOT_SIGNED_BY_COORDINATOR`,
            `RECEIPT_SIGNER_REVOKED`, `RECEIPT_SIGNER_EXPIRED`, `RECEIPT_TRUST_OUTDATED`,
            `RECEIPT_NEWER` (a receipt format this installation does not read yet).
    """
    verdict = _verify(data, trust, now=now)
    reason = verdict.reason
    if reason in _BROKEN:
        raise ReceiptError(f"not an intact signed receipt: {reason.value} ({verdict.detail})",
                           code="RECEIPT_INVALID", reason=reason.value)
    if reason in _SIGNER_PROBLEMS:
        raise ReceiptError(f"receipt signer: {reason.value} ({verdict.detail})",
                           code=_SIGNER_PROBLEMS[reason], reason=reason.value)
    signer_code = (agency_code_of(verdict.signer_certificate)
                   if verdict.signer_certificate is not None else None)
    if signer_code != COORDINATOR_CODE:
        raise ReceiptError(f"signed by {verdict.signer_subject}, not the coordinator",
                           code="RECEIPT_NOT_SIGNED_BY_COORDINATOR", reason=reason.value)
    if reason is RejectReason.PAYLOAD_NEWER:  # the coordinator runs a newer version
        raise ReceiptError(f"receipt data: {verdict.detail}", code="RECEIPT_NEWER",
                           reason=reason.value)
    if not verdict.accepted:
        raise ReceiptError(f"receipt data: {reason.value} ({verdict.detail})",
                           code="RECEIPT_INVALID", reason=reason.value)
    return dict(verdict.payload_data or {})


def install_receipt(
    store: Store, data: bytes, *, actor: str = "", now: dt.datetime | None = None
) -> InstalledReceipt:
    """Verify a receipt and mark the matching exported revision as received.

    Installing the same receipt again is a no-op (`already_installed`); a newer receipt
    for the same revision (reissued by the coordinator) replaces the stored one.

    Raises:
        ReceiptError: `NO_TRUST_BUNDLE`, any code of `check_receipt`,
            `RECEIPT_UNKNOWN_SUBMISSION`, `RECEIPT_PAYLOAD_MISMATCH`, `RECEIPT_WRONG_AGENCY`.
    """
    trust = CredentialService(store, actor=actor).trust_bundle()
    if trust is None:
        raise ReceiptError("the coordinator's trust bundle is not installed",
                           code="NO_TRUST_BUNDLE")
    receipt = check_receipt(data, trust, now=now)
    sid, rev = receipt["submission_id"], receipt["revision"]
    row = agency_rows.find(store, sid, rev)
    if row is None:
        raise ReceiptError(f"this installation never exported {sid} revision {rev}",
                           code="RECEIPT_UNKNOWN_SUBMISSION", submission_id=sid, revision=rev)
    if (row["payload_sha256"], row["file_sha256"]) != (
        receipt["payload_sha256"], receipt["file_sha256"]
    ):
        raise ReceiptError(f"{sid} revision {rev}: the receipt's hashes differ from the export",
                           code="RECEIPT_PAYLOAD_MISMATCH", submission_id=sid, revision=rev)
    if row["agency_code"] != receipt["for_agency"]:
        raise ReceiptError(f"receipt for {receipt['for_agency']}, not {row['agency_code']}",
                           code="RECEIPT_WRONG_AGENCY", agency=receipt["for_agency"])
    text = receipts.receipt_bytes(receipt).decode("utf-8")
    sha256 = hashlib.sha256(data).hexdigest()
    result = InstalledReceipt(
        submission_id=sid, revision=rev, cycle_id=row["cycle_id"],
        for_agency=receipt["for_agency"], accepted_at=receipt["accepted_at"],
        coordinator=receipt["coordinator"], receipt_sha256=sha256,
    )
    if row["receipt"] == text:
        return InstalledReceipt(**{**result.__dict__, "already_installed": True})
    with store.transaction() as db:
        agency_rows.set_receipt(db, submission_id=sid, revision=rev, receipt_json=text)
        eval_repo.append_audit(
            db, actor=actor, action="submission.receipt", entity="submission",
            key=f"{sid}/{rev}",
            new={"receipt_sha256": sha256, "accepted_at": receipt["accepted_at"],
                 "issued_at": receipt["issued_at"], "coordinator": receipt["coordinator"]},
        )
    return result


def _verify(data: bytes, trust: TrustBundle, *, now: dt.datetime | None) -> Verdict:
    return verify_submission(
        data, trust, payload_name=receipts.RECEIPT_NAME, parse_payload=receipts.parse_receipt,
        now=now,
    )
