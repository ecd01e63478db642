"""Logging: one rotating file in the per-user log folder, quiet third-party loggers."""

from __future__ import annotations

import logging
import logging.handlers
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
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
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
