"""What a screen reader hears on Review (review 29 R2 #3 #6 #10, A2 #1 #3 #6): each theme with
its kind, change and counts in words, each of last time's actions with its status, the summary
in words with the themes list the keyboard lands in (with no last time's file, with the button
that opens it), Tab through the page before the stage panel; and Root causes' "Fold ›" named
in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.boards.board_workshops import TODAY, previous_file
from tests.ui.renders import save_render
from wtfc.model.demo import demo_previous_path
from wtfc.model.workshop import Stage
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


def _focus_heard() -> str:
    """What a reader gets of the widget with the keyboard: its name and description, and its
    focused child's (a tab bar's tab, a list's row)."""
    widget = QAccessible.queryAccessibleInterface(QApplication.focusWidget())
    child = widget.focusChild()
    parts = [widget] + ([child] if child is not None and child.object() is not widget.object()
                        else [])
    return " | ".join(f"{p.text(QAccessible.Text.Name)}: {p.text(QAccessible.Text.Description)}"
                      for p in parts)


def test_review_summary_is_said_with_the_themes_list(qtbot, show, doc, undo, tmp_path):
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    show(board, 1500, 800)
    board.load_previous(previous_file(tmp_path))
    assert focus_target(board) is board.themes
    described = board.themes.accessibleDescription()
    assert described.startswith("Compared with “Spring review 2024”")
    assert "1 grew (said more often)" in described and "▲" not in described  # in words
    assert described.endswith("Themes: what changed")
    save_render(board, "review_rows_said")


def test_with_no_last_time_s_file_the_keyboard_lands_where_the_summary_is_heard(qtbot,
                                                                                 demo_window):
    """A new workshop on Review: the keyboard landed on the tab bar, which says no description,
    so "Open last time's workshop file to see…" was never heard (review 29 A2 #1). It lands on
    the button that opens the file, which says it."""
    demo_window.files.new()
    demo_window.go_to_stage(Stage.REVIEW, focus=True)
    board = demo_window.page(Stage.REVIEW)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is board.open_button)
    # the page's heading first, as the keyboard arrives (test_page_heading_said.py)
    assert _focus_heard().startswith("Open last time's workshop: 8 Review: what has changed "
                                     "since last time? Open last time's workshop file to see "
                                     "which themes people said more or less often")
    save_render(demo_window, "review_no_file_focus")
    board.load_previous(demo_previous_path())  # then the themes list says it, the button not
    demo_window.go_to_stage(Stage.PLAN)
    demo_window.go_to_stage(Stage.REVIEW, focus=True)
    qtbot.waitUntil(lambda: board.themes.hasFocus())
    assert "Compared with" in _focus_heard()
    assert "Compared with" not in board.open_button.accessibleDescription()


def test_tab_goes_through_the_page_before_the_stage_panel(qtbot, demo_window):
    """As on the other boards: the lists, then the tab bar and "Open last time's workshop…"
    above them, then the stage panel; the tabs came after the stage panel (review 29 A2 #3)."""
    demo_window.go_to_stage(Stage.REVIEW, focus=True)
    board = demo_window.page(Stage.REVIEW)
    assert board.previous is not None  # the demo comes with last time's file
    qtbot.waitUntil(lambda: board.themes.hasFocus())
    reached = [QApplication.focusWidget()]
    while len(reached) < 12 and board.isAncestorOf(QApplication.focusWidget()):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:4] == [board.themes, board.action_tree, board.tabs.tabBar(),
                           board.open_button]
    assert reached[4].accessibleName() == "Workshop stages"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is board.open_button  # and back
    for _ in range(9):  # round the stage panel and back into the page, at its lists
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if board.isAncestorOf(QApplication.focusWidget()):
            break
    assert QApplication.focusWidget() is board.themes
    board.tabs.setCurrentIndex(1)  # Looking back: the tab bar, the button, then its boxes
    demo_window.go_to_stage(Stage.PLAN)
    demo_window.go_to_stage(Stage.REVIEW, focus=True)
    qtbot.waitUntil(lambda: board.tabs.tabBar().hasFocus())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is board.open_button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().accessibleName() == "What went well"


def test_fold_is_named_in_words(qtbot, causes_board):
    button = causes_board.teams.fold.fold_button
    assert button.text() == "Fold ›"  # as it shows
    assert button.accessibleName() == "Fold the Teams panel"
