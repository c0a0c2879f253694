"""Run slow work (exports, theme suggestions, big imports) off the UI thread.

``BackgroundTask`` runs a plain function on a QThread. The function gets a ``progress(done,
total)`` callback; results, progress and errors come back to the UI thread as Qt signals, so
the wall never freezes. The function must not touch widgets or the live document: give it a
snapshot (``snapshot_workshop``).
"""

from __future__ import annotations

import contextlib
import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from wtfc.model.document import COLLECTIONS
from wtfc.model.workshop import Workshop


def snapshot_workshop(workshop: Workshop) -> Workshop:
    """A copy safe to read on another thread: parts are never changed in place, so copying the
    lists that hold them is enough."""
    return workshop.model_copy(update={name: list(getattr(workshop, name)) for name in COLLECTIONS})


class _CollectorPause:
    """Counts the workers running, and keeps Python's cyclic garbage collector off while any
    does. A collection may start on whichever thread happens to allocate, and one on a worker
    that reaches a cycle holding Qt widgets destroys them off the UI thread (Qt aborts); one on
    the UI thread while a worker imports a C extension (numpy) for the first time crashed too.
    Cycles wait for the UI thread's next collection after the work (seconds at most).

    The collector is turned back on on the UI thread only: the UI thread's allocations kept
    counting while it was off, so the first allocation after ``gc.enable()`` on a worker ran a
    whole collection there (every autosave write and every import did)."""

    lock = threading.Lock()
    running = 0
    enabler: _Enabler | None = None  # made on the UI thread by the first pause


class _Enabler(QObject):
    """Lives on the UI thread, so a worker's ``wanted.emit()`` reaches ``enable_if_idle`` there
    (queued), after the worker has let go of the lock."""

    wanted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.wanted.connect(self.enable_if_idle)

    @Slot()
    def enable_if_idle(self) -> None:
        with _CollectorPause.lock:
            if _CollectorPause.running == 0 and not gc.isenabled():  # none started since
                gc.collect(0)  # the backlog, here: a worker allocating next starts afresh
                gc.enable()


def pause_collector() -> None:
    """Before a worker starts, on the UI thread (so no collection slips in as it starts)."""
    if _CollectorPause.enabler is None:
        _CollectorPause.enabler = _Enabler()
    with _CollectorPause.lock:
        _CollectorPause.running += 1
        gc.disable()


def resume_collector() -> None:
    """When a worker's job ends, whatever the outcome: the last one has the UI thread turn
    the collector back on (at once when this is the UI thread)."""
    with _CollectorPause.lock:
        _CollectorPause.running -= 1
        last = _CollectorPause.running == 0
    if last and _CollectorPause.enabler is not None:
        if threading.current_thread() is threading.main_thread():
            _CollectorPause.enabler.enable_if_idle()
            return
        # RuntimeError: wtfc is exiting and has freed it (an import's job outlives its window
        # until it ends, then ends as the application does); no collection is wanted any more
        with contextlib.suppress(RuntimeError):
            _CollectorPause.enabler.wanted.emit()


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._work: Callable[[Callable[[int, int], None]], Any] | None = work

    def run(self) -> None:
        work = self._work
        try:
            assert work is not None  # dropped only once it has answered: it runs once
            result = work(lambda done, total: self.progressed.emit(done, total))
        except Exception as exc:  # handed to the UI thread, which decides what to say
            exc.__dict__.setdefault("wtfc_traceback", traceback.format_exc())
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            resume_collector()


# Every worker started and not yet seen finished. Held here, not only by its task, so that a
# window deleted while one runs (closed by a logout, say) never destroys the running thread:
# Qt aborts the whole app ("QThread: Destroyed while thread is still running").
_started: dict[_Worker, Callable[[], None] | None] = {}


def stop_background_work() -> None:
    """When the window closes: ask each running job that can stop to stop (nothing it found
    is kept), then wait for every worker, so none is still running as the app exits."""
    for worker, stop in list(_started.items()):
        if stop is not None and worker.isRunning():
            stop()
    for worker in list(_started):
        worker.wait()
    _started.clear()


class BackgroundTask(QObject):
    """One piece of work on its own thread; keep a reference until ``finished`` fires.

    ``stop``, when given, makes the work end early (``stop_background_work`` calls it)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        parent: QObject | None = None,
        *,
        stop: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._stop = stop
        self._started = False
        self._delivered = False
        self._thread = _Worker(work)
        # Connected first, so the task counts as done before anyone hears its result: the
        # worker emits the result and only then winds down, and a second export asked for
        # the moment "Export saved" showed was refused as "already running" (seen in CI).
        self._thread.succeeded.connect(self._mark_delivered)
        self._thread.failed.connect(self._mark_delivered)
        self._thread.finished.connect(self._mark_delivered)
        self._thread.progressed.connect(self.progressed)
        self._thread.succeeded.connect(self.succeeded)
        self._thread.failed.connect(self.failed)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        for worker in [w for w in _started if w.isFinished()]:
            del _started[worker]  # here, on the UI thread: never dropped from the worker's own
        _started[self._thread] = self._stop
        self._started = True
        pause_collector()  # see _CollectorPause; the worker resumes it when its job ends
        self._thread.start()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def is_running(self) -> bool:
        """Started, and neither its result (or failure) handed to the UI thread nor its thread
        ended (a task waited for, whose result is left unheard, is not running)."""
        return self._started and not self._delivered and not self._thread.isFinished()

    def _mark_delivered(self, *_result: object) -> None:
        self._delivered = True
        # the job's words (card texts, pasted names) go once answered: the worker stays in
        # ``_started`` until another job starts, and would keep a closed workshop's words
        self._thread._work = None
