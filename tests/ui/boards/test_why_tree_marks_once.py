"""One gesture, one step: a double-click on the why-tree's "Root cause (R)" or "Act on this (A)"
marks the chosen cause once (click_once.py, as Delete does).

Older facilitators double-click buttons out of habit: the second click unmarked the cause again,
so nothing changed on the tree but the Edit menu held two undo steps. R and A pressed twice
still mark and unmark, as they always have."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.boards.click_once_clock import ClickOnceClock
from tests.ui.boards.test_board_buttons_once import _double_click
from tests.ui.renders import save_render

MARKS = [("Root cause (R)", "root_cause", "root cause", Qt.Key.Key_R),
         ("Act on this (A)", "agreed", "we will act on this", Qt.Key.Key_A)]


@pytest.mark.parametrize(("text", "field", "said", "_key"), MARKS)
def test_a_double_click_marks_the_cause_once(qtbot, doc, undo, causes_board, text, field,
                                             said, _key, monkeypatch):
    board, clock = causes_board, ClickOnceClock(monkeypatch)
    board.view.select("c")  # "Travel time between visits is unpaid": no marks yet
    click = _double_click(qtbot, board, text)
    assert getattr(doc.get("causes", "c"), field)  # marked, not marked and unmarked
    assert undo.stack.count() == 1
    assert said in board.scene.nodes["c"].describe()  # the box shows it (its badge's words)
    save_render(board, f"why_tree_double_click_{field}")
    undo.stack.undo()  # one Ctrl+Z takes the mark off
    assert not getattr(doc.get("causes", "c"), field)
    undo.stack.redo()
    assert getattr(doc.get("causes", "c"), field)
    clock.double_click_time_passes()
    click()  # a click after the double-click time unmarks it
    assert not getattr(doc.get("causes", "c"), field) and undo.stack.count() == 2


@pytest.mark.parametrize(("_text", "field", "_said", "key"), MARKS)
def test_the_key_pressed_twice_still_marks_and_unmarks(qtbot, doc, undo, causes_board, _text,
                                                       field, _said, key):
    board = causes_board
    board.view.select("c")
    board.view.setFocus()
    qtbot.keyClick(board.view, key)
    assert getattr(doc.get("causes", "c"), field)
    qtbot.keyClick(board.view, key)
    assert not getattr(doc.get("causes", "c"), field) and undo.stack.count() == 2
