"""Plan, Act and Choose priorities with bigger text on a small laptop: a 1366×768 screen at 125%
leaves the app 1093×614, and Windows' "Make text bigger" at 150–175% is 13.5–16 pt. Plan showed no
action (its heading four lines beside Show:, the empty details panel as tall as the list), and
Choose priorities one theme one word a line, its buttons cut ("ose / drop (Spa")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage
from wtfc.ui.boards.action_details import NOTHING_CHOSEN
from wtfc.ui.boards.heading_row import HeadingRow
from wtfc.ui.boards.plan import PlanBoard
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_table import THEME_LEAST
from wtfc.ui.style import DESIGN_APP_POINT_SIZE

SMALL = (1093, 614)  # 1366×768 at 125%


def _whole(label: QLabel) -> bool:
    return label.heightForWidth(label.width()) <= label.height() if label.wordWrap() \
        else label.sizeHint().width() <= label.width()


def _settle(qtbot, window) -> None:
    qtbot.wait(100)  # the heading row and the table's columns follow the new width


@pytest.mark.parametrize("stage", [Stage.PLAN, Stage.ACT])
@pytest.mark.parametrize("points", [13.5, 16])
def test_plan_and_act_keep_their_heading_whole_and_actions_in_sight(
        qtbot, demo_window, font_scaled, stage, points):
    font_scaled(points / DESIGN_APP_POINT_SIZE)
    demo_window.resize(*SMALL)
    demo_window.go_to_stage(stage)
    board = demo_window.page(stage)
    assert isinstance(board, PlanBoard)
    _settle(qtbot, demo_window)
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
    tree.setCurrentItem(first)  # an action chosen: its fields, each named
    qtbot.waitUntil(lambda: all(title.isVisible() for title in details.titles))


@pytest.mark.parametrize("points", [13.5, 16])
def test_choose_priorities_keeps_themes_readable_and_buttons_whole(
        qtbot, demo_window, font_scaled, points):
    font_scaled(points / DESIGN_APP_POINT_SIZE)
    demo_window.resize(*SMALL)
    demo_window.go_to_stage(Stage.UNDERSTAND)
    page = demo_window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.priorities)
    board = page.priorities
    assert isinstance(board, PrioritiesBoard)
    _settle(qtbot, demo_window)
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
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.UNDERSTAND)
    page = demo_window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.priorities)
    _settle(qtbot, demo_window)
    header = page.priorities.table.horizontalHeader()
    assert not header.isSectionHidden(Column.REASON)
    assert abs(header.sectionSize(Column.THEME) - header.sectionSize(Column.REASON)) <= 1
    assert not page.priorities.findChild(HeadingRow).stacked()  # one line beside Show:
