"""A date said in words is read: "first of March", "the 3rd of June 2027" and "twenty-first of
May" (first to thirty-first, with or without "the" and "of") were refused as "“first” is not
part of a date", though "3rd of March" was read."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.date_reading import Unreadable, read_typed_date
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

SHOWN = dt.date(2026, 11, 12)
WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth"]


@pytest.mark.parametrize(("typed", "read"), [
    ("first of March", dt.date(2026, 3, 1)), ("the 3rd of June 2027", dt.date(2027, 6, 3)),
    ("twenty-first of May", dt.date(2026, 5, 21)), ("The First of March 2027", dt.date(2027, 3, 1)),
    ("thirty-first of May 2027", dt.date(2027, 5, 31)), ("twenty second May", dt.date(2026, 5, 22)),
    ("the thirtieth of June", dt.date(2026, 6, 30)), ("March the third", dt.date(2026, 3, 3)),
    ("Wednesday the third of March 2027", dt.date(2027, 3, 3)), ("the twelfth", SHOWN),
])
def test_an_ordinal_in_words_is_the_day(typed, read):
    assert read_typed_date(typed, SHOWN) == read


@pytest.mark.parametrize("day", range(1, 32))
def test_every_day_of_a_month_can_be_said(day):
    said = WORDS[day - 1] if day <= 20 else (
        "thirtieth" if day == 30 else
        f"{'twenty' if day < 30 else 'thirty'}-{WORDS[day % 10 - 1]}")
    assert read_typed_date(f"the {said} of January 2027", SHOWN) == dt.date(2027, 1, day)


@pytest.mark.parametrize(("typed", "words"), [
    ("thirty-first of June 2027", "There is no 31 June 2027."),
    ("thirty-second of May", "There is no 32 May 2026."),
    ("first of Smarch", "“Smarch” is not a month."),
])
def test_a_said_date_that_is_none_is_refused_in_words(typed, words):
    with pytest.raises(Unreadable, match=words):
        read_typed_date(typed, SHOWN)


def test_said_on_no_date_yet_it_still_needs_a_year():
    with pytest.raises(Unreadable, match="is not a whole date"):
        read_typed_date("first of March", SHOWN, whole=True)
    assert read_typed_date("first of March 2027", SHOWN, whole=True) == dt.date(2027, 3, 1)


def test_typed_into_prepares_date_it_is_recorded_one_step(qtbot, show):
    doc = Document(Workshop(title="Spring reviews", date=dt.date(2027, 3, 1)))
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.date.setFocus()
    qtbot.waitUntil(page.date.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "the twenty-first of May 2027")
    assert page.date.text() == "the twenty-first of May 2027"  # shown as typed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert not page.date.problem
    assert doc.workshop.date == dt.date(2027, 5, 21) and page.date.text() == "21 May 2027"
    undo.stack.undo()
    assert doc.workshop.date == dt.date(2027, 3, 1) and page.date.text() == "1 March 2027"
    undo.stack.redo()
    assert doc.workshop.date == dt.date(2027, 5, 21)
