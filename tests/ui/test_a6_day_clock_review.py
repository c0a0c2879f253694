# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""Code review A6 (session 37): the day's plan on the clock in the window."""

from __future__ import annotations

import datetime as dt

import pytest
from clock_fixtures import MIN, later, now  # noqa: F401
from PySide6.QtWidgets import QScrollArea

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.agenda import USUAL_MINUTES
from wtfc.model.document import Document
from wtfc.model.operations.day_times import set_break_after, set_day_start
from wtfc.model.workshop import Stage, StagePlan, Workshop
from wtfc.ui.boards.welcome_room import WelcomeRoomView
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.shortcut_help import mnemonic_rows

TEN = dt.time(10, 0)


@pytest.fixture
def window(now, demo_window):
    demo_window.undo.push(set_day_start(demo_window.doc, TEN))
    demo_window.undo.push(set_break_after(demo_window.doc, Stage.THEME, 45))
    demo_window.go_to_stage(Stage.PREPARE)
    return demo_window


def test_pausing_theme_after_reviews_timer_was_tried_keeps_the_day_line_right(window, now):
    """Setting up, the facilitator tries Review's timer for a minute (does the room timer
    show?) and pauses it; on the day Prepare runs 50 min, Theme 5 min, then Theme is paused for
    a comfort break. The line said '2 h 5 min ahead of plan — ends about 15:40'."""
    panel = window.stage_side.timer
    window.go_to_stage(Stage.REVIEW)
    panel.start.click()
    later(window, now, 1 * MIN)
    panel.start.click()  # paused, not reset
    window.go_to_stage(Stage.PREPARE)
    panel.start.click()
    later(window, now, 50 * MIN)
    window.go_to_stage(Stage.THEME)
    panel.start.click()  # Prepare's paused, Theme's runs
    later(window, now, 5 * MIN)
    running = panel.day.text()
    panel.start.click()  # Theme paused: a comfort break
    later(window, now, 1 * MIN)
    assert running.startswith("Day: 20 min behind plan")
    assert panel.day.text() == running


def test_prepares_new_letters_are_on_the_f1_list(qtbot, show):
    page = show(DetailsPage(Document(Workshop(title="Spring")), __import__(
        "wtfc.ui.undo", fromlist=["UndoAdapter"]).UndoAdapter(Document(Workshop()))), 1024, 768)
    keys = dict(mnemonic_rows(page))
    assert "Alt+Y" in keys and "Alt+K" in keys, keys


def _usual_doc() -> Document:
    agenda = [StagePlan(stage=s, minutes=m, break_after=45 if s == Stage.THEME else None)
              for s, m in USUAL_MINUTES.items()]
    return Document(Workshop(title="Spring reviews", agenda=agenda, starts_at=TEN,
                             venue="St Mary's Church Hall, 12 High Street",
                             purpose="Agree what Mrs Average needs from home care",
                             scope="Home care from 1 April 2025 to 31 March 2026"))


@pytest.mark.parametrize("points", [None, 16])
def test_render_prepare_plan_and_welcome(qtbot, show, font_points, points):
    if points:
        font_points(points)
    doc = _usual_doc()
    from wtfc.ui.undo import UndoAdapter
    page = show(DetailsPage(doc, UndoAdapter(doc)), 1024, 768)
    settle()
    page.findChild(QScrollArea).ensureWidgetVisible(page.plan.times)
    settle()
    tag = f"{points or 'default'}pt"
    save_render(page, f"a6_prepare_plan_1024x768_{tag}")
    view = show(WelcomeRoomView(doc), 1024, 768)
    for number in range(view.page_count()):
        view.show_page(number)
        save_render(view, f"a6_welcome_1024x768_{tag}_p{number + 1}")


def test_a_start_time_typed_over_not_set_is_recorded(qtbot, show):
    """A new workshop's 'Day starts at' reads 'Not set'; Tab to it and type 10:00, then Tab on.
    Qt kept 'Not set000' in the box and recorded nothing (editingFinished never came)."""
    from PySide6.QtCore import Qt

    from wtfc.ui.undo import UndoAdapter

    doc = _usual_doc()
    doc.workshop.starts_at = None
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 1024, 768)
    box = page.plan.times.start
    assert box.text() == "Not set"
    box.setFocus()  # as Tab (or a click) puts it there
    box.selectAll()
    qtbot.keyClicks(box, "10:00")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter records it, as leaving the box does
    assert box.text() == "10:00"
    assert doc.workshop.starts_at == TEN
    assert undo.stack.undoText() == "Start the day at 10:00"


@pytest.mark.parametrize("choose", ["all", "tab"])
def test_a_start_time_typed_over_another_replaces_it(qtbot, show, choose):
    """'Day starts at' 10:00 chosen whole (Ctrl+A, or the mouse across it) and 09:30 typed read
    '10:30' (Qt put each typed digit in whichever part was current); now it reads 09:30, and
    Tab into the box (its hour chosen) then 09:30 too."""
    from PySide6.QtCore import Qt

    from wtfc.ui.undo import UndoAdapter

    doc = _usual_doc()
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 1024, 768)
    box = page.plan.times.start
    assert box.text() == "10:00"
    box.setFocus()
    if choose == "all":
        box.selectAll()
    else:
        box.setSelectedSection(box.Section.HourSection)
    qtbot.keyClicks(box, "09:30")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "09:30"
    assert doc.workshop.starts_at == dt.time(9, 30)
    assert undo.stack.undoText() == "Start the day at 09:30"
