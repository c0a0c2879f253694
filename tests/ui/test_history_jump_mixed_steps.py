"""A History jump over steps of two kinds, or over a move to another stage, leaves the boards as
the same steps undone (or redone) one at a time do: the page, Understand's tab, the why-tree's
theme and chosen box, the Choose priorities row, the Identify success theme.

On Understand the facilitator adds causes on the why-tree and records votes on Choose priorities
in turn. A jump back over them showed Choose priorities where four Undos end on the why-tree (the
tab went to whichever kind was told last, not the last step's), and left the why-tree on another
theme (what the board remembered of the causes was read again half-way through the jump). And a
jump back from Plan over the move there and statements added on Identify success went back to
Identify success on the theme left shown, not the one the last step took a statement from: the
statements were told while Plan was still on screen. Plan, landed on the same way, chose none
of the actions brought back; Identify success, told a rename before the statements, forgot the
theme of a statement the jump took away.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.ui.settled import settle
from tests.ui.test_history_jump_follows_last_step import _jump
from wtfc.model import workshop
from wtfc.model.operations.actions import delete_action
from wtfc.model.operations.causes import add_cause
from wtfc.model.operations.success import add_success
from wtfc.model.operations.themes import rename_theme, set_priority
from wtfc.model.workshop import Perspective, Stage
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.success import SuccessBoard


def _votes(theme_id, more):
    return lambda doc: set_priority(doc, theme_id=theme_id,
                                    votes=doc.theme(theme_id).priority.votes + more)


def _cause(theme_id, words):
    return lambda doc: add_cause(doc, theme_id=theme_id, text=words)


def _statement(theme_id, words):
    return lambda doc: add_success(doc, theme_id=theme_id, perspective=Perspective.OLDER_PEOPLE,
                                   text=words)


# Each mix, then what the same steps undone one at a time show and then redone one at a time
# (Understand's tab, the why-tree's theme and chosen box, Choose priorities' row); the boxes are
# the causes added, numbered 10 a mix.
U, P = "CausesBoard", "PrioritiesBoard"
MIXES = [
    ([_cause("t06", "c1"), _votes("t05", 3), _cause("t04", "c2"), _votes("t06", 2)],
     (U, "t06", "__theme__", "t05"), (P, "t04", "f30000000002", "t06")),
    ([_votes("t05", 3), _cause("t06", "c1"), _votes("t04", 2), _cause("t05", "c2")],
     (P, "t06", "__theme__", "t05"), (U, "t05", "f30000000013", "t04")),
    ([_votes("t05", 3), _cause("t06", "c1"), _votes("t04", 2), _votes("t06", 1)],
     (P, "t06", "__theme__", "t05"), (P, "t06", "f30000000021", "t06")),
    ([_cause("t06", "c1"), _cause("t04", "c2"),
      lambda doc: rename_theme(doc, theme_id="t05", name="Renamed five")],
     (U, "t06", "__theme__", "t04"), (U, "t04", "f30000000031", "t04")),
]


def _push(window, monkeypatch, steps, first=0) -> None:
    for n, make in enumerate(steps, start=first):
        with monkeypatch.context() as m:
            m.setattr(workshop.uuid, "uuid4", lambda n=n: SimpleNamespace(hex=f"f30{n:09d}"))
            window.undo.push(make(window.doc))
        settle()


def test_a_jump_over_causes_and_votes_leaves_understand_as_the_steps_do(demo_window,
                                                                       monkeypatch):
    window = demo_window
    window.go_to_stage(Stage.UNDERSTAND)
    window.history_dock.show()
    tabs, causes = window.page(Stage.UNDERSTAND), window.findChild(CausesBoard)
    priorities = window.findChild(PrioritiesBoard)

    def seen():
        row = priorities.current_theme()
        return (type(tabs.currentWidget()).__name__, causes.theme_id(), causes.selected(),
                row.id if row else None)

    for number, (steps, undos, redos) in enumerate(MIXES):  # one after another, one window
        start = window.undo.stack.index()
        _push(window, monkeypatch, steps, first=10 * number)
        priorities.select_theme("t04")  # left on the why-tree, t04, its row t04
        tabs.setCurrentWidget(causes)
        causes.selector.select_theme("t04")
        settle()
        end = window.undo.stack.index()
        _jump(window, start)
        assert (window.shown_stage(), seen()) == (Stage.UNDERSTAND, undos)
        _jump(window, end)
        assert (window.shown_stage(), seen()) == (Stage.UNDERSTAND, redos)


@pytest.mark.parametrize("stage, board_class, add, last", [
    (Stage.IDENTIFY_SUCCESS, SuccessBoard, _statement, "t07"),
    (Stage.UNDERSTAND, CausesBoard, _cause, "t07"),
])
def test_a_jump_back_over_a_move_on_lands_on_the_theme_of_the_last_step(demo_window, monkeypatch,
                                                                       stage, board_class, add,
                                                                       last):
    """Words added under t06, t04 and t07 (no priority, no other work) with t05 shown, then on
    to the next stage: Undos one at a time show the stage again, then take the words off t04
    and t06, which stays shown; Redos put them back and leave the stage on the theme of the
    last of them that its box lists. The why-tree's box lists t07 once it has a cause (it
    follows causes for their teams since c0fce26d; before, it listed t07 only when a theme
    next changed, and the cause Redo put back could not be reached), so t07, as Redo one
    step at a time leaves it. Identify success's box lists t07 once it has a statement too
    (the boxes follow statements and actions as well as causes since F22 session 36; before,
    it listed t07 only when a theme next changed, so its case ended on t04). Identify
    success, shown after the why-tree, is on the why-tree's theme (the boxes share it: it
    stayed on t06 from the jump back)."""
    window = demo_window
    window.go_to_stage(stage)
    window.history_dock.show()
    settle()
    board = window.findChild(board_class)
    if stage == Stage.UNDERSTAND:
        window.page(stage).setCurrentWidget(board)
    start = window.undo.stack.index()
    _push(window, monkeypatch, [add(theme_id, f"words {n}")
                                for n, theme_id in enumerate(["t06", "t04", "t07"])])
    board.selector.select_theme("t05")
    next_stage = list(Stage)[list(Stage).index(stage) + 1]
    window.go_to_stage(next_stage)
    settle()
    end = window.undo.stack.index()
    _jump(window, start)
    assert (window.shown_stage(), board.theme_id()) == (stage, "t06")
    _jump(window, end)
    assert (window.shown_stage(), board.theme_id()) == (next_stage, last)
    if next_stage == Stage.IDENTIFY_SUCCESS:
        assert window.page(next_stage).selector.theme_id() == last


def test_a_jump_back_onto_plan_chooses_the_action_the_last_undo_brings_back(demo_window):
    """Actions deleted on Plan, then on to Act: a jump back shows Plan with the action the last
    Undo brought back chosen (it was told while Act was on screen, and Plan chose nothing)."""
    window = demo_window
    window.go_to_stage(Stage.PLAN)
    window.history_dock.show()
    settle()
    page = window.page(Stage.PLAN)
    gone = [action.id for action in window.doc.workshop.actions[:3]]
    start = window.undo.stack.index()
    for action_id in gone:
        window.undo.push(delete_action(window.doc, action_id=action_id))
        settle()
    window.go_to_stage(Stage.ACT)
    settle()
    _jump(window, start)  # (three Undos and a fourth: Plan, the first deleted chosen)
    assert (window.shown_stage(), page.selected_action().id) == (Stage.PLAN, gone[0])


def test_a_jump_back_over_a_statement_and_a_rename_brings_up_the_statements_theme(demo_window,
                                                                                monkeypatch):
    """A statement added under t06, then t05 renamed, t05 shown: Undos one at a time take the
    statement off t06 and show t06. The jump told the rename first, and the board forgot
    which theme the statement (gone then) had been under."""
    window = demo_window
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    window.history_dock.show()
    settle()
    board = window.findChild(SuccessBoard)
    start = window.undo.stack.index()
    _push(window, monkeypatch, [_statement("t06", "words"),
                                lambda doc: rename_theme(doc, theme_id="t05", name="Five")])
    board.selector.select_theme("t05")
    settle()
    _jump(window, start)
    assert board.theme_id() == "t06"
