# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""The stage timer under the stage list: the plan of the stage on screen, its time left or over
in words, Start/Pause and Reset, one timer at a time, its line in the stage list from another
stage, and one quiet "time is up". The clock is the test's own: nothing waits real seconds."""

from __future__ import annotations

import pytest
from clock_fixtures import MIN, FakeClock, later, now, plan  # noqa: F401  (the fixture ``now``)
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QSpinBox
from spoken_checks import catch_announcements, described

from tests.ui.settled import settle
from wtfc.model.agenda import plan_for
from wtfc.model.versions import GoBackToVersion
from wtfc.model.workshop import Kind, Stage, Workshop
from wtfc.ui.stage_clock import StageClock
from wtfc.ui.timer_words import big_time, clock_text, short_time

ROLE = Qt.ItemDataRole


@pytest.fixture
def window(now, demo_window):
    """The demo on Theme, with no time planned for it (the demo plans the usual day), and every
    card in a theme: Theme's row and the window's foot then carry only the timer's words (what
    theming has left is said there too: test_theme_stage_row.py)."""
    demo_window.go_to_stage(Stage.THEME)
    _every_card_in_a_theme(demo_window)
    plan(demo_window, Stage.THEME, None)
    return demo_window


def _every_card_in_a_theme(window) -> None:
    from wtfc.model.operations.themes import create_theme

    ws = window.doc.workshop
    themed = {card for theme in ws.themes for card in theme.card_ids}
    for kind in Kind:
        left = [c.id for c in ws.cards if c.kind == kind and c.id not in themed]
        if left:
            window.undo.push(create_theme(window.doc, kind=kind, name=f"I am the rest, {kind}",
                                          card_ids=left))


def row(window, stage: Stage):
    return window.navigator.item(list(Stage).index(stage))


# -- the words --------------------------------------------------------------------------------
def test_time_in_words():
    assert clock_text((72 * 60 + 5) * 1000) == "1:12:05"
    assert clock_text(65_000) == "1:05"
    assert big_time(150 * MIN, 0) == ("2:30:00 left", False)
    assert big_time(150 * MIN - 1, 1) == ("2:30:00 left", False)  # a part-second is not gone
    assert big_time(-30_000, 0) == ("⚠ time is up", True)
    assert big_time(-4 * MIN - 10_000, 0) == ("⚠ 4 min over", True)
    assert big_time(-65 * MIN, 0) == ("⚠ 1 h 5 min over", True)
    assert big_time(None, 12 * MIN + 5000) == ("12:05 so far", False)
    assert short_time(11 * MIN + 1, 0) == "12 min left"
    assert short_time(-4 * MIN, 0) == "4 min over"
    assert short_time(None, 30_000) == "0 min so far"


def test_the_clock_runs_one_stage_at_a_time(now):
    planned = {Stage.THEME: 10}
    clock = StageClock(planned.get, now)
    clock.start(Stage.THEME)
    now.ms = 3 * MIN
    clock.start(Stage.PLAN)  # Theme pauses where it was
    now.ms = 5 * MIN
    assert clock.running == Stage.PLAN
    assert clock.elapsed_ms(Stage.THEME) == 3 * MIN
    assert clock.elapsed_ms(Stage.PLAN) == 2 * MIN
    assert clock.left_ms(Stage.THEME) == 7 * MIN
    assert clock.left_ms(Stage.PLAN) is None  # no plan


# -- the panel ----------------------------------------------------------------------------------
def test_the_panel_shows_the_stage_and_its_plan(window):
    panel = window.stage_side.timer
    assert panel.heading.text() == "Theme · No plan"
    plan(window, Stage.THEME, 150)
    assert panel.heading.text() == "Theme · 2 h 30 min planned"
    assert panel.time.text() == "2:30:00 left"
    assert panel.state.text() == "Not started"
    assert QFontInfo(panel.time.font()).pixelSize() >= 20  # read from a step back
    window.go_to_stage(Stage.PLAN)
    assert panel.heading.text().startswith("Plan · ")


def test_setting_the_minutes_is_an_undoable_step(window, qtbot):
    panel = window.stage_side.timer
    panel.minutes.setFocus()
    panel.minutes.lineEdit().selectAll()
    qtbot.keyClicks(panel.minutes, "45")
    qtbot.keyClick(panel.minutes, Qt.Key.Key_Return)
    assert plan_for(window.doc.workshop, Stage.THEME).minutes == 45
    assert window.undo.stack.undoText() == "Plan 45 min for Theme"
    assert panel.heading.text() == "Theme · 45 min planned"
    panel.minutes.clearFocus()
    window.undo.stack.undo()
    assert plan_for(window.doc.workshop, Stage.THEME).minutes is None
    assert panel.heading.text() == "Theme · No plan"
    assert panel.minutes.text() == "No plan"
    window.undo.stack.redo()
    assert panel.heading.text() == "Theme · 45 min planned"
    assert panel.minutes.value() == 45


def test_start_pause_resume_and_reset(window, now):
    plan(window, Stage.THEME, 150)
    panel = window.stage_side.timer
    assert panel.start.text() == "▶ Start"
    panel.start.click()
    later(window, now, 78 * MIN + 5000)
    assert panel.time.text() == "1:11:55 left"
    assert panel.state.text() == "▶ Running"
    assert panel.start.text() == "‖ Pause"
    panel.start.click()
    later(window, now, 10 * MIN)  # paused: no time goes
    assert panel.time.text() == "1:11:55 left"
    assert panel.state.text() == "‖ Paused"
    assert panel.start.text() == "▶ Resume"
    panel.reset.click()
    assert panel.time.text() == "2:30:00 left"
    assert panel.state.text() == "Not started"
    assert not panel.reset.isEnabled()


def test_over_time_says_so_in_words_and_once_to_a_screen_reader(window, now, monkeypatch):
    said = catch_announcements(monkeypatch)
    plan(window, Stage.THEME, 20)
    panel = window.stage_side.timer
    panel.start.click()
    later(window, now, 19 * MIN)
    assert said == ["Theme's timer started: 20 min left"]
    said.clear()
    later(window, now, MIN)
    assert panel.time.text() == "⚠ time is up"
    for _ in range(5):
        later(window, now, MIN)  # the tick goes on; nothing is said again
    assert panel.time.text() == "⚠ 5 min over"
    assert said == ["Theme: time is up"]
    assert window.statusBar().currentMessage() == "◷ Theme: time is up (20 min planned)"
    assert window.statusBar().isVisible()
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]  # no dialog


TIME_UP = "◷ Theme: time is up (20 min planned)"


@pytest.mark.parametrize("stop", ["pause", "reset", "another", "more time"])
def test_time_is_up_goes_from_the_foot_once_the_timer_stops_running_over(window, now, stop):
    plan(window, Stage.THEME, 20)
    side, bar = window.stage_side, window.statusBar()
    side.timer.start.click()
    later(window, now, 21 * MIN)
    assert bar.currentMessage() == TIME_UP
    window.go_to_stage(Stage.PLAN)  # it still runs over: still said, as the switch offered
    later(window, now, MIN)
    assert bar.currentMessage() == (
        "◷ Theme's timer is still running (2 min over) — Ctrl+T starts Plan's.")
    if stop == "pause":
        window.go_to_stage(Stage.THEME)
        side.timer.start.click()
    elif stop == "reset":
        window.go_to_stage(Stage.THEME)
        side.timer.reset.click()
    elif stop == "another":
        side.start_action.trigger()  # Plan's timer
    else:
        plan(window, Stage.THEME, 45)
    later(window, now, MIN)
    assert bar.currentMessage() == ""


def test_the_running_timer_shows_in_the_stage_list_from_another_stage(window, now):
    plan(window, Stage.THEME, 30)
    window.stage_side.timer.start.click()
    later(window, now, 18 * MIN + 1000)
    assert row(window, Stage.THEME).text() == "3  Theme"  # on screen: the panel says it
    window.go_to_stage(Stage.COLLECT)
    assert window.stage_side.clock.running == Stage.THEME  # it keeps running
    assert row(window, Stage.THEME).text() == "3  Theme\n   ◷ 12 min left"
    assert (
        row(window, Stage.THEME).data(ROLE.AccessibleTextRole)
        == "3  Theme, timer running: 12 min left"
    )
    assert row(window, Stage.COLLECT).text() == "2  Collect\n   ⚠ 2 held back"  # its own line
    later(window, now, 16 * MIN)
    assert row(window, Stage.THEME).text() == "3  Theme\n   ◷ 4 min over"
    panel = window.stage_side.timer
    assert panel.heading.text() == "Collect · No plan"
    assert "the timer is running for Theme: 4 min over" in panel.state.text()
    window.go_to_stage(Stage.THEME)
    assert row(window, Stage.THEME).text() == "3  Theme"
    assert panel.time.text() == "⚠ 4 min over"


def test_both_lines_on_collects_row(window, now):
    window.go_to_stage(Stage.COLLECT)
    window.stage_side.timer.start.click()
    later(window, now, 3 * MIN)
    window.go_to_stage(Stage.PLAN)
    item = row(window, Stage.COLLECT)
    assert item.text() == "2  Collect\n   ⚠ 2 held back\n   ◷ 3 min so far"
    assert (
        item.data(ROLE.AccessibleTextRole) == "2  Collect, 2 held back, timer running: 3 min so far"
    )


def test_starting_another_stage_pauses_the_first(window, now):
    side = window.stage_side
    side.timer.start.click()
    later(window, now, 5 * MIN)
    window.go_to_stage(Stage.PLAN)
    side.start_action.trigger()  # Ctrl+T: the stage on screen
    assert side.clock.running == Stage.PLAN
    assert side.clock.elapsed_ms(Stage.THEME) == 5 * MIN
    assert row(window, Stage.THEME).text() == "3  Theme"  # paused: no line
    window.go_to_stage(Stage.THEME)
    assert side.timer.state.text().startswith("‖ Paused — the timer is running for Plan")


def test_ctrl_t_starts_and_pauses_and_is_listed(window, qtbot):
    side = window.stage_side
    assert side.start_action.shortcut() == QKeySequence("Ctrl+T")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
    )
    assert side.clock.running == Stage.THEME
    side.start_action.trigger()
    assert side.clock.running is None
    window.show_shortcuts()
    rows = window.shortcuts_dialog.visible_rows()
    assert ("Stage", "Ctrl+T", "Start or pause the stage timer") in rows
    assert ("Stage", "Ctrl+Shift+N", "Your notes for this stage") in rows


def test_another_workshop_starts_with_no_time_run(window, now):
    window.stage_side.timer.start.click()
    later(window, now, 5 * MIN)
    window.files.new()
    assert window.stage_side.clock.running is None
    assert window.stage_side.clock.elapsed_ms(Stage.THEME) == 0
    assert window.stage_side.timer.time.text() == "0:00 so far"


def test_the_day_goes_on_when_the_same_workshop_is_shown_again(window, now, tmp_path):
    """Saving a read-only file as one's own, and going back to an earlier version (and undoing
    that), swap the workshop in the window: the timer runs on with the time it has run."""
    side, panel = window.stage_side, window.stage_side.timer
    window.undo.read_only = True  # a file opened read-only, saved as one's own
    panel.start.click()
    later(window, now, 20 * MIN)
    assert window.files.save_to(tmp_path / "mine.wtfc")
    assert not window.undo.read_only
    later(window, now, MIN)
    assert side.clock.running == Stage.THEME
    assert panel.time.text() == "21:00 so far"
    earlier = window.doc.workshop.model_copy(update={"title": "As saved this morning"})
    window.undo.push(GoBackToVersion("Go back", window.doc.workshop, earlier))
    assert window.doc.workshop is earlier
    later(window, now, MIN)
    assert panel.time.text() == "22:00 so far"
    window.undo.stack.undo()
    window.undo.stack.redo()
    assert side.clock.running == Stage.THEME
    assert panel.time.text() == "22:00 so far"


def test_every_control_has_a_name_and_no_key_of_its_own(window):
    """Buttons and boxes are named for a screen reader; no underlined letter clashes with a
    menu's (the dock is on screen with every page)."""
    panel = window.stage_side.timer
    controls = [
        *panel.findChildren(QAbstractButton),
        *panel.findChildren(QSpinBox),
        window.stage_side.notes.box,
    ]
    assert all(c.accessibleName() for c in controls)
    assert panel.start.accessibleName() == "Start the timer for Theme (Ctrl+T)"
    assert panel.minutes.accessibleName() == "Planned minutes for Theme"
    texts = [b.text() for b in panel.findChildren(QAbstractButton)]
    assert not [t for t in texts if "&" in t]


def test_a_screen_reader_hears_the_time_with_start_and_a_timer_paused(window, now, monkeypatch):
    """Start/Pause's description is the time, kept current (its name already says what it
    does: the two were the same words, said twice); starting another stage's timer says the
    one it pauses."""
    said = catch_announcements(monkeypatch)
    plan(window, Stage.THEME, 150)
    side, start = window.stage_side, window.stage_side.timer.start
    assert described(start) == "2 h 30 min left, not started"
    start.click()
    assert said == ["Theme's timer started: 2 h 30 min left"]  # the keyboard is on the page
    said.clear()
    later(window, now, 78 * MIN)
    assert start.accessibleName() == "Pause the timer for Theme (Ctrl+T)"
    assert described(start) == "1 h 12 min left, running"
    window.go_to_stage(Stage.PLAN)
    assert described(side.timer.start) == (
        "45 min left, not started; Theme's timer is running, 1 h 12 min left: this pauses it"
    )
    side.start_action.trigger()  # Ctrl+T: Plan's timer
    assert said == ["Plan's timer started: 45 min left; Theme's paused, 1 h 12 min left"]
    later(window, now, 5 * MIN)
    side.start_action.trigger()  # paused: said with its time, nothing else paused
    assert said[1:] == ["Plan's timer paused: 40 min left"]


def test_minutes_typed_are_not_carried_into_another_workshop(window, qtbot):
    """The box still had the keyboard when another file opened: its minutes were the old
    workshop's, and must not become the new one's plan."""
    panel = window.stage_side.timer
    plan(window, Stage.THEME, 45)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    panel.minutes.setFocus()
    qtbot.waitUntil(panel.minutes.hasFocus, timeout=2000)
    window.doc.replace_workshop(Workshop(title="Another"))
    assert panel.minutes.text() == "No plan"
    window.go_to_stage(Stage.PLAN)
    assert plan_for(window.doc.workshop, Stage.THEME).minutes is None


def test_a_read_only_file_shows_the_plan_and_notes_but_keeps_them(window, now):
    """The plan and notes are the workshop's: a file opened to look at cannot change them.
    The timer is not content, so it still runs."""
    window.undo.read_only = True
    window.doc.events.reset.emit()  # as opening a read-only file does
    side = window.stage_side
    assert not side.timer.minutes.isEnabled()
    assert side.notes.box.isReadOnly()
    side.start_action.trigger()
    later(window, now, MIN)
    assert side.timer.time.text() == "1:00 so far"


@pytest.mark.parametrize("size", [(911, 470), (1366, 740)])
def test_the_stage_list_keeps_every_row_and_its_width(window, qtbot, size):
    """A 1366×768 laptop, at 150% (911×512, less a taskbar) and at 100%: the eight stages all
    show, with Collect's second line and the running timer's, and the list is no wider than
    before; the timer and notes scroll under it when the screen is short."""
    window.stage_side.timer.start.click()
    window.go_to_stage(Stage.PLAN)  # Theme's row gets its second line
    window.resize(*size)
    settle()
    nav = window.navigator
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    assert last.bottom() <= nav.viewport().height()
    assert not nav.verticalScrollBar().isVisible()
    assert window.stage_side.width() <= max(230, nav.minimumWidth())
    assert window.centralWidget().width() >= size[0] - 250  # the page keeps its room


def test_minutes_typed_are_recorded_before_moving_on(window, qtbot):
    """Ctrl+6 with minutes still in the box (no Enter): they are Theme's plan, as their own
    step before the move."""
    panel = window.stage_side.timer
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    panel.minutes.setFocus()
    qtbot.waitUntil(panel.minutes.hasFocus, timeout=2000)
    panel.minutes.lineEdit().selectAll()
    qtbot.keyClicks(panel.minutes, "40")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.shown_stage() == Stage.PLAN
    assert plan_for(window.doc.workshop, Stage.THEME).minutes == 40
    window.undo.stack.undo()  # the move
    assert window.undo.stack.undoText() == "Plan 40 min for Theme"
