"""A finger on a suggestion's cards (real QTest touch events): a flick scrolls them and chooses
no card as it passes (left to Qt, it chose the last card passed), and a tap on a card's box
still unticks it, as a click does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.test_touch_scroll_lists import _on_screen, _tap
from tests.ui.wall.test_suggestion_cards_big_text import _click_row, _suggested
from tests.ui.wall.test_wall_touch import _swipe

pytestmark = pytest.mark.usefixtures("word_table")


@pytest.fixture
def members(grouped_window, qtbot):
    themes = _suggested(grouped_window, qtbot, size=(800, 700))  # on the offscreen screen
    _click_row(themes.list, 0)
    cards = themes.members
    assert cards.count() >= 2
    return cards


def test_a_tap_on_a_card_s_box_unticks_it(members):
    rect = members.visualItemRect(members.item(0))
    at = QPoint(rect.left() + 12, rect.center().y())
    assert _on_screen(members, at) and members.item(0).checkState() == Qt.CheckState.Checked
    _tap(members, at)
    assert members.item(0).checkState() == Qt.CheckState.Unchecked


def test_a_finger_drawn_down_the_cards_chooses_none_it_passes(members):
    members.setCurrentRow(0)
    first = members.visualItemRect(members.item(0)).center()
    last = members.visualItemRect(members.item(members.count() - 1)).center()
    end = QPoint(40, min(last.y(), members.viewport().height() - 5))
    assert _on_screen(members, end)
    _swipe(members, QPoint(40, first.y()), end)
    assert members.currentRow() == 0
