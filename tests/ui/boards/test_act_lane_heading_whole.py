"""An owner group's heading ("Health (2)") was cut at the top of Act's list at 16 pt on a short
board (1366x768 at 125%) once ↓ chose its first action: the list scrolled just far enough to
show the action whole and left the heading's lower half above it, its words cut, even where
the heading and the action had room together. Now the chosen action's heading is whole where
both fit, and wholly scrolled away where they do not (the action is whole either way).

Maximised at 1366x768 (100%) the list was only ever as tall as the chosen action: the panel
under it took the rest, so each lane's first action by ↓ scrolled "Commissioners (3)" away.
The panel now leaves the heading room too while it keeps its least (three lines) and words
that fitted it whole still do (maximised with a taskbar, Act's two eight-line first actions
keep it away: the panel would be left 62 px)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import PlanBoard


def _heading_and_row(board: PlanBoard) -> tuple[int, int, int, int, int]:
    """(heading's top, its bottom, the chosen row's top, its bottom, the list's height)."""
    tree = board.tree
    item = tree.currentItem()
    heading, row = tree.visualItemRect(item.parent()), tree.visualItemRect(item)
    return heading.top(), heading.bottom(), row.top(), row.bottom(), tree.viewport().height()


@pytest.mark.parametrize("stage", [Stage.ACT, Stage.PLAN])
# 1366x768 at 125% (with and without a taskbar), at 100% in a window not maximised, and
# maximised (less the title bar and a taskbar, or the title bar alone: a taskbar that hides)
@pytest.mark.parametrize("size", [(1093, 580), (1093, 614), (1366, 600), (1366, 700),
                                  (1366, 728)])
def test_the_chosen_actions_heading_is_whole_or_away(demo_window, font_points, stage, size):
    font_points(16)
    demo_window.resize(*size)
    demo_window.go_to_stage(stage)
    board = demo_window.page(stage)
    assert isinstance(board, PlanBoard)
    tree = board.tree
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    lanes = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    for lane in [lane for lane in lanes if lane.childCount()]:
        tree.setCurrentItem(lane)
        QTest.keyClick(tree, Qt.Key.Key_Down)  # its first action
        settle()
        top, bottom, row_top, row_bottom, height = _heading_and_row(board)
        if top < 0 <= bottom:
            save_render(demo_window, f"lane_heading_cut_{stage.name}_{size[1]}")
        assert not top < 0 <= bottom, f"{lane.text(0)!r} cut at the top of the list"
        # the action whole, as before (its top in sight where it is taller than the list)
        assert row_top >= 0 and (row_bottom < height or row_top == 0)
        if row_bottom - (row_top - (bottom - top + 1)) < height:  # room for both
            assert top >= 0, f"{lane.text(0)!r} scrolled away with room for it"
        details = board.details
        if top < 0 and details.isVisible():  # away: the panel had no room to give it
            least = 3 * details.fontMetrics().lineSpacing()  # a name and its words
            left = details.height() - (bottom - top + 1)  # the panel, were the heading in
            assert left < least or left < details.content_height() <= details.height(), \
                f"{lane.text(0)!r} scrolled away for a panel with room to spare"
