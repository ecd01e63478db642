"""Writing files so that a crash never leaves half of one: temporary file, fsync, rename."""

from __future__ import annotations

import contextlib
import os
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
