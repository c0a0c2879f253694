"""Dates before 1900 in a hand-edited or foreign file (review dates F7): Prepare showed a
workshop of 30 December 1899 as "No date yet" with "Date set" ticked, and Tab through the box
recorded today; Review showed a next review of 1 January 1900 the same way; the action dialog
showed a by-when of 1700 as "No date yet" and saved 14 September 1752. Each is shown and kept."""

from __future__ import annotations

import datetime as dt

from wtfc.model.document import Document
from wtfc.model.workshop import Action, Kind, Role, Theme, Workshop
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

OLD_DAY, FIRST_1900, BY_1700 = dt.date(1899, 12, 30), dt.date(1900, 1, 1), dt.date(1700, 1, 1)


def _doc() -> Document:
    theme = Theme(id="t", name="Waiting", kind=Kind.NOT_WORKING)
    action = Action(id="a", theme_id="t", role=Role.COMMISSIONERS, what="Ring round",
                    by_when=BY_1700)
    return Document(Workshop(title="Old", date=OLD_DAY, next_review=FIRST_1900,
                             themes=[theme], actions=[action]))


def test_prepare_shows_a_date_from_1899_and_tab_through_it_records_nothing(qtbot, show):
    doc = _doc()
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.date.text() == "30 December 1899" and page.has_date.isChecked()
    page.date.setFocus()
    qtbot.keyClick(page.date, "\t")
    assert doc.workshop.date == OLD_DAY and undo.stack.count() == 0


def test_review_shows_a_next_review_of_1_january_1900(qtbot):
    doc = _doc()
    block = LookingBack(doc, UndoAdapter(doc))
    qtbot.addWidget(block)
    assert block.date.text() == "1 January 1900" and block.has_date.isChecked()
    assert block.commit_pending() and doc.workshop.next_review == FIRST_1900


def test_the_action_dialog_shows_and_keeps_a_by_when_of_1700(qtbot):
    doc = _doc()
    dialog = ActionDialog(doc, action=doc.workshop.actions[0], today=dt.date(2026, 11, 29))
    qtbot.addWidget(dialog)
    assert dialog.by_when.text() == "1 Jan 1700" and dialog.has_date.isChecked()
    assert dialog.values()["by_when"] == BY_1700
    dialog.has_date.setChecked(False)
    assert dialog.by_when.text() == "No date yet" and dialog.values()["by_when"] is None
    dialog.has_date.setChecked(True)
    assert dialog.values()["by_when"] == BY_1700
