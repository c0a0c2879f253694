"""What a screen reader hears of the Plan and Act rows' Answers cell (session 29's leftover 2):
only the first column is read, so with Show: All themes nothing said which theme a row was
for, nor (with any theme shown) the cause it tackles and the success statement it aims at.
They are said after the row's own words, as its description, as the cell says them."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.ui.boards.board_workshops import TODAY
from wtfc.model.operations.actions import edit_action
from wtfc.ui.boards.plan import ACT_HEADING, PlanBoard

X1 = ("Pilot outcome-based home care contracts. Not started. Commissioning team, by 30 "
      "September 2025")
X1_LINKS = ("Because: Contracts pay by the minute, not by outcome. So people can say: “We buy "
            "outcomes, not minutes”")


def _heard(board: PlanBoard, action_id: str) -> tuple[str, str]:
    """The row of ``action_id`` as a screen reader gets it, arrowed to: its name, then its
    description."""
    board.select_action(action_id)
    child = QAccessible.queryAccessibleInterface(board.tree).focusChild()
    assert child is not None
    return child.text(QAccessible.Text.Name), child.text(QAccessible.Text.Description)


def _board(show, doc, undo, *, theme: str | None = None, heading=None) -> PlanBoard:
    """A board showing every theme, or only ``theme`` (chosen before a reader asks: Qt keeps
    the rows a reader has asked for until an active one is told of the change)."""
    extra = {"heading": heading} if heading else {}
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, **extra), 1400, 700)
    if theme is not None:
        board.theme_filter.setCurrentIndex(board.theme_filter.findData(theme))
        assert board.theme_filter.currentData() == theme
    board.tree.setFocus()
    return board


def test_with_every_theme_shown_a_row_says_its_theme_and_links(qtbot, show, doc, undo):
    board = _board(show, doc, undo)
    assert board.theme_filter.currentData() is None  # Show: All themes
    assert _heard(board, "x1") == (
        X1, f"Priority 1: I feel like a package, not a person. {X1_LINKS}")
    # a cause not agreed: in words, not "⚠"; a row with no links still says its theme
    assert _heard(board, "x2")[1] == ("Priority 1: I feel like a package, not a person. "
                                      "Because (cause not agreed): Training covers tasks, not "
                                      "getting to know people.")
    assert _heard(board, "x3")[1] == "Priority 2: I never know who is coming or when."


def test_with_one_theme_shown_a_row_says_what_its_cell_says(qtbot, show, doc, undo):
    """The Show box names the theme, so the cell leaves it out, and so does the row."""
    board = _board(show, doc, undo, theme="package")
    assert _heard(board, "x1") == (X1, X1_LINKS)
    other = _board(show, doc, undo, theme="who")
    assert _heard(other, "x3")[1] == ""  # its cell is empty: nothing after the row's words


def test_the_words_follow_a_changed_link_undo_and_redo_on_act(qtbot, show, doc, undo):
    board = _board(show, doc, undo, heading=ACT_HEADING)
    undo.push(edit_action(doc, action_id="x1", cause_id=None))
    assert _heard(board, "x1")[1] == ("Priority 1: I feel like a package, not a person. So "
                                      "people can say: “We buy outcomes, not minutes”")
    undo.stack.undo()
    assert _heard(board, "x1")[1].endswith(X1_LINKS)
    undo.stack.redo()
    assert "Because" not in _heard(board, "x1")[1]
