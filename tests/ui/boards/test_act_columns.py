"""Act's columns as Plan's: where every column fits with "What has happened so far" (Act's
main column) at least 300 px wide, all eight share the board's width, each wrapped; at 1920x1080
Owner, Answers, First step and How we'll know were a scroll to the right. On a 1366x768 laptop
(and with a 150% font on a big screen) they cannot all fit with the note that wide, so the
action, its date, its status and the note keep the room; Owner (who to chase about an overdue
action) joins them beside the note wherever it fits with the note still 300 px wide (1366 at
100% and 125%); the rest are a scroll away, at their full widths. With a 150% font on the
laptop Owner does not fit so, and is a scroll away too, as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.board_columns import in_view, sideways_scroll
from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.plan import (
    ACT_HEADING,
    COLUMNS,
    PROGRESS_COLUMN,
    STATUS_COLUMN,
    PlanBoard,
)
from wtfc.ui.undo import UndoAdapter

OWNER, BY_WHEN, WHAT = COLUMNS.index("Owner"), COLUMNS.index("By when"), COLUMNS.index("What")
LAPTOP = (1130, 640)  # the Act page's board in a 1366x768 window
BIG_SCREEN = (1684, 960)  # …and in a 1920x1080 one
KEPT = (WHAT, BY_WHEN, STATUS_COLUMN, PROGRESS_COLUMN)  # in view at any size, as before


def _act_board(show, size: tuple[int, int]) -> PlanBoard:
    doc = Document(load_workshop(demo_path()).workshop)
    return show(PlanBoard(doc, UndoAdapter(doc), today=lambda: dt.date(2026, 11, 29),
                          heading=ACT_HEADING), *size)


@pytest.mark.parametrize("times", [1.0, 1.25])
def test_on_a_big_screen_every_act_column_is_on_screen(show, font_scaled, times):
    font_scaled(times)
    board = _act_board(show, BIG_SCREEN)
    save_render(board, f"act_every_column_1920_{times}")
    for column in range(len(COLUMNS)):
        assert in_view(board, column), COLUMNS[column]
    assert not sideways_scroll(board)
    assert board.tree.header().sectionSize(PROGRESS_COLUMN) >= 300 * times
    # the note still beside the status, the rest after it
    header = board.tree.header()
    assert header.visualIndex(PROGRESS_COLUMN) == header.visualIndex(STATUS_COLUMN) + 1


@pytest.mark.parametrize(("size", "times"), [(LAPTOP, 1.0), (LAPTOP, 1.25), (BIG_SCREEN, 1.5)])
def test_where_not_all_fit_owner_is_beside_the_note(show, font_scaled, size, times):
    font_scaled(times)
    board = _act_board(show, size)
    save_render(board, f"act_columns_{size[0]}_{times}")
    for column in (*KEPT, OWNER):
        assert in_view(board, column), COLUMNS[column]
    header = board.tree.header()
    assert header.sectionSize(PROGRESS_COLUMN) >= 300 * times
    assert header.visualIndex(OWNER) == header.visualIndex(PROGRESS_COLUMN) + 1
    # "Head of Commissioning" wraps at its spaces, never cut inside a word
    widest = max(board.tree.fontMetrics().horizontalAdvance(word)
                 for word in ("Commissioning", "Operations"))
    assert header.sectionSize(OWNER) >= widest
    for name in ("Answers", "First step", "How we'll know"):  # a scroll to the right
        assert not in_view(board, COLUMNS.index(name)), name
    assert sideways_scroll(board)


def test_with_a_150_percent_font_on_a_laptop_the_note_keeps_its_room(show, font_scaled):
    font_scaled(1.5)
    board = _act_board(show, LAPTOP)
    save_render(board, "act_columns_1130_1.5")
    for column in KEPT:
        assert in_view(board, column), COLUMNS[column]
    header = board.tree.header()
    assert header.sectionSize(PROGRESS_COLUMN) >= 300
    assert not in_view(board, OWNER)  # a scroll to the right, at its full width
    assert header.sectionSize(OWNER) == round(160 * 1.5)


def test_from_wide_to_narrow_and_back_the_columns_follow(qtbot, show):
    board = _act_board(show, BIG_SCREEN)
    header = board.tree.header()
    assert in_view(board, COLUMNS.index("How we'll know"))
    board.resize(*LAPTOP)  # the window made smaller: How we'll know back at its full width
    qtbot.waitUntil(lambda: header.sectionSize(COLUMNS.index("How we'll know")) == 220)
    assert all(in_view(board, column) for column in (*KEPT, OWNER))
    board.resize(*BIG_SCREEN)
    qtbot.waitUntil(lambda: in_view(board, COLUMNS.index("How we'll know")))
    assert not sideways_scroll(board)
