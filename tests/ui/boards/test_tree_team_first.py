"""T on the theme's box of a why-tree with no causes yet names its team: at the start of
Understand the facilitator splits the room into teams, one per priority, and the Theme box,
the room view and the Teams panel say "Team A" before its first cause is written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Stage
from wtfc.ui.boards.why_tree_layout import ROOT, why_tree
from wtfc.ui.boards.why_tree_page_graph import PageGraph, shown_causes

P1, OTHER = "t04", "t07"  # the demo's Priority 1 (Team A's), a theme with no causes yet
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _empty_tree(w):
    w.go_to_stage(Stage.UNDERSTAND)
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    w.undo.push(set_priority(w.doc, theme_id=OTHER, chosen=True, rank=4))
    board = tabs.causes
    board.selector.select_theme(OTHER)
    board.view.setFocus()
    settle()
    return board


def test_t_names_the_team_of_a_tree_with_no_causes_and_its_first_cause_takes_it(
        qtbot, demo_window):
    w = demo_window
    board = _empty_tree(w)
    steps = w.undo.stack.count()
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    assert board.line.mode == "team" and board.prompt.text() == "Team for this theme's why-tree:"
    qtbot.keyClicks(board.editor, "Team A")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    settle()
    assert w.undo.stack.count() == steps + 1
    assert w.undo.stack.undoText().startswith("Give the why-tree of ")
    assert board.selector.currentText().endswith(" · Team: Team A")
    assert "Team A" in board.teams.parts  # its members can be counted now
    save_render(w, "why_tree_team_before_causes")

    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_W)  # the first "why?": in Team A
    qtbot.keyClicks(board.editor, "No one asks what I want")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert [c.team for c in w.doc.workshop.causes if c.theme_id == OTHER] == ["Team A"]

    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Z, CTRL)  # the cause
    qtbot.keyClick(board.view, Qt.Key.Key_Z, CTRL)  # the team
    settle()
    assert w.doc.get("themes", OTHER).team == ""
    assert " · Team" not in board.selector.currentText()
    qtbot.keyClick(board.view, Qt.Key.Key_Z, CTRL | SHIFT)
    settle()
    assert board.selector.currentText().endswith(" · Team: Team A")


def test_the_room_view_s_theme_box_says_the_team_of_a_tree_with_no_causes(qtbot, demo_window):
    w = demo_window
    board = _empty_tree(w)
    board.set_team("Team A", node=ROOT)
    page = PageGraph(why_tree(w.doc, OTHER))
    assert shown_causes(w.doc, page.graph, page.notes, {}, OTHER) == ("Team: Team A", {})
    assert shown_causes(w.doc, page.graph, page.notes, {}) == ("", {})  # no theme: as before
