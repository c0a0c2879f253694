"""One gesture, one dismiss: Dismiss chooses the next suggestion, so the second click of a
double-click on it (or Ctrl+Delete pressed twice) dropped that one too, unread, and the message
named only the second. As with accept (test_suggestion_accept_once), a dismiss within the
system's double-click time of the last accept, add or dismiss is ignored, unless the facilitator
chose a suggestion meanwhile; a deliberate one after it still works."""

from __future__ import annotations

import pytest
from double_click_clock import after_a_double_click
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from suggestion_helpers import BUS, NW, choose_suggestion, grouping_workshop, suggested

from wtfc.model.document import Document

pytestmark = pytest.mark.usefixtures("word_table", "double_click_clock")


@pytest.fixture
def doc():
    return Document(grouping_workshop())


def double_click(button) -> None:
    """Two clicks 80 ms apart, sent to the window as the platform sends them."""
    window = button.window()
    at = button.mapTo(window, button.rect().center())
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(window.windowHandle(), left, plain, at)
    QTest.mouseClick(window.windowHandle(), left, plain, at, 80)


def test_a_double_click_on_dismiss_dismisses_one(qtbot, wall):
    page = suggested(qtbot, wall, NW)
    first = choose_suggestion(page, BUS)
    page.rename("I cannot get a bus to the shops")
    row = page.shown.index(first)
    following = page.shown[row + 1 if row + 1 < len(page.shown) else row - 1]
    double_click(page.dismiss_button)
    assert [shown for shown, _row in page.dismissed] == [first]
    assert len(page.shown) == 2 and page.current() is following  # chosen, ready, not dropped
    assert wall.suggestions.message.text() == (
        "Dismissed “I cannot get a bus to the shops”. The wall is unchanged; Undo dismiss "
        "brings it back.")
    after_a_double_click(qtbot)  # a deliberate click on the next one, read: it goes
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert [shown for shown, _row in page.dismissed] == [first, following]
    qtbot.mouseClick(page.undo_dismiss_button, Qt.MouseButton.LeftButton)
    after_a_double_click(qtbot)  # (two quick clicks there bring back one: its own test)
    qtbot.mouseClick(page.undo_dismiss_button, Qt.MouseButton.LeftButton)
    assert len(page.shown) == 3 and page.dismissed == []


def test_ctrl_delete_pressed_twice_dismisses_one(qtbot, wall):
    page = suggested(qtbot, wall, NW)
    page.list.setFocus()
    choose_suggestion(page, BUS)
    for _ in range(2):
        qtbot.keyClick(page.list, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(page.dismissed) == 1 and len(page.shown) == 2 and page.list.hasFocus()


def test_a_suggestion_chosen_after_a_dismiss_can_be_dismissed_at_once(qtbot, wall):
    """The guard is for the suggestion a dismiss moved on to; one the facilitator chose with
    the arrow keys has been read."""
    page = suggested(qtbot, wall, NW)
    page.list.setFocus()
    page.list.setCurrentRow(0)
    qtbot.keyClick(page.list, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert page.list.currentRow() == 0
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(page.dismissed) == 2 and len(page.shown) == 1


def test_a_click_on_dismiss_straight_after_an_accept_is_ignored(qtbot, wall, undo):
    """Accept chose the next suggestion too: a quick second click, on Dismiss, is no choice."""
    page = suggested(qtbot, wall, NW)
    choose_suggestion(page, BUS)
    page.rename("I can't get a bus")
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton, delay=80)
    assert undo.stack.count() == 1 and page.dismissed == [] and len(page.shown) == 2
