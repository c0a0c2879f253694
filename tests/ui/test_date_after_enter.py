"""After a whole date typed and Enter, the digits typed next are a new date: Qt left the keyboard
in the year, and "15" typed to make it the 15th recorded 1 February 2015, with nothing said."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

KEY = Qt.Key


@pytest.mark.parametrize("had", [dt.date(2026, 11, 12), None], ids=["a_date", "no_date_yet"])
@pytest.mark.parametrize(("next_typed", "stored"), [
    ("15", dt.date(2027, 2, 15)), ("3", dt.date(2027, 2, 3)), ("4/3/2027", dt.date(2027, 3, 4))])
def test_a_day_typed_after_enter_is_the_day(qtbot, show, had, next_typed, stored):
    doc = Document(Workshop(title="Spring reviews", date=had))
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    box = page.date
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(box, "1/2/2027")
    qtbot.keyClick(box, KEY.Key_Return)
    assert doc.workshop.date == dt.date(2027, 2, 1)
    qtbot.keyClicks(box, next_typed)
    assert box.text() == next_typed  # not "1 2 15"
    qtbot.keyClick(box, KEY.Key_Return)
    assert doc.workshop.date == stored
    assert box.text() == long_date(stored)
