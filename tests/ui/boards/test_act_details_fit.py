"""Going down Act's (and Plan's) actions with ↓ left the chosen one cut at the foot of the list,
or wholly below it while the panel under the list showed its first step (6 of 13 at 1366x768):
the list scrolled a whole wrapped row at a time, and the panel took each action's words after
the list had scrolled. At 1024x768 with a 150% font the panel left the list 147 px for a 161 px
row, and Act's own "What has happened so far" was cut at the list's edge and in no panel. Now
the chosen row is whole on every ↓, a column cut at the edge is set out in the panel too, the
panel scrolls inside itself (a Tab stop then) rather than squeeze the list below the chosen
row, and a screen reader hears each field's words after its name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle, until
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import COLUMNS, PlanBoard

SIZES = [((1366, 768), 1.0), ((1024, 768), 1.0), ((1366, 768), 1.5), ((1024, 768), 1.5)]


def _board(window, stage: Stage, size: tuple[int, int]) -> PlanBoard:
    window.resize(*size)
    window.go_to_stage(stage)
    board = window.page(stage)
    assert isinstance(board, PlanBoard)
    board.tree.setFocus(Qt.FocusReason.TabFocusReason)
    return board


def _chosen_whole(board: PlanBoard) -> bool:
    tree = board.tree
    row = tree.visualItemRect(tree.currentItem())
    return row.top() >= 0 and row.bottom() < tree.viewport().height()


def _settled(board: PlanBoard) -> bool:
    """The chosen row whole, and the panel laid out under the list as tall as it asks."""
    details, tree = board.details, board.tree
    return (_chosen_whole(board) and details.isVisible()
            and details.y() > tree.geometry().bottom()
            and board.rect().contains(details.geometry())
            and details.height() == details.heightForWidth(details.width()))


def _whole_or_in_panel(board: PlanBoard) -> list[str]:
    """The columns neither whole in the list (scrolled to its left edge) nor in the panel."""
    tree, header = board.tree, board.tree.header()
    missing = []
    for column, name in enumerate(COLUMNS):
        right = header.sectionPosition(column) + header.sectionSize(column)
        if not tree.isColumnHidden(column) and right > tree.viewport().width() \
                and name not in board.details.names:
            missing.append(name)
    return missing


@pytest.mark.parametrize("stage", [Stage.ACT, Stage.PLAN])
@pytest.mark.parametrize(("size", "times"), SIZES)
def test_every_down_arrow_leaves_the_chosen_action_whole_in_the_list(
        qtbot, demo_window, font_scaled, stage, size, times):
    font_scaled(times)
    board = _board(demo_window, stage, size)
    rows = len(board.action_items()) + 5  # and the five lanes' own rows
    for press in range(rows):
        QTest.keyClick(board.tree, Qt.Key.Key_Down)
        if board.selected_action() is None:
            continue  # a lane's heading
        try:
            until(qtbot, lambda: _chosen_whole(board), timeout=1000)
        except AssertionError:
            save_render(demo_window, f"act_details_cut_{stage.name}_{size[0]}_{times}")
            raise AssertionError(f"↓{press + 1}: {board.selected_action().what!r} cut") from None
        if board.details.isVisible():  # the panel says what the list shows chosen
            first = board.details.labels.get("First step")
            assert first is None or first.text() == board.selected_action().first_step


@pytest.mark.parametrize(("stage", "cut"), [(Stage.ACT, ("What has happened so far",)),
                                            (Stage.PLAN, ("Status",))])
def test_with_a_big_font_on_a_small_laptop_the_cut_columns_are_in_the_panel(
        qtbot, demo_window, font_scaled, stage, cut):
    font_scaled(1.5)
    board = _board(demo_window, stage, (1024, 768))
    item = next(i for i in board.action_items() if i.text(0).startswith("Fund community"))
    board.tree.setCurrentItem(item)
    details = board.details
    until(qtbot, lambda: _settled(board))
    save_render(demo_window, f"act_details_fit_{stage.name}_1024_150")
    assert set(cut) <= set(details.names)
    assert _whole_or_in_panel(board) == []
    for name in cut:
        assert details.labels[name].text() == item.text(COLUMNS.index(name))
    if stage is Stage.ACT:  # five fields: more than there is room for under the list
        # its words go on below it (it scrolls) rather than squeeze the list: the keys reach
        # it, Tab straight from the list, and scroll it
        assert details.content_height() > details.height()
        assert details.verticalScrollBar().maximum() > 0
        QTest.keyClick(board.tree, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is details
        QTest.keyClick(details, Qt.Key.Key_PageDown)
        assert details.verticalScrollBar().value() > 0
        save_render(demo_window, "act_details_fit_ACT_1024_150_scrolled")
        QTest.keyClick(details, Qt.Key.Key_Backtab)
        QTest.keyClick(board.tree, Qt.Key.Key_Down)  # the next action's words from their start
        until(qtbot, lambda: _settled(board))
        assert details.verticalScrollBar().value() == 0


def test_a_short_panel_is_no_tab_stop(qtbot, demo_window):
    board = _board(demo_window, Stage.ACT, (1366, 768))
    QTest.keyClick(board.tree, Qt.Key.Key_Down)
    until(qtbot, lambda: _settled(board))
    assert board.details.height() >= board.details.content_height()
    QTest.keyClick(board.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not board.details


def test_a_screen_reader_hears_each_fields_words_after_its_name(qtbot, demo_window):
    board = _board(demo_window, Stage.ACT, (1366, 768))
    item = next(i for i in board.action_items() if i.text(0).startswith("Fund community"))
    board.tree.setCurrentItem(item)
    until(qtbot, board.details.isVisible)
    label = board.details.labels["First step"]
    name = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert name == "First step: Talk to the community transport scheme about costs."
    # a lane chosen: the first field says how to choose one, the others only their names
    board.tree.setCurrentItem(board.lane(board.selected_role()))
    names = [QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
             for label in board.details.labels.values()]
    assert names[0].endswith("Choose an action (↑ ↓) to see these for it.")
    assert names[1:] == list(board.details.names[1:])


def _panel_reached_by_tab(board: PlanBoard) -> bool:
    board.tree.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(board.tree, Qt.Key.Key_Tab)
    reached = QApplication.focusWidget() is board.details
    board.tree.setFocus(Qt.FocusReason.BacktabFocusReason)
    return reached


def test_the_next_action_after_a_scrolled_panel_shows_its_words_from_their_top(
        qtbot, demo_window, font_scaled):
    # 1024x768 at 150%: the first two actions' panels both scroll; the second opened part-way
    # down, its "What has happened so far" and "Answers" above the top edge
    font_scaled(1.5)
    board = _board(demo_window, Stage.ACT, (1024, 768))
    details, bar = board.details, board.details.verticalScrollBar()
    board.tree.setCurrentItem(board.action_items()[0])
    until(qtbot, lambda: _settled(board))
    QTest.keyClick(board.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is details
    QTest.keyClick(details, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    QTest.keyClick(details, Qt.Key.Key_Backtab)
    QTest.keyClick(board.tree, Qt.Key.Key_Down)
    assert board.selected_action().what.startswith("Pay for blocks")
    until(qtbot, lambda: _settled(board))
    settle()
    assert bar.maximum() > 0 and bar.value() == 0  # it scrolls, and shows its top
    answers = details.labels["Answers"].mapTo(details.viewport(), details.rect().topLeft())
    assert 0 <= answers.y() < details.viewport().height()


def test_after_the_window_is_resized_the_panel_is_a_tab_stop_exactly_while_it_scrolls(
        qtbot, demo_window, font_scaled):
    # at 150% the first action's panel scrolls at 1024 wide and is whole at 1366: Tab stopped
    # on it at 1366 with nothing to scroll, or (its words measured before they were laid out)
    # no longer reached it back at 1024
    font_scaled(1.5)
    board = _board(demo_window, Stage.ACT, (1024, 768))
    board.tree.setCurrentItem(board.action_items()[0])
    details = board.details
    for size, scrolls in (((1366, 768), False), ((1024, 768), True), ((1024, 1000), False),
                          ((1024, 768), True)):
        demo_window.resize(*size)
        until(qtbot, lambda: _settled(board))
        settle()
        assert (details.content_height() > details.height()) is scrolls, size
        assert _panel_reached_by_tab(board) is scrolls, size


@pytest.mark.parametrize(("size", "times"), SIZES)
def test_every_actions_panel_is_tall_enough_to_read_or_a_tab_stop(
        qtbot, demo_window, font_scaled, size, times):
    # at 1366x768 with 150% text the overdue first action's panel was 1 px high and no Tab
    # stop: its Owner, Answers, First step and How we'll know a scroll to the right, unseen
    font_scaled(times)
    board = _board(demo_window, Stage.ACT, size)
    details = board.details
    least = 3 * details.fontMetrics().lineSpacing()
    for item in board.action_items():
        board.tree.setCurrentItem(item)
        until(qtbot, lambda: _settled(board))
        settle()
        what = item.text(0)[:30]
        assert details.names, what
        assert details.height() >= min(details.content_height(), least), what
        if details.content_height() > details.height():
            assert _panel_reached_by_tab(board), what
        if item is board.action_items()[0]:
            save_render(demo_window, f"act_details_first_{size[0]}_{times}")
