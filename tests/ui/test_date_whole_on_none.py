"""On "No date yet" a date typed names its day, month and year: the box took today's day and
year for what was missing, so a name typed there by mistake ("June") or "1/2" became a date
already past, recorded with nothing said, and "feb 2027" on the 29th was refused as "There is
no 29 February 2027". A month and year mean its 1st."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.date_reading import Unreadable, read_typed_date
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(("typed", "read"), [
    ("feb 2027", dt.date(2027, 2, 1)), ("May 2027", dt.date(2027, 5, 1)),
    ("1/2/2027", dt.date(2027, 2, 1)), ("3rd March 2027", dt.date(2027, 3, 3)),
    ("Feb 1 2027", dt.date(2027, 2, 1))])
def test_a_whole_date_or_a_month_and_year_is_read(typed, read):
    assert read_typed_date(typed, TODAY, whole=True) == read


@pytest.mark.parametrize("typed", ["June", "Feb", "1/2", "15", "3rd March", "Feb 1", "2027"])
def test_a_date_with_a_part_missing_is_refused_in_words(typed):
    with pytest.raises(Unreadable, match="is not a whole date"):
        read_typed_date(typed, TODAY, whole=True)


def test_a_box_with_a_date_still_takes_the_missing_parts_from_it():
    assert read_typed_date("June", dt.date(2026, 11, 12)) == dt.date(2026, 6, 12)


@pytest.mark.parametrize(("typed", "stored"), [("June", None), ("1/2", None),
                                               ("feb 2027", dt.date(2027, 2, 1))])
def test_typed_on_no_date_yet_then_tab(qtbot, show, typed, stored):
    doc = Document(Workshop(title="Spring reviews"))
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    box = page.date
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert doc.workshop.date == stored
    assert page.has_date.isChecked() == (stored is not None)
    if stored is None:  # kept in the box, with the reason, to be put right or Esc
        assert box.hasFocus() and box.text().lower() == typed.lower()
        assert "is not a whole date" in box.problem
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        assert box.text() == "No date yet" and doc.workshop.date is None
