"""Writing files so that a crash never leaves half of one: temporary file, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def write_temp(target: Path, data: bytes, *, private: bool = False) -> Path:
    """Write `data` to a new temporary file beside `target`, fsynced; return its path.

    Raises:
        OSError: the folder cannot be created or written (nothing is left behind).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if private:
            os.chmod(tmp, 0o600)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


@contextlib.contextmanager
def staged_file(target: Path, data: bytes, *, private: bool = False) -> Iterator[Path]:
    """Stage `data` beside `target`; rename it into place only if the block succeeds.

    Lets a caller commit a database record of the file inside the block, so that the
    file appears only once the record exists, and never half-written.

    Raises:
        OSError: writing the temporary file or renaming it failed.
    """
    tmp = write_temp(target, data, private=private)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes, *, private: bool = False) -> Path:
    """Replace `target` with `data` atomically. Raises OSError."""
    with staged_file(target, data, private=private):
        pass
    return Path(target)


# Below this many free bytes a folder counts as full: SQLite's -shm file alone needs 32 KiB.
FULL_BELOW_BYTES = 1 << 20


def disk_full(folder: Path, exc: OSError | None = None) -> bool:
    """True when `exc` says the disk is full, or the disk holding `folder` has (almost) no
    space left for this user (`shutil.disk_usage().free`). Never raises."""
    if exc is not None and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return True
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def raise_if_disk_full(exc: OSError, target: Path) -> None:
    """Raise `StorageError` ``DISK_FULL`` (params ``path``, ``folder``) when writing
    `target` failed for want of space; otherwise return, so the caller raises its own."""
    from digigov_desktop.errors import StorageError

    folder = Path(target).parent
    if disk_full(folder, exc):
        raise StorageError(f"cannot write {target}: the disk is full", code="DISK_FULL",
                           path=str(target), folder=str(folder)) from exc
