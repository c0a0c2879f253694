"""The day in a date box steps on over the month's end, as a calendar does: Up on 30 November
did nothing (Qt's day section stops at the month's last day), so a facilitator on the 30th could
not move the workshop to tomorrow with the arrows; Down on 1 March likewise. 1 January 2000 is
still as far back as the arrows go (tests/ui/test_date_steps_from_2000.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit

from tests.ui.test_date_steps_from_2000 import _prepare

KEY = Qt.Key


@pytest.mark.parametrize(("start", "key", "saved"), [
    (dt.date(2026, 11, 30), KEY.Key_Up, dt.date(2026, 12, 1)),
    (dt.date(2027, 12, 31), KEY.Key_Up, dt.date(2028, 1, 1)),
    (dt.date(2027, 3, 1), KEY.Key_Down, dt.date(2027, 2, 28)),
    (dt.date(2000, 1, 1), KEY.Key_Down, dt.date(2000, 1, 1)),
])
def test_the_day_steps_over_the_months_end_and_is_one_undo_step(qtbot, show, start, key, saved):
    page, doc, undo = _prepare(qtbot, show, start)
    page.date.setCurrentSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(page.date, key)
    qtbot.keyClick(page.date, KEY.Key_Return)
    assert doc.workshop.date == saved
    if saved != start:
        assert undo.stack.count() == 1
        undo.stack.undo()
        assert doc.workshop.date == start
        undo.stack.redo()
        assert doc.workshop.date == saved
