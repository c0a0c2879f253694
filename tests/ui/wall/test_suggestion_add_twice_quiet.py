# ruff: noqa: F811
"""Ctrl+Shift+Enter pressed twice quickly on the wall adds the cards once and keeps saying so:
the ignored second press used to replace "Added …" with "not close to a theme you have made"
(code review 23 E2 F2)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_suggestion_close_theme import RUSH, choose_suggestion, doc, ranked  # noqa: F401

pytestmark = pytest.mark.usefixtures("word_table")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_second_quick_press_says_nothing_new(qtbot, wall, doc, undo):
    page = ranked(qtbot, wall)
    choose_suggestion(page, RUSH)
    wall.view.setFocus()
    qtbot.waitUntil(wall.view.hasFocus)
    qtbot.keyClick(wall.view, Qt.Key.Key_Return, CTRL_SHIFT)
    first, steps = wall.suggestions.message.text(), undo.stack.count()
    qtbot.keyClick(wall.view, Qt.Key.Key_Return, CTRL_SHIFT)
    assert undo.stack.count() == steps == 1
    assert "not close to a theme" not in wall.suggestions.message.text()
    assert wall.suggestions.message.text() == first
