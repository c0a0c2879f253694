"""The date box's right-click menu while a date is being typed: the box never lost the
facilitator's attention, so the words typed stay. Step up or down reads them first and steps
the day, as a wheel notch or Up does ("1/2/27" then Step up stepped the YEAR: 1 February 2028,
saved); and a mistyped "31/2/27" is still there to put right after a right-click, where the
menu's opening read it, put back 1 March and said "There is no 31 February 2027." (review 24
code_a F3, F7)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.test_date_steps_from_2000 import _prepare
from wtfc.model.dates import long_date

DAY = dt.date(2027, 3, 1)


def _menu(qtbot, box, label: str | None) -> None:
    """Right-clicks the box and clicks ``label`` (None: closes the menu unused)."""
    def pick() -> None:
        menu = QApplication.activePopupWidget()
        for action in menu.actions():
            if label and action.text().split("\t")[0].replace("&", "") == label:
                QTest.mouseClick(menu, Qt.MouseButton.LeftButton,
                                 pos=menu.actionGeometry(action).center())
                break
        menu.close()

    QTimer.singleShot(0, pick)
    at = QPoint(box.width() // 3, box.height() // 2)
    QApplication.sendEvent(box, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                  box.mapToGlobal(at)))
    # (the offscreen test screen leaves its closed menu the active window, as no desktop does)
    box.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def _type(qtbot, box, words: str) -> None:
    for ch in words:
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    assert box.text() == words


def _leave(qtbot, page) -> None:
    page.title.setFocus()
    qtbot.waitUntil(lambda: not page.date.hasFocus())


def test_step_up_or_down_after_typing_steps_the_day_and_is_saved(qtbot, show):
    for label, saved in (("Step up", dt.date(2027, 2, 3)), ("Step down", dt.date(2027, 2, 1))):
        page, doc, undo = _prepare(qtbot, show, DAY)
        _type(qtbot, page.date, "2/2/27")
        _menu(qtbot, page.date, label)
        assert page.date.text() == long_date(saved)
        _leave(qtbot, page)
        assert doc.workshop.date == saved
        undo.stack.undo()
        assert doc.workshop.date == DAY
        undo.stack.redo()
        assert doc.workshop.date == saved


def test_a_right_click_on_a_mistyped_date_keeps_the_typing(qtbot, show):
    page, doc, _undo = _prepare(qtbot, show, DAY)
    box = page.date
    _type(qtbot, box, "31/2/27")
    _menu(qtbot, box, None)
    assert box.text() == "31/2/27" and box.problem == "" and box.hasFocus()
    _menu(qtbot, box, "Select All")  # to type the right date over it
    assert box.lineEdit().selectedText() == "31/2/27"
    _leave(qtbot, page)  # left as it is: refused in words, as before, the date kept
    assert box.problem == "There is no 31 February 2027." and doc.workshop.date == DAY


def test_a_step_on_a_mistyped_date_steps_nothing_and_says_why(qtbot, show):
    """Step up on "31/2/27" stepped the old date's YEAR (1 March 2028) and saved it, while the
    foot said "There is no 31 February 2027." (review 24 code_b1 F2)."""
    for label in ("Step up", "Step down"):
        page, doc, undo = _prepare(qtbot, show, DAY)
        box = page.date
        _type(qtbot, box, "31/2/27")
        _menu(qtbot, box, label)
        assert box.text() == "31/2/27" and box.hasFocus()  # the words there to put right
        assert box.problem == "There is no 31 February 2027."
        assert doc.workshop.date == DAY and not undo.stack.count()
        _leave(qtbot, page)  # left as it is: refused, the date kept
        assert box.problem == "There is no 31 February 2027."
        assert doc.workshop.date == DAY and box.text() == "1 March 2027"
        assert not undo.stack.count()
