"""Sign a submission as reviewer or approver: the later links of the signature chain.

A submission travels from the preparer (who exported it) to the reviewer and the approver,
each on their own computer with their own credential (a person's credential issued by the
coordinator's CA with `--person NAME --role reviewer|approver`). `preview()` shows what is
about to be signed and every earlier signature's validity; `countersign()` refuses a file
whose earlier signatures do not verify exactly as the coordinator will check them, or whose
chain does not allow this role now, signs, and self-verifies the result before returning it.
Both front ends (`digigov sign`, File → Sign a submission) call these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from digigov_desktop.domain import submission as payloads
from digigov_desktop.domain.framework import framework_known
from digigov_desktop.errors import DigigovError
from digigov_desktop.fileio import write_atomic
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.signing.authority import serial_hex
from digigov_desktop.signing.chain import skipped_roles
from digigov_desktop.signing.credentials import ROLES, role_of, subject_names
from digigov_desktop.signing.pades import countersign
from digigov_desktop.signing.verify import ChainLink, RejectReason, Verdict, verify_submission
from digigov_desktop.storage.database import Store

__all__ = ["ChainEntry", "SignError", "SignProgress", "SubmissionPreview", "chain_entries",
           "countersign_submission", "preview", "required_roles", "stored_chain"]

COUNTERSIGN_ROLES = ("reviewer", "approver")
STEPS = ("check", "unlock", "sign", "verify", "write")


class SignError(DigigovError):
    """Signing refused. Codes: INPUT_REJECTED (params: reason — the verification code of
    the file as received), ROLE_NOT_ALLOWED (params: role, last — the chain already has
    this role or a later one), ROLE_OUT_OF_PLAN (params: role, skipped — the preparer
    planned these roles to sign first), ROLE_MISMATCH (params: role, credential_role — the
    credential is not this role's), SELF_CHECK_FAILED (params: reason), NO_TRUST_BUNDLE,
    CANCELLED."""

    code = "SIGN_FAILED"


@dataclass(frozen=True)
class ChainEntry:
    """One signature of a submission, for display (CLI, GUI, coordinator's inbox)."""

    role: str
    person: str | None
    agency_code: str | None
    serial: str
    subject: str
    signed_at: str | None  # ISO 8601, UTC

    @property
    def name(self) -> str:
        """The person's name, else the certificate's common name (the agency), else the
        subject as written."""
        if self.person:
            return self.person
        common_name, _serial = subject_names(self.subject)
        return common_name or self.subject

    def as_dict(self) -> dict[str, str | None]:
        return {"role": self.role, "person": self.person, "agency_code": self.agency_code,
                "serial": self.serial, "subject": self.subject, "signed_at": self.signed_at}


def chain_entries(links: tuple[ChainLink, ...]) -> tuple[ChainEntry, ...]:
    """Plain display rows for a verdict's chain."""
    return tuple(
        ChainEntry(role=link.role, person=link.person, agency_code=link.agency_code,
                   serial=serial_hex(link.serial), subject=link.subject,
                   signed_at=link.signed_at.astimezone(dt.UTC).isoformat()
                   if link.signed_at else None)
        for link in links)


@dataclass(frozen=True)
class SubmissionPreview:
    """What a signer sees before signing. `reason`: the file's verification code."""

    reason: str
    detail: str
    agency_code: str | None
    agency_name: str | None
    cycle: int | None
    overall: float | None
    payload_sha256: str | None
    chain: tuple[ChainEntry, ...]
    planned: tuple[str, ...] | None = None  # the preparer's plan; None: the file has none

    @property
    def still_to_sign(self) -> tuple[str, ...]:
        """The planned roles that have not signed yet, in order (the first signs next)."""
        signed = {entry.role for entry in self.chain}
        return tuple(role for role in self.planned or () if role not in signed)

    @property
    def valid(self) -> bool:
        return self.reason == RejectReason.ACCEPTED.value

    @property
    def last_role(self) -> str | None:
        return self.chain[-1].role if self.chain else None


@dataclass(frozen=True)
class SignProgress:
    step: str  # one of STEPS, or "done"
    fraction: float
    result: bytes | None = None


def stored_chain(store: Store, submission_row: int) -> tuple[ChainEntry, ...]:
    """The signature chain stored with an imported submission (central store), in order."""
    from digigov_desktop.storage import central

    return tuple(ChainEntry(role=r["role"], person=r["person"], agency_code=None,
                            serial=r["serial"], subject=r["subject"], signed_at=r["signed_at"])
                 for r in central.signatures(store, submission_row))


def required_roles(explicit: Iterable[str] | None = None) -> frozenset[str]:
    """The roles every submission must carry: `explicit` when given, else the deployment
    policy's `required_signature_roles` (none by default)."""
    from digigov_desktop.config import active_policy

    roles = explicit if explicit is not None else active_policy().get(
        "required_signature_roles", ())
    return frozenset(r for r in roles if r in COUNTERSIGN_ROLES)


def _verify(data: bytes, store: Store, now: dt.datetime | None) -> Verdict:
    """The coordinator's checks, but a chain still missing planned signers is accepted:
    the file is on its way to its signers."""
    trust = CredentialService(store).trust_bundle()
    if trust is None:
        raise SignError("the coordinator's trust bundle is not installed", code="NO_TRUST_BUNDLE")
    return verify_submission(data, trust, parse_payload=payloads.parse_payload,
                             framework_known=framework_known, now=now, in_progress=True)


def preview(store: Store, data: bytes, *, now: dt.datetime | None = None) -> SubmissionPreview:
    """Verify a received submission with this installation's trust bundle, as the
    coordinator will, and describe it (content and every signature so far)."""
    verdict = _verify(data, store, now)
    doc = verdict.payload_data or {}
    agency = doc.get("agency")
    agency = agency if isinstance(agency, dict) else {}
    scores = doc.get("scores")
    scores = scores if isinstance(scores, dict) else {}
    cycle = doc.get("cycle")
    overall = scores.get("overall")
    return SubmissionPreview(
        reason=verdict.reason.value, detail=verdict.detail,
        agency_code=agency.get("code"), agency_name=agency.get("name"),
        cycle=cycle if isinstance(cycle, int) else None,
        overall=float(overall) if isinstance(overall, int | float) else None,
        payload_sha256=verdict.payload_sha256, chain=chain_entries(verdict.chain),
        planned=verdict.planned)


def countersign_submission(
    store: Store, data: bytes, *, role: str, passphrase: bytes, out: Path | None = None,
    now: dt.datetime | None = None, cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[SignProgress]:
    """Add this installation's credential's signature as `role`; a generator of progress.

    The last progress carries the signed bytes; with `out` they are also written there
    atomically (and only then). Nothing is written when anything is refused.

    Raises:
        SignError: see the class; CredentialError: NO_CREDENTIAL, WRONG_PASSPHRASE.
    """
    def step(name: str) -> SignProgress:
        if cancelled():
            raise SignError("signing cancelled", code="CANCELLED")
        return SignProgress(name, STEPS.index(name) / len(STEPS))

    if role not in COUNTERSIGN_ROLES:
        raise SignError(f"cannot sign as {role!r}", code="INVALID_ROLE")
    yield step("check")
    verdict = _verify(data, store, now)
    if not verdict.accepted:
        raise SignError(f"the file does not verify: {verdict.reason.value} ({verdict.detail})",
                        code="INPUT_REJECTED", reason=verdict.reason.value)
    last = verdict.chain[-1].role
    if ROLES.index(last) >= ROLES.index(role):
        raise SignError(f"the {last} has signed already; a {role} cannot follow",
                        code="ROLE_NOT_ALLOWED", role=role, last=last)
    skipped = skipped_roles([link.role for link in verdict.chain], verdict.planned or (), role)
    if skipped:
        raise SignError(f"the preparer planned the {', '.join(skipped)} to sign before a {role}",
                        code="ROLE_OUT_OF_PLAN", role=role, skipped=", ".join(skipped))
    yield step("unlock")
    signer = CredentialService(store).signer(passphrase)
    own = role_of(signer.certificate)
    if own != role:
        raise SignError(f"this credential is a {own or 'preparer'}'s, not a {role}'s",
                        code="ROLE_MISMATCH", role=role, credential_role=own or "preparer")
    yield step("sign")
    signed = countersign(data, signer, role=role, timestamp=now)
    yield step("verify")
    check = _verify(signed, store, now)
    if not check.accepted:
        raise SignError(f"the signed file would be rejected: {check.reason.value}",
                        code="SELF_CHECK_FAILED", reason=check.reason.value)
    yield step("write")
    if out is not None:
        try:
            write_atomic(Path(out), signed)
        except OSError as exc:
            raise SignError(f"cannot write {out}: {exc.strerror or exc}", code="WRITE_FAILED",
                            path=str(out)) from exc
    yield SignProgress("done", 1.0, signed)
