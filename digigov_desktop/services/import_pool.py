"""Reading and verifying submission files, in this process or in a pool of processes.

`check_file` does everything about one file that does not touch the central store: size
limit, read, SHA-256 and (optionally) `verify_submission`. `checked_in_order` runs it in
worker processes (never forked from this one, so it is safe next to Qt's threads) ahead of the
caller and yields the results in input order, so the importer still stores them in order,
exactly as it does single-process. Files travel to the workers in chunks, each with the
run's reference time (`Clock`), so every worker judges a chunk as of the same time and
validates each signer certificate once per time, as a single process does.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import sys
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from digigov_desktop.domain import submission as payloads
from digigov_desktop.domain.framework import framework_known
from digigov_desktop.signing.credentials import TrustBundle
from digigov_desktop.signing.verify import Verdict, VerifyContext, verify_submission

UNREADABLE = "UNREADABLE"
TOO_LARGE = "TOO_LARGE"
CHUNK = 8  # files per task sent to a worker
AHEAD_CHUNKS = 16  # chunks verified ahead of the store, per worker, at most
AHEAD_BYTES = 64 * 1024 * 1024  # and files of at most this size in all (bounds memory)
REFRESH_S = 60.0  # a run's reference time moves on after this long


@dataclass(frozen=True)
class Checked:
    """One file read (and maybe verified). `problem` = (outcome, detail) when unreadable."""

    path: Path
    size: int | None = None
    data: bytes | None = None
    sha256: str | None = None
    problem: tuple[str, str] | None = None
    verdict: Verdict | None = None


class Clock:
    """The reference time of a run's verifications, and its `VerifyContext`: taken at the
    start and renewed every `REFRESH_S` seconds, so a long run still judges (certificate
    and CRL validity) as of about now, and between renewals reuses pyHanko's verdicts
    (and which framework versions are known: installed packs are read once a renewal)."""

    def __init__(self, trust: TrustBundle) -> None:
        self.trust = trust
        self._context: VerifyContext | None = None
        self._since = 0.0

    def context(self) -> VerifyContext:
        if self._context is None or time.monotonic() - self._since > REFRESH_S:
            self.close()
            self._context, self._since = VerifyContext(self.trust), time.monotonic()
        return self._context

    def close(self) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None


def check_file(path: Path, *, max_bytes: int, context: VerifyContext | None = None) -> Checked:
    """Read one file within the size limit, hash it, and verify it when `context` is given."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Checked(path, size, problem=(TOO_LARGE, f"{size} bytes > {max_bytes}"))
        data = path.read_bytes()
    except OSError as exc:
        return Checked(path, problem=(UNREADABLE, exc.strerror or str(exc)))
    verdict = None if context is None else verify(data, context, max_bytes=max_bytes)
    sha256 = (verdict.sha256 if verdict is not None else None) or hashlib.sha256(data).hexdigest()
    return Checked(path, len(data), data, sha256, verdict=verdict)


def verify(data: bytes, context: VerifyContext, *, max_bytes: int) -> Verdict:
    """The coordinator's verification of a submission file (payload schema, known framework)."""
    known = _known.get(context)
    if known is None:  # which packs are installed: read once per context (run, renewal)
        known = _known[context] = functools.cache(framework_known)
    return verify_submission(data, context.trust, max_bytes=max_bytes,
                             parse_payload=payloads.parse_payload,
                             framework_known=known, context=context)


# per context, and gone with it (a finished run keeps nothing alive)
_known: weakref.WeakKeyDictionary[VerifyContext, Callable[[str, str], bool]] = (
    weakref.WeakKeyDictionary())


def checked_in_order(
    paths: Sequence[Path], *, clock: Clock, max_bytes: int, workers: int,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Checked]:
    """`check_file` with verification for every path, on `workers` processes, in order.

    The workers verify up to AHEAD_BYTES (or AHEAD_CHUNKS chunks each) ahead of the caller,
    so they keep working while it writes and commits. Until the first chunk comes back
    (the workers still starting), this process verifies the following chunks itself
    rather than wait idle; after that only when the machine has a core to spare for it
    (with as many workers as cores, a third verifier only slows the two). The results
    still come out in input order. Stops submitting work when `cancelled()` turns true
    (what is in flight is dropped).
    """
    context = _start_method()
    chunks = iter([[Path(p) for p in paths[i:i + CHUNK]] for i in range(0, len(paths), CHUNK)])
    spare_core = (os.cpu_count() or 1) > workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_init_worker,
                             initargs=(clock.trust.to_pem(),)) as pool:
        slots: deque[tuple[Future[list[Checked]] | list[Checked], int]] = deque()
        started = False  # a worker has answered: they are up and running
        try:
            while not cancelled():
                while _room(slots, workers):
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    slots.append((pool.submit(_work, [str(p) for p in chunk], max_bytes,
                                              clock.context().now), _size(chunk)))
                if not slots:
                    return
                head = slots[0][0]
                if isinstance(head, Future) and not head.done() and (
                        spare_core or not started) and _held(slots) < AHEAD_BYTES:
                    chunk = next(chunks, None)
                    if chunk is not None:  # work here instead of waiting
                        slots.append(([check_file(p, max_bytes=max_bytes,
                                                  context=clock.context()) for p in chunk],
                                      _size(chunk)))
                        continue
                slots.popleft()
                started = started or isinstance(head, Future)
                for checked in head.result() if isinstance(head, Future) else head:
                    yield checked
                    if cancelled():
                        return
        finally:
            for slot, _ in slots:
                if isinstance(slot, Future):
                    slot.cancel()


def _room(slots: deque[tuple[Future[list[Checked]] | list[Checked], int]],
          workers: int) -> bool:
    """Whether one more chunk may be sent: within AHEAD_BYTES of files held ahead of the
    caller, at the workers or verified here (but always one chunk per worker), and
    AHEAD_CHUNKS chunks a worker."""
    flying = sum(isinstance(slot, Future) for slot, _size in slots)
    return flying < workers or (
        flying < workers * AHEAD_CHUNKS and _held(slots) < AHEAD_BYTES)


def _held(slots: deque[tuple[Future[list[Checked]] | list[Checked], int]]) -> int:
    return sum(size for _slot, size in slots)


def _size(chunk: list[Path]) -> int:
    total = 0
    for path in chunk:
        try:
            total += path.stat().st_size
        except OSError:
            pass  # reported as unreadable by the worker
    return total


def _start_method() -> multiprocessing.context.BaseContext:
    """Workers from a fork server where there is one (Linux, macOS; not a frozen app): a
    fresh single-threaded process (so safe next to Qt's threads) that imports the
    verification code once and forks each worker ready to run, for this import and the
    next; elsewhere each worker is spawned and imports it itself."""
    if "forkserver" in multiprocessing.get_all_start_methods() and not getattr(
            sys, "frozen", False):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


_worker_trust: TrustBundle | None = None
_worker_context: VerifyContext | None = None


def _init_worker(trust_pem: bytes) -> None:
    global _worker_trust
    _worker_trust = TrustBundle.from_pem(trust_pem)


def _work(paths: list[str], max_bytes: int, now: datetime) -> list[Checked]:
    global _worker_context
    if _worker_context is None or _worker_context.now != now:  # the parent's clock moved
        if _worker_context is not None:
            _worker_context.close()
        assert _worker_trust is not None
        _worker_context = VerifyContext(_worker_trust, now=now)
    out = []
    for path in paths:
        checked = check_file(Path(path), max_bytes=max_bytes, context=_worker_context)
        if checked.verdict is not None:  # certificates do not pickle; the store needs none
            checked = replace(checked, verdict=replace(checked.verdict, signer_certificate=None))
        out.append(checked)
    return out
