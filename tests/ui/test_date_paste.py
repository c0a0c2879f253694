"""A date pasted into a date box is read as one typed: Ctrl+V of "1 February 0126" (or 1850)
into Prepare's date, Review's next review or the action dialog's By when is refused in words,
as typing it is, where the box kept it and the workshop was dated 0126 with an undo step; and
"1/2/27" pasted is 1 February 2027, which Qt's own box dropped with nothing said."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.shown_words import as_shown
from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

DAY, REVIEW = dt.date(2027, 3, 1), dt.date(2027, 9, 1)
TODAY = dt.date(2026, 11, 29)
KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def doc():
    return Document(Workshop(title="Spring reviews", date=DAY, next_review=REVIEW))


def _prepare(qtbot, show, doc):
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    return page, page.date, page.undo, lambda: doc.workshop.date


def _review(qtbot, show, doc):
    undo = UndoAdapter(doc)
    board = show(ReviewBoard(doc, undo, today=lambda: TODAY), 1366, 768)
    return board, board.looking_back.date, undo, lambda: doc.workshop.next_review


def _paste(qtbot, box, text: str) -> None:
    box.window().activateWindow()
    qtbot.waitUntil(box.window().isActiveWindow)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QGuiApplication.clipboard().setText(text)
    box.lineEdit().selectAll()
    qtbot.keyClick(box, KEY.Key_V, CTRL)


@pytest.mark.parametrize("where", [_prepare, _review], ids=["prepare", "next_review"])
@pytest.mark.parametrize("pasted", ["1 February 0126", "1 February 1850"])
def test_an_old_date_pasted_is_refused_in_words_and_nothing_is_recorded(
        qtbot, show, doc, where, pasted):
    _page, box, undo, stored = where(qtbot, show, doc)
    before = stored()
    _paste(qtbot, box, pasted)
    assert box.text() == pasted  # shown as pasted, as typing shows
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert "was not taken: a date here is from 1 January 2000" in box.problem
    qtbot.waitUntil(lambda: as_shown(QToolTip.text()) == box.problem)
    assert box.hasFocus() and box.text() == pasted  # kept to be put right
    assert stored() == before and undo.stack.count() == 0
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Escape)  # the date as it was
    assert box.date_or_none() == before
    assert long_date(before) == box.text()
    assert stored() == before and undo.stack.count() == 0


@pytest.mark.parametrize("where", [_prepare, _review], ids=["prepare", "next_review"])
def test_a_uk_date_pasted_is_the_date_one_step_undone_and_redone(qtbot, show, doc, where):
    _page, box, undo, stored = where(qtbot, show, doc)
    before = stored()
    _paste(qtbot, box, " 1/2/28\n")  # as copied from an e-mail, with its line's end
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert not box.problem and not box.hasFocus()
    assert stored() == dt.date(2028, 2, 1) and box.text() == "1 February 2028"
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert stored() == before and box.date_or_none() == before
    undo.stack.redo()
    assert stored() == dt.date(2028, 2, 1)


def test_a_paste_from_the_right_click_menu_is_read_as_typed_too(qtbot, show, doc):
    page, box, undo, stored = _prepare(qtbot, show, doc)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QGuiApplication.clipboard().setText("1 February 0126")
    box.lineEdit().selectAll()
    box.lineEdit().paste()  # what the menu's Paste does
    assert box.text() == "1 February 0126"
    page.title.setFocus()  # a click elsewhere: the date is put back
    qtbot.waitUntil(lambda: not box.hasFocus())
    assert "was not taken" in box.problem
    assert box.text() == "1 March 2027" and stored() == DAY and undo.stack.count() == 0


def _dialog(qtbot) -> ActionDialog:
    dialog = ActionDialog(Document(Workshop()), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.has_date.setFocus()
    qtbot.keyClick(dialog.has_date, KEY.Key_Space)  # "Set a date": 27 Feb 2027, 90 days on
    return dialog


@pytest.mark.parametrize("pasted", ["1 February 0126", "1 Feb 1899"])
def test_an_old_date_pasted_into_by_when_is_refused_and_enter_does_not_save(qtbot, pasted):
    dialog = _dialog(qtbot)
    _paste(qtbot, dialog.by_when, pasted)
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Return)
    assert "was not taken" in dialog.by_when.problem
    assert dialog.isVisible() and dialog.by_when.hasFocus()  # not saved with the old date
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Escape)
    assert dialog.values()["by_when"] == dt.date(2027, 2, 27)


def test_a_uk_date_pasted_into_by_when_is_saved(qtbot):
    dialog = _dialog(qtbot)
    _paste(qtbot, dialog.by_when, "1/2/27")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert dialog.values()["by_when"] == dt.date(2027, 2, 1)
    assert dialog.by_when.text() == "1 Feb 2027"
