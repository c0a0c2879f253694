"""Plan on a 1366x768 laptop with a larger desktop font (125%, 150%): the columns' narrowest
widths were pixels chosen beside a 9 pt font, so Owner read "Head of Commis…", the overdue
action's status "⚠ Overdue · In progre…" and "By when" "1 Oct / 2026" on two lines. The
widths now grow with the font, Owner and Status hold their longest word, and where the seven
no longer fit the five that say who does what by when keep the room."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontMetrics

from tests.ui.boards.board_columns import in_view
from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.plan import COLUMNS, PLAN_HEADING, STATUS_COLUMN, PlanBoard
from wtfc.ui.undo import UndoAdapter

OWNER, BY_WHEN = COLUMNS.index("Owner"), COLUMNS.index("By when")
HOW_WE_KNOW = COLUMNS.index("How we'll know")
BOARD = (1366 - 268, 640)  # the Plan page's board in a 1366x768 window


@pytest.mark.parametrize("times", [1.0, 1.25, 1.5])
def test_owner_status_and_date_words_are_whole_with_a_larger_font(show, font_scaled, times):
    font_scaled(times)
    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: dt.date(2026, 11, 29),
                           heading=PLAN_HEADING), *BOARD)
    save_render(board, f"plan_larger_font_{times}")
    tree, header = board.tree, board.tree.header()
    items = board.action_items()
    assert any(item.text(STATUS_COLUMN).startswith("⚠ Late") for item in items)
    for item in items:
        for column in (OWNER, STATUS_COLUMN):  # every word of who and how it stands whole
            metrics = QFontMetrics(item.font(column))
            widest = max(metrics.horizontalAdvance(w) for w in item.text(column).split())
            assert widest + 10 <= header.sectionSize(column), item.text(column)
        date = item.text(BY_WHEN)  # the date on one line
        assert tree.fontMetrics().horizontalAdvance(date) + 10 <= header.sectionSize(BY_WHEN)
    for column in (OWNER, BY_WHEN, STATUS_COLUMN):
        assert in_view(board, column), COLUMNS[column]
    heading = tree.fontMetrics().horizontalAdvance("How we'll know")
    if in_view(board, HOW_WE_KNOW):  # all seven share the width: the heading whole
        assert heading + 10 <= header.sectionSize(HOW_WE_KNOW)
    assert times < 1.5 or not in_view(board, HOW_WE_KNOW)  # at 150% a scroll away, whole
