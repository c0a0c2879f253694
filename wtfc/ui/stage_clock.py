"""The stage timer's clock: how long each stage has run this session, one stage at a time.

The facilitator starts the timer on a stage and it keeps running when they move to another
stage (to look something up, say) until it is paused; starting it on another stage pauses the
first. The time each stage has run is kept for this session only: it is how the day is going,
not workshop content, so it is never saved in the file (the planned minutes are, in the
workshop's agenda). Time is read from a monotonic clock (``QElapsedTimer``), so a change of the
laptop's clock or time zone mid-workshop does not jump the timer; tests give their own clock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from wtfc.model.workshop import Stage

TICK_MS = 1000  # the words change once a second


def monotonic_ms() -> Callable[[], int]:
    """Milliseconds since it was made, from a clock that never goes back."""
    started = QElapsedTimer()
    started.start()
    return started.elapsed


class StageClock(QObject):
    """Each stage's run time. ``ticked`` once a second while running (and after every start,
    pause or reset); ``time_up(stage)`` once when a running stage reaches its planned time
    (again only after a reset, or a longer plan that gives it time back)."""

    ticked = Signal()
    time_up = Signal(object)  # the Stage

    def __init__(
        self,
        planned_minutes: Callable[[Stage], int | None],
        now_ms: Callable[[], int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._planned = planned_minutes
        self._now = now_ms or monotonic_ms()
        self._banked: dict[Stage, int] = {}  # run time up to the last pause, per stage
        self.running: Stage | None = None
        self._since = 0  # when the running stage was started
        self._said_up: set[Stage] = set()  # stages whose time-up has been said
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def elapsed_ms(self, stage: Stage) -> int:
        running = self._now() - self._since if stage == self.running else 0
        return self._banked.get(stage, 0) + running

    def left_ms(self, stage: Stage) -> int | None:
        """Planned time less run time (below 0 once over); None with no plan."""
        minutes = self._planned(stage)
        return None if minutes is None else minutes * 60_000 - self.elapsed_ms(stage)

    def start(self, stage: Stage) -> None:
        if self.running == stage:
            return
        self.pause()  # one timer at a time
        self.running, self._since = stage, self._now()
        self._timer.start()
        self.tick()

    def pause(self) -> None:
        if self.running is None:
            return
        self._banked[self.running] = self.elapsed_ms(self.running)
        self.running = None
        self._timer.stop()
        self.tick()

    def toggle(self, stage: Stage) -> None:
        """Start/Pause as the facilitator means it: pause this stage's timer if it runs, else
        start it (pausing another stage's)."""
        if self.running == stage:
            self.pause()
        else:
            self.start(stage)

    def reset(self, stage: Stage) -> None:
        """Back to no time run; a running timer goes on from nothing."""
        self._banked.pop(stage, None)
        self._said_up.discard(stage)
        if stage == self.running:
            self._since = self._now()
        self.tick()

    def forget_all(self) -> None:
        """Another workshop was opened: its stages have run no time this session."""
        self.running = None
        self._timer.stop()
        self._banked.clear()
        self._said_up.clear()
        self.tick()

    def tick(self) -> None:
        stage = self.running
        if stage is not None:
            left = self.left_ms(stage)
            if left is not None and left <= 0 and stage not in self._said_up:
                self._said_up.add(stage)
                self.time_up.emit(stage)
            elif left is None or left > 0:
                self._said_up.discard(stage)  # given more time: say it again when that runs out
        self.ticked.emit()
