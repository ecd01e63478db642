"""Debounced autosave: edits are queued by key and written ≤ 400 ms after the last keystroke.

`flush()` writes everything pending at once; the main window calls it on navigation,
language switch and close, so closing never asks "save changes?" and never loses an edit.
A write that fails with a `DigigovError` stays queued (retried on the next flush) and is
reported through `failed`; the application keeps running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from digigov_desktop.errors import DigigovError

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400


class Autosaver(QObject):
    saving = Signal()
    saved = Signal()
    failed = Signal(object)  # the DigigovError

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Callable[[], object]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: Hashable, write: Callable[[], object]) -> None:
        """Queue `write`, replacing an earlier write with the same key; restart the timer."""
        self._pending.pop(key, None)
        self._pending[key] = write
        self.saving.emit()
        self._timer.start()

    def save_now(self, key: Hashable, write: Callable[[], object]) -> bool:
        """Queue `write` and flush at once (a choice, not typing)."""
        self._pending.pop(key, None)
        self._pending[key] = write
        return self.flush()

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write everything pending, in order. Returns False when a write failed."""
        self._timer.stop()
        if not self._pending:
            return True
        wrote = False
        while self._pending:
            key = next(iter(self._pending))
            write = self._pending[key]
            try:
                write()
            except DigigovError as exc:
                log.warning("autosave failed: %s (%s)", exc.code, exc)
                self.failed.emit(exc)
                if exc.code not in _RETRYABLE:  # a bad value: retrying will not help
                    self._pending.pop(key, None)
                return False
            self._pending.pop(key, None)
            wrote = True
        if wrote:
            self.saved.emit()
        return True

    def discard(self) -> None:
        self._timer.stop()
        self._pending.clear()


_RETRYABLE = frozenset({"STORE_LOCKED", "STORE_READ_ONLY", "DISK_FULL", "STORE_IO_ERROR"})
