"""At 1366x768 the Plan board cut "First step" at "Agree a da…" and "How we'll know" was a
scroll away (the walkthrough's finding 12). Where every column fits at its narrowest, all of
Plan's columns now share the width, each wrapped; at 125% and 150% the five that say who
does what by when keep the room, and the last two are a scroll away as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.boards.board_columns import in_view, sideways_scroll
from tests.ui.boards.board_workshops import TODAY
from tests.ui.renders import save_render
from wtfc.ui.boards.plan import COLUMNS, PLAN_HEADING, STATUS_COLUMN, PlanBoard

FIRST_STEP = COLUMNS.index("First step")
HOW_WE_KNOW = COLUMNS.index("How we'll know")


@pytest.mark.parametrize(("width", "height"), [(1366 - 240, 700), (1366 - 240, 640),
                                                (1920 - 240, 1000)])
def test_every_plan_column_is_on_screen_on_a_laptop_and_a_big_screen(show, doc, undo, width,
                                                                     height):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=PLAN_HEADING), width, height)
    save_render(board, f"plan_board_every_column_{width}x{height}")
    for column in range(len(COLUMNS)):
        if not board.tree.isColumnHidden(column):
            assert in_view(board, column), COLUMNS[column]
    assert not sideways_scroll(board)
    # the first step's words are whole, wrapped in its column, never cut with "…"
    item = board.action_items()[0]
    rect = board.tree.visualItemRect(item)
    words = item.text(FIRST_STEP)
    metrics = board.tree.fontMetrics()
    width_for_words = board.tree.header().sectionSize(FIRST_STEP) - 8
    lines = metrics.boundingRect(0, 0, width_for_words, 10_000,
                                 Qt.TextFlag.TextWordWrap, words).height()
    assert lines <= rect.height()


@pytest.mark.parametrize("width", [857, 675])  # a 1366x768 laptop at 125% and at 150%
def test_where_they_cannot_all_fit_who_does_what_by_when_keeps_the_room(show, doc, undo, width):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=PLAN_HEADING), width, 600)
    assert in_view(board, STATUS_COLUMN)
    assert not in_view(board, HOW_WE_KNOW)  # a scroll to the right, at full width
    assert board.tree.header().sectionSize(FIRST_STEP) == 220


def test_back_from_narrow_to_wide_every_column_comes_back_into_view(qtbot, show, doc, undo):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=PLAN_HEADING), 857, 600)
    board.resize(1366 - 240, 700)  # the window made larger, or the scaling put back
    qtbot.waitUntil(lambda: in_view(board, HOW_WE_KNOW))
    assert in_view(board, FIRST_STEP) and in_view(board, STATUS_COLUMN)
