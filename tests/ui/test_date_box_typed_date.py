"""``DateBox.typed_date``: the date the words typed would make, read without reading them in.
History's question and the recovery copy build a typed date from it (``typed_edits``); the
box's date, its words and the typing go on as they were."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from wtfc.ui.date_box import DateBox

TODAY = dt.date(2026, 11, 30)


def _typed(qtbot, show, text: str) -> DateBox:
    box = show(DateBox(lambda: TODAY))
    box.setDate(QDate(2026, 11, 30))
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    return box


def test_a_date_typed_is_read_and_nothing_changes(qtbot, show):
    box = _typed(qtbot, show, "1/6/2027")
    assert box.typed_date() == dt.date(2027, 6, 1)
    assert box.typed_date() == dt.date(2027, 6, 1)  # asked twice, the same
    assert box.date() == QDate(2026, 11, 30) and box.text() == "1/6/2027" and box.typing()
    assert box.read_typed() and box.date() == QDate(2027, 6, 1)
    assert box.typed_date() is None  # read in: nothing typed now


def test_nothing_typed_or_no_date_or_out_of_range_is_none(qtbot, show):
    box = show(DateBox(lambda: TODAY))
    assert box.typed_date() is None
    assert _typed(qtbot, show, "Tuesday").typed_date() is None
    box = _typed(qtbot, show, "1/1/2150")
    assert box.typed_date() is None and box.problem == ""  # nothing said while only asked
