"""A date pasted from a date box's right-click menu is read as one pasted with Ctrl+V: Qt's
own menu put "1/2/27" through its sections, which dropped it with nothing said, and kept
"1 February 0126" as a date. The menu here is the box's own, opened by a right-click, and its
Paste is the action a facilitator clicks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.shown_words import as_shown
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

DAY = dt.date(2027, 3, 1)
TODAY = dt.date(2026, 11, 29)
KEY = Qt.Key


def _right_click_paste(qtbot, box, text: str) -> dict[str, bool]:
    """Right-clicks the box, clicks the menu's Paste with ``text`` copied; the menu's entries
    and whether each could be clicked."""
    QGuiApplication.clipboard().setText(text)
    seen: dict[str, bool] = {}

    def click_paste() -> None:
        menu = QApplication.activePopupWidget()
        seen.update((a.text().split("\t")[0].replace("&", ""), a.isEnabled())
                    for a in menu.actions() if a.text())
        paste = menu.findChild(QAction, "edit-paste")
        if paste.isEnabled():  # clicked, as a facilitator does: the menu goes, then it pastes
            QTest.mouseClick(menu, Qt.MouseButton.LeftButton,
                             pos=menu.actionGeometry(paste).center())
        menu.close()

    QTimer.singleShot(0, click_paste)
    at = QPoint(box.width() // 3, box.height() // 2)
    QApplication.sendEvent(box, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                  box.mapToGlobal(at)))
    assert seen, "the menu did not open"
    # (the offscreen test screen leaves its closed menu the active window, as no desktop does)
    box.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return seen


def _prepare(qtbot, show, date=DAY):
    doc = Document(Workshop(title="Spring reviews", date=date))
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.date.setFocus()
    qtbot.waitUntil(page.date.hasFocus)
    return page, doc, undo


def test_a_uk_date_pasted_from_the_menu_is_the_date_one_step(qtbot, show):
    page, doc, undo = _prepare(qtbot, show)
    seen = _right_click_paste(qtbot, page.date, " 1/2/27\n")  # with its line's end
    assert seen["Paste"] and "Step up" in seen  # Qt's entries are all still there
    assert page.date.text() == "1/2/27"  # shown as pasted, as Ctrl+V shows it
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert not page.date.problem and not page.date.hasFocus()
    assert doc.workshop.date == dt.date(2027, 2, 1) and page.date.text() == "1 February 2027"
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.workshop.date == DAY and page.date.text() == "1 March 2027"
    undo.stack.redo()
    assert doc.workshop.date == dt.date(2027, 2, 1)


@pytest.mark.parametrize("pasted", ["1 February 0126", "31/2/2027"])
def test_a_date_the_box_cannot_take_pasted_from_the_menu_is_refused_in_words(
        qtbot, show, pasted):
    page, doc, undo = _prepare(qtbot, show)
    _right_click_paste(qtbot, page.date, pasted)
    assert page.date.text() == pasted
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert page.date.problem  # "There is no 31 February 2027.", "… from 1 January 2000 …"
    qtbot.waitUntil(lambda: as_shown(QToolTip.text()) == page.date.problem)
    assert page.date.hasFocus() and page.date.text() == pasted  # kept to be put right
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Escape)
    assert page.date.text() == "1 March 2027"
    assert doc.workshop.date == DAY and undo.stack.count() == 0


def test_on_no_date_yet_the_menu_offers_no_paste_or_step_as_the_keys_make_none(qtbot, show):
    page, doc, undo = _prepare(qtbot, show, date=None)
    seen = _right_click_paste(qtbot, page.date, "1/2/27")
    assert not any(seen[name] for name in ("Cut", "Paste", "Delete", "Step up", "Step down"))
    assert page.date.text() == "No date yet" and doc.workshop.date is None
    assert undo.stack.count() == 0


def test_a_uk_date_pasted_from_the_menu_into_by_when_is_saved(qtbot):
    dialog = ActionDialog(Document(Workshop()), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.has_date.setFocus()
    qtbot.keyClick(dialog.has_date, KEY.Key_Space)  # "Set a date": 27 Feb 2027
    _right_click_paste(qtbot, dialog.by_when, "1/2/27")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Return)
    assert dialog.values()["by_when"] == dt.date(2027, 2, 1)
    assert dialog.by_when.text() == "1 Feb 2027"
