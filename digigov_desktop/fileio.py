"""Writing files so that a crash never leaves half of one: temporary file, fsync, rename.

Also the file and console behaviour that differs on Windows (with paths.py, the only modules
that branch on the platform): replacing a file another program holds open, and the console
encoding of the command line's output.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

WINDOWS = sys.platform == "win32"
# Windows has no POSIX permission bits (os.chmod sets only the read-only flag): private files
# are private through the per-user profile folder's access list instead.
POSIX_PERMISSIONS = not WINDOWS
# Windows refuses to replace a file while another program has it open without sharing delete
# (a PDF viewer showing the previous export; an antivirus or indexer scanning the new one for
# a moment): winerror 32 (sharing violation) or 5 (access denied). Scanners let go within
# a second or two, so wait that long before saying the file is in use.
REPLACE_WAIT_S = 2.0
_IN_USE_WINERRORS = {5, 32}


class FileInUseError(PermissionError):
    """The target file is open in another program (Windows), so it cannot be replaced."""


def replace(source: Path, target: Path) -> None:
    """`os.replace(source, target)`; on Windows, waits up to REPLACE_WAIT_S for another
    program to let go of `target`.

    Raises:
        FileInUseError: `target` stays open in another program (Windows).
        OSError: any other failure.
    """
    deadline = time.monotonic() + REPLACE_WAIT_S
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not WINDOWS or getattr(exc, "winerror", None) not in _IN_USE_WINERRORS:
                raise
            if time.monotonic() >= deadline:
                raise FileInUseError(
                    exc.errno, f"{target} is open in another program; close it and try again",
                    str(target)) from exc
            time.sleep(0.1)


def _console_output_cp() -> int:
    """Windows: the code page of the attached console's output (0 when there is none)."""
    import ctypes

    return int(ctypes.windll.kernel32.GetConsoleOutputCP())  # type: ignore[attr-defined]


# The primary language of a Windows LANGID (its low 10 bits): LANG_ENGLISH, winnt.h.
_LANG_ENGLISH = 0x09


def windows_ui_english() -> bool | None:
    """Windows: whether the user's display language is English (`GetUserDefaultUILanguage`,
    which Wine derives from the Unix locale); None on other systems or when unknown."""
    if not WINDOWS:
        return None
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        langid = int(kernel32.GetUserDefaultUILanguage())
    except (AttributeError, OSError):
        return None
    return (langid & 0x3FF) == _LANG_ENGLISH if langid else None


def configure_console() -> None:
    """Windows: make what the command line prints readable, Spanish included.

    Python writes to a console window in Unicode already. Redirected into a pipe or a file
    from cmd or PowerShell it would use the ANSI code page (cp1252), while cmd (`more`,
    `findstr`) and PowerShell decode with the console's output code page (cp850 on Spanish
    Windows): `ó` would turn into `¾`. So: the console's output code page when there is a
    console, UTF-8 when there is none; characters a code page lacks become `?` instead of
    an error. `PYTHONIOENCODING` still wins. Does nothing on other systems.
    """
    if not WINDOWS or os.environ.get("PYTHONIOENCODING"):
        return
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        if stream.isatty():
            stream.reconfigure(errors="replace")
            continue
        code_page = _console_output_cp()
        stream.reconfigure(encoding=f"cp{code_page}" if code_page else "utf-8", errors="replace")


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
        replace(tmp, target)
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
