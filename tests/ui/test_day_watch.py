"""Past midnight, or on a laptop opened the next morning, Plan kept yesterday's "⚠ Late" marks
and "as of" date until an action changed (review dates F3). ``DayWatch`` says when the date has
moved on, from a timer to the next midnight and from the app becoming active again; the main
window then reads Plan, Act, Review and the room's plan again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from wtfc.model.workshop import Stage
from wtfc.ui.day_watch import DayWatch, refresh_dated_views


class _Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def _watch(qtbot, clock: _Clock) -> tuple[DayWatch, list[int]]:
    owner = QWidget()
    qtbot.addWidget(owner)
    days: list[int] = []
    watch = DayWatch(lambda: days.append(1), owner, now=clock)
    watch.owner = owner  # kept alive with the watch
    return watch, days


def test_the_timer_is_set_for_just_past_midnight_and_a_new_day_is_said_once(qtbot):
    clock = _Clock(dt.datetime(2026, 11, 29, 23, 59, 52))
    watch, days = _watch(qtbot, clock)
    assert 8_000 <= watch.timer.remainingTime() <= 8_600
    assert not watch.check() and days == []  # still the 29th
    clock.at = dt.datetime(2026, 11, 30, 0, 0, 1)
    assert watch.check() and days == [1]
    assert not watch.check() and days == [1]
    assert watch.timer.isActive()  # armed again: within the hour, then to midnight
    assert 3_590_000 <= watch.timer.remainingTime() <= 3_601_000


def test_the_app_becoming_active_the_next_morning_says_a_new_day(qtbot):
    clock = _Clock(dt.datetime(2026, 11, 29, 18, 0))
    watch, days = _watch(qtbot, clock)
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert days == []  # the same day: nothing is laid out again
    clock.at = dt.datetime(2026, 11, 30, 8, 30)  # the lid opened for the Act meeting
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert days == [1] and watch.day == dt.date(2026, 11, 30)


def test_plan_and_act_say_the_new_days_late_and_as_of(qtbot, demo_window):
    window = demo_window
    plan, act = window.page(Stage.PLAN), window.page(Stage.ACT)
    window.go_to_stage(Stage.PLAN)
    due = window.doc.workshop.actions[0].by_when
    assert due is not None
    for board in (plan, act):
        board._today = lambda: due  # the boards' seam: the day the first action is due
        board.refresh()
    before = plan.summary.text()
    assert f"as of {due.day} " in before
    next_day = due + dt.timedelta(days=1)
    for board in (plan, act):
        board._today = lambda: next_day  # midnight passes: nothing changed in the workshop
    refresh_dated_views(window)
    for board in (plan, act):
        assert f"as of {next_day.day} " in board.summary.text()
    assert plan.summary.text() != before


class _SoonTimer(QTimer):
    """The main window's ``QTimer``: its one single-shot (3 s after it is made, so the watch is
    set up after the first frame) fires at the next turn of the event loop instead."""

    @staticmethod
    def singleShot(_ms, *args) -> None:
        QTimer.singleShot(0, *args)


def test_the_main_window_watches_the_day_once_it_has_started(qtbot, monkeypatch):
    from wtfc.ui import main_window

    monkeypatch.setattr(main_window, "QTimer", _SoonTimer)  # not 3 s of waiting
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not hasattr(window, "day_watch")  # not while the window is made
    qtbot.waitUntil(lambda: hasattr(window, "day_watch"), timeout=5000)
    assert window.day_watch.timer.isActive()
