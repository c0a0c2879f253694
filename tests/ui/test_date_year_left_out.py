"""A date typed with no year over a date only offered (the tick's today, a by-when's three
months on, a check's today) takes the year nearest today, the way the box looks deciding
unless the date is within 60 days the other way, not the offer's: on 30 Nov 2026 Prepare's
"12/1" was 12 January 2026, ten months gone, and the action dialog's "31/12" was 31 Dec 2027.
Strictly the box's way then made last Friday's workshop, "27/11", a year ahead and a check's
"2/12" a year back, unsaid (review 34 A12 R1). A date the record holds keeps its own year."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import Qt

from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.workshop import Action, Kind, Role, Theme, Workshop
from wtfc.ui import details_page
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.date_reading import Unreadable, read_typed_date
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 30)


def _doc(**kwargs) -> Document:
    return Document(Workshop(title="T", date=TODAY, **kwargs,
                             themes=[Theme(id="t", name="Waiting", kind=Kind.NOT_WORKING)]))


def _type(qtbot, window, box, text: str) -> str:
    """``text`` typed over the date shown, then Tab: the words the box then shows."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    return box.text()


def _dialog(qtbot, show, today=TODAY, action=None) -> ActionDialog:
    return show(ActionDialog(_doc(), theme_id="t", today=today, action=action))


@pytest.mark.parametrize(("today", "typed", "meant", "words"), [
    (TODAY, "31/12", dt.date(2026, 12, 31), "31 Dec 2026"),  # offered 28 Feb 2027: was 2027
    (TODAY, "1/2", dt.date(2027, 2, 1), "1 Feb 2027"),
    (TODAY, "30 Nov", TODAY, "30 Nov 2026"),  # today is ahead enough
    (dt.date(2026, 9, 30), "1/2", dt.date(2027, 2, 1), "1 Feb 2027"),  # offered 29 Dec 2026
])
def test_by_when_typed_with_no_year_is_the_next_such_day(qtbot, show, today, typed, meant,
                                                         words):
    dialog = _dialog(qtbot, show, today=today)
    dialog.has_date.setChecked(True)  # offers 90 days on
    assert _type(qtbot, dialog, dialog.by_when, typed) == words  # the year said
    assert dialog.values()["by_when"] == meant


def test_a_by_when_the_action_holds_keeps_its_own_year(qtbot, show):
    held = Action(id="a", theme_id="t", role=Role.COMMISSIONERS, what="Fund transport",
                  by_when=dt.date(2027, 3, 1))
    dialog = _dialog(qtbot, show, action=held)
    # "1/12": its December, put right, not the one coming
    assert _type(qtbot, dialog, dialog.by_when, "1/12") == "1 Dec 2027"


def test_checked_on_typed_in_january_is_the_december_just_gone(qtbot, show):
    dialog = _dialog(qtbot, show, today=dt.date(2027, 1, 5))
    dialog.has_checked.setChecked(True)  # today, 5 Jan 2027
    assert _type(qtbot, dialog, dialog.checked_on, "20/12") == "20 Dec 2026"
    assert dialog.values()["checked_on"] == dt.date(2026, 12, 20)
    assert not dialog.checked_on.problem  # it refused 20 Dec 2027 as a check still to come
    # typed over a date typed: its own year (a check in November before)
    assert _type(qtbot, dialog, dialog.checked_on, "12/11") == "12 Nov 2026"


def test_checked_on_two_days_ahead_is_refused_not_moved_a_year_back(qtbot, show):
    """A laptop clock two days behind: "2/12" on 30 Nov was silently 2 Dec 2025."""
    dialog = _dialog(qtbot, show)
    dialog.has_checked.setChecked(True)  # today, 30 Nov 2026
    assert _type(qtbot, dialog, dialog.checked_on, "2/12") == "2/12"  # kept to put right
    assert dialog.checked_on.problem.startswith("2 December 2026 was not taken")
    assert dialog.values()["checked_on"] == TODAY


@pytest.fixture
def on_30_november(monkeypatch):
    """Prepare's today is 30 Nov 2026, whatever the machine's clock says."""
    today = types.SimpleNamespace(date=types.SimpleNamespace(today=lambda: TODAY))
    monkeypatch.setattr(details_page, "dt", today)


def test_januarys_workshop_typed_in_december_is_next_january(qtbot, show, on_30_november):
    doc = Document(Workshop(title="T"))
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.has_date.setChecked(True)  # today, one step
    assert doc.workshop.date == TODAY
    assert _type(qtbot, page, page.date, "12/1") == "12 January 2027"
    assert doc.workshop.date == dt.date(2027, 1, 12)
    assert undo.stack.count() == 2
    undo.stack.undo()
    assert (doc.workshop.date, page.date.text()) == (TODAY, "30 November 2026")
    undo.stack.redo()
    assert (doc.workshop.date, page.date.text()) == (dt.date(2027, 1, 12), "12 January 2027")
    undo.stack.undo()  # today again, still only the tick's: typed over, the coming January
    assert _type(qtbot, page, page.date, "12/1") == "12 January 2027"


@pytest.mark.parametrize(("typed", "words"), [
    ("27/11", "27 November 2026"),  # last Friday's workshop, typed up after: was 2027
    ("27 Nov", "27 November 2026"),
    ("15/11", "15 November 2026"),
    ("1/12", "1 December 2026"),
])
def test_a_workshop_typed_up_in_the_weeks_after_keeps_this_year(qtbot, show, on_30_november,
                                                                typed, words):
    doc = Document(Workshop(title="T"))
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.has_date.setChecked(True)  # today, only offered
    assert _type(qtbot, page, page.date, typed) == words
    assert long_date(doc.workshop.date) == words


def test_a_workshop_date_the_file_holds_keeps_its_own_year(qtbot, show, on_30_november):
    doc = Document(Workshop(title="T", date=dt.date(2026, 11, 10)))
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    # "9/11", a slip put right, is the day before it: not next November
    assert _type(qtbot, page, page.date, "9/11") == "9 November 2026"
    assert doc.workshop.date == dt.date(2026, 11, 9)


def test_next_review_typed_with_no_year_over_the_six_months_offered(qtbot, show):
    """At the review meeting on 30 Nov 2026, a June workshop's six months on (10 Dec 2026)
    offered: "1/6" was 1 June 2026, already gone."""
    doc = Document(Workshop(title="T", date=dt.date(2026, 6, 10)))
    page = show(LookingBack(doc, UndoAdapter(doc)), 1100, 500)
    page.date._today = lambda: TODAY  # the box's clock (the machine's otherwise)
    page.has_date.setChecked(True)
    assert doc.workshop.next_review == dt.date(2026, 12, 10)
    assert _type(qtbot, page, page.date, "1/6") == "1 June 2027"
    assert doc.workshop.next_review == dt.date(2027, 6, 1)


@pytest.mark.parametrize(("typed", "ahead", "meant"), [
    ("12/1", True, dt.date(2027, 1, 12)),
    ("31/12", True, dt.date(2026, 12, 31)),
    ("Feb 1", True, dt.date(2027, 2, 1)),
    ("15", True, dt.date(2026, 11, 15)),  # a day alone stays in the month and year shown
    ("12/11", False, dt.date(2026, 11, 12)),
    ("1/12", False, dt.date(2026, 12, 1)),  # tomorrow: refused as a check to come, not 2025
    ("2/12", False, dt.date(2026, 12, 2)),
    ("1/3", False, dt.date(2026, 3, 1)),  # 91 days ahead: past the window, the March gone
    ("27/11", True, dt.date(2026, 11, 27)),  # 3 days back: typed up after the workshop
    ("1/10", True, dt.date(2026, 10, 1)),  # 60 days back
    ("30/9", True, dt.date(2027, 9, 30)),  # 61: the next one
    ("1/6", True, dt.date(2027, 6, 1)),  # 182 back, 183 ahead: planned, not a June gone
    ("1/12/2026", False, dt.date(2026, 12, 1)),  # a year typed is the year
])
def test_reading_a_year_left_out(typed, ahead, meant):
    assert read_typed_date(typed, TODAY, year_from=TODAY, ahead=ahead) == meant


@pytest.mark.parametrize(("today", "typed", "ahead", "meant"), [
    (dt.date(2027, 1, 5), "20/12", True, dt.date(2026, 12, 20)),  # December's, typed up after
    (dt.date(2027, 1, 5), "20/12", False, dt.date(2026, 12, 20)),
    (dt.date(2026, 12, 20), "5/1", False, dt.date(2027, 1, 5)),  # ahead: refused, not 2026
    (dt.date(2024, 3, 10), "29/2", True, dt.date(2024, 2, 29)),  # 10 days back, a leap year
])
def test_reading_a_year_left_out_over_new_year(today, typed, ahead, meant):
    assert read_typed_date(typed, today, year_from=today, ahead=ahead) == meant


def test_29_february_with_no_leap_year_coming_is_refused_in_words():
    with pytest.raises(Unreadable, match="There is no 29 February 2027"):
        read_typed_date("29/2", TODAY, year_from=TODAY)
