"""At 16 pt an action dated before the workshop had its row's last line, "⚠ By 1 Oct 2026 is
before this workshop (12 Nov 2026).", cut at the list's foot where the row is taller than the
list (Act at 1366x768, Plan and Act at 1024x768), and no key brought it in: the facilitator on
the laptop saw "⚠ Late" and never why (review 35 R5-1). The panel under the list says it too,
whole, while that action is chosen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.boards.test_plan_early_action_row import DAY, NOTE
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import Stage


@pytest.mark.parametrize(("stage", "width"), [(Stage.ACT, 1366), (Stage.ACT, 1024),
                                              (Stage.PLAN, 1024)])
def test_the_early_note_is_whole_under_the_list_at_16_points(demo_window, font_points,
                                                              stage, width):
    font_points(16)
    demo_window.resize(width, 738)  # maximised on a laptop, less the title bar
    demo_window.undo.push(edit_action(demo_window.doc, action_id="a03",
                                      by_when=dt.date(2026, 10, 1), today=DAY))
    demo_window.go_to_stage(stage)
    board = demo_window.page(stage)
    board.select_action("a03")
    board.tree.setFocus()
    settle()
    save_render(demo_window, f"{stage.value}_early_note_panel_16pt_{width}")
    [note] = _saying(board, NOTE)
    seen = note.visibleRegion().boundingRect()
    assert seen.height() == note.height() and seen.width() == note.width()  # whole, in sight
    board.select_action("a01")  # not early: not said
    settle()
    assert _saying(board, "before this workshop") == []


def test_not_shown_for_the_note_alone_where_the_row_is_whole(demo_window):
    """Every column in view (a big screen): the row says it whole, and the list does not
    shrink and grow going by that action."""
    demo_window.resize(1900, 1000)
    demo_window.undo.push(edit_action(demo_window.doc, action_id="a03",
                                      by_when=dt.date(2026, 10, 1), today=DAY))
    demo_window.go_to_stage(Stage.PLAN)
    board = demo_window.page(Stage.PLAN)
    board.select_action("a03")
    settle()
    assert board.details.names == () and board.details.isHidden()


def _saying(board, words: str) -> list[QLabel]:
    """The board's labels on screen that show ``words``."""
    return [label for label in board.findChildren(QLabel)
            if label.isVisible() and words in label.text()]
