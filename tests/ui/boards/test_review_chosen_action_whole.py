"""At 150% on a 1366x768 laptop the chosen first action on the Review board was drawn whole
(291 px) in a table 267 px high: the end of its progress note ("system.") was below the foot,
and no key scrolls within a row. The table now makes room for the chosen row as it is drawn,
unfolded, and ↓/↑ bring each chosen action whole into sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.boards.test_review_folded_lines import SIZES, review_maker
from tests.ui.renders import save_render
from tests.ui.settled import settle


@pytest.fixture
def review_at(font_scaled, qtbot, tmp_path, monkeypatch):
    return review_maker(font_scaled, qtbot, tmp_path, monkeypatch)


def _in_sight(tree) -> bool:
    row = tree.visualItemRect(tree.currentItem())
    return row.top() >= 0 and row.bottom() < tree.viewport().height()


@pytest.mark.parametrize("size", SIZES)
def test_the_chosen_action_is_whole_at_150(review_at, qtbot, size):
    window, board = review_at(1.5, size)
    actions = board.action_tree
    actions.setFocus(Qt.FocusReason.TabFocusReason)
    actions.setCurrentItem(actions.topLevelItem(0))
    settle()
    first = actions.visualItemRect(actions.topLevelItem(0))
    assert first.height() <= actions.viewport().height() and _in_sight(actions), \
        (first, actions.viewport().height())
    save_render(window, f"review_chosen_action_{size[0]}_150")
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Up):
        qtbot.keyClick(actions, key)
        settle()
        assert _in_sight(actions), (actions.currentItem().text(0)[:30],
                                    actions.visualItemRect(actions.currentItem()),
                                    actions.viewport().height())
    assert board.themes.viewport().height() > 0  # the themes above keep their place


def test_choosing_an_action_does_not_fold_the_others_further(review_at, qtbot):
    """Only the heights follow the chosen row: the rows' folds stay as they were."""
    _window, board = review_at(1.5, (1366, 768))
    actions = board.action_tree
    most = actions.itemDelegate().most
    actions.setFocus(Qt.FocusReason.TabFocusReason)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(actions, key)
        settle()
        assert actions.itemDelegate().most == most


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_split_stays_put_while_arrowing_through_the_actions(review_at, qtbot, size, scale):
    """↓/↑ through last time's actions no longer moves the actions table up and down (at
    1024x768, 150%, its header dropped 52 px for a shorter action and came back for the next:
    code review K-2 F3); each chosen action is still whole in sight."""
    window, board = review_at(scale, size)
    actions, splitter = board.action_tree, board.heights.splitter
    actions.setFocus(Qt.FocusReason.TabFocusReason)
    actions.setCurrentItem(actions.topLevelItem(0))
    settle()
    split = splitter.sizes()
    for i in range(actions.topLevelItemCount() + 1):
        qtbot.keyClick(actions, Qt.Key.Key_Down if i < actions.topLevelItemCount() else
                       Qt.Key.Key_Up)
        settle()
        assert splitter.sizes() == split, (i, split, splitter.sizes())
        assert _in_sight(actions), i
    save_render(window, f"review_split_stays_{size[0]}_{int(scale * 100)}")
