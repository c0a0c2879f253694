"""A test that hands wtfc a pipe (a fifo) it should refuse unopened: opened, the pipe waits for
a writer for ever, so a regression hung the suite (it has no per-test timeout) instead of
failing one test."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

WAIT_S = 10.0  # a refusal is at once; this is only for the regression


@contextmanager
def never_waits_on(pipe: Path | str, seconds: float = WAIT_S) -> Iterator[None]:
    """Run the body (on this thread: Qt's calls stay on it) with a watchdog: still going after
    ``seconds`` with ``pipe`` open for reading, the watchdog opens the pipe's writing end and
    closes it, so the read ends (empty), the body goes on, and the test fails here."""
    done = threading.Event()
    released: list[bool] = []

    def watch() -> None:
        if done.wait(seconds):
            return
        try:  # opens only while a reader waits on it: then the two opens meet
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            released.append(True)
        except OSError:  # nobody reading it: slow, not stuck on the pipe
            pass

    watchdog = threading.Thread(target=watch, daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        done.set()
        watchdog.join()
        if released:
            pytest.fail(f"{os.path.basename(pipe)} was still being read after {seconds:g} s "
                        "instead of refused at once", pytrace=False)
