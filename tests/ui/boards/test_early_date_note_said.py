"""The action dialog's "before this workshop" note appeared under By when with nothing said: a
screen-reader user typed 1/10/2026, Tabbed on, heard "First step" and saved an action the
report prints as late (review 35 R5-4). It is said once, after the keyboard leaves the box,
as the year wtfc takes is (``date_year_said``): said while typing, Tab's next name cut it off."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.test_action_dialog_early_date import DAY, SAID, _demo, _typed_in_date
from tests.ui.settled import settle
from tests.ui.spoken_checks import catch_announcements
from wtfc.ui.boards.action_dialog import ActionDialog

HEARD = SAID.removeprefix("⚠ ")


def test_the_early_date_note_is_said_once_the_keyboard_moves_on(qtbot, show, monkeypatch):
    dialog = show(ActionDialog(_demo(), today=DAY))
    said = catch_announcements(monkeypatch)
    _typed_in_date(qtbot, dialog, "1/10/2026")
    settle()
    assert dialog.date_note.isVisible() and HEARD not in said  # not over the keys typed
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: HEARD in said)
    dialog.by_when.setFocus()  # back and away again: the same note is not said twice
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    settle()
    assert said.count(HEARD) == 1


def test_a_note_gone_before_the_keyboard_leaves_is_not_said(qtbot, show, monkeypatch):
    dialog = show(ActionDialog(_demo(), today=DAY))
    said = catch_announcements(monkeypatch)
    _typed_in_date(qtbot, dialog, "1/10/2026")
    for _ in "2026":
        qtbot.keyClick(dialog.by_when, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.by_when, "2027")  # corrected before moving on: 1 October 2027
    qtbot.keyClick(dialog.by_when, Qt.Key.Key_Tab)
    settle()
    assert dialog.date_note.isHidden() and not any("before this workshop" in s for s in said)
