"""Reading and verifying submission files, in this process or in a pool of processes.

`check_file` does everything about one file that does not touch the central store: size
limit, read, SHA-256 and (optionally) `verify_submission`. `checked_in_order` runs it in
worker processes (spawned, so it is safe next to Qt's threads) a few files ahead of the
caller and yields the results in input order, so the importer still stores one file per
transaction, in order, exactly as it does single-process.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from digigov_desktop.domain import submission as payloads
from digigov_desktop.domain.framework import framework_known
from digigov_desktop.signing.credentials import TrustBundle
from digigov_desktop.signing.verify import Verdict, verify_submission

UNREADABLE = "UNREADABLE"
TOO_LARGE = "TOO_LARGE"
AHEAD_PER_WORKER = 4  # files verified ahead of the store, per worker (bounds memory)


@dataclass(frozen=True)
class Checked:
    """One file read (and maybe verified). `problem` = (outcome, detail) when unreadable."""

    path: Path
    size: int | None = None
    data: bytes | None = None
    sha256: str | None = None
    problem: tuple[str, str] | None = None
    verdict: Verdict | None = None


def check_file(path: Path, *, max_bytes: int, trust: TrustBundle | None = None) -> Checked:
    """Read one file within the size limit, hash it, and verify it when `trust` is given."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Checked(path, size, problem=(TOO_LARGE, f"{size} bytes > {max_bytes}"))
        data = path.read_bytes()
    except OSError as exc:
        return Checked(path, problem=(UNREADABLE, exc.strerror or str(exc)))
    sha256 = hashlib.sha256(data).hexdigest()
    verdict = None if trust is None else verify(data, trust, max_bytes=max_bytes)
    return Checked(path, len(data), data, sha256, verdict=verdict)


def verify(data: bytes, trust: TrustBundle, *, max_bytes: int) -> Verdict:
    """The coordinator's verification of a submission file (payload schema, known framework)."""
    return verify_submission(data, trust, max_bytes=max_bytes,
                             parse_payload=payloads.parse_payload,
                             framework_known=framework_known)


def checked_in_order(
    paths: Sequence[Path], *, trust_pem: bytes, max_bytes: int, workers: int,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Checked]:
    """`check_file` with verification for every path, on `workers` processes, in order.

    Stops submitting work when `cancelled()` turns true (what is in flight is dropped).
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_init_worker, initargs=(trust_pem,)) as pool:
        pending: deque[Future[Checked]] = deque()
        queue = iter(paths)
        try:
            while True:
                while len(pending) < workers * AHEAD_PER_WORKER and not cancelled():
                    path = next(queue, None)
                    if path is None:
                        break
                    pending.append(pool.submit(_work, str(path), max_bytes))
                if not pending or cancelled():
                    return
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


_worker_trust: TrustBundle | None = None


def _init_worker(trust_pem: bytes) -> None:
    global _worker_trust
    _worker_trust = TrustBundle.from_pem(trust_pem)


def _work(path: str, max_bytes: int) -> Checked:
    checked = check_file(Path(path), max_bytes=max_bytes, trust=_worker_trust)
    if checked.verdict is not None:  # certificates do not pickle; the store needs none
        checked = replace(checked, verdict=replace(checked.verdict, signer_certificate=None))
    return checked
