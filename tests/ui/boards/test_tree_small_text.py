"""Every word on the facilitator's why-tree opens at 12 px or more, the app's floor: the tree
set its opening zoom by its 17 px body text, so at 1366×768 on the demo its 14 px marks
("◎ Root cause"), the theme's counts and the "Category:" and "Team:" lines opened at about
11.7 px. It now zooms by its smallest words, and its rows wrap so nothing scrolls sideways."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_window import root_causes_at, settle
from tests.ui.renders import save_render
from wtfc.ui.boards.why_tree_sight import READABLE_PX


@pytest.mark.parametrize("size", [(911, 512), (1366, 768)])
def test_the_smallest_words_on_the_tree_open_at_12_px(demo_window, qtbot, size):
    """Each priority's tree in turn, as the selector chooses it, in one window at this size
    (a window each cost ~0.2 s to open and lay out; the tree's zoom is set by the theme)."""
    board = root_causes_at(demo_window, qtbot, size)
    for rank in (1, 2, 3):
        theme = next(t for t in board.doc.workshop.themes if t.priority.rank == rank)
        board.selector.select_theme(theme.id)
        settle(qtbot)
        view, style = board.view, board.scene.tree_style
        assert style.categories and style.teams, rank  # "Category:" and "Team:" lines drawn
        smallest = min(style.text_px, style.small_px)
        assert smallest * view.transform().m11() >= READABLE_PX - 0.01, rank
        assert view.horizontalScrollBar().maximum() == 0, rank  # nothing to scroll sideways
        save_render(demo_window, f"why_tree_small_text_{size[0]}_priority_{rank}")
