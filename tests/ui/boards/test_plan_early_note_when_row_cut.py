"""Every column in view but the chosen early action's row taller than the list (a wide, short
window at a large font): the row's last line, "⚠ By 1 Oct 2026 is before this workshop…", is
cut at the list's foot, so the panel under the list says it, alone (review 35 R5-1's rule: the
panel is shown for the note where the row cannot fit, not only where a column is away)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.test_plan_early_action_panel import _saying
from tests.ui.boards.test_plan_early_action_row import DAY, NOTE
from tests.ui.settled import settle
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import Stage


@pytest.mark.parametrize(("width", "height", "points"), [(1900, 420, 16)])
def test_the_note_is_shown_alone_where_the_row_is_taller_than_the_list(
        demo_window, font_points, width, height, points):
    font_points(points)
    demo_window.resize(width, height)
    demo_window.undo.push(edit_action(demo_window.doc, action_id="a03",
                                      by_when=dt.date(2026, 10, 1), today=DAY))
    demo_window.go_to_stage(Stage.PLAN)
    board = demo_window.page(Stage.PLAN)
    board.select_action("a03")
    board.tree.setFocus()
    settle()
    item = board.tree.currentItem()
    assert board.tree.visualItemRect(item).height() > board.tree.viewport().height()
    assert board.details.names == ()  # every column in view: the note alone
    [note] = _saying(board, NOTE)
    seen = note.visibleRegion().boundingRect()
    assert seen.height() == note.height() and seen.width() == note.width()
