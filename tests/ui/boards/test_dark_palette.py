"""The boards under a dark (and a high-contrast) desktop palette: every cell on a fixed tint
keeps dark words on it, and every warning line reads against what is behind it (>= 4.5:1).
wtfc sets no palette, so the desktop's light text would otherwise land on the pale tints."""

from __future__ import annotations

import pytest
from palette_fixtures import (  # noqa: F401  (dark_palette: a fixture)
    READABLE,
    contrast,
    dark_palette,
    label_contrast,
    unreadable_cells,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from tests.ui.boards.board_workshops import TODAY, previous_file
from wtfc.model.workshop import Role
from wtfc.ui.boards.common import RefusalNotice
from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING, PlanBoard
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.success import SuccessBoard

dark = pytest.mark.usefixtures("dark_palette")


@dark
@pytest.mark.parametrize("heading", [PLAN_HEADING, ACT_HEADING], ids=["plan", "act"])
def test_plan_and_act_lanes_and_overdue_rows_keep_dark_words(show, doc, undo, heading):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=heading), 1600, 720)
    overdue = board.lane(Role.PROVIDERS).child(0)
    assert overdue.background(0).color().name() != board.tree.palette().base().color().name()
    assert unreadable_cells(board.tree) == []


@dark
def test_review_overdue_actions_keep_dark_words(show, doc, undo, tmp_path):
    board = show(ReviewBoard(doc, undo, today=lambda: TODAY), 1500, 800)
    assert board.load_previous(previous_file(tmp_path))
    assert any(board.action_tree.topLevelItem(r).background(0).style() != 0
               for r in range(board.action_tree.topLevelItemCount())), "an overdue row is tinted"
    assert unreadable_cells(board.action_tree) == []
    assert unreadable_cells(board.themes) == []


@dark
def test_priorities_chosen_rows_and_kind_column_read(show, doc, undo):
    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    assert unreadable_cells(board.table) == []
    # a check box is drawn on the palette's base in its cell's ink: the tick must show (3:1)
    palette = board.table.palette()
    for row in range(board.proxy.rowCount()):
        cell = board.proxy.index(row, Column.PRIORITY)
        if cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked:
            ink = cell.data(Qt.ItemDataRole.ForegroundRole)
            tick = ink.color() if ink is not None else palette.color(QPalette.ColorRole.Text)
            assert contrast(tick, palette.color(QPalette.ColorRole.Base)) >= 3, cell.data()


@dark
def test_success_column_titles_and_prompt_headings_read(show, doc, undo):
    board = show(SuccessBoard(doc, undo), 1600, 800)
    assert unreadable_cells(board.prompts) == []
    for column in board.columns.values():
        assert unreadable_cells(column.list) == []
        for label in column.findChildren(QLabel):
            assert label_contrast(label) >= READABLE, label.text()


@dark
def test_a_refusal_notice_reads_on_any_palette(show, doc, undo):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY), 1366, 700)
    notice = board.findChild(RefusalNotice)
    notice.say("This workshop is open read-only, so it can't be changed.")
    assert notice.isVisible()
    assert label_contrast(notice) >= READABLE


@dark
def test_act_details_headings_read_on_a_dark_desktop(show, doc, undo, qtbot):
    # "Answers", "First step", "How we'll know" were #4A4A4A on #202020: 1.8:1
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=ACT_HEADING), 900, 700)
    board.tree.setCurrentItem(board.lane(Role.PROVIDERS).child(0))
    qtbot.waitUntil(board.details.isVisible)
    assert board.details.titles
    for title in board.details.titles:
        assert label_contrast(title) >= READABLE, title.text()


def test_the_light_palette_is_put_back_for_the_next_test(qapp):
    """Runs after the dark ones above: the shared QApplication has its own palette again."""
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 200
