"""What a screen reader hears on Review (review 29 R2 #3 #6 #10): each theme with its kind,
change and counts in words, each of last time's actions with its status, the summary with the
themes list the keyboard lands in; and Root causes' "Fold ›" named in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.boards.board_workshops import TODAY, previous_file
from tests.ui.renders import save_render
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.pages import focus_target

SAID = Qt.ItemDataRole.AccessibleTextRole


def _heard(tree) -> str:
    """The focused row as a screen reader gets it: the view's focused child's name."""
    child = QAccessible.queryAccessibleInterface(tree).focusChild()
    return child.text(QAccessible.Text.Name) if child is not None else ""


def _review(qtbot, show, doc, undo, tmp_path) -> ReviewBoard:
    board = show(ReviewBoard(doc, undo, today=lambda: TODAY), 1500, 800)
    assert board.load_previous(previous_file(tmp_path))
    return board


def _rows_said(tree, column: int) -> dict[str, str]:
    """Each row's words as heard, by the words in ``column`` (its first line)."""
    return {tree.topLevelItem(r).text(column).split("\n")[0]: tree.topLevelItem(r).data(0, SAID)
            for r in range(tree.topLevelItemCount())}


def test_review_rows_say_the_theme_its_kind_change_and_counts(qtbot, show, doc, undo,
                                                               tmp_path):
    board = _review(qtbot, show, doc, undo, tmp_path)
    said = _rows_said(board.themes, 2)
    grew = said["Priority 2 · was priority 2 · I never know who is coming or when"]
    assert grew == ("Priority 2, was priority 2, I never know who is coming or when (Not "
                    "working): more people said this. Cards: 2 then, 4 now. People: 2 people "
                    "then, 4 now.")
    assert said["I can't get out"].startswith("I can't get out (Not working): gone this time.")
    assert all("▲" not in words and "▼" not in words and "○" not in words
               for words in said.values())
    board.themes.setFocus()
    board.themes.setCurrentItem(board.themes.topLevelItem(0))
    assert _heard(board.themes) == board.themes.topLevelItem(0).data(0, SAID)


def test_review_actions_say_their_status(qtbot, show, doc, undo, tmp_path):
    board = _review(qtbot, show, doc, undo, tmp_path)
    said = _rows_said(board.action_tree, 0)
    assert said["Pilot outcome-based home care contracts"] == (
        "Pilot outcome-based home care contracts: late, not started. Commissioners, "
        "Commissioning team, by 1 October 2024.")
    assert said["Send a weekly rota letter to each person"].startswith(
        "Send a weekly rota letter to each person: done. Providers, Home care leads")


def test_review_summary_is_said_with_the_themes_list(qtbot, show, doc, undo, tmp_path):
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    show(board, 1500, 800)
    assert board.themes.accessibleDescription().startswith("Open last time's workshop file")
    # with no last time's file the keyboard lands on the tabs: they say it
    assert focus_target(board) is board.tabs
    assert board.tabs.accessibleDescription().startswith("Open last time's workshop file")
    board.load_previous(previous_file(tmp_path))
    assert not board.tabs.accessibleDescription()  # said with the themes list instead
    described = board.themes.accessibleDescription()
    assert described.startswith("Compared with “Spring review 2024”")
    assert "1 grew" in described and described.endswith("Themes: what changed")
    save_render(board, "review_rows_said")


def test_fold_is_named_in_words(qtbot, causes_board):
    button = causes_board.teams.fold.fold_button
    assert button.text() == "Fold ›"  # as it shows
    assert button.accessibleName() == "Fold the Teams panel"
