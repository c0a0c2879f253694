"""The team of a why-tree at report-back (review 36 R2-3, R2-4, R2-5).

T on the theme's own box opened an empty line, so Enter ("that's right") took every cause off
its team; on a tree with no causes T took a name, then refused it and dropped it; Ctrl+Z of
another team's count changed it out of sight, the tree on screen another team's. (T on a
tree with no causes now names its team: test_tree_team_first.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.causes import assign_team
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import RoomRole, Stage
from wtfc.ui.boards.why_tree_layout import ROOT

P1, P3, OTHER = "t04", "t06", "t07"  # the demo's Priority 1 (Team A), 3 (Team C), no priority
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _tree(w, theme_id):
    w.go_to_stage(Stage.UNDERSTAND)
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    board = tabs.causes
    board.selector.select_theme(theme_id)
    board.view.setFocus()
    settle()
    return board


def _teams(w, theme_id) -> set[str]:
    return {c.team for c in w.doc.workshop.causes if c.theme_id == theme_id}


def test_t_on_the_theme_box_shows_the_tree_s_team_and_enter_keeps_it(qtbot, demo_window):
    w = demo_window
    board = _tree(w, P3)
    steps = w.undo.stack.count()
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    assert board.prompt.text() == "Team for every cause of this theme:"
    assert board.editor.text() == "Team C"
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    assert _teams(w, P3) == {"Team C"} and w.undo.stack.count() == steps  # no step at all
    assert list(board.teams.parts) == ["Team C"]


def test_t_on_a_two_team_tree_names_no_one_team(qtbot, demo_window):
    w = demo_window
    board = _tree(w, P3)
    one = next(c.id for c in w.doc.workshop.causes if c.theme_id == P3 and c.parent_id)
    w.undo.push(assign_team(w.doc, cause_ids=[one], team="Team F"))
    board.view.select(ROOT)
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    assert board.line.mode == "team" and board.editor.text() == ""


def test_t_on_a_tree_with_no_causes_names_the_tree_s_team_before_any_cause(qtbot, demo_window):
    """It said "add the first one (W), then press T"; now the tree is given to its team first
    (test_tree_team_first.py), and Esc gives nothing up but the words."""
    w = demo_window
    _tree(w, P1)
    w.undo.push(set_priority(w.doc, theme_id=OTHER, chosen=True, rank=4))
    board = _tree(w, OTHER)
    steps = w.undo.stack.count()
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    assert board.line.mode == "team" and board.prompt.text() == "Team for this theme's why-tree:"
    save_render(w, "why_tree_team_empty_tree")
    qtbot.keyClicks(board.editor, "Team B")
    qtbot.keyClick(board.editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is board.view and w.undo.stack.count() == steps


def test_undo_of_another_team_s_count_brings_its_tree_up(qtbot, demo_window):
    w = demo_window
    board = _tree(w, P1)
    box = board.teams.parts["Team A"].boxes[RoomRole.OLDER_PEOPLE]
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "5")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    board.selector.select_theme(P3)  # Team C reports next
    board.view.setFocus()

    qtbot.keyClick(board.view, Qt.Key.Key_Z, CTRL)
    settle()
    assert board.theme_id() == P1  # Team A's tree, its count back to 2 in sight
    assert board.teams.parts["Team A"].boxes[RoomRole.OLDER_PEOPLE].value() == 2
    assert QApplication.focusWidget() is board.view  # the keyboard stays where it was
    assert "Team A" in w.statusBar().currentMessage()

    board.selector.select_theme(P3)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Z, CTRL | SHIFT)  # and Redo alike
    settle()
    assert board.theme_id() == P1
    assert board.teams.parts["Team A"].boxes[RoomRole.OLDER_PEOPLE].value() == 5
