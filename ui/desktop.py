"""Hand files and folders to the desktop (file manager, PDF viewer): the process boundary.

Tests replace these two functions; nothing else in `ui/` calls QDesktopServices.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


def open_folder(path: Path) -> bool:
    """Show a folder (or the folder holding a file) in the file manager."""
    folder = Path(path)
    if folder.is_file():
        folder = folder.parent
    ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if not ok:
        log.warning("the desktop could not open %s", folder)
    return ok


def open_file(path: Path) -> bool:
    """Open a file with the desktop's default application (a PDF viewer for PDFs)."""
    ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not ok:
        log.warning("the desktop could not open %s", path)
    return ok
