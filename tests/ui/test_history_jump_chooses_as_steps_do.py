"""After a History jump the boards choose what the same steps undone or redone one at a time leave
chosen (what the facilitator sees chosen, and where the next key acts).

A jump is told to the boards as one edit. Going forward over four causes added, the why-tree came
up on the last one's theme but chose its root box, as it took the first cause in sorted order
(under another theme); four Redos choose the cause the last one added. Plan chose the action
brought back whose id sorted first, not the last one added. And a jump from Understand back to
a stage before it, over votes recorded there, switched Understand's tab to Choose priorities
(the votes were told before the stage), which Undos one at a time, leaving Understand first,
never do: coming back, the facilitator found another tab than the one they left.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from tests.ui.settled import settle
from tests.ui.test_history_jump_follows_last_step import STEPS, _cause, _four_steps, _jump
from wtfc.model.operations.actions import add_action
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Role, Stage
from wtfc.ui.boards.causes import CausesBoard


def _step(window, name: str) -> None:
    """Edit → Undo (or Redo), as Ctrl+Z takes it."""
    action = next(a for a in window.findChildren(QAction)
                  if a.text().startswith(f"&{name}") and a.isEnabled())
    action.trigger()
    settle()


def _one_at_a_time(window, steps: int) -> None:
    for name in ["Undo"] * steps + ["Redo"] * steps:
        _step(window, name)


def test_a_jump_forward_chooses_the_cause_the_last_step_added(demo_window, monkeypatch):
    w = demo_window
    w.go_to_stage(Stage.UNDERSTAND)
    w.history_dock.show()
    settle()
    board = w.findChild(CausesBoard)
    w.page(Stage.UNDERSTAND).setCurrentWidget(board)
    start, end = _four_steps(w, monkeypatch, _cause)
    last = STEPS[-1][1]  # under t04; the first in sorted order is under t05
    _one_at_a_time(w, len(STEPS))
    assert (board.theme_id(), board.selected()) == ("t04", last)  # as four Redos leave it

    _jump(w, start)
    _jump(w, end)
    assert (board.theme_id(), board.selected()) == ("t04", last)


def test_a_jump_forward_chooses_the_action_the_last_step_added(demo_window, monkeypatch):
    w = demo_window
    w.go_to_stage(Stage.PLAN)
    w.history_dock.show()
    settle()
    page = w.page(Stage.PLAN)
    added = ["f20000000002", "f20000000001", "f20000000004", "f20000000003"]  # not sorted

    def _action(doc, theme_id, n):
        return add_action(doc, theme_id=theme_id, role=Role.PROVIDERS, what=f"Action {n}")

    start, end = _four_steps(w, monkeypatch, _action, [("t04", a) for a in added])
    _one_at_a_time(w, len(added))
    assert page.selected_action().id == added[-1]  # as four Redos leave it

    _jump(w, start)
    _jump(w, end)
    assert page.selected_action().id == added[-1]


def test_a_jump_out_of_understand_leaves_its_tab_as_undos_do(demo_window):
    """Votes recorded on Identify success, then on to Understand's why-tree: going back before
    the votes leaves Understand first, so its tab stays on the why-tree."""
    w = demo_window
    w.go_to_stage(Stage.IDENTIFY_SUCCESS)
    w.history_dock.show()
    settle()
    start = w.undo.stack.index()
    votes = w.doc.theme("t06").priority.votes
    w.undo.push(set_priority(w.doc, theme_id="t06", votes=votes + 5))
    w.go_to_stage(Stage.UNDERSTAND)
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    settle()
    _step(w, "Undo")
    _step(w, "Undo")
    assert w.shown_stage() is Stage.IDENTIFY_SUCCESS
    assert tabs.currentWidget() is tabs.causes  # as the Undos leave it
    _step(w, "Redo")
    _step(w, "Redo")
    assert w.shown_stage() is Stage.UNDERSTAND and tabs.currentWidget() is tabs.causes

    _jump(w, start)
    assert w.shown_stage() is Stage.IDENTIFY_SUCCESS
    assert tabs.currentWidget() is tabs.causes
    assert w.doc.theme("t06").priority.votes == votes
