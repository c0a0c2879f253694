"""A3 S3 (paste into tests/ui/boards/): T then Enter on the theme's own box of a why-tree with
two teams still took every cause off its team ('Take 7 causes off their team'): 3481de2a fixed
only the one-team tree (R2-3)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle
from wtfc.model.operations.causes import assign_team
from wtfc.model.workshop import Stage
from wtfc.ui.boards.why_tree_layout import ROOT

P3 = "t06"  # the demo's Priority 3 (Team C)


def test_t_then_enter_on_a_two_team_tree_keeps_both_teams(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.UNDERSTAND)
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    board = tabs.causes
    board.selector.select_theme(P3)
    settle()
    one = next(c.id for c in w.doc.workshop.causes if c.theme_id == P3 and c.parent_id)
    w.undo.push(assign_team(w.doc, cause_ids=[one], team="Team F"))
    board.view.setFocus()
    board.view.select(ROOT)
    steps = w.undo.stack.count()
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    assert board.line.mode == "team" and board.editor.text() == ""
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)  # "yes, that's right"
    settle()
    teams = {c.team for c in w.doc.workshop.causes if c.theme_id == P3}
    assert {"Team C", "Team F"} <= teams and w.undo.stack.count() == steps
