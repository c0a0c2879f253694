"""Suggestions at 16 pt: on 1024×768 a click on a suggestion makes the list give way to its
cards ("◂ Suggestions (3)" in the title's place). Maximised onto a bigger screen the list stayed
gone (review 33 A6 R4), though list and cards both fit there, as a fresh panel that size shows:
another suggestion could not be clicked until "◂ Suggestions" was pressed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from renders import save_render

from tests.ui.settled import settle
from tests.ui.wall.test_suggestion_cards_big_text import (
    _back_button,
    _click_row,
    _suggested,
    _whole_cards,
)

pytestmark = pytest.mark.usefixtures("word_table")


def _panel(themes):
    panel = themes.parentWidget()
    while not hasattr(panel, "close_button"):
        panel = panel.parentWidget()
    return panel


def test_the_list_comes_back_when_the_window_grows(font_points, grouped_window, qtbot):
    font_points(16)
    window = grouped_window
    themes = _suggested(window, qtbot)
    panel = _panel(themes)
    back = _back_button(panel)
    title = next(label for label in panel.findChildren(QLabel) if label.text() == "Suggestions")
    _click_row(themes.list, 0)
    assert themes.split.sizes()[0] == 0 and back.isVisible()  # given way to its cards
    window.resize(1010, 712)  # a little bigger, still no card under the list: still given way
    settle()
    assert themes.split.sizes()[0] == 0 and back.isVisible()
    assert _whole_cards(window, themes.members) >= 1
    window.resize(1900, 1020)  # maximised on a bigger screen
    settle()
    save_render(window, "suggestion_list_back_when_room")
    assert themes.split.sizes()[0] >= themes.list.minimumHeight() > 0
    assert not themes.list.visibleRegion().isEmpty()
    assert _whole_cards(window, themes.members) >= 1  # and its cards under it
    assert title.isVisible() and not back.isVisible()
    _click_row(themes.list, 1)  # another suggestion: chosen, its cards under the list
    assert themes.list.currentRow() == 1
    assert themes.split.sizes()[0] > 0 and not back.isVisible()
