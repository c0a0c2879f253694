"""A date typed into "No date yet" (Prepare's workshop date, Review's next review) is the date
typed, read the UK way as in a box with a date: the first digit opened the calendar and the rest
went to its own editor, so "15/3/2027" + Enter stored 31 December 2027 and "1/2/2027" today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from tests.ui.shown_words import as_shown
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.optional_date_box import OptionalDateBox
from wtfc.ui.undo import UndoAdapter

KEY = Qt.Key


def _prepare(qtbot, show):
    doc = Document(Workshop(title="Spring reviews"))
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    return page, lambda: doc.workshop.date


def _review(qtbot, show):
    doc = Document(Workshop(date=dt.date(2027, 1, 12)))
    block = show(LookingBack(doc, UndoAdapter(doc)), 1100, 500)
    return block, lambda: doc.workshop.next_review


WHERE = pytest.mark.parametrize("where", [_prepare, _review], ids=["prepare", "next_review"])


def _typed(qtbot, page, words: str) -> OptionalDateBox:
    box = page.date
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    assert box.text() == "No date yet"
    qtbot.keyClicks(box, words)
    assert not box.calendarWidget().isVisible()
    assert box.text().lower() == words  # shown as typed (QTest sends "A" for "a")
    return box


@WHERE
@pytest.mark.parametrize(("words", "stored"), [
    ("15/3/2027", dt.date(2027, 3, 15)), ("1/2/2027", dt.date(2027, 2, 1)),
    ("3 apr 2027", dt.date(2027, 4, 3))])
@pytest.mark.parametrize("key", [KEY.Key_Return, KEY.Key_Tab])
def test_a_date_typed_on_no_date_yet_is_that_date_one_step(qtbot, show, where, words, stored,
                                                           key):
    page, recorded = where(qtbot, show)
    box = _typed(qtbot, page, words)
    qtbot.keyClick(box, key)
    assert recorded() == stored and page.has_date.isChecked()
    assert page.undo.stack.count() == 1
    assert box.date_or_none() == stored and not box.problem
    page.undo.stack.undo()
    assert recorded() is None and box.text() == "No date yet" and not page.has_date.isChecked()
    page.undo.stack.redo()
    assert recorded() == stored and page.has_date.isChecked()


@WHERE
def test_esc_while_typing_on_no_date_yet_leaves_no_date(qtbot, show, where):
    page, recorded = where(qtbot, show)
    box = _typed(qtbot, page, "15/3")
    qtbot.keyClick(box, KEY.Key_Escape)
    assert box.text() == "No date yet" and box.date_or_none() is None
    assert recorded() is None and page.undo.stack.count() == 0 and not page.has_date.isChecked()


@WHERE
def test_a_date_refused_on_no_date_yet_is_said_and_kept_or_left(qtbot, show, where):
    page, recorded = where(qtbot, show)
    box = _typed(qtbot, page, "31/2/2027")
    qtbot.keyClick(box, KEY.Key_Tab)  # kept to be put right
    assert box.hasFocus() and box.text() == "31/2/2027"
    assert box.problem == "There is no 31 February 2027."
    qtbot.waitUntil(lambda: as_shown(QToolTip.text()) == box.problem)
    page.has_date.setFocus()  # left another way: no date, as before the typing
    assert box.text() == "No date yet" and box.date_or_none() is None
    assert recorded() is None and page.undo.stack.count() == 0
