"""At 1366×768 the Review board showed one of 12 theme rows and two of 13 actions: each action
wrapped to five to nine lines beside what had happened so far. Where they would not fit, the
rows fold now (each cell to three lines, then two, "…"; what has happened so far keeps a line of
its own), so three themes and ``ACTIONS_IN_SIGHT`` actions are whole; the chosen row (↓ or a
click) is whole, and each cell's words stay whole for a screen reader and in its tooltip. A
1920×1080 screen that has the room keeps them whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from tests.ui.boards.board_window import settle
from tests.ui.renders import save_render
from tests.ui.shown_words import as_shown
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.review_fold import FoldedColumnsDelegate, cut
from wtfc.ui.boards.review_split import ACTIONS_IN_SIGHT, THEMES_IN_SIGHT

NOTE = ("Twelve of the twenty one-page profiles are written, each with the person. The matching "
        "tool is on trial in Riverside; the other two areas start in the new year once the "
        "providers have trained their coordinators.")


def _spring(tmp_path):
    """Last time: the demo's themes under other names (matched by their cards), each action
    with a long note of what had happened, as after six months of checking on 7 Act."""
    ws = load_workshop(demo_path()).workshop
    themes = [t.model_copy(update={"name": f"{t.name} (as said in spring)"}) for t in ws.themes]
    actions = [a.model_copy(update={"progress_note": NOTE}) for a in ws.actions]
    path = tmp_path / "spring.wtfc"
    save_workshop(ws.model_copy(update={"themes": themes, "actions": actions}), path)
    return path


def _whole(tree: QTreeWidget) -> int:
    bottom = tree.viewport().height()
    rows = (tree.visualItemRect(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount()))
    return sum(r.top() >= 0 and r.bottom() < bottom for r in rows)


def _board(window, qtbot, tmp_path, size):
    window.resize(*size)
    window.go_to_stage(Stage.REVIEW)
    board = window.page(Stage.REVIEW)
    assert board.load_previous(_spring(tmp_path))
    qtbot.waitExposed(window)
    settle(qtbot)
    return board


def test_a_1366_laptop_folds_the_rows_so_three_themes_and_four_actions_are_whole(
        demo_window, qtbot, tmp_path):
    board = _board(demo_window, qtbot, tmp_path, (1366, 768))
    save_render(demo_window, "review_board_folded_1366")
    actions = board.action_tree
    assert actions.topLevelItemCount() == 13 and board.themes.topLevelItemCount() >= 10
    assert _whole(board.themes) >= THEMES_IN_SIGHT
    assert _whole(actions) >= ACTIONS_IN_SIGHT
    delegate = actions.itemDelegate()
    assert isinstance(delegate, FoldedColumnsDelegate) and delegate.most in (2, 3)
    first = actions.topLevelItem(0)
    folded = actions.visualItemRect(first).height()
    # the words stay whole for a screen reader and in the tooltip, only the painting is cut
    assert first.text(0).endswith(NOTE) and as_shown(first.toolTip(0)).endswith(NOTE)
    assert all(first.toolTip(c) for c in range(actions.columnCount()))
    theme = board.themes.topLevelItem(0)
    assert [theme.toolTip(c) for c in range(6)][3:] == [theme.text(c) for c in range(3, 6)]
    actions.setFocus()
    actions.setCurrentItem(first)  # chosen: whole
    settle(qtbot)
    assert actions.visualItemRect(first).height() > folded
    save_render(demo_window, "review_board_folded_chosen_1366")
    qtbot.keyClick(actions, Qt.Key.Key_Down)  # the next one is whole, the first folds again
    settle(qtbot)
    assert actions.visualItemRect(first).height() == folded
    second = actions.visualItemRect(actions.topLevelItem(1))
    assert second.height() > folded and second.top() >= 0  # scrolled to its first line


def test_a_1920_screen_keeps_more_of_them_whole(demo_window, qtbot, tmp_path):
    board = _board(demo_window, qtbot, tmp_path, (1920, 1080))
    save_render(demo_window, "review_board_folded_1920")
    assert _whole(board.themes) >= THEMES_IN_SIGHT
    assert _whole(board.action_tree) >= ACTIONS_IN_SIGHT
    assert board.action_tree.itemDelegate().most in (0, 3)


def test_the_demo_at_1920_is_not_folded(demo_window, qtbot):
    from wtfc.model.demo import demo_previous_path

    demo_window.resize(1920, 1080)
    demo_window.go_to_stage(Stage.REVIEW)
    board = demo_window.page(Stage.REVIEW)
    assert board.load_previous(demo_previous_path())
    settle(qtbot)
    assert board.themes.itemDelegate().most == 0 and board.action_tree.itemDelegate().most == 0


@pytest.mark.parametrize("most", [1, 2, 3])
def test_a_cut_keeps_whole_words_and_gives_so_far_a_line_of_its_own(qtbot, most):
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    text = f"Write a one-page profile with each person and use a matching tool\nSo far: {NOTE}"
    width = metrics.horizontalAdvance("Write a one-page profile with")
    folded = cut(text, metrics, width, most)
    assert folded.endswith("…")
    words = set(text.replace("\n", " ").split())
    lines = folded.split("\u2028")  # a view's line break
    assert all(w.rstrip("…") in words for w in " ".join(lines).split() if w != "…")
    if most >= 2:
        assert lines[1].startswith("So far:")
    assert cut("Short", metrics, width, most) == "Short"
