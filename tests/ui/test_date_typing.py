"""Dates typed the UK way into a date box, key by key: the action dialog's By when (Alt+B,
Space, Tab, then the date) and Prepare's workshop date read "1/2/2027" as 1 February 2027. Qt's
box took the day alone and kept the month it showed (12 February), with nothing said."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.shown_words import as_shown
from wtfc.model.dates import long_date, short_date
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 29)
KEY = Qt.Key


def _dialog(qtbot) -> ActionDialog:
    dialog = ActionDialog(Document(Workshop()), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.has_date.setFocus()
    qtbot.keyClick(dialog.has_date, KEY.Key_Space)  # "Set a date": 27 Feb 2027, 90 days on
    qtbot.keyClick(dialog.has_date, KEY.Key_Tab)
    assert dialog.by_when.hasFocus()
    return dialog


@pytest.mark.parametrize(("typed", "stored"), [
    ("1/2/2027", dt.date(2027, 2, 1)), ("1.2.27", dt.date(2027, 2, 1)),
    ("15/03/2027", dt.date(2027, 3, 15)), ("3/4/26", dt.date(2026, 4, 3)),
    ("03 apr 2026", dt.date(2026, 4, 3)), ("15 3 2027", dt.date(2027, 3, 15)),
    ("31/3/27", dt.date(2027, 3, 31)), ("2027-02-01", dt.date(2027, 2, 1)),
])
def test_a_uk_date_typed_into_by_when_is_the_date_saved(qtbot, typed, stored):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    assert dialog.by_when.text().lower() == typed.lower()  # the box shows what is typed
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert dialog.values()["by_when"] == stored
    assert dialog.by_when.text() == short_date(stored)  # then in words
    assert not dialog.by_when.hasFocus()  # Tab left the box


def test_a_date_that_is_none_is_said_and_keeps_the_keyboard_to_be_put_right(qtbot):
    from PySide6.QtWidgets import QToolTip

    dialog = _dialog(qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), "31/2/2027")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert dialog.by_when.problem == "There is no 31 February 2027."
    assert dialog.by_when.hasFocus() and dialog.by_when.text() == "31/2/2027"  # as typed
    qtbot.waitUntil(lambda: QToolTip.text() == "There is no 31 February 2027.")
    assert QToolTip.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Return)  # not the dialog's Save
    assert dialog.isVisible() and dialog.by_when.hasFocus()
    for _ in "31/2/2027":
        qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Backspace)
    qtbot.keyClicks(QApplication.focusWidget(), "29/2/2028")  # 2028 is a leap year
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert dialog.values()["by_when"] == dt.date(2028, 2, 29) and not dialog.by_when.hasFocus()


def test_a_year_typed_far_out_is_refused_and_esc_puts_the_date_back(qtbot):
    """A year of 20277 or 2150 blocked Save once it reached Review (F4): a new date is from
    2000 to 50 years on."""
    dialog = _dialog(qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), "3/4/2150")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert "3 April 2150 was not taken" in dialog.by_when.problem
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Escape)
    assert dialog.isVisible() and dialog.by_when.text() == "27 Feb 2027"
    assert dialog.values()["by_when"] == dt.date(2027, 2, 27)


def test_a_date_refused_when_the_box_is_left_by_a_click_is_put_back(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), "31/2/2027")
    dialog.what.setFocus()  # as a click in another field
    qtbot.waitUntil(lambda: not dialog.by_when.hasFocus())
    assert dialog.by_when.text() == "27 Feb 2027" and dialog.by_when.problem


def test_esc_while_typing_puts_the_date_back_and_the_dialog_stays(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), "1/2")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Escape)
    assert dialog.isVisible() and dialog.by_when.text() == "27 Feb 2027"


def test_enter_after_a_typed_date_saves_it(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), "1/2/27")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Return)
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    assert dialog.values()["by_when"] == dt.date(2027, 2, 1)


def _prepare(qtbot, show, doc) -> DetailsPage:
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.date.setFocus()
    return page


def test_prepare_date_typed_is_one_step_undone_and_redone(qtbot, show):
    doc = Document(Workshop(title="Spring reviews", date=dt.date(2026, 11, 12)))
    page = _prepare(qtbot, show, doc)
    undo = page.undo
    qtbot.keyClicks(page.date, "15 3 2027")  # Qt's box stored 15 November 3202
    qtbot.keyClick(page.date, KEY.Key_Tab)
    assert doc.workshop.date == dt.date(2027, 3, 15) and page.date.text() == "15 March 2027"
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.workshop.date == dt.date(2026, 11, 12) and page.date.text() == "12 November 2026"
    undo.stack.redo()
    assert doc.workshop.date == dt.date(2027, 3, 15)


def test_typing_in_the_month_goes_on_from_the_day_shown(qtbot, show):
    doc = Document(Workshop(title="Spring reviews", date=dt.date(2026, 11, 12)))
    page = _prepare(qtbot, show, doc)
    page.date.setCurrentSection(page.date.Section.MonthSection)
    qtbot.keyClicks(page.date, "3")
    assert page.date.text() == "12 3"
    qtbot.keyClick(page.date, KEY.Key_Tab)
    assert doc.workshop.date == dt.date(2026, 3, 12)


@pytest.mark.parametrize("section", ["MonthSection", "YearSection"])
def test_a_whole_date_typed_in_the_month_or_year_stands_alone(qtbot, show, section):
    """After a click on the month or year, or Shift+Tab in, typing began after the day (and
    month) shown: "1/2/2027" read "12 11 1/2/2027", refused as too many numbers."""
    doc = Document(Workshop(title="Spring reviews", date=dt.date(2026, 11, 12)))
    page = _prepare(qtbot, show, doc)
    page.date.setCurrentSection(getattr(page.date.Section, section))
    qtbot.keyClicks(page.date, "1/2/2027")
    assert page.date.text() == "1/2/2027"
    qtbot.keyClick(page.date, KEY.Key_Tab)
    assert doc.workshop.date == dt.date(2027, 2, 1) and not page.date.problem


def test_a_date_typed_again_after_enter_is_the_date(qtbot, show):
    """Enter leaves Qt's cursor in the year: the next date typed was refused, the keyboard
    held in the box until Esc."""
    doc = Document(Workshop(title="Spring reviews", date=dt.date(2026, 11, 12)))
    page = _prepare(qtbot, show, doc)
    for typed, stored in (("1/2/2027", dt.date(2027, 2, 1)), ("3/4/2027", dt.date(2027, 4, 3)),
                          ("01052027", dt.date(2027, 5, 1))):
        qtbot.keyClicks(page.date, typed)
        qtbot.keyClick(page.date, KEY.Key_Return)
        assert doc.workshop.date == stored and page.date.text() == long_date(stored)
    page.date.setCurrentSection(page.date.Section.YearSection)
    qtbot.keyClicks(page.date, "28")  # a lone year still goes on from the day and month
    qtbot.keyClick(page.date, KEY.Key_Return)
    assert doc.workshop.date == dt.date(2028, 5, 1)


@pytest.mark.parametrize("typed", ["31/4/2027", "15/13", "1/2/2150"])
def test_a_click_on_save_after_a_date_the_box_cannot_take_saves_nothing(qtbot, typed):
    """The click put the old date back and saved it (27 Feb 2027), the reason floating over
    the board once the dialog had gone; now it is as Enter: the dialog stays, as typed."""
    from PySide6.QtWidgets import QDialogButtonBox, QToolTip

    dialog = _dialog(qtbot)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != ActionDialog.DialogCode.Accepted
    assert dialog.by_when.hasFocus() and dialog.by_when.text() == typed
    qtbot.waitUntil(lambda: QToolTip.isVisible()
                    and as_shown(QToolTip.text()) == dialog.by_when.problem)
    for _ in typed:
        qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Backspace)
    qtbot.keyClicks(QApplication.focusWidget(), "30/4/2027")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    assert dialog.values()["by_when"] == dt.date(2027, 4, 30)


@pytest.mark.parametrize("typed", ["5/12/2026", "1/3/2027"])
def test_a_check_typed_after_today_is_refused_in_words(qtbot, typed):
    """Checked on holds a check to today: one typed for a day to come became today, unsaid."""
    dialog = _dialog(qtbot)
    dialog.mark_checked_today()
    dialog.checked_on.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.checked_on, typed)
    qtbot.keyClick(dialog.checked_on, KEY.Key_Tab)
    assert dialog.checked_on.hasFocus() and dialog.checked_on.text() == typed  # to put right
    assert "a date here is from 1 January 2000 to 29 November 2026" in dialog.checked_on.problem
    qtbot.keyClick(dialog.checked_on, KEY.Key_Escape)
    assert dialog.values()["checked_on"] == TODAY
    dialog.checked_on.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.checked_on, "20/11/2026")
    qtbot.keyClick(dialog.checked_on, KEY.Key_Tab)
    assert dialog.values()["checked_on"] == dt.date(2026, 11, 20) and not dialog.checked_on.problem


def test_a_date_refused_is_said_to_a_screen_reader(qtbot, monkeypatch):
    """The tooltip alone left an NVDA user in the box after Tab, with no word of why."""
    from spoken_checks import catch_announcements

    said = catch_announcements(monkeypatch)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(QApplication.focusWidget(), "31/2/2027")
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    qtbot.waitUntil(lambda: "There is no 31 February 2027." in said)
    assert dialog.by_when.hasFocus()
