"""On Act in a 1366x768 window an action's Answers, First step and How we'll know were a scroll
to the right, and scrolling there hid the action being checked with the room. The chosen
action's columns that are a scroll away are now set out whole under the list (Owner too at
1024x768); at 1920x1080 every column is in view and there is no such panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import ACT_HEADING, PlanBoard
from wtfc.ui.undo import UndoAdapter

LATE = "Develop Individual Service Funds"  # the demo's overdue action


def _on_screen(window, widget) -> bool:
    """``widget`` is shown whole inside the window (no scroll or resize needed to read it)."""
    corner = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(corner, widget.size()))


def _choose(board: PlanBoard, words: str) -> None:
    item = next(i for i in board.action_items() if i.text(0).startswith(words))
    board.tree.setCurrentItem(item)


@pytest.mark.parametrize(("size", "away"), [
    ((1366, 768), ("Answers", "First step", "How we'll know")),
    ((1024, 768), ("Answers", "Owner", "First step", "How we'll know"))])
def test_the_chosen_actions_hidden_columns_are_under_the_list(qtbot, demo_window, size, away):
    window = demo_window
    window.resize(*size)
    window.go_to_stage(Stage.ACT)
    board = window.page(Stage.ACT)
    assert isinstance(board, PlanBoard)
    qtbot.waitUntil(lambda: board.details.names == away)
    _choose(board, LATE)
    action = board.selected_action()
    assert action is not None
    details = board.details
    # every line of each: a label as tall as its wrapped words need (once laid out)
    qtbot.waitUntil(lambda: all(details.rect().contains(label.geometry())
                                and label.height() >= label.heightForWidth(label.width())
                                for label in details.labels.values()))
    save_render(window, f"act_details_{size[0]}")
    assert details.labels["First step"].text() == action.first_step
    assert details.labels["How we'll know"].text() == action.how_we_know
    # what it answers whole: the theme's whole "I" statement, not the cell's cut line, with
    # its rank as the Plan board's Answers column says it (the bare name read as another theme)
    theme = board._doc.get("themes", action.theme_id)
    assert details.labels["Answers"].text().split("\n")[0] == \
        f"Priority {theme.priority.rank}: {theme.name}"
    assert "Because:" in details.labels["Answers"].text()
    for name in away:
        label = details.labels[name]
        assert _on_screen(window, label), name
    _choose(board, "Pay for blocks of time")  # the next action: its words, not the last's
    assert details.labels["First step"].text() == board.selected_action().first_step


def test_on_a_big_screen_there_is_nothing_under_the_list(qtbot, show):
    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: dt.date(2026, 11, 29),
                           heading=ACT_HEADING), 1684, 960)
    _choose(board, LATE)
    assert not board.details.isVisible()
    board.resize(1130, 640)  # made smaller: the panel comes, with the chosen action's words
    qtbot.waitUntil(board.details.isVisible)
    assert board.details.labels["First step"].text() == board.selected_action().first_step


def test_with_a_lane_chosen_the_panel_says_how_to_fill_it(show):
    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: dt.date(2026, 11, 29),
                           heading=ACT_HEADING), 1130, 640)
    board.tree.setCurrentItem(board.lane(board.selected_role()))
    assert "Choose an action" in board.details.labels["Answers"].text()
    assert board.details.labels["First step"].text() == ""
