"""Wait for the window to finish what it has queued, with no fixed sleep.

The boards put their follow-up work (a layout asked again, a summary refolded, a row scrolled
into sight) on posted events and zero-length timers, never on timers of some length. So once
the event loop has a pass with nothing to do, every follow-up has run: ``settle()`` gets there
in a few milliseconds where ``qtbot.wait(150)`` slept 150 (a tenth of a second here and there
came to seconds a file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

_PASSES = 500  # a queue still busy after this many passes is a loop, not a layout


def settle() -> None:
    """Run the event loop until a pass finds nothing queued (twice running: a window system
    event can arrive just after a pass)."""
    dispatcher = QCoreApplication.eventDispatcher()
    idle = 0
    for _ in range(_PASSES):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            idle = 0
        else:
            idle += 1
            if idle == 2:
                return
    raise AssertionError(f"the event loop was still busy after {_PASSES} passes")


def until(qtbot, condition, *, timeout: int = 5000) -> None:
    """``qtbot.waitUntil(condition)`` without its 10 ms naps: true already, nothing is run (no
    repaint either); else the queue is run out first, which is what the nap waited for."""
    if condition():
        return
    settle()
    qtbot.waitUntil(condition, timeout=timeout)
