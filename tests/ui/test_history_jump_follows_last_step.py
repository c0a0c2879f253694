"""A History jump brings up the theme of the step it lands on, as Undo one step at a time does.

Statements (or causes) added under four themes, then a History row before them chosen: four
Undos leave Identify success (or the why-tree) on the theme of the first one added, the step
landed on. Once a jump was told to the boards as one edit, they came up on whichever changed
theme's id sorted first (t05 for success, t04 for the why-tree) while the foot said "Went back
to: …": the facilitator took another theme for where they had gone back to. Going forward, the
last step's theme comes up (t07), as four Redos leave it.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QItemSelectionModel

from tests.ui.settled import settle
from wtfc.model import workshop
from wtfc.model.operations.causes import add_cause
from wtfc.model.operations.success import add_success
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Perspective, Stage
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.success import SuccessBoard

# (theme, id) of each step in the order added. The ids (random, as made) are chosen so the
# first in sorted order is under another theme than the step a jump lands on, either way: t06
# going back to before the first step, t04 going forward to the last.
STEPS = [("t06", "f17000000002"), ("t05", "f17000000001"), ("t06", "f17000000003"),
         ("t04", "f17000000004")]


def _jump(window, row: int) -> None:
    """The History row chosen, as a click or the arrow keys choose it."""
    view = window.history_dock.widget()
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    settle()


def _four_steps(window, monkeypatch, add, steps=STEPS) -> tuple[int, int]:
    """The steps pushed one by one; History's rows before the first and after the last."""
    start = window.undo.stack.index()
    for n, (theme_id, part_id) in enumerate(steps):
        with monkeypatch.context() as m:
            m.setattr(workshop.uuid, "uuid4", lambda part_id=part_id: SimpleNamespace(hex=part_id))
            window.undo.push(add(window.doc, theme_id, n))
        settle()
    return start, window.undo.stack.index()


def _statement(doc, theme_id, n):
    return add_success(doc, theme_id=theme_id, perspective=Perspective.OLDER_PEOPLE,
                       text=f"Success words {n}")


def _cause(doc, theme_id, n):
    return add_cause(doc, theme_id=theme_id, text=f"Cause words {n}")


@pytest.mark.parametrize(("stage", "board_class", "add"), [
    (Stage.IDENTIFY_SUCCESS, SuccessBoard, _statement),
    (Stage.UNDERSTAND, CausesBoard, _cause)], ids=["success", "why-tree"])
def test_a_jump_brings_up_the_theme_of_the_step_landed_on(demo_window, monkeypatch, stage,
                                                          board_class, add):
    w = demo_window
    w.go_to_stage(stage)
    w.history_dock.show()
    settle()
    board = w.findChild(board_class)
    assert board.theme_id() == "t04"  # the first priority
    start, end = _four_steps(w, monkeypatch, add)

    _jump(w, start)
    assert board.theme_id() == "t06"  # as four Undos leave it: the first step's theme
    assert w.statusBar().currentMessage().startswith("Went back to: ")

    _jump(w, end)
    assert board.theme_id() == "t04"  # as four Redos leave it: the last step's theme
    if board_class is SuccessBoard:  # and its statement brought back chosen, as after Redo
        column = board.columns[Perspective.OLDER_PEOPLE].list
        assert column.currentItem().text().startswith("Success words 3")


@pytest.mark.parametrize(("stage", "board_class", "add"), [
    (Stage.IDENTIFY_SUCCESS, SuccessBoard, _statement),
    (Stage.UNDERSTAND, CausesBoard, _cause)], ids=["success", "why-tree"])
def test_a_jump_to_the_theme_shown_stays_there(demo_window, monkeypatch, stage, board_class,
                                               add):
    """The step landed on is under the theme shown (as after four Undos one at a time): it
    stays, not the theme of another step of the jump (t05)."""
    w = demo_window
    w.go_to_stage(stage)
    w.history_dock.show()
    settle()
    board = w.findChild(board_class)
    board.selector.select_theme("t06")
    settle()
    start, _end = _four_steps(w, monkeypatch, add)
    _jump(w, start)
    assert board.theme_id() == "t06"


def test_a_jump_over_votes_chooses_the_row_of_the_step_landed_on(demo_window, monkeypatch):
    """Votes recorded for four themes while the why-tree was shown, then a jump back: the
    Choose priorities tab comes up on the theme whose votes the step landed on changed."""
    w = demo_window
    w.go_to_stage(Stage.UNDERSTAND)
    w.history_dock.show()
    settle()
    board = w.findChild(PrioritiesBoard)
    votes = {t.id: t.priority.votes for t in w.doc.workshop.themes}
    start, end = _four_steps(w, monkeypatch, lambda doc, theme_id, n: set_priority(
        doc, theme_id=theme_id, votes=votes[theme_id] + 5),
        [("t06", ""), ("t05", ""), ("t04", ""), ("t07", "")])  # t04 first in sorted order
    tabs = board.parentWidget().parentWidget()
    tabs.setCurrentWidget(w.findChild(CausesBoard))  # the why-tree shown, as the steps were
    settle()

    _jump(w, start)
    assert board.isVisible() and board.current_theme().id == "t06"
    tabs.setCurrentWidget(w.findChild(CausesBoard))
    settle()
    _jump(w, end)
    assert board.isVisible() and board.current_theme().id == "t07"
