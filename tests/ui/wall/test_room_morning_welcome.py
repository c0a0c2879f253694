"""The morning after a dry run: the file was saved on Theme (the evening's last stage), and the
facilitator follows README's day at a glance: plug in, Show room view first. The arriving room
saw the whole card wall (review 37 R2 finding 3). The first Show after a workshop is opened,
before the day is under way (no stage timer run, the stage not moved) on a workshop dated today
or later (or with no date), shows the Welcome, and the foot says how to show the stage's own
view. Later shows, and a day already under way, are as before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.ui.clock_fixtures import MIN, now  # noqa: F401 (the fixture)
from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.wall.room_morning import MORNING_SAID
from wtfc.ui.wall.room_wall import RoomWallView


def left_on_theme(tmp_path, date: dt.date | None, *, notes: bool = False):
    """The demo saved by the evening's dry run: on Theme, dated ``date``; ``notes``: with the
    demo's stage notes (else none: nothing folds away beside a room view on this screen)."""
    workshop = load_workshop(demo_path()).workshop
    agenda = workshop.agenda if notes else [
        plan.model_copy(update={"notes": ""}) for plan in workshop.agenda]
    workshop = workshop.model_copy(update={"stage": Stage.THEME, "date": date, "agenda": agenda})
    path = tmp_path / "North workshop.wtfc"
    save_workshop(workshop, path)
    return path


@pytest.fixture
def morning(qtbot, tmp_path, monkeypatch):
    """A new window (the morning's wtfc) and a way to open the evening's file in it."""
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()

    def open_file(date: dt.date | str | None = "today", *, notes: bool = False):
        on = dt.date.today() if date == "today" else date
        assert not isinstance(on, str)
        window.files.open_path(left_on_theme(tmp_path, on, notes=notes))
        settle()
        assert window.shown_stage() == Stage.THEME
        return window

    return open_file


def shown(window) -> str:
    window.room.act_show.setChecked(True)
    settle()
    return window.room.choice


def test_the_first_show_in_the_morning_puts_up_the_welcome_not_the_wall(morning):
    window = morning()
    assert shown(window) == "welcome"
    assert not isinstance(window.room.window.content, RoomWallView)  # never built for the room
    assert window.room.view_actions["welcome"].isChecked()
    assert not window.room.act_follow.isChecked()  # the menu says so: not following Theme
    # in place of Show's news of where the room view went ("No names pasted…" follows it)
    assert window.statusBar().currentMessage() == (
        "Room view on this screen (no second screen found): the room sees the welcome, not the "
        "wall (the file was left on Theme) — Room view → Follow the stage shows it; moving to "
        "another stage does too")
    assert "Room view → Follow the stage" in MORNING_SAID


def test_news_at_the_foot_before_it_is_read_first(morning, qtbot, monkeypatch):
    from wtfc.ui.wall import room_held_back, room_morning, room_no_names

    # each news as long as it lasts, made short
    monkeypatch.setattr(room_held_back, "HIDDEN_MS", 200)
    monkeypatch.setattr(room_no_names, "NO_NAMES_MS", 200)
    monkeypatch.setattr(room_morning, "WAIT_MS", 50)
    window = morning(notes=True)  # the notes fold away beside the room view: said first
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    assert shown(window) == "welcome"
    qtbot.waitUntil(lambda: any(s.startswith("The room sees the welcome") for s in said))
    assert said[1].startswith("Your notes hidden: the room view is on this screen")
    assert said[-1] == ("The room sees the welcome, not the wall (the file was left on Theme) — "
                        "Room view → Follow the stage shows it; moving to another stage does too")


def test_follow_the_stage_then_shows_the_theme_wall(morning):
    window = morning()
    shown(window)
    window.room.act_follow.trigger()  # Room view → Follow the stage
    settle()
    assert window.room.act_follow.isChecked() and window.room.choice == "room"
    assert isinstance(window.room.window.content, RoomWallView)


def test_moving_on_to_a_stage_follows_it_again(morning):
    window = morning()
    shown(window)
    window.go_to_stage(Stage.UNDERSTAND)
    settle()
    assert window.room.act_follow.isChecked() and window.room.choice == "priorities"


def test_a_workshop_with_no_date_is_a_morning_too(morning):
    assert shown(morning(None)) == "welcome"


def test_a_workshop_dated_in_the_past_shows_its_stage(morning):
    # a later session on an earlier workshop (Act, a review): its stage's view, as before
    window = morning(dt.date.today() - dt.timedelta(days=1))
    assert shown(window) == "room"
    assert window.room.act_follow.isChecked()


def test_later_shows_are_as_before(morning):
    window = morning()
    shown(window)
    window.room.act_follow.trigger()
    window.room.act_show.setChecked(False)
    settle()
    assert shown(window) == "room"


def test_a_timer_run_this_session_means_the_day_is_under_way(morning):
    window = morning()
    window.stage_side.clock.start(Stage.THEME)
    assert shown(window) == "room"


def test_the_stage_moved_this_session_means_the_day_is_under_way(morning):
    window = morning()
    window.go_to_stage(Stage.COLLECT)
    window.go_to_stage(Stage.THEME)
    settle()
    assert shown(window) == "room"


def test_opening_the_file_again_is_another_morning(now, morning):  # noqa: F811 (clock first)
    window = morning()
    window.stage_side.clock.start(Stage.THEME)
    now.ms += MIN  # a minute's try of the timer, then paused
    window.stage_side.clock.pause()
    assert shown(window) == "room"
    window.room.act_show.setChecked(False)
    window = morning()  # opened again: the day starts again, as the stage timer does
    assert shown(window) == "welcome"
