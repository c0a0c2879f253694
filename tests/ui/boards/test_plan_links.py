"""What each action answers on the Plan and Act boards: its theme and, when linked, the cause
on the why-tree it tackles and the success statement it aims at. The links were kept in the
file but shown nowhere, so a facilitator could not see why an action was there."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import TODAY
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.causes import edit_cause
from wtfc.model.operations.success import edit_success
from wtfc.ui.boards.plan import (
    ACT_HEADING,
    ID_ROLE,
    PLAN_HEADING,
    STATUS_COLUMN,
    THEME_COLUMN,
    PlanBoard,
)


def _board(show, doc, undo, *, act=False, width=1600, height=720) -> PlanBoard:
    heading = ACT_HEADING if act else PLAN_HEADING
    return show(PlanBoard(doc, undo, today=lambda: TODAY, heading=heading), width, height)


def _row(board, action_id):
    return next(i for i in board.action_items() if i.data(0, ID_ROLE) == action_id)


@pytest.mark.parametrize("act", [False, True])
def test_each_action_says_which_cause_and_success_it_answers(show, doc, undo, act):
    board = _board(show, doc, undo, act=act)
    assert board.tree.headerItem().text(THEME_COLUMN) == "Answers"
    linked = _row(board, "x1")
    assert linked.text(THEME_COLUMN).split("\n") == [
        "Priority 1: I feel like a package, not a person",
        "Because: Contracts pay by the minute, not by outcome",
        "So people can say: “We buy outcomes, not minutes”"]
    # the whole words, the success with its perspective, where the cell is cut with "…"
    assert linked.toolTip(THEME_COLUMN).split("\n")[2] == \
        "So commissioners can say: “We buy outcomes, not minutes”"
    assert _row(board, "x3").text(THEME_COLUMN) == "Priority 2: I never know who is coming or when"
    save_render(board, f"{'act' if act else 'plan'}_board_answers")


def test_a_cause_or_success_reworded_on_its_board_is_reworded_on_the_plan(show, doc, undo):
    board = _board(show, doc, undo)
    undo.push(edit_cause(doc, cause_id="b", text="Contracts buy minutes"))
    undo.push(edit_success(doc, success_id="s-co", text="We buy what matters to people"))
    assert _row(board, "x1").text(THEME_COLUMN).split("\n")[1:] == [
        "Because: Contracts buy minutes", "So people can say: “We buy what matters to people”"]
    undo.stack.undo()
    undo.stack.undo()
    assert "Because: Contracts pay by the minute" in _row(board, "x1").text(THEME_COLUMN)
    undo.stack.redo()
    assert "Because: Contracts buy minutes" in _row(board, "x1").text(THEME_COLUMN)


@pytest.mark.parametrize(("width", "height"), [(1126, 700), (857, 595), (675, 581)])
def test_on_a_laptop_at_100_125_and_150_percent_the_answers_share_the_width(
        show, doc, undo, width, height):
    """The columns up to the status share the board's width: what an action answers is in
    view beside it, and the status is not pushed past the edge."""
    board = _board(show, doc, undo, width=width, height=height)
    header = board.tree.header()
    for column in (THEME_COLUMN, STATUS_COLUMN):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= board.tree.viewport().width()
    assert header.sectionSize(THEME_COLUMN) >= 90


def test_an_action_on_a_cause_not_agreed_to_address_says_so(show, doc, undo):
    """Marking a cause no longer agreed on the why-tree changed nothing on the plan: the
    action still read as if it tackled an agreed cause."""
    board = _board(show, doc, undo)
    assert _row(board, "x2").text(THEME_COLUMN).split("\n")[1] == \
        "⚠ Because (cause not agreed): Training covers tasks, not getting to know people"
    assert "(we have not agreed to act on this cause)" in _row(board, "x2").toolTip(THEME_COLUMN)
    agreed = "Because: Contracts pay by the minute, not by outcome"
    assert agreed in _row(board, "x1").text(THEME_COLUMN)
    undo.push(edit_cause(doc, cause_id="b", agreed=False))  # as A on the why-tree does
    assert "Because (cause not agreed): Contracts pay" in _row(board, "x1").text(THEME_COLUMN)
    undo.stack.undo()
    assert agreed in _row(board, "x1").text(THEME_COLUMN)
    undo.stack.redo()
    assert "Because (cause not agreed): Contracts pay" in _row(board, "x1").text(THEME_COLUMN)


def _painted(board, action_id) -> str:
    """The words the Answers cell paints (cut to the lines its row has)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    tree = board.tree
    index = tree.indexFromItem(_row(board, action_id), THEME_COLUMN)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text.replace("\u2028", "\n")


def test_with_one_theme_shown_its_name_is_not_on_every_row(show, doc, undo):
    """The Show box names the theme: the first line of every row's Answers said it again."""
    board = _board(show, doc, undo)
    board.theme_filter.setCurrentIndex(board.theme_filter.findData("package"))
    assert _row(board, "x1").text(THEME_COLUMN).split("\n") == [
        "Because: Contracts pay by the minute, not by outcome",
        "So people can say: “We buy outcomes, not minutes”"]
    assert _row(board, "x1").toolTip(THEME_COLUMN).split("\n")[0] == \
        "Priority 1: I feel like a package, not a person"  # whole, for the one who asks


@pytest.mark.parametrize(("width", "height"), [(857, 595), (675, 581)])
def test_at_125_and_150_percent_the_answers_wrap_and_keep_the_not_agreed_mark(
        show, doc, undo, width, height):
    """Cut to one line each, the cell said "Tackles (cause …" and "Tackles: Contra…" (the
    words then): the mark and the cause were lost where the column is narrow."""
    board = _board(show, doc, undo, width=width, height=height)
    board.theme_filter.setCurrentIndex(board.theme_filter.findData("package"))
    painted = _painted(board, "x2").split("\n")
    assert painted[0].startswith("⚠ Because (cause not agreed): Training covers")
    assert _painted(board, "x1").startswith("Because: Contracts pay by the")
    save_render(board, f"plan_board_answers_{width}")
    # the lines the row takes for its other words, or a few for the links' first words:
    # wrapped whole they were ten lines at 150%
    tree = board.tree
    for action_id in ("x1", "x2"):
        item = _row(board, action_id)
        others = max(tree.itemDelegateForIndex(index).sizeHint(_option(tree), index).height()
                     for column in range(tree.columnCount()) if column != THEME_COLUMN
                     and not tree.isColumnHidden(column)
                     for index in [tree.indexFromItem(item, column)])
        line = tree.fontMetrics().lineSpacing()
        assert tree.visualItemRect(item).height() <= max(others, 6 * line + 6)


def _option(tree):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    return option


def test_a_column_dragged_wider_stays_when_a_scroll_bar_comes(qtbot, show, doc, undo):
    """The columns were shared out again whenever the list's scroll bars came or went: a
    column dragged wider brought a sideways scroll bar and was put back at once."""
    board = _board(show, doc, undo)
    board.tree.header().resizeSection(0, 900)
    settle()
    assert board.tree.horizontalScrollBar().maximum() > 0
    assert board.tree.header().sectionSize(0) == 900
