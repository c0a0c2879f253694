"""Bigger text, round three (code review A9 #1 #2 #4): the folded summary of Plan and Act read by
Tab on a short board, and Choose priorities' themes, 16 pt on a 1366x768 laptop at 125% (the app
1093x614)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.boards.big_text_fixtures import SMALL, board_at, priorities_at
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.boards.action_details import ASIDE_NOTE


def _act_on_a_short_board(qtbot, window, font_scaled, stage):
    page = board_at(qtbot, window, stage, font_scaled=font_scaled)
    page.tree.setFocus()
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))  # Act's first, eight lines
    settle()
    return page


@pytest.mark.parametrize("stage", [Stage.PLAN, Stage.ACT])
def test_tab_onto_the_folded_summary_reads_it_whole_and_leaves_the_panel_aside(
        qtbot, demo_window, font_scaled, stage):
    page = _act_on_a_short_board(qtbot, demo_window, font_scaled, stage)
    assert page.summary.folded and not page.details.isVisible()
    assert page.summary.text().startswith(ASIDE_NOTE)
    # Tab onto the summary: it shows whole, and the panel stays aside, its note still first
    # (it had come back over the chosen action, the note gone, and left at the next Tab)
    page.summary.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert not page.summary.cut_short
    assert page.summary.height() > 2 * page.summary.fontMetrics().lineSpacing()
    assert not page.details.isVisible()
    assert page.summary.text().startswith(ASIDE_NOTE)  # what a screen reader reads on focus
    save_render(demo_window, f"{stage.name.lower()}_summary_focused_panel_aside_16pt")
    # Tab on: the summary folds, all as it was before
    qtbot.keyClick(page.summary, Qt.Key.Key_Tab)
    settle()
    assert page.tree.hasFocus() and page.summary.cut_short
    assert not page.details.isVisible()
    assert page.summary.text().startswith(ASIDE_NOTE)


def test_a_focused_summary_that_unfolds_in_a_taller_window_passes_the_focus_on(
        qtbot, demo_window, font_scaled):
    page = _act_on_a_short_board(qtbot, demo_window, font_scaled, Stage.ACT)
    page.summary.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert page.summary.hasFocus()
    demo_window.resize(1093, 900)  # maximised, or a projector plugged in
    settle()
    # whole now and no longer a Tab stop: no ring left round plain words, the focus on the list
    assert not page.summary.folded
    assert not page.summary.hasFocus()
    assert page.summary.contentsMargins().left() == 0
    assert page.tree.hasFocus()
    save_render(demo_window, "act_summary_unfolded_focus_on_16pt")


def test_themes_keep_two_lines_a_row_where_theme_gives_way_for_votes(
        qtbot, demo_window, font_scaled):
    from wtfc.ui.boards.priorities_model import Column
    from wtfc.ui.boards.priorities_table import ROW_PAD

    board = priorities_at(qtbot, demo_window, font_scaled=font_scaled)
    settle()
    table = board.table
    line = table.fontMetrics().lineSpacing()
    assert table.horizontalHeader().isSectionHidden(Column.REASON)  # Theme under two floors
    # two lines a theme: #1 and #2 had both read "I am not …"
    assert table.verticalHeader().maximumSectionSize() >= 2 * line + ROW_PAD
    assert table.rowHeight(0) >= 2 * line
    save_render(demo_window, "priorities_two_lines_a_theme_16pt")
    # and never less of a theme in a taller window (at 700 px high it fell to one line); the
    # summary folds while, whole, it would leave the table under three themes of two lines (at
    # 680 px it unfolded by the board's 24 lines and left 4 lines, where folded had 7)
    heights, unfolded = [], []
    for high in range(600, 800, 10):
        demo_window.resize(SMALL[0], high)
        settle()
        heights.append(table.verticalHeader().maximumSectionSize())
        if not board.summary.folded:
            unfolded.append(high)
            assert table.viewport().height() >= 6 * line, high
    assert heights == sorted(heights), heights
    assert unfolded and unfolded[-1] == 790  # whole again with room for it
