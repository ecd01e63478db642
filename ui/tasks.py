"""The one background-work helper: QThreadPool + a signals object, results on the GUI thread.

Worker code never touches widgets and never uses the GUI thread's store: a function that
needs the database opens its own `Store` (a sqlite3 connection belongs to its thread).
A function may be a generator: each yielded value is reported as progress, its return
value is the result, and `Task.cancel()` stops it between two steps. A task whose owner
widget goes away is only detached (`Task.detach()`): its callbacks are dropped, but the
work runs to its end, so a write the person started (files added as evidence) is never
left half done because a window was rebuilt or closed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_running: set[Task] = set()


class Cancelled(Exception):
    """Raised inside a generator task when it was cancelled (reported to nobody)."""


class _Signals(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    """Runs on a pool thread. It must never drop the last reference to the signals object:
    a QObject of the GUI thread destroyed on a pool thread races the GUI thread's use of
    its connections (Qt's threading rules; it crashed the tests now and then). So `run`
    lets go of the signals before it reports itself returned, and the `Task` that owns them
    is released on the GUI thread only after that."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, signals: _Signals,
                 cancelled: threading.Event, returned: threading.Event) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._signals: _Signals | None = signals
        self._cancelled = cancelled
        self._returned = returned

    def run(self) -> None:  # worker thread
        try:
            kind, value = self._outcome()
            # Frames kept alive by a traceback hold `self`, never the signals object.
            signals, self._signals = self._signals, None
            assert signals is not None
            getattr(signals, kind).emit(value)
            del signals, value
        finally:
            self._signals = None
            self._returned.set()

    def _outcome(self) -> tuple[str, object]:
        try:
            result = self._fn(*self._args, **self._kwargs)
            if isinstance(result, Generator):
                result = self._drive(result)
        except Cancelled:
            return "failed", Cancelled()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            return "failed", exc
        return "succeeded", result

    def _drive(self, gen: Generator) -> Any:
        while True:
            if self._cancelled.is_set():
                gen.close()
                raise Cancelled()
            try:
                step = next(gen)
            except StopIteration as stop:
                return stop.value
            assert self._signals is not None
            self._signals.progress.emit(step)


class Task(QObject):
    """A handle on one background call; lives on the GUI thread, receives its results."""

    def __init__(
        self,
        on_success: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self._on_success, self._on_error, self._on_progress = on_success, on_error, on_progress
        self._cancelled = threading.Event()
        self._detached = False  # the owner is gone: no callbacks, the work goes on
        self._returned = threading.Event()  # set by the worker once it holds no signals
        self.signals = _Signals()
        self.signals.progress.connect(self._progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.done = False

    def cancel(self) -> None:
        """Ask a generator task to stop; its callbacks are not called any more."""
        self._cancelled.set()

    def detach(self) -> None:
        """Drop the callbacks (their widget is gone) and let the work finish."""
        self._detached = True

    @property
    def cancelled(self) -> bool:
        """No callback is called any more: cancelled, or detached from its owner."""
        return self._detached or self._cancelled.is_set()

    @Slot(object)
    def _progress(self, value: object) -> None:
        if self._on_progress is not None and not self.cancelled:
            self._on_progress(value)

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        self._finish()
        if self._on_success is not None and not self.cancelled:
            self._on_success(value)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._finish()
        if isinstance(exc, Cancelled) or self.cancelled:
            return
        if self._on_error is not None:
            self._on_error(exc)  # type: ignore[arg-type]
        else:
            log.error("background task failed", exc_info=exc)  # type: ignore[arg-type]
            raise exc  # type: ignore[misc]  # reaches sys.excepthook: the crash dialog

    def _finish(self) -> None:
        self.done = True
        self._release()

    def _release(self) -> None:
        # Keep this task (and so its signals object) alive until the worker has let go of
        # it: the last reference then drops here, on the GUI thread.
        if self._returned.is_set():
            _running.discard(self)
        else:
            QTimer.singleShot(1, self._release)


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
    **kwargs: Any,
) -> Task:
    """Run `fn(*args, **kwargs)` on the thread pool; callbacks run on the GUI thread.

    `owner`: the widget whose callbacks these are; once it is destroyed (a window rebuilt
    in another language, closed) no callback reaches it, while the work itself runs to
    its end (`Task.detach`; only `Task.cancel` stops it early).

    Returns:
        The task handle (`cancel()`, `done`).
    """
    task = Task(on_success, on_error, on_progress)
    if owner is not None:  # the connection goes with whichever object is deleted first
        owner.destroyed.connect(task.detach)
    _running.add(task)
    runnable = _Runnable(fn, args, kwargs, task.signals, task._cancelled, task._returned)
    (pool or QThreadPool.globalInstance()).start(runnable)
    return task


def pending() -> int:
    """How many tasks have not reported back yet (tests wait for 0)."""
    return len(_running)
