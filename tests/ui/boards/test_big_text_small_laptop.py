"""Plan, Act and Choose priorities with bigger text on a small laptop: a 1366×768 screen at 125%
leaves the app 1093×614, and Windows' "Make text bigger" at 150–175% is 13.5–16 pt. Plan showed no
action (its heading four lines beside Show:, the empty details panel as tall as the list), and
Choose priorities one theme one word a line, its buttons cut ("ose / drop (Spa")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.ui.boards.big_text_fixtures import board_at, priorities_at
from tests.ui.renders import save_render
from tests.ui.settled import settle, until
from wtfc.model.workshop import Stage
from wtfc.ui.boards.action_details import NOTHING_CHOSEN
from wtfc.ui.boards.heading_row import HeadingRow
from wtfc.ui.boards.plan import PlanBoard
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_table import THEME_LEAST


def _whole(label: QLabel) -> bool:
    return label.heightForWidth(label.width()) <= label.height() if label.wordWrap() \
        else label.sizeHint().width() <= label.width()


def _settle(qtbot) -> None:
    settle()  # the heading row and the table's columns follow the new width


@pytest.mark.parametrize("stage", [Stage.PLAN, Stage.ACT])
@pytest.mark.parametrize("points", [13.5, 16])
def test_plan_and_act_keep_their_heading_whole_and_actions_in_sight(
        qtbot, demo_window, font_scaled, stage, points):
    board = board_at(qtbot, demo_window, stage, font_scaled=font_scaled, points=points)
    assert isinstance(board, PlanBoard)
    row = board.findChild(HeadingRow)
    assert row.stacked() and _whole(row.title)  # above Show:, on its own width
    assert row.title.height() <= 2.5 * row.title.fontMetrics().lineSpacing()  # not four lines
    tree = board.tree
    first = board.action_items()[0]
    shown = tree.visualItemRect(first)
    assert 0 <= shown.top() < tree.viewport().height() - tree.fontMetrics().lineSpacing()
    # nothing chosen: the panel is its one line of how to choose, not the empty fields' names
    details = board.details
    if details.isVisible():
        assert all(not title.isVisible() for title in details.titles)
        assert details.height() <= 4 * details.fontMetrics().lineSpacing()
        assert NOTHING_CHOSEN in [label.text() for label in details.labels.values()]
    save_render(demo_window, f"big_text_{stage.name.lower()}_{points}")
    tree.setCurrentItem(first)  # an action chosen: its fields, each named (or, where the
    # panel would cut the chosen row on a short board, the panel out of its way)
    until(qtbot, lambda: (details.isHidden()
                          or all(title.isVisible() for title in details.titles)))


@pytest.mark.parametrize("points", [13.5, 16])
def test_choose_priorities_keeps_themes_readable_and_buttons_whole(
        qtbot, demo_window, font_scaled, points):
    board = priorities_at(qtbot, demo_window, font_scaled=font_scaled, points=points)
    assert isinstance(board, PrioritiesBoard)
    table, header = board.table, board.table.horizontalHeader()
    # a few words of a theme a line (it was 75 px: "I / am / not / tr…"); "Why it was chosen"
    # gives way (the box under the table shows the chosen row's), the table scrolls sideways
    assert header.sectionSize(Column.THEME) >= THEME_LEAST * table.fontMetrics().averageCharWidth()
    assert header.isSectionHidden(Column.REASON)
    for button in board.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    row = board.findChild(HeadingRow)
    assert _whole(row.title)
    save_render(demo_window, f"big_text_priorities_{points}")


def test_at_the_design_size_the_reason_column_stays_and_shares_the_width(
        qtbot, demo_window):
    board = priorities_at(qtbot, demo_window, size=(1366, 768))
    header = board.table.horizontalHeader()
    assert not header.isSectionHidden(Column.REASON)
    assert abs(header.sectionSize(Column.THEME) - header.sectionSize(Column.REASON)) <= 1
    assert not board.findChild(HeadingRow).stacked()  # one line beside Show:


# -- what F7 left (F11): Identify success's heading, the summaries, the chosen action whole ------

def _rows_whole(table, count: int) -> bool:
    """The table's first ``count`` rows each whole in its viewport."""
    seen = table.viewport().height()
    return all(table.rowViewportPosition(row) >= 0
               and table.rowViewportPosition(row) + table.rowHeight(row) <= seen
               for row in range(count))


@pytest.mark.parametrize("points", [13.5, 16])
def test_identify_success_keeps_its_heading_on_a_line_above_the_theme_box(
        qtbot, demo_window, font_scaled, points):
    from wtfc.ui.boards.success import SuccessBoard

    board_at(qtbot, demo_window, Stage.IDENTIFY_SUCCESS, font_scaled=font_scaled, points=points)
    board = demo_window.findChild(SuccessBoard)
    row = board.findChild(HeadingRow)
    # beside "Show prompts" and the Theme box it was five lines, a word a line
    assert row.stacked() and _whole(board.title)
    assert board.title.height() <= 1.5 * board.title.fontMetrics().lineSpacing()
    assert board.prompts_button.isVisible() and \
        board.prompts_button.width() >= board.prompts_button.sizeHint().width()
    save_render(demo_window, f"big_text_success_{points}")


def test_identify_success_at_the_design_size_keeps_its_heading_beside_the_theme_box(
        qtbot, demo_window):
    from wtfc.ui.boards.success import SuccessBoard

    board_at(qtbot, demo_window, Stage.IDENTIFY_SUCCESS, size=(1366, 768))
    board = demo_window.findChild(SuccessBoard)
    assert not board.findChild(HeadingRow).stacked() and _whole(board.title)
    assert board.title.geometry().right() < board.selector.geometry().left()


def test_choose_priorities_at_16_pt_folds_its_summary_and_shows_themes_two_lines_each(
        qtbot, demo_window, font_scaled):
    board = priorities_at(qtbot, demo_window, font_scaled=font_scaled)
    summary, table = board.summary, board.table
    # one line, its words whole for a screen reader (its text) and the mouse (its tooltip)
    assert summary.cut_short and summary.height() <= 1.5 * summary.fontMetrics().lineSpacing()
    assert summary.text().startswith("10 themes") and "Space chooses a priority" in summary.text()
    assert "Space chooses a priority" in summary.toolTip().replace("\n", " ")
    assert summary.focusPolicy() == Qt.FocusPolicy.TabFocus  # the keyboard reaches it too
    # theme #1 took five lines, the whole table: now two themes are whole in sight, two lines
    # each (at one line #1 and #2 both read "I am not …"), and the third's start under them
    assert _rows_whole(table, 2)
    line = table.fontMetrics().lineSpacing()
    assert all(table.rowHeight(row) >= 2 * line for row in range(2))
    first = table.model().index(0, Column.THEME)
    assert "by my paid carers" in first.data(Qt.ItemDataRole.ToolTipRole)  # cut, said whole
    save_render(demo_window, "big_text_priorities_16_two_lines_a_theme")


def test_choose_priorities_at_the_design_size_keeps_its_summary_and_rows_whole(
        qtbot, demo_window):
    board = priorities_at(qtbot, demo_window, size=(1366, 768))
    summary, table = board.summary, board.table
    assert not summary.folded and summary.height() >= summary.heightForWidth(summary.width())
    assert summary.focusPolicy() == Qt.FocusPolicy.NoFocus and not summary.toolTip()
    for row in range(table.model().rowCount()):  # each as tall as its words
        assert table.rowHeight(row) >= table.sizeHintForRow(row), row


@pytest.mark.parametrize("stage", [Stage.PLAN, Stage.ACT])
def test_plan_and_act_at_16_pt_show_the_chosen_action_whole(
        qtbot, demo_window, font_scaled, stage):
    board = board_at(qtbot, demo_window, stage, font_scaled=font_scaled)
    tree, details = board.tree, board.details
    assert board.summary.cut_short and "Space moves the status on" in board.summary.text()

    def whole(item) -> bool:
        shown = tree.visualItemRect(item)
        return shown.top() >= 0 and shown.bottom() < tree.viewport().height()

    def choose(item) -> None:
        tree.setCurrentItem(item)
        until(qtbot, lambda: NOTHING_CHOSEN not in [w.text() for w in details.labels.values()])
        _settle(qtbot)

    # the first action is eight lines: under the panel at its least (three lines) it was cut;
    # the panel steps aside (its fields a scroll to the right in the list) and the row is whole
    first = board.action_items()[0]
    choose(first)
    save_render(demo_window, f"big_text_{stage.name.lower()}_16_chosen")
    assert whole(first) and details.isHidden()
    # a shorter one: the panel is back under it, each field named, no taller than a third
    rows = sorted(board.action_items(), key=lambda item: tree.visualItemRect(item).height())
    choose(rows[0])
    assert whole(rows[0]) and details.isVisible()
    assert all(title.isVisible() for title in details.titles)
    assert details.height() <= board.height() / 3 + 1  # it scrolls inside beyond that
    save_render(demo_window, f"big_text_{stage.name.lower()}_16_chosen_short")


def test_act_at_16_pt_keeps_the_list_in_sight_under_a_short_actions_long_details(
        qtbot, demo_window, font_scaled):
    """A short action whose panel (five fields, each named) is taller than its row: the panel
    stops at a third of the short board and the list keeps the rest. Without that cap the
    panel took all the list could give up but the chosen row (193 of 555 px here; 207 beside a
    longer theme name, the list 69 px for a 68 px row). Three whole rows are more than this
    board has at 16 pt: its heading, Show:, summary, header, scroll bar and buttons leave the
    list and the panel about 280 px."""
    from wtfc.model.operations.actions import edit_action
    from wtfc.model.operations.themes import rename_theme

    w = demo_window
    for theme in w.doc.workshop.themes:
        w.undo.push(rename_theme(w.doc, theme_id=theme.id, name=f"Theme {theme.id}"))
    for n, action in enumerate(w.doc.workshop.actions):  # each action's row short
        # on the workshop's day: the room's own words (later, the words agreed would show too)
        w.undo.push(edit_action(w.doc, action_id=action.id, what=f"Call {n}", cause_id=None,
                                success_id=None, owner="Jo", first_step="Ring Jo",
                                how_we_know="Jo says so", progress_note="Rang twice",
                                today=w.doc.workshop.date))
    board = board_at(qtbot, demo_window, Stage.ACT, font_scaled=font_scaled)
    tree, details = board.tree, board.details
    chosen = board.action_items()[0]
    tree.setCurrentItem(chosen)
    until(qtbot, lambda: NOTHING_CHOSEN not in [w.text() for w in details.labels.values()])
    _settle(qtbot)
    save_render(demo_window, "big_text_act_16_chosen_short_row")
    assert details.isVisible() and details.content_height() > board.height() / 3
    assert details.height() <= board.height() / 3 + 1  # it scrolls inside beyond that
    row = tree.visualItemRect(chosen)  # and the chosen row whole above it
    assert row.top() >= 0 and row.bottom() < tree.viewport().height()
