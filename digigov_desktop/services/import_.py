"""Coordinator import: files and folders → verify → registry → store, one file at a time.

Each file is decided on its own and stored atomically (original bytes, hash, verdict,
signer, submission row, scores, import-log row); a rejected file changes nothing but the
append-only import log. Files are written in batches (one transaction, one savepoint per
file), and the store-dependent checks (already there? newer revision?) run inside that
transaction, so that two importers racing on the same files, in two processes or on two
coordinators' PCs, store each file once and the loser reports duplicates. Importing the
same file twice is a no-op (`DUPLICATE`), so an interrupted import can simply be run
again. A run verifies against one `VerifyContext` (one reference time, renewed each
minute; each distinct signer certificate validated once against the CRL in force, every
file's own checks still made). With `workers > 1`, files are verified in a process pool
ahead of this process, which stores them, still in order, and verifies too while it would
otherwise wait.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digigov_desktop.errors import DigigovError, StorageError
from digigov_desktop.messages import message
from digigov_desktop.services import signing as signing_service
from digigov_desktop.services.import_pool import (
    TOO_LARGE,
    UNREADABLE,
    Checked,
    Clock,
    check_file,
    checked_in_order,
    verify,
)
from digigov_desktop.signing.authority import CertificateAuthority, serial_hex
from digigov_desktop.signing.chain import missing_roles
from digigov_desktop.signing.seal import is_sealed
from digigov_desktop.signing.verify import DEFAULT_MAX_BYTES, Verdict
from digigov_desktop.storage import central

log = logging.getLogger(__name__)

ACCEPTED = "ACCEPTED"
DUPLICATE = "DUPLICATE"
UNREGISTERED = "UNREGISTERED"
STALE_REVISION = "STALE_REVISION"
OUTSIDE_REGION = "OUTSIDE_REGION"
BATCH_MAX = 128  # files written per transaction, at most
# on a shared (PostgreSQL) store a transaction that conflicts with another importer's is
# run again whole: smaller batches there (and halved when one keeps conflicting)
BATCH_MAX_SHARED = 16
BATCH_SECONDS = 0.5  # a batch is committed once it has been filling this long
BATCH_BYTES = 64 * 1024 * 1024  # or once it holds files of this size in all (memory)
__all__ = [
    "ACCEPTED", "DUPLICATE", "OUTSIDE_REGION", "STALE_REVISION", "TOO_LARGE", "UNREADABLE",
    "UNREGISTERED", "FileResult", "ImportProgress", "Importer", "any_sealed", "collect_files",
    "summary",
]


@dataclass(frozen=True)
class FileResult:
    """What happened to one file. `outcome` is ACCEPTED, DUPLICATE or a rejection code."""

    path: Path
    outcome: str
    detail: str = ""  # English, for the log
    sha256: str | None = None
    agency_code: str | None = None
    submission_id: str | None = None
    revision: int | None = None
    superseded: int = 0
    submission_row: int | None = None
    chain: tuple[signing_service.ChainEntry, ...] = ()  # who signed, in order (accepted)

    @property
    def accepted(self) -> bool:
        return self.outcome == ACCEPTED

    @property
    def rejected(self) -> bool:
        return self.outcome not in (ACCEPTED, DUPLICATE)

    def message(self, lang: str = "en") -> str:
        return message(self.outcome, lang)


@dataclass(frozen=True)
class ImportProgress:
    """Yielded after each file: `done` of `total` files, and what happened to the last one."""

    done: int
    total: int
    result: FileResult


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus every `*.pdf` and `*.p7m` (sealed) below named folders
    (recursively), sorted.

    A named path that does not exist is kept, so that it is reported as unreadable.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        candidates = (
            sorted(p for p in path.rglob("*")
                   if p.is_file() and p.suffix.lower() in (".pdf", ".p7m"))
            if path.is_dir() else [path]
        )
        for candidate in candidates:
            key = candidate.resolve() if candidate.exists() else candidate
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def any_sealed(paths: Iterable[Path]) -> bool:
    """True when one of the files (as `collect_files` finds them) may be sealed: a quick
    look at each file's first bytes (a DER SEQUENCE, not `%PDF-`), so a front end can ask
    for the CA passphrase before the import starts."""
    for path in collect_files(paths):
        try:
            with open(path, "rb") as handle:
                head = handle.read(8)
        except OSError:
            continue
        if head[:1] == b"\x30":
            return True
    return False


def summary(results: Iterable[FileResult], *, lang: str = "en") -> dict[str, Any]:
    """The JSON summary of `digigov import --json`."""
    results = list(results)
    return {
        "accepted": sum(r.accepted for r in results),
        "duplicates": sum(r.outcome == DUPLICATE for r in results),
        "rejected": [
            {"file": str(r.path), "reason": r.outcome, "message": r.message(lang)}
            for r in results if r.rejected
        ],
        "superseded": sum(r.superseded for r in results),
    }


class Importer:
    """Imports submission files into one central store, checking them against one CA.

    Args:
        store: the central store (this thread's connection).
        authority: the coordinator's CA folder (root, CRL, registry).
        actor: who imports (recorded with every file).
        max_bytes: files larger than this are rejected before being read.
        required_roles: `reviewer` / `approver` signatures every file must carry; None: the
            policy's `required_signature_roles`.
        seal_passphrase: the CA passphrase (or a function asked for it when the first
            sealed file turns up) that unlocks the coordinator's encryption key.
    """

    def __init__(
        self, store: central.CentralStore, authority: CertificateAuthority, *, actor: str = "",
        max_bytes: int = DEFAULT_MAX_BYTES, required_roles: Collection[str] | None = None,
        seal_passphrase: bytes | Callable[[], bytes] | None = None,
    ) -> None:
        self.store = store
        # signatures every submission must carry besides the preparer's (default: policy)
        self.required_roles = signing_service.required_roles(required_roles)
        self._seal_passphrase = seal_passphrase
        self._open_sealed: Callable[[bytes], bytes] | None = None
        self._seal_failure: tuple[str, str] | None = None
        self.authority = authority
        self.actor = actor
        self.max_bytes = max_bytes
        self._trust = authority.bundle()
        # agencies only: the coordinator's receipt certificate never signs a submission
        self._registry = {e.serial: e for e in authority.registry() if e.is_agency}

    def run(
        self, paths: Iterable[Path], *, cancelled: Callable[[], bool] = lambda: False,
        workers: int = 1,
    ) -> Iterator[ImportProgress]:
        """Import every file; a generator yielding progress after each one (stops on cancel).

        Args:
            paths: files and folders (searched recursively for `*.pdf`).
            cancelled: polled between files.
            workers: processes that verify ahead of the store (1: all in this process).
        """
        files = collect_files(paths)
        clock = Clock(self._trust)  # one reference time (renewed each minute) per run
        if workers > 1 and len(files) > 1:
            checked: Iterable[Checked] = checked_in_order(
                files, clock=clock, max_bytes=self.max_bytes, workers=workers,
                cancelled=cancelled)
        else:
            checked = (check_file(path, max_bytes=self.max_bytes) for path in files)
        try:
            yield from self._batches(iter(checked), len(files), clock, cancelled)
        finally:
            clock.close()

    def _batches(self, items: Iterator[Checked], total: int, clock: Clock,
                 cancelled: Callable[[], bool]) -> Iterator[ImportProgress]:
        done, size, stopped = 0, 1, False
        while not stopped:
            # Decide what needs no store write (verify, registry) for a batch of files,
            # then write the batch in one transaction, one savepoint per file; progress
            # is reported once it is committed. Batches grow 1, 2, 4 … BATCH_MAX, so the
            # first file shows at once and a cancel is honoured between files; a batch
            # closes after BATCH_SECONDS, so progress shows at least that often, or when
            # it holds BATCH_BYTES of files (big files are not all kept in memory at once).
            batch: list[_Write] = []
            closes, held = time.monotonic() + BATCH_SECONDS, 0
            while len(batch) < size and (not batch or (
                    time.monotonic() < closes and held < BATCH_BYTES)):
                if cancelled():
                    stopped = True
                    break
                item = next(items, None)
                if item is None:
                    stopped = True
                    break
                batch.append(self._prepare(item, clock))
                held += item.size or 0
            for result in self._commit(batch):
                done += 1
                log.info("import %s: %s %s", result.path, result.outcome, result.detail)
                yield ImportProgress(done=done, total=total, result=result)
            size = min(size * 2, BATCH_MAX if self.store.kind == "sqlite" else BATCH_MAX_SHARED)
        if done < total:
            log.info("import cancelled after %d of %d files", done, total)

    def import_file(self, path: Path) -> FileResult:
        """Import one file (in this process)."""
        clock = Clock(self._trust)
        try:
            checked = check_file(Path(path), max_bytes=self.max_bytes)
            [result] = list(self._commit([self._prepare(checked, clock)]))
        finally:
            clock.close()
        return result

    def _commit(self, batch: list[_Write]) -> Iterator[FileResult]:
        """Write a batch in ONE transaction (`store.atomic`: run again from the start if
        another coordinator's transaction conflicts), each file in its own savepoint; the
        results once committed. A batch halved after conflicts gives the first half's
        results before the second half is tried (committed files are reported, whatever
        happens next)."""
        if not batch:
            return
        try:
            results = self.store.atomic(
                lambda db: [self._write_one(db, write) for write in batch])
        except StorageError as exc:  # lost to other writers again and again: smaller steps
            if exc.code != "STORE_LOCKED" or len(batch) == 1 or self.store.kind == "sqlite":
                raise  # (SQLite: another program holds the file; smaller would wait as long)
            log.info("import batch of %d files kept conflicting; halved", len(batch))
            half = len(batch) // 2
            yield from self._commit(batch[:half])
            yield from self._commit(batch[half:])
            return
        yield from results

    def _write_one(self, db: Any, write: _Write) -> FileResult:
        try:
            with self.store.savepoint(db):
                return write(db)
        except central.RowOutsideScope as exc:  # the server's row-level security said no
            if write.outside is None:
                raise
            return write.outside(db, str(exc).splitlines()[0])

    def _prepare(self, item: Checked, clock: Clock) -> _Write:
        """Everything about one file that writes nothing: read problems, a duplicate
        already committed, verification, the registry. Returns what to write."""
        path, data, sha256 = item.path, item.data, item.sha256
        if item.problem is not None or data is None or sha256 is None:
            outcome, detail = item.problem or (UNREADABLE, "no data")
            return _Write(lambda db: self._reject(path, outcome, detail, size=item.size, db=db))
        verdict_ahead = item.verdict
        if is_sealed(data):  # recognised by content, whatever the file's name
            opened = self._unseal(path, data, sha256)
            if isinstance(opened, FileResult):  # refused, and logged, already
                return _Write(lambda db: opened)
            data, sha256, verdict_ahead = opened, hashlib.sha256(opened).hexdigest(), None
        known = central.by_file_sha256(self.store, sha256)
        if known is not None:  # stored rows are never deleted: a duplicate for good
            return _Write(lambda db: self._duplicate(path, sha256, len(data), known, db=db))
        verdict = verdict_ahead or verify(data, clock.context(), max_bytes=self.max_bytes)
        if not verdict.accepted:
            return _Write(lambda db: self._reject(
                path, verdict.reason.value, verdict.detail, sha256=sha256, size=len(data),
                verdict=verdict, db=db))
        missing = missing_roles(list(verdict.chain), self.required_roles)
        if missing:
            outcome = "MISSING_REVIEWER" if missing[0] == "reviewer" else "MISSING_APPROVER"
            return _Write(lambda db: self._reject(
                path, outcome, f"no {', '.join(missing)} signature", sha256=sha256,
                size=len(data), verdict=verdict, db=db))
        if verdict.payload is None:  # an accepted verdict carries its payload: never here
            return _Write(lambda db: self._reject(
                path, UNREADABLE, "accepted without a payload", sha256=sha256,
                size=len(data), verdict=verdict, db=db))
        payload = dict(verdict.payload_data or {})
        serial = serial_hex(verdict.signer_serial or 0)
        agency_code = payload["agency"]["code"]
        for link in verdict.chain:  # every signer: registered and active for this agency
            entry = self._registry.get(serial_hex(link.serial))
            if entry is None or entry.agency_code != agency_code or entry.status != "active":
                why = ("certificate not in the registry" if entry is None
                       else f"registered for {entry.agency_code}, status {entry.status}")
                return self._refusal(path, UNREGISTERED, f"{link.role}: {why}",
                                     sha256=sha256, size=len(data), verdict=verdict)
        return _Write(
            lambda db: self._store(db, path, data, sha256, verdict, payload, serial),
            outside=lambda db, why: self._reject(path, OUTSIDE_REGION, why, sha256=sha256,
                                                 size=len(data), verdict=verdict, db=db))

    def _refusal(self, path: Path, outcome: str, detail: str, *, sha256: str, size: int,
                 verdict: Verdict) -> _Write:
        """A rejection to log in the batch's transaction."""
        return _Write(lambda db: self._reject(path, outcome, detail, sha256=sha256,
                                              size=size, verdict=verdict, db=db))

    def _store(self, db: Any, path: Path, data: bytes, sha256: str, verdict: Verdict,
               payload: dict[str, Any], serial: str) -> FileResult:
        """Decide against the store and write, inside ONE transaction that no other
        importer interleaves with (`store.atomic`): the loser of a race sees the winner's
        rows here, and reports a duplicate or a stale revision as a later import would."""
        known = central.by_file_sha256(self.store, sha256)
        if known is not None:
            return self._duplicate(path, sha256, len(data), known, db=db)
        agency_code = payload["agency"]["code"]
        siblings = central.revisions(self.store, payload["submission_id"])
        newest = max((r["revision"] for r in siblings), default=0)
        if newest >= payload["revision"]:
            return self._reject(
                path, STALE_REVISION,
                f"revision {payload['revision']} arrived after revision {newest}",
                sha256=sha256, size=len(data), verdict=verdict, db=db,
            )
        older = [r["id"] for r in siblings if r["superseded_by"] is None]
        chain = signing_service.chain_entries(verdict.chain)
        # The registry names the agency (the signer's registered certificate); a payload
        # calling itself otherwise is accepted and flagged, never shown under that name.
        named = self._registry.get(serial)
        registered_name = named.agency_name if named is not None else None
        mismatch = registered_name is not None and (
            payload["agency"].get("name") != registered_name)
        notes = [f"supersedes {len(older)}"] if older else []
        if mismatch:
            notes.append("agency name differs from the registry")
        central.put_file(db, sha256, data)
        row = central.insert_submission(
            db, payload=payload, payload_text=(verdict.payload or b"").decode("utf-8"),
            payload_sha256=verdict.payload_sha256 or "", file_sha256=sha256,
            file_name=path.name, signer_serial=serial,
            signer_subject=verdict.signer_subject or "",
            signed_at=verdict.signed_at.isoformat() if verdict.signed_at else None,
            actor=self.actor, scores=_flat_scores(payload),
            registered_name=registered_name,
        )
        central.put_signatures(db, row, [entry.as_dict() for entry in chain])
        central.mark_superseded(db, older, by=row)
        central.append_import_log(
            db, actor=self.actor, file_name=str(path), outcome=ACCEPTED,
            message="; ".join(notes), file_sha256=sha256,
            size=len(data), signer_serial=serial, agency_code=agency_code,
            submission_id=payload["submission_id"], revision=payload["revision"],
            name_mismatch=mismatch,
        )
        return FileResult(path, ACCEPTED, "", sha256, agency_code, payload["submission_id"],
                          payload["revision"], superseded=len(older), submission_row=row,
                          chain=chain)

    def _unseal(self, path: Path, data: bytes, sha256: str) -> bytes | FileResult:
        """The signed PDF inside a sealed file, or the rejection (logged, nothing stored).

        The key is unlocked once per run; a missing or wrong passphrase is asked for once
        and then refuses every sealed file of the run with the same reason.
        """
        if self._open_sealed is None and self._seal_failure is None:
            secret = self._seal_passphrase
            try:
                secret = secret() if callable(secret) else secret
            except DigigovError:  # no passphrase file and no terminal
                secret = None
            if not secret:
                self._seal_failure = ("SEAL_KEY_REQUIRED", "no CA passphrase given")
            else:
                try:
                    self._open_sealed = self.authority.seal_opener(passphrase=secret)
                except DigigovError as exc:
                    self._seal_failure = (exc.code, exc.message)
        if self._open_sealed is None:
            code, why = self._seal_failure or ("SEAL_KEY_REQUIRED", "")
            return self._reject(path, code, f"sealed file: {why}", sha256=sha256,
                                size=len(data))
        try:
            return self._open_sealed(data)
        except DigigovError as exc:
            return self._reject(path, exc.code, f"sealed file: {exc.message}", sha256=sha256,
                                size=len(data))

    def _duplicate(self, path: Path, sha256: str, size: int, known: dict[str, Any], *,
                   db: Any = None) -> FileResult:
        self._log(path, DUPLICATE, "", db=db, file_sha256=sha256, size=size,
                  agency_code=known["agency_code"], submission_id=known["submission_id"],
                  revision=known["revision"])
        return FileResult(path, DUPLICATE, "same file already imported", sha256,
                          known["agency_code"], known["submission_id"], known["revision"],
                          submission_row=known["id"])

    def _reject(
        self, path: Path, outcome: str, detail: str, *, sha256: str | None = None,
        size: int | None = None, verdict: Verdict | None = None, db: Any = None,
    ) -> FileResult:
        data = (verdict.payload_data or {}) if verdict is not None else {}
        agency = data.get("agency") if isinstance(data, dict) else None
        agency_code = (agency.get("code") if isinstance(agency, dict) else None) or (
            verdict.agency_code if verdict is not None else None)
        submission_id = data.get("submission_id") if isinstance(data, dict) else None
        revision = data.get("revision") if isinstance(data, dict) else None
        serial = (serial_hex(verdict.signer_serial) if verdict is not None
                  and verdict.signer_serial is not None else None)
        self._log(path, outcome, detail, db=db, file_sha256=sha256, size=size,
                  signer_serial=serial,
                  agency_code=agency_code if isinstance(agency_code, str) else None,
                  submission_id=submission_id if isinstance(submission_id, str) else None,
                  revision=revision if isinstance(revision, int) else None)
        return FileResult(path, outcome, detail, sha256,
                          agency_code if isinstance(agency_code, str) else None)

    def _log(self, path: Path, outcome: str, detail: str, *, db: Any = None,
             **fields: Any) -> None:
        if db is None:  # a decision taken without the store: its own transaction
            with self.store.transaction() as db:
                self._log(path, outcome, detail, db=db, **fields)
            return
        central.append_import_log(
            db, actor=self.actor, file_name=str(path), outcome=outcome,
            message=detail[:2000], **fields,
        )


@dataclass(frozen=True)
class _Write:
    """What to write for one file, inside the batch's transaction; `outside` instead
    when the server refuses the rows as another region's."""

    write: Callable[[Any], FileResult]
    outside: Callable[[Any, str], FileResult] | None = None

    def __call__(self, db: Any) -> FileResult:
        return self.write(db)


def _flat_scores(payload: dict[str, Any]) -> dict[str, float | None]:
    scores = payload["scores"]
    flat: dict[str, float | None] = {"overall": scores.get("overall")}
    for key, entry in scores.get("pillars", {}).items():
        flat[key] = entry.get("score")
    for key, entry in scores.get("recommendations", {}).items():
        flat[key] = entry.get("score")
    for element, answer in payload.get("answers", {}).items():
        flat[element] = None if answer.get("not_applicable") else answer.get("level")
    return flat

