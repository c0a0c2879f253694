"""The date moving on while the app is open: at local midnight, or on a laptop opened the next
morning, Plan and Act kept yesterday's "⚠ Late" marks and "as of" date until an action changed.
``DayWatch`` says when the date has changed (a timer to the next midnight, and the application
becoming active again, as timers do not run while a laptop sleeps); ``watch_the_day`` then
refreshes what the date decides in the main window: Plan, Act, Review's comparison and the
room view's plan or review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

# the timer's longest wait: a clock put right, a time-zone or summer-time change, or a timer
# late after sleep is caught within the hour
LONGEST_WAIT = dt.timedelta(hours=1)


class DayWatch(QObject):
    """Calls ``on_new_day`` once each time ``today()`` gives another date than it last did,
    checked just after each local midnight and whenever the application becomes active."""

    def __init__(self, on_new_day: Callable[[], None], parent: QObject, *,
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self._on_new_day, self._now = on_new_day, now
        self.day = now().date()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one drifts 5% of hours
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state_changed)
        self._arm()

    def _arm(self) -> None:
        now = self._now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        wait = min(midnight - now, LONGEST_WAIT) + dt.timedelta(milliseconds=500)
        self.timer.start(int(wait.total_seconds() * 1000))

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Whether the date has moved on since the last check (then ``on_new_day`` is called)."""
        day = self._now().date()
        moved, self.day = day != self.day, day
        if moved:
            self._on_new_day()
        self._arm()
        return moved


def refresh_dated_views(window: MainWindow) -> None:
    """Plan, Act and Review (those built) and the room's plan or review, read again for today.
    Only on a new day: the room's view is built afresh, back to its first page."""
    from wtfc.ui.boards.plan import PlanBoard
    from wtfc.ui.boards.review import ReviewBoard

    for plan in window.findChildren(PlanBoard):  # Plan's and Act's
        plan.refresh()
    for review in window.findChildren(ReviewBoard):
        review.refresh()
    if window.room.choice in ("plan", "review"):
        window.room.refresh()


def watch_the_day(window: MainWindow) -> DayWatch:
    return DayWatch(lambda: refresh_dated_views(window), window)
