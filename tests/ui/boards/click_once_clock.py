"""The board buttons' click-once clock (``click_once.time``), put on by hand where the tests
slept: the guard reads ``time.monotonic()`` against ``doubleClickInterval``, so a click after
``double_click_time_passes()`` is as late to it as one after a real wait of 450 ms, and a
delete that "takes" half a second (``passes(0.5)``) is as slow to it as one that sleeps."""

from __future__ import annotations

import time
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle


class ClickOnceClock:
    """``click_once``'s clock while the test runs: the real one, plus what the test put on."""

    def __init__(self, monkeypatch) -> None:
        from wtfc.ui.boards import click_once

        self.ahead = 0.0  # seconds put on so far
        monkeypatch.setattr(click_once, "time",
                            SimpleNamespace(monotonic=lambda: time.monotonic() + self.ahead))

    def passes(self, seconds: float) -> None:
        self.ahead += seconds

    def double_click_time_passes(self) -> None:
        """The double-click time (and 50 ms) passes, and what the board queued meanwhile (a
        layout asked again after an undo) has run, as in the wait it replaces."""
        settle()
        self.passes((QApplication.doubleClickInterval() + 50) / 1000)
