"""The Prepare page's date: a new workshop says it has no date yet (it used to show today's
date greyed beside an unticked box, which read as already set); setting, changing and clearing
it by keyboard are undoable steps."""

from __future__ import annotations

import datetime as dt

import pytest
from collect_fixtures import save_render
from PySide6.QtCore import QDate, Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.details_page import DetailsPage

KEY = Qt.Key


@pytest.fixture
def page(show, doc, undo):
    return show(DetailsPage(doc, undo), 900, 560)


def test_a_new_workshop_says_no_date_yet(page):
    assert page.date.text() == "No date yet"
    assert not page.has_date.isChecked()
    today = QDate.currentDate().toString("d MMMM yyyy")
    assert today not in page.date.text()
    save_render(page, "prepare_no_date")


def test_set_change_and_clear_the_date_with_keys_each_one_undo_step(qtbot, page, doc, undo):
    today = dt.date.today()
    # Alt+D reaches the box (Space there opens the calendar); the tick beside it sets today's
    assert page.date_label.buddy() is page.date
    qtbot.keyClick(page.has_date, KEY.Key_Space)
    assert doc.workshop.date == today
    assert page.date.text() == QDate(today).toString("d MMMM yyyy")
    assert page.focusWidget() is page.date  # the arrows change the day straight away
    save_render(page, "prepare_date_set")
    qtbot.keyClick(page.date, KEY.Key_Up)  # the day, one later
    qtbot.keyClick(page.date, KEY.Key_Return)
    assert doc.workshop.date == today + dt.timedelta(days=1)
    assert undo.stack.count() == 2
    qtbot.keyClick(page.has_date, KEY.Key_Space)  # no date after all
    assert doc.workshop.date is None and page.date.text() == "No date yet"
    undo.stack.undo()
    assert doc.workshop.date == today + dt.timedelta(days=1)
    assert page.date.text() == QDate(today + dt.timedelta(days=1)).toString("d MMMM yyyy")
    undo.stack.undo()
    undo.stack.undo()
    assert doc.workshop.date is None and page.date.text() == "No date yet"


def test_a_workshop_with_a_date_shows_it(show, undo):
    doc = Document(Workshop(date=dt.date(2027, 4, 20)))
    page = show(DetailsPage(doc, undo), 900, 560)
    assert page.date.text() == "20 April 2027" and page.has_date.isChecked()


def test_a_blank_title_is_refused_and_the_field_goes_back_to_the_title(qtbot, page, doc, undo,
                                                                       message_boxes):
    """Clearing the title and tabbing away left the workshop with no title ('' on the report,
    the posters and the window's title bar)."""
    page.title.setFocus()
    page.title.clear()
    qtbot.keyClick(page.title, KEY.Key_Tab)
    assert doc.workshop.title == "Spring reviews" and undo.stack.count() == 0
    assert [kind for kind, _ in message_boxes] == ["information"]
    assert "A workshop needs a title" in message_boxes[0][1]
    assert page.title.text() == "Spring reviews"
    assert page.focusWidget() is page.title and page.title.selectedText() == "Spring reviews"
    page.title.setText("  ")  # still being typed when the window saves: nothing is waiting
    assert page.commit_pending()
    assert doc.workshop.title == "Spring reviews" and page.title.text() == "Spring reviews"


def test_a_title_pasted_too_long_keeps_what_fits_and_says_so(qtbot, page, doc, undo,
                                                            message_boxes, tmp_path):
    """A title over the workshop's 300 characters was held by the box only, then refused on
    leaving it; the Purpose and Scope stop at their 4,000 in the same way."""
    from PySide6.QtWidgets import QApplication

    note = page.limits["title"].note
    assert not note.isVisible()
    page.title.setFocus()
    page.title.selectAll()
    QApplication.clipboard().setText("Northfield home care " * 20)  # 420 characters
    page.title.paste()
    assert page.title.text() == ("Northfield home care " * 20)[:300]
    assert note.isVisible() and note.text() == (
        "The Title box holds at most 300 characters, so the rest was left out.")
    page.grab().save(str(tmp_path / "prepare_title_too_long.png"))
    qtbot.keyClick(page.title, KEY.Key_Tab)
    assert doc.workshop.title == ("Northfield home care " * 20)[:300].strip()
    assert message_boxes == []  # nothing refused on leaving
    undo.stack.undo()  # another title, under the limit: the note goes with what it spoke of
    assert page.title.text() == "Spring reviews" and not note.isVisible()
