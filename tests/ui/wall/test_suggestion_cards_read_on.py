"""Suggestions at 16 pt on the shortest panels (the page under "Suggested themes" ~131 px: a
1024×768 laptop's window a little shorter, or with History open under the page): even with the
list given way to the chosen suggestion's cards, what scrolls showed 87 px of the first card's
99. ↓ then chose the next card and left it out of sight (the list's top shown, not the card), and
a card's foot never came into sight from the keyboard. Now ↓ reads on to the foot of a card
taller than what shows before choosing the next, ↑ back to its top, and each card chosen comes
into sight from its top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from renders import save_render

from tests.ui.settled import settle
from tests.ui.wall.test_suggestion_cards_big_text import _click_row, _suggested

pytestmark = pytest.mark.usefixtures("word_table")


def _seen(members, row: int) -> tuple[bool, bool]:
    """Whether card ``row``'s top and its foot are in sight."""
    rect = members.visualItemRect(members.item(row))
    seen = members.viewport().visibleRegion().boundingRect() & rect
    return (not seen.isEmpty() and seen.top() == rect.top(),
            not seen.isEmpty() and seen.bottom() == rect.bottom())


def _press(members, key) -> None:
    QTest.keyClick(members, key)
    settle()


def test_down_reads_a_tall_card_to_its_foot_then_chooses_the_next(font_points, grouped_window,
                                                                   qtbot):
    font_points(16)
    window = grouped_window
    themes = _suggested(window, qtbot, (1004, 580))
    members = themes.members
    assert themes.height() < 140  # the shortest page
    _click_row(themes.list, 0)  # the list gives way to its cards
    assert themes.split.sizes()[0] == 0 and members.hasFocus()
    _press(members, Qt.Key.Key_Down)
    assert members.currentRow() == 0
    assert _seen(members, 0) == (True, False)  # taller than what shows: its foot cut
    save_render(window, "suggestion_cards_read_on_top")
    _press(members, Qt.Key.Key_Down)  # the rest of it, not the next card yet
    save_render(window, "suggestion_cards_read_on_foot")
    assert members.currentRow() == 0 and _seen(members, 0)[1]
    for row in (1, 2, 3):  # then each card in turn, whole, as it is chosen
        _press(members, Qt.Key.Key_Down)
        assert members.currentRow() == row and _seen(members, row) == (True, True)
    for row in (2, 1, 0):  # and back
        _press(members, Qt.Key.Key_Up)
        assert members.currentRow() == row and _seen(members, row)[0]
    _press(members, Qt.Key.Key_Down)
    _press(members, Qt.Key.Key_Up)  # on the tall card: back to its top, still on it
    assert members.currentRow() == 0 and _seen(members, 0)[0]
    for button in (themes.accept_button, themes.dismiss_button):  # the buttons stay whole
        assert button.visibleRegion().boundingRect().size() == button.size()


def test_down_chooses_the_next_card_where_each_shows_whole(font_points, grouped_window, qtbot):
    """At 1024×768 (the page ~260 px) every card shows whole: ↓ chooses the next at once."""
    font_points(16)
    themes = _suggested(grouped_window, qtbot)
    members = themes.members
    _click_row(themes.list, 0)
    for row in range(members.count()):
        _press(members, Qt.Key.Key_Down)
        assert members.currentRow() == row and _seen(members, row) == (True, True)
