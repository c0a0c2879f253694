"""The date moving on while the app is open: at local midnight, or on a laptop opened the next
morning, Plan and Act kept yesterday's "⚠ Late" marks and "as of" date until an action changed.
``DayWatch`` says when the date has changed (a timer to the next midnight, and the application
becoming active again, as timers do not run while a laptop sleeps); ``watch_the_day`` then
refreshes what the date decides in the main window: Plan, Act, Review's comparison and the
room view's plan or review, on the page the room is looking at (``room_for_the_day``).
Checked on the hour too, but only a new date refreshes anything."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow
    from wtfc.ui.wall.room import RoomController

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
    """Plan, Act and Review (those built) and the room's plan or review, read again for
    today."""
    from wtfc.ui.boards.plan import PlanBoard
    from wtfc.ui.boards.review import ReviewBoard

    for plan in window.findChildren(PlanBoard):  # Plan's and Act's
        plan.refresh()
    for review in window.findChildren(ReviewBoard):
        review.refresh()
    room_for_the_day(window.room, dt.date.today())  # as the room's views read it


def room_for_the_day(room: RoomController, today: dt.date) -> None:
    """The room's plan or review as of ``today``, on the page the room was looking at (or the
    last there is). Built afresh, it went back to page 1 in front of the room at midnight,
    whether or not anything on it had changed. The plan says "as of" the date on every page:
    laid out again in place. The review's only dated words are last time's late marks, read
    once into the comparison the view keeps: built again only where one of them changed."""
    from wtfc.ui.boards.plan_room import PlanRoomView
    from wtfc.ui.boards.review_compared import shared_comparison
    from wtfc.ui.boards.review_room import ReviewRoomView

    view = room.window.content
    if room.choice == "plan" and isinstance(view, PlanRoomView):
        view.relayout()  # its page kept, or the last one left (hidden: laid out when shown)
    elif room.choice == "review" and isinstance(view, ReviewRoomView):
        if not room.window.isVisible():  # its view may be older than last time's file
            room.refresh()  # seen by nobody: built afresh when shown
            return
        previous = room.board_request("review").previous
        if previous is None:  # Looking back only: the next review's date, no late marks
            return
        late = [a.overdue for a in shared_comparison(previous, room.doc, today).actions]
        if late != [a.overdue for a in view.comparison().actions]:
            page = view.page
            room.refresh()
            again = room.window.content
            if again is not view and isinstance(again, ReviewRoomView):
                again.show_page(page)  # kept within the pages there are
    # any other content (a message: nothing to compare yet) says no date


def watch_the_day(window: MainWindow, *,
                  now: Callable[[], dt.datetime] = dt.datetime.now) -> DayWatch:
    return DayWatch(lambda: refresh_dated_views(window), window, now=now)
