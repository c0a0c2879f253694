"""Root causes' heading keeps its line without taking the left panel's width.

Opening Root causes at 1366×768 narrowed the left panel (stage list, timer, notes) from 230 px
to 179 px for the rest of the session: the heading held to its words' width made the page
1,206 px at least, and the window took the difference from the panel, so "⚠ 1 h 5 min over"
broke over two lines in the timer on every page after.
"""

from __future__ import annotations

import pytest

from tests.ui.boards.board_window import settle
from wtfc.model.workshop import Stage
from wtfc.ui.boards.heading_row import HeadingRow

SIZES = [(1366, 768), (911, 512)]


@pytest.mark.parametrize("size", SIZES)
def test_the_left_panel_keeps_its_width_after_root_causes(demo_window, qtbot, size):
    window = demo_window
    window.resize(*size)
    window.go_to_stage(Stage.PREPARE)
    qtbot.waitExposed(window)
    settle(qtbot)
    before = window.stage_side.width()
    assert before == window.stage_side.maximumWidth()  # the list's own width, nothing taken

    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    board = tabs.causes
    tabs.setCurrentWidget(board)
    settle(qtbot)
    assert window.stage_side.width() == before
    # the heading still has its one line: beside the Theme box at 1366, above it at 911
    title, selector = board.title, board.selector
    assert title.height() < 2 * title.fontMetrics().lineSpacing()
    row = board.findChild(HeadingRow)
    assert row.stacked() == (size[0] < 1000)
    assert selector.width() >= 200 and selector.isVisible()

    window.go_to_stage(Stage.PREPARE)
    settle(qtbot)
    assert window.stage_side.width() == before


def test_a_heading_beside_its_chooser_raises_no_minimum_width(demo_window, qtbot):
    window = demo_window
    window.resize(1366, 768)
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    qtbot.waitExposed(window)
    settle(qtbot)
    row = tabs.causes.findChild(HeadingRow)
    assert not row.stacked()
    # the page asks no more than the window has beside the panel
    assert tabs.minimumSizeHint().width() + window.stage_side.width() < window.width()
    assert row.minimumSizeHint().width() < row.width()
