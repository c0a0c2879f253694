"""Plan and Act with 150 actions: opening the board took 25 s, widening the window 12 s, Space
1.5 s and Ctrl+Z 2.4 s, because every column width set laid every row out again and each
layout measured each Answers cell word by word. The rows are now laid out once the columns
have their widths, a cell's measures are kept, and Space or Ctrl+Z draws only the row whose
action changed, as it now is (its "⚠ Late" mark and tint gone or back), the chosen row in
sight. Counted, not timed: the counts do not depend on how busy the machine is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from benchmarks.bench_plan import TODAY, _workshop
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING, STATUS_COLUMN, PlanBoard
from wtfc.ui.boards.plan_answers import cut_to_lines
from wtfc.ui.boards.plan_columns import OVERDUE_ROLE, PlanTree
from wtfc.ui.undo import UndoAdapter


def _board(qtbot, heading=PLAN_HEADING, width=1366):
    doc = Document(_workshop())
    undo = UndoAdapter(doc)
    board = PlanBoard(doc, undo, today=lambda: TODAY, heading=heading)
    qtbot.addWidget(board)
    board.resize(width, 700)
    board.show()
    qtbot.waitExposed(board)
    settle()
    return board, doc, undo


def _late(doc):
    return next(a for a in doc.workshop.actions if a.by_when and a.by_when < TODAY
                and a.status == ActionStatus.NOT_STARTED)


def _row(board, action_id):
    return next(item for item in board.action_items() if item.data(0, Qt.ItemDataRole.UserRole)
                == action_id)


def _layouts(monkeypatch, tree: PlanTree) -> list[int]:
    """Each time ``tree``'s rows are all laid out from now on (Qt calls the Python method
    looked up on the object, not on its class, once it is made)."""
    counted: list[int] = []
    real = PlanTree.doItemsLayout

    def counting():
        counted.append(1)
        real(tree)

    monkeypatch.setattr(tree, "doItemsLayout", counting)
    return counted


@pytest.mark.parametrize("heading", [PLAN_HEADING, ACT_HEADING])
def test_widening_the_window_lays_the_rows_out_once_or_twice_not_once_a_column(
        qtbot, monkeypatch, heading):
    board, _doc, _undo = _board(qtbot, heading, width=1000)
    layouts = _layouts(monkeypatch, board.tree)
    board.resize(1900, 700)
    settle()
    assert 1 <= len(layouts) <= 3  # (each of the columns was a layout: 15 as Plan opened)
    row = board.tree.visualItemRect(board.action_items()[0])
    assert row.height() > board.tree.fontMetrics().lineSpacing()  # wrapped, not one line


def test_space_and_ctrl_z_draw_the_one_row_again_with_its_late_mark_gone_and_back(
        qtbot, monkeypatch):
    board, doc, undo = _board(qtbot)
    action = _late(doc)
    board.select_action(action.id)
    item = _row(board, action.id)
    others = board.action_items()
    scrolled = board.tree.verticalScrollBar().value()
    assert item.data(0, OVERDUE_ROLE) and item.font(STATUS_COLUMN).bold()
    layouts = _layouts(monkeypatch, board.tree)

    assert board.advance_status()
    settle()
    assert item.text(STATUS_COLUMN) == "⚠ Late: started"  # still late
    assert board.advance_status()
    settle()
    assert not layouts  # the board was not laid out again…
    assert board.action_items() == others  # …nor rebuilt: the same rows
    assert board.tree.currentItem() is item
    assert board.tree.verticalScrollBar().value() == scrolled
    assert item.text(STATUS_COLUMN).startswith("✔ Done, ")  # "…, 5 weeks late": after its date
    assert not item.data(0, OVERDUE_ROLE)  # not late: no "⚠ Late —" before its words…
    option = QStyleOptionViewItem()
    board.tree.itemDelegateForIndex(board.tree.currentIndex()).initStyleOption(
        option, board.tree.currentIndex())
    assert not option.text.startswith("⚠")
    assert item.background(0).style() == Qt.BrushStyle.NoBrush  # …no tint, no bold status
    assert not item.data(STATUS_COLUMN, Qt.ItemDataRole.FontRole)
    said = item.data(0, Qt.ItemDataRole.AccessibleTextRole)  # a reader hears it done, not late
    assert not said.startswith("Late") and ". Done, " in said  # "Done, 5 weeks late. "
    save_render(board, "plan_big_space_redraws_its_row")

    undo.stack.undo()
    settle()
    assert board.action_items() == others
    assert item.text(STATUS_COLUMN) == "⚠ Late: started"
    assert item.data(0, OVERDUE_ROLE) and item.font(STATUS_COLUMN).bold()
    assert item.background(0).style() != Qt.BrushStyle.NoBrush
    assert item.data(0, Qt.ItemDataRole.AccessibleTextRole).startswith("Late — ")
    # heard as the status cell shows it, not as just "In progress"
    assert ". Late, started. " in item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert doc.get("actions", action.id).status == ActionStatus.IN_PROGRESS


def test_an_edit_that_moves_an_action_to_another_lane_draws_the_board_again(qtbot):
    board, doc, undo = _board(qtbot)
    action = doc.workshop.actions[5]
    other = next(r for r in type(action.role) if r != action.role)
    undo.push(edit_action(doc, action_id=action.id, role=other))
    assert action.id in [board.lane(other).child(c).data(0, Qt.ItemDataRole.UserRole)
                         for c in range(board.lane(other).childCount())]
    assert board.lane(other).text(0).endswith(f"({board.lane(other).childCount()})")


def test_a_row_grown_by_an_edit_stays_whole_in_sight(qtbot):
    board, doc, undo = _board(qtbot)
    tree = board.tree
    area = tree.viewport().rect()
    whole = [i for i in board.action_items() if tree.visualItemRect(i).bottom() <= area.bottom()]
    foot = max(whole, key=lambda i: tree.visualItemRect(i).bottom())  # the last whole row
    action_id = foot.data(0, Qt.ItemDataRole.UserRole)
    board.select_action(action_id)
    words = " ".join(["Ask every person what matters to them and write it down"] * 4)
    undo.push(edit_action(doc, action_id=action_id, what=words))
    settle()
    row = tree.visualItemRect(_row(board, action_id))
    assert row.height() > 3 * tree.fontMetrics().lineSpacing()
    assert area.top() <= row.top() and row.bottom() <= area.bottom()


def test_with_one_theme_shown_a_row_drawn_again_does_not_name_the_theme(qtbot):
    board, doc, _undo = _board(qtbot)
    action = _late(doc)
    board.theme_filter.setCurrentIndex(board.theme_filter.findData(action.theme_id))
    board.select_action(action.id)
    before = _row(board, action.id).text(1)
    assert board.advance_status()
    assert _row(board, action.id).text(1) == before
    assert not before.startswith("Priority")


@pytest.mark.parametrize("lines", [1, 2, 3])
def test_an_answers_line_cut_keeps_the_most_whole_words_that_fit(qtbot, lines):
    metrics = QFontMetrics(QFont())
    said = ("Tackles: contracts pay for minutes of task, so a longer visit loses money and "
            "nobody records what matters to the person")
    words = said.split()
    width = 180
    cut = cut_to_lines(" ".join(words), metrics, width, lines)
    kept = cut.removesuffix("…").split()
    assert cut.endswith("…") and kept == [w.rstrip(",") if i == len(kept) - 1 else w
                                           for i, w in enumerate(words[:len(kept)])]

    def height(text):
        return metrics.boundingRect(0, 0, width, 10**6, Qt.TextFlag.TextWordWrap, text).height()

    assert height(cut) <= lines * metrics.lineSpacing()
    longer = " ".join(words[:len(kept) + 1]).rstrip(",;:.") + "…"
    assert height(longer) > lines * metrics.lineSpacing()  # a word more would not fit
