"""Cancel for the suggestions being worked out: at 10,000 cards the facilitator waited about
5 s with no way out, and Close did not stop the work. The worker looks at the switch at each
progress report (after reading the cards, during the grouping, before the groups are made
close and named), so the work stops between steps; an answer that comes all the same is not
shown. Nothing half-made reaches the list."""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int], None]


class SuggestingStopped(Exception):
    """Raised on the worker at the first progress report after Cancel."""


class StopSwitch:
    """One run's Cancel: thrown on the UI thread, looked at on the worker."""

    def __init__(self) -> None:
        self._thrown = threading.Event()

    def stop(self) -> None:
        self._thrown.set()

    @property
    def stopped(self) -> bool:
        return self._thrown.is_set()

    def checked(self, progress: Progress) -> Progress:
        """``progress`` that ends the work, at its next report, once the switch is thrown."""
        def report(done: int, total: int) -> None:
            if self._thrown.is_set():
                raise SuggestingStopped
            progress(done, total)
        return report
