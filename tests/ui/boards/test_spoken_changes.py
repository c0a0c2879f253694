"""A screen-reader user hears what a key changed on Plan, Act and Choose priorities, and what
Undo and Redo took back or put again: the rows' new words come with no event a reader hears."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.board_workshops import TODAY
from tests.ui.spoken_checks import catch_announcements
from wtfc.model.workshop import ActionStatus, Stage
from wtfc.ui.boards.plan import ACT_HEADING, PlanBoard
from wtfc.ui.boards.priorities import PrioritiesBoard

ALT = Qt.KeyboardModifier.AltModifier


def test_space_on_plan_and_act_says_the_new_status(qtbot, show, doc, undo, monkeypatch):
    said = catch_announcements(monkeypatch)
    plan = show(PlanBoard(doc, undo, today=lambda: TODAY), 1400, 700)
    plan.select_action("x2")  # in progress, due 31 Jan: overdue on 1 Mar
    qtbot.keyClick(plan.tree, Qt.Key.Key_Space)
    assert doc.get("actions", "x2").status == ActionStatus.DONE
    # as its status cell now says it ("✔ Done, 4 weeks late") and the row is heard
    assert said == ["Done, 4 weeks late: Add 'getting to know you' visits to induction"]

    act = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=ACT_HEADING), 1400, 700)
    act.select_action("x1")  # not started, due in September
    qtbot.keyClick(act.tree, Qt.Key.Key_Space)
    assert said[-1] == "In progress: Pilot outcome-based home care contracts"


def test_a_late_action_moved_on_is_said_to_be_late(qtbot, show, doc, undo, monkeypatch):
    """As its cell says it, "⚠ Late: started", and the row is heard ("Late, started"), not
    "In progress, late": the same fact said the other way round after Space alone."""
    said = catch_announcements(monkeypatch)
    board = show(PlanBoard(doc, undo, today=lambda: TODAY.replace(year=2026)), 1400, 700)
    board.select_action("x4")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert said == ["Late, started: Run a 'know your rights' session on home care"]


def test_a_long_action_is_said_short_at_a_whole_word(qtbot, show, doc, undo, monkeypatch):
    from wtfc.model.operations.actions import edit_action

    undo.push(edit_action(doc, action_id="x1", what="Pilot outcome-based home care contracts "
                          "with two providers, measured by what people say at the next review "
                          "rather than by the minutes logged"))
    said = catch_announcements(monkeypatch)
    board = show(PlanBoard(doc, undo, today=lambda: TODAY), 1400, 700)
    board.select_action("x1")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert said[0].startswith("In progress: Pilot outcome-based home care contracts with two")
    assert said[0].endswith("…") and len(said[0]) < 100


def test_votes_and_choosing_are_said_on_choose_priorities(qtbot, show, doc, undo,
                                                          monkeypatch):
    said = catch_announcements(monkeypatch)
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    name = doc.theme("lonely").name
    votes = doc.theme("lonely").priority.votes
    board.select_theme("lonely")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)
    assert said == [f"{votes + 1} votes: {name}"]
    qtbot.keyClick(board.table, Qt.Key.Key_Minus)
    assert said[-1] == f"{votes} votes: {name}"
    qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert said[-1] == f"Chosen as priority 3: {name}"
    qtbot.keyClick(board.table, Qt.Key.Key_Up, ALT)
    assert said[-1] == f"Now priority 2: {name}"
    qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert said[-1] == f"No longer a priority: {name}"
    assert len(said) == 5


def test_one_vote_is_said_as_one_vote(qtbot, show, doc, undo, monkeypatch):
    said = catch_announcements(monkeypatch)
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    board.set_votes("meals", 0)
    board.select_theme("meals")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)
    assert said == [f"1 vote: {doc.theme('meals').name}"]
    steps = undo.stack.count()
    qtbot.keyClick(board.table, Qt.Key.Key_Minus)
    qtbot.keyClick(board.table, Qt.Key.Key_Minus)  # none to take: no step, the count said again
    assert said[1:] == [f"0 votes: {doc.theme('meals').name}"] * 2
    assert undo.stack.count() == steps + 1


def test_undo_and_redo_say_the_step_they_took(demo_window, qtbot, monkeypatch):
    window = demo_window
    window.go_to_stage(Stage.PLAN)
    page = window.page(Stage.PLAN)
    board = page if isinstance(page, PlanBoard) else page.findChild(PlanBoard)
    board.tree.setCurrentItem(board.action_items()[0])
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    step = window.undo.stack.undoText()
    said = catch_announcements(monkeypatch)
    qtbot.keyClick(board.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert said == [f"Undone: {step}"]
    assert step.startswith("Mark ")
    qtbot.keyClick(board.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert said[-1] == f"Redone: {step}"
    window.redo_action.trigger()  # nothing left to redo: nothing is said
    assert len(said) == 2
