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


TWO_SENTENCES = ("My carer is always rushing. She is in and out in ten minutes and never "
                 "sits down.")


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
    from wtfc.model.operations.cards import edit_card

    font_points(16)
    window = grouped_window
    # the first card of the suggestion about rushed carers in two sentences, as people write
    window.undo.push(edit_card(window.doc, card_id="u6", text=TWO_SENTENCES))
    themes = _suggested(window, qtbot, (1004, 580))
    members = themes.members
    assert themes.height() < 140  # the shortest page
    row = next(row for row in range(themes.list.count())
               if "u6" in themes.shown[row].suggestion.member_ids)
    _click_row(themes.list, row)  # the list gives way to its cards
    assert themes.split.sizes()[0] == 0 and members.hasFocus()
    assert members.item(0).text().startswith(TWO_SENTENCES[:30])
    _press(members, Qt.Key.Key_Down)
    assert members.currentRow() == 0
    assert _seen(members, 0) == (True, False)  # taller than what shows: its foot cut
    save_render(window, "suggestion_cards_read_on_top")
    _press(members, Qt.Key.Key_Down)  # the rest of it, not the next card yet
    save_render(window, "suggestion_cards_read_on_foot")
    assert members.currentRow() == 0 and _seen(members, 0)[1]
    for row in (1, 2):  # then each card in turn, whole, as it is chosen
        _press(members, Qt.Key.Key_Down)
        assert members.currentRow() == row and _seen(members, row) == (True, True)
    for row in (1, 0):  # and back
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


LONG = ("I am lonely in the evenings since my wife died and the house is quiet, and nobody "
        "rings or comes round after the carer has gone at six, so I sit with the television "
        "on for the company until it is late enough to go to bed")


def on_the_long_card(window, qtbot, size):
    """A suggestion holding card u3, made LONG, chosen at ``size`` with ↓ down its cards to
    u3's top: (the cards list, u3's row in it)."""
    from wtfc.model.operations.cards import edit_card

    window.undo.push(edit_card(window.doc, card_id="u3", text=LONG))
    themes = _suggested(window, qtbot, size)
    members = themes.members
    row = next(row for row in range(themes.list.count())
               if "u3" in themes.shown[row].suggestion.member_ids)
    _click_row(themes.list, row)
    members.setFocus()
    settle()
    long = next(r for r in range(members.count()) if members.item(r).text().startswith(LONG[:30]))
    for _ in range(members.count()):
        if members.currentRow() == long:
            break
        _press(members, Qt.Key.Key_Down)
    assert _seen(members, long) == (True, False)
    return members, long


def test_down_reads_a_long_card_on_a_laptop(font_points, grouped_window, qtbot):
    """At 16 pt on 1366×768 a long card (ten lines) is taller than the cards list itself: its
    own scroll reads on."""
    font_points(16)
    members, long = on_the_long_card(grouped_window, qtbot, (1346, 708))
    presses = 0
    while not _seen(members, long)[1]:
        _press(members, Qt.Key.Key_Down)
        presses += 1
        assert members.currentRow() == long and presses < 5
    save_render(grouped_window, "suggestion_cards_read_on_long")
    for _ in range(presses):  # and ↑ back to its top, still on it
        _press(members, Qt.Key.Key_Up)
        assert members.currentRow() == long
    assert _seen(members, long)[0]
