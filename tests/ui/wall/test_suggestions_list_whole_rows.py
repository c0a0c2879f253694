"""Suggestions at 16 pt on a 1024×768 laptop (window 1004×708): the list of suggestions showed
a line and a half of its first row, "Name it:" drawn over its foot and over its scroll bar's
lower arrow (review 33 W1 M3). The list now ends where a row, or a whole line of its first
row, ends, and the name box and the buttons below start under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from renders import save_render
from test_suggestion_cards_big_text import _on_top, _suggested

from wtfc.ui.wall.card_list import ROW_END

pytestmark = pytest.mark.usefixtures("word_table")


@pytest.fixture
def sixteen_points(font_points):
    font_points(16)


def test_the_list_shows_whole_lines_with_nothing_over_it(sixteen_points, grouped_window, qtbot):
    window = grouped_window
    themes = _suggested(window, qtbot)
    save_render(window, "suggestions_list_16pt_whole_rows")
    listing, bar = themes.list, themes.list.verticalScrollBar()
    assert listing.count() >= 2 and bar.isVisible()  # more rows than show: it scrolls
    seen = listing.viewport().height()
    line = listing.fontMetrics().lineSpacing()
    rows = [listing.visualItemRect(listing.item(r)).bottom() + 1 for r in range(listing.count())]
    assert seen in rows or (seen - ROW_END) % line == 0, (seen, rows, line)
    # its foot and its scroll bar's lower arrow are the list's, not the name box's
    foot = seen - 2
    assert _on_top(window, listing.viewport(), QPoint(listing.viewport().width() // 2, foot))
    assert _on_top(window, bar, QPoint(bar.width() // 2, bar.height() - 3))
    name = themes.name
    assert _on_top(window, name, QPoint(name.width() // 2, name.height() // 2))
    assert themes.accept_button.visibleRegion().boundingRect() == themes.accept_button.rect()
