"""Today (Alt+Y) pressed while Checked on is being typed: the box showed today, and Enter saved
the date typed under it (or, one it could not take, left Enter and Tab dead under today)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.action_dialog import ActionDialog

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize("typed", ["1/11/2026", "5/12/2026", "31/4/2027"])
def test_today_replaces_the_typed_date_and_enter_saves_today(qtbot, show, typed):
    dialog = show(ActionDialog(Document(Workshop()), today=TODAY))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.has_checked.setFocus()
    qtbot.keyClick(dialog.has_checked, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.has_checked, Qt.Key.Key_Tab)
    box = dialog.checked_on
    assert box.hasFocus()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: box.text() == "29 Nov 2026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.values()["checked_on"] == TODAY
