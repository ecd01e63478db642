"""Export: readiness → payload → report → sign → self-verify → write atomically.

`SubmissionExport.run()` is a generator yielding `ExportProgress`, so the GUI runs it off the
GUI thread (with a cancel between steps) and tests and the CLI run it unchanged. The file
is written only when it passes exactly the checks the coordinator will run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.x509.oid import NameOID

from digigov_desktop import __version__
from digigov_desktop.domain import submission as payloads
from digigov_desktop.domain.evaluation import CycleState, Evaluation
from digigov_desktop.domain.framework import framework_known
from digigov_desktop.domain.scoring import compute_scores
from digigov_desktop.errors import DigigovError
from digigov_desktop.fileio import raise_if_disk_full, staged_file
from digigov_desktop.reports.data import report_data
from digigov_desktop.reports.labels import ReportLabels
from digigov_desktop.reports.pdf_report import render_report
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.raters import RaterService
from digigov_desktop.services.signing import COUNTERSIGN_ROLES, required_roles
from digigov_desktop.signing.authority import serial_hex
from digigov_desktop.signing.credentials import SignerMaterial
from digigov_desktop.signing.pades import sign_submission
from digigov_desktop.signing.seal import seal as seal_for
from digigov_desktop.signing.trust import TrustBundle
from digigov_desktop.signing.verify import RejectReason, verify_submission
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage.database import Store

MAX_EMBEDDED_EVIDENCE_BYTES = 25 * 1024 * 1024
PLAN_SETTING = "signers_planned"  # the plan chosen at the last export (a JSON list)
STEPS = ("check", "payload", "report", "sign", "verify", "write")


class ExportError(DigigovError):
    """Export refused. Codes: NOT_READY (params: issues), NO_CREDENTIAL, NO_TRUST_BUNDLE,
    SELF_CHECK_FAILED (params: reason — a verification code), EVIDENCE_TOO_LARGE_TO_EMBED,
    CANCELLED, WRITE_FAILED, SEAL_UNAVAILABLE (sealing asked, no encryption certificate)."""

    code = "EXPORT_FAILED"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    file_sha256: str
    payload_sha256: str
    submission_id: str
    revision: int
    sealed: bool = False  # the file is the signed PDF sealed for the coordinator (CMS)


@dataclass(frozen=True)
class ExportProgress:
    step: str  # one of STEPS, or "done"
    fraction: float
    result: ExportResult | None = field(default=None)


class SubmissionExport:
    """One export of the current (or a given) cycle.

    Args:
        store: the agency store (this thread's connection).
        out: destination file; replaced atomically only when everything passed.
        passphrase: unlocks the agency's key.
        lang: language of the report ("es" or "en").
        labels: the report's fixed texts (default: built-in for `lang`).
        embed_evidence: also attach the evidence files (total limit applies).
        signer: an already unlocked credential (then `passphrase` is not used); lets a
            caller unlock once (the KDF's deliberate ~0.2 s) for several exports.
        seal: wrap the signed PDF in a CMS envelope for the coordinator's encryption
            certificate (from the trust bundle): only the coordinator can open it.
        signers_planned: the roles to sign after the preparer (``reviewer``, ``approver``),
            declared in the signed payload: the coordinator rejects the file until all
            have signed. Kept for later exports; None: `planned_signers(store)`.
    """

    def __init__(
        self, store: Store, *, out: Path, passphrase: bytes, lang: str = "es", actor: str = "",
        cycle_id: int | None = None, labels: ReportLabels | None = None,
        embed_evidence: bool = False, now: dt.datetime | None = None,
        signer: SignerMaterial | None = None, seal: bool = False,
        signers_planned: Sequence[str] | None = None,
    ) -> None:
        self.store = store
        self.out = Path(out)
        self.passphrase = passphrase
        self.lang = lang
        self.actor = actor
        self.cycle_id = cycle_id
        self.labels = labels or ReportLabels.for_language(lang)
        self.embed_evidence = embed_evidence
        self.now = now
        self.signer = signer
        self.seal = seal
        self.chosen_plan = None if signers_planned is None else plan_of(signers_planned)

    def run(self, *, cancelled: Callable[[], bool] = lambda: False) -> Iterator[ExportProgress]:
        def step(name: str) -> ExportProgress:
            if cancelled():
                raise ExportError("export cancelled", code="CANCELLED")
            return ExportProgress(name, STEPS.index(name) / len(STEPS))

        evaluations = EvaluationService(self.store, actor=self.actor)
        credentials = CredentialService(self.store, actor=self.actor)
        yield step("check")
        cycle = (evaluations.cycle(self.cycle_id) if self.cycle_id is not None
                 else evaluations.current_cycle())
        if cycle is None:
            raise ExportError("no evaluation to export", code="NO_CYCLE")
        status = evaluations.status(cycle.id)
        blocking = [i for i in status.issues if i.blocking]
        if blocking:
            raise ExportError(f"{len(blocking)} readiness issue(s) block the export",
                              code="NOT_READY", issues=blocking)
        trust = credentials.trust_bundle()
        if trust is None:
            raise ExportError("the coordinator's trust bundle is not installed",
                              code="NO_TRUST_BUNDLE")
        # CredentialError on a wrong passphrase
        signer = self.signer or credentials.signer(self.passphrase)

        yield step("payload")
        previous = self._previous_revision(cycle.id)
        submission_id = previous["submission_id"] if previous else str(uuid.uuid4())
        revision = previous["revision"] + 1 if previous else 1
        created_at = _seconds(self.now) if self.now else _seconds(dt.datetime.now(dt.UTC))
        team = RaterService(self.store, actor=self.actor).team_json(cycle.id)
        plan = self.chosen_plan if self.chosen_plan is not None else planned_signers(self.store)
        payload = payloads.build_payload(
            status, submission_id=submission_id, revision=revision,
            supersedes=previous["payload_sha256"] if previous else None,
            created_at=created_at, app_version=__version__, lang=self.lang, team=team,
            signers_planned=plan,
        )
        payload_bytes = payloads.canonical_json(payload)
        payload_sha = payloads.payload_sha256(payload_bytes)
        extra = self._evidence_files(status.evaluation) if self.embed_evidence else []

        yield step("report")
        previous_scores = None
        if cycle.previous_cycle_id is not None:
            older = evaluations.evaluation(cycle.previous_cycle_id)
            previous_scores = compute_scores(status.framework, older.answers)
        data = report_data(
            status.evaluation, status.framework, status.scores, lang=self.lang,
            payload_sha256=payload_sha, signer=_signer_label(signer),
            previous_scores=previous_scores, submission_id=submission_id, revision=revision,
            generated_at=created_at, team=team,
        )
        pdf = render_report(data, self.labels)

        yield step("sign")
        signed = sign_submission(pdf, payload_bytes, signer, extra_files=extra,
                                 timestamp=self.now)

        yield step("verify")
        verdict = verify_submission(
            signed, trust, parse_payload=payloads.parse_payload, framework_known=framework_known,
            now=self.now, in_progress=True,  # the planned signers sign it next
        )
        if verdict.reason is not RejectReason.ACCEPTED:
            raise ExportError(
                f"the coordinator would reject this file: {verdict.reason.value} "
                f"({verdict.detail})", code="SELF_CHECK_FAILED", reason=verdict.reason.value,
            )

        written = self._sealed(signed, trust) if self.seal else signed

        yield step("write")
        # the signed PDF's hash, sealed or not: what the coordinator stores and receipts name
        file_sha = hashlib.sha256(signed).hexdigest()
        try:
            # the file appears only once its record is committed, and never half-written
            with staged_file(self.out, written), self.store.transaction() as db:
                db.execute(
                    "INSERT INTO submission (submission_id, revision, cycle_id, supersedes, "
                    "created_at, created_by, payload_sha256, file_sha256, file_name) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [submission_id, revision, cycle.id, payload["supersedes"], created_at,
                     self.actor, payload_sha, file_sha, self.out.name],
                )
                repo.set_cycle_state(db, cycle.id, CycleState.SUBMITTED)
                if self.chosen_plan is not None:
                    repo.put_setting(db, PLAN_SETTING, list(self.chosen_plan))
                repo.append_audit(
                    db, actor=self.actor, action="submission.export", entity="cycle",
                    key=str(cycle.id), new={"submission_id": submission_id,
                                            "revision": revision, "file_sha256": file_sha},
                )
        except OSError as exc:
            raise_if_disk_full(exc, self.out)
            raise ExportError(f"cannot write {self.out}: {exc.strerror or exc}",
                              code="WRITE_FAILED", path=str(self.out)) from exc
        result = ExportResult(self.out, len(written), file_sha, payload_sha, submission_id,
                              revision, sealed=self.seal)
        yield ExportProgress("done", 1.0, result)

    def _sealed(self, signed: bytes, trust: TrustBundle) -> bytes:
        cert = trust.seal
        now = self.now or dt.datetime.now(dt.UTC)
        if cert is None or not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            raise ExportError("the trust bundle has no valid encryption certificate",
                              code="SEAL_UNAVAILABLE")
        return seal_for(signed, cert)

    def _previous_revision(self, cycle_id: int) -> dict[str, Any] | None:
        return self.store.query_one(
            "SELECT submission_id, revision, payload_sha256 FROM submission WHERE cycle_id = ? "
            "ORDER BY revision DESC LIMIT 1", [cycle_id])

    def _evidence_files(self, evaluation: Evaluation) -> list[tuple[str, bytes, str]]:
        total = sum(e.size for e in evaluation.evidence)
        if total > MAX_EMBEDDED_EVIDENCE_BYTES:
            raise ExportError("the evidence files are too large to embed",
                              code="EVIDENCE_TOO_LARGE_TO_EMBED", size=total,
                              limit=MAX_EMBEDDED_EVIDENCE_BYTES)
        files: list[tuple[str, bytes, str]] = []
        seen: set[str] = set()
        for item in evaluation.evidence:
            name = f"evidence/{item.element_id}/{item.file_name}"
            if name in seen:
                name = f"evidence/{item.element_id}/{item.sha256[:8]}-{item.file_name}"
            seen.add(name)
            files.append((name, repo.evidence_content(self.store, item.id), item.media_type))
        return files


def plan_of(roles: Sequence[str]) -> tuple[str, ...]:
    """``roles`` as a plan: the later roles named, in chain order.

    Raises:
        ExportError: INVALID_ROLE for anything but reviewer and approver.
    """
    unknown = [r for r in roles if r not in COUNTERSIGN_ROLES]
    if unknown:
        raise ExportError(f"cannot plan a signature by {unknown[0]!r}", code="INVALID_ROLE",
                          role=unknown[0])
    return tuple(r for r in COUNTERSIGN_ROLES if r in roles)


def planned_signers(store: Store) -> tuple[str, ...]:
    """Who signs after the preparer unless the export says otherwise: the plan chosen at the
    last export, else the roles the deployment policy requires."""
    stored = repo.get_setting(store, PLAN_SETTING)
    if isinstance(stored, list):
        return tuple(r for r in COUNTERSIGN_ROLES if r in stored)
    return tuple(r for r in COUNTERSIGN_ROLES if r in required_roles())


def export_submission(store: Store, **kwargs: Any) -> ExportResult:
    """Run a whole export synchronously (CLI, tests); returns the result."""
    result = None
    for progress in SubmissionExport(store, **kwargs).run():
        result = progress.result or result
    assert result is not None
    return result


def _signer_label(signer: SignerMaterial) -> str:
    """`Name (agency code) · certificate serial` — readable, unlike an RFC 4514 subject."""
    names = signer.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    name = str(names[0].value) if names else signer.certificate.subject.rfc4514_string()
    return f"{name} ({signer.agency_code}) · {serial_hex(signer.certificate.serial_number)}"


def _seconds(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
