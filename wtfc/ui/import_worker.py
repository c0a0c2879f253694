"""Runs the slow parts of an import (reading a big workbook, building 100,000 cards) off the UI
thread, so the window keeps painting and the busy indicator keeps moving.

Only the answer of the latest job is delivered: picking another sheet while one is still being
read simply makes the earlier answer go unheard. A job given a ``stop`` event is also told to
stop when forgotten: the confirm page's note of a 100,000-statement sheet went on building
beside Import's own build (half as slow again, 300 MB more), and Cancel froze the window for
seconds as the dialog's thread pool waited for it on the way out. A job still winding down as
its owner closes outlives it (``outlive_owner``): a stopped build still frees the cards it had
made (0.2-0.4 s of 100,000 statements), and the window need not wait for that.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from threading import Event
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from wtfc.importing.build_stop import BuildStopped
from wtfc.importing.errors import ImportFailed
from wtfc.ui.background import pause_collector, resume_collector


class _Relay(QObject):
    """Lives in the UI thread; signals emitted from the worker arrive here queued."""

    answered = Signal(int, object)
    refused = Signal(int, str)


class BackgroundJob(QObject):
    """One job at a time on a private thread; ``finished(result)`` or ``failed(message)``.

    The message of ``failed`` is always plain English: an ``ImportFailed`` says it already,
    anything unexpected is put in words, never with its exception's text (which can quote a
    cell, and means nothing to a facilitator); the traceback goes to standard error.
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.answered.connect(self._on_answer)
        self._relay.refused.connect(self._on_refusal)
        self._token = 0
        self._running = 0
        self._stop: Event | None = None
        self._orphan = False  # its owner is gone: deleted once its last job has ended

    @property
    def busy(self) -> bool:
        return self._running > 0

    def start(self, work: Callable[[], Any], *, what: str, stop: Event | None = None) -> None:
        """Run ``work()`` in the background; ``what`` names it in an error ("reading x.csv").
        ``stop``: set when the job is forgotten (``work`` raising ``BuildStopped`` then)."""
        load_readers()
        self.forget()
        self._stop = stop
        token, relay = self._token, self._relay
        self._running += 1

        def run() -> None:
            try:
                try:
                    result = work()
                finally:
                    resume_collector()
            except BuildStopped:  # forgotten: its token is stale, so nothing is said
                relay.refused.emit(token, "")
            except ImportFailed as exc:
                relay.refused.emit(token, str(exc))
            except MemoryError:
                relay.refused.emit(token, f"There is not enough memory for {what}. Close other "
                                          "programs, or split the file into smaller ones.")
            except Exception:  # a bug of ours: said plainly, the details kept for the log
                traceback.print_exc(file=sys.stderr)
                relay.refused.emit(token, f"Something went wrong while {what}, and nothing "
                                          "was changed: your workshop is safe. Please try "
                                          "again; if it happens again, tell us what you were "
                                          "importing.")
            else:
                relay.answered.emit(token, result)

        pause_collector()  # see background._CollectorPause
        self._pool.start(run)

    def forget(self) -> None:
        """Drop the answer of any job still running, and stop it if it can be stopped."""
        self._token += 1
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def outlive_owner(self) -> None:
        """Its owner is closing (the job forgotten): a job still running keeps this, and its
        thread, alive until it ends, rather than the owner's freeing waiting for it."""
        self.forget()
        app = QCoreApplication.instance()
        if self.busy and app is not None and not self._orphan:
            self._orphan = True
            self.setParent(app)  # (the application waits for it as it exits)

    def _on_answer(self, token: int, result: object) -> None:
        self._ended()
        if token == self._token:
            self.finished.emit(result)

    def _on_refusal(self, token: int, message: str) -> None:
        self._ended()
        if token == self._token:
            self.failed.emit(message)

    def _ended(self) -> None:
        self._running -= 1
        if self._orphan and not self._running:
            self.deleteLater()


def load_readers() -> None:
    """Import the spreadsheet readers here, on the UI thread, before a job can need them: a
    C extension's first import on a worker while the UI thread's garbage collector ran crashed
    the interpreter now and then (the same care as ``export_actions.load_export_modules``)."""
    import openpyxl  # noqa: F401  (imported for its side effect: loaded once, here)
    import python_calamine  # noqa: F401
