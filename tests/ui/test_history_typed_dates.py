"""A date typed and not entered (Prepare's workshop date, Review's next review), then a later
row of History clicked or Edit > Redo: nobody was asked, the date was recorded as a new step,
and the two steps ahead went for good (code review A12 S2). The page's ``typed_edits`` built
no date from the words still in the box; now it reads them (``DateBox.typed_date``), so the
question comes, quoting the date typed, as for the title typed beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.settled import settle
from tests.ui.test_history_jump_said import _click_row
from tests.ui.test_history_typed_ahead import (
    answer,  # noqa: F401  (a fixture)
    steps_ahead,
)
from wtfc.model.workshop import Stage
from wtfc.ui import typed_ahead
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.details_page import DetailsPage


def _type(qtbot, box, text: str) -> None:
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)


def _go_forward(qtbot, w, how: str, row: int) -> None:
    if how == "click":
        _click_row(qtbot, w.history_dock.widget(), row)
    else:
        w.redo_action.trigger()
    settle()


@pytest.mark.parametrize("how", ["click", "redo"])
def test_prepare_date_typed_is_asked_about_and_drop_keeps_the_steps(
        qtbot, demo_window, answer, how):  # noqa: F811
    w = demo_window
    w.go_to_stage(Stage.PREPARE)
    page = w.findChild(DetailsPage)
    stack, start = steps_ahead(w)
    page.has_date.setChecked(True)
    stack.setIndex(start)  # (the tick may have been a step)
    settle()
    was = w.doc.workshop.date
    _type(qtbot, page.date, "12/1/2027")
    answer.choice = typed_ahead.DROP
    _go_forward(qtbot, w, how, start + 2)
    assert answer.asked == [("12/1/2027", 2)]
    assert stack.count() == start + 2 and w.doc.workshop.date == was


def test_prepare_date_typed_entered_is_recorded(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    w.go_to_stage(Stage.PREPARE)
    page = w.findChild(DetailsPage)
    stack, start = steps_ahead(w)
    page.has_date.setChecked(True)
    stack.setIndex(start)
    settle()
    _type(qtbot, page.date, "12/1/2027")
    answer.choice = typed_ahead.ENTER
    w.redo_action.trigger()
    settle()
    assert answer.asked == [("12/1/2027", 2)]
    assert w.doc.workshop.date == dt.date(2027, 1, 12)
    assert (stack.index(), stack.count()) == (start + 1, start + 1)


@pytest.mark.parametrize("how", ["click", "redo"])
def test_next_review_typed_is_asked_about(qtbot, demo_window, answer, how):  # noqa: F811
    w = demo_window
    w.go_to_stage(Stage.REVIEW)
    page = w.findChild(LookingBack)
    child, holder = page, page.parentWidget()
    while holder is not None:  # the tab (or pane) holding it shown
        if hasattr(holder, "setCurrentWidget") and holder.indexOf(child) >= 0:
            holder.setCurrentWidget(child)
        child, holder = holder, holder.parentWidget()
    stack, start = steps_ahead(w)
    if not page.has_date.isChecked():
        page.has_date.setChecked(True)
    stack.setIndex(start)
    settle()
    was = w.doc.workshop.next_review
    _type(qtbot, page.date, "1/6/2027")
    answer.choice = typed_ahead.DROP
    _go_forward(qtbot, w, how, start + 2)
    assert answer.asked == [("1/6/2027", 2)]
    assert stack.count() == start + 2 and w.doc.workshop.next_review == was
