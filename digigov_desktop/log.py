"""Logging: one rotating file in the per-user log folder, quiet third-party loggers."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FILE = "digigov.log"
_NOISY = ("pyhanko", "pyhanko_certvalidator", "fontTools", "PIL", "urllib3", "asyncio")


def init_logging(log_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    """Send the `digigov_desktop` and `ui` loggers to a rotating file (5 × 1 MB).

    Returns the log file path, or None when `log_dir` is None or not writable
    (the application then runs without a log file rather than failing to start).
    """
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.ERROR)
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_FILE
        handler = RotatingFile(path, max_bytes=1_000_000, backups=5)
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    for name in ("digigov_desktop", "ui"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
            logger.addHandler(handler)
    return path


class RotatingFile(logging.FileHandler):
    """`logging.handlers.RotatingFileHandler`'s size rotation (digigov.log → .1 … .N).

    Its own small class because importing logging.handlers (socket, pickle, queue) costs
    ~5 ms of every GUI start-up, for a handler this simple.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if not os.path.isfile(self.baseFilename) and os.path.exists(self.baseFilename):
            return False  # never rotate what is not a regular file
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        for i in range(self.backups, 0, -1):  # .N-1 → .N, …, base → .1
            older = f"{self.baseFilename}.{i - 1}" if i > 1 else self.baseFilename
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{i}")
        self.stream = self._open()
