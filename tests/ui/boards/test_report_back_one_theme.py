"""A team's report-back: its why-tree, then what success would look like, then its actions, each
on the team's theme (review 36 R2-1). Each board's Theme box kept its own choice: Ctrl+5 after
Team C's why-tree put Priority 1's statements on the projector in front of Team C. A theme
chosen on Understand's, Identify success's or the Plan board's box is now the others' too
(a Show box on "All themes" keeps it); the choice is no edit (no undo step), and a theme that
leaves the lists meanwhile is not brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.causes import add_cause, delete_cause
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan_rows import ID_ROLE

P1, P2, P3, OTHER = "t04", "t05", "t06", "t07"  # the demo's priorities; t07 is none


def _tree(w, theme_id):
    w.go_to_stage(Stage.UNDERSTAND)
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    tabs.causes.selector.setCurrentIndex(tabs.causes.selector.findData(theme_id))
    settle()
    return tabs.causes


def _room_words(w) -> str:
    view = w.room.window.content
    view.grab()
    return " | ".join(words for _px, words, _cut in view.drawn_text)


def test_ctrl_5_after_a_team_s_why_tree_shows_that_team_s_success(qtbot, demo_window):
    w = demo_window
    w.room.act_show.setChecked(True)
    w.room.window.act_full_screen.setChecked(False)
    w.room.window.resize(1024, 768)
    assert w.room.act_follow.isChecked()
    _tree(w, P3)  # Team C's
    steps = w.undo.stack.index()

    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    settle()
    success = w.page(Stage.IDENTIFY_SUCCESS)
    assert w.shown_stage() == Stage.IDENTIFY_SUCCESS and w.room.choice == "success"
    assert success.selector.theme_id() == P3
    words = _room_words(w)
    assert "I feel lonely and cut off" in words and "Priority 3" in words
    assert "Priority 1" not in words
    save_render(w.room.window, "report_back_success_follows_tree")

    # and back: Team B's success chosen, the why-tree and the room's tree come up on it
    success.selector.select_theme(P2)
    qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settle()
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    settle()
    assert tabs.causes.theme_id() == P2 and w.room.choice == "causes"
    assert w.room.window.content._theme_id == P2  # the projector's why-tree: Team B's
    # a choice of what to look at: the stage moves were the only steps
    assert all("stage" in w.undo.stack.text(i).lower()
               for i in range(steps, w.undo.stack.count()))


def test_plan_s_show_box_follows_when_it_shows_one_theme(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.PLAN)
    plan = w.page(Stage.PLAN)
    assert plan.theme_filter.currentData() is None  # All themes
    _tree(w, P3)
    w.go_to_stage(Stage.PLAN)
    settle()
    assert plan.theme_filter.currentData() is None  # every theme's actions stay shown

    plan.theme_filter.setCurrentIndex(plan.theme_filter.findData(P2))  # one theme
    assert _tree(w, P2).theme_id() == P2  # chosen on Plan: the why-tree's too
    _tree(w, P3)
    w.go_to_stage(Stage.PLAN)
    settle()
    assert plan.theme_filter.currentData() == P3
    shown = {item.data(0, ID_ROLE) for item in plan.action_items()}
    assert shown == {a.id for a in w.doc.workshop.actions if a.theme_id == P3}


def test_a_theme_that_left_the_lists_is_not_brought_back(qtbot, demo_window):
    w = demo_window
    _tree(w, P1)
    w.undo.push(set_priority(w.doc, theme_id=OTHER, chosen=True, rank=4))
    board = _tree(w, OTHER)
    w.undo.stack.undo()  # no longer a priority: the why-tree falls back to Priority 1
    settle()
    assert board.theme_id() == P1
    w.undo.stack.redo()  # a priority again: nobody chose it since, nothing moves to it
    settle()
    assert board.theme_id() == P1
    w.go_to_stage(Stage.IDENTIFY_SUCCESS)  # built now: on the why-tree's theme, not the one gone
    settle()
    assert w.page(Stage.IDENTIFY_SUCCESS).selector.theme_id() == P1


def test_plan_takes_a_priority_chosen_while_it_was_out_of_sight(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.PLAN)
    plan = w.page(Stage.PLAN)
    plan.theme_filter.setCurrentIndex(plan.theme_filter.findData(P2))
    _tree(w, P1)
    w.undo.push(set_priority(w.doc, theme_id=OTHER, chosen=True, rank=4))  # not on Plan's list
    _tree(w, OTHER)
    w.go_to_stage(Stage.PLAN)
    settle()
    assert plan.theme_filter.currentData() == OTHER and not plan.action_items()


def test_success_takes_the_tree_an_undo_brings_up_on_a_theme_listed_only_then(qtbot, demo_window):
    """A dropped priority's one cause deleted: its theme leaves every Theme box. Ctrl+Z puts
    the cause back and brings its why-tree up; Identify success's box, built after the
    why-tree's board and so told of the cause after it, did not list the theme yet and kept
    Priority 1: Ctrl+5 put Priority 1's statements on screen after the other theme's tree."""
    w = demo_window
    _tree(w, P1)
    w.go_to_stage(Stage.IDENTIFY_SUCCESS)  # built after the why-tree's board, told after it
    w.undo.push(set_priority(w.doc, theme_id=OTHER, chosen=True, rank=4))
    w.undo.push(add_cause(w.doc, theme_id=OTHER, text="No bus after six"))
    w.undo.push(set_priority(w.doc, theme_id=OTHER, chosen=False))  # kept: it has a cause
    board = _tree(w, OTHER)
    success = w.page(Stage.IDENTIFY_SUCCESS)
    assert success.selector.theme_id() == OTHER
    w.undo.push(delete_cause(w.doc, cause_id=next(
        c.id for c in w.doc.workshop.causes if c.text == "No bus after six")))
    settle()
    assert success.selector.findData(OTHER) < 0  # in no box now: each fell back
    assert (board.theme_id(), success.selector.theme_id()) == (P1, P1)

    w.undo_action.trigger()  # Ctrl+Z: the cause is back, on its tree
    settle()
    assert board.theme_id() == OTHER
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert w.shown_stage() == Stage.IDENTIFY_SUCCESS and success.selector.theme_id() == OTHER
