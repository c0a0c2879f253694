"""Code review A1 (session 37), through the keyboard on the demo: a tree given to Team B before
its first cause (T, 'Team B', Enter), a reason typed (it takes Team B), then that branch given
to Team F (T on it). T on the theme's box opened with 'Team B' and Enter gave Team F's branch
to Team B in one silent step; it now opens empty and Enter is refused with the words
'More than one team…', as on a two-team tree whose causes hold both teams."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Stage
from wtfc.ui.boards.why_tree_layout import ROOT

P1, OTHER = "t04", "t07"  # the demo's Priority 1, a theme with no causes yet


def _tree(w, theme_id):
    w.go_to_stage(Stage.UNDERSTAND)
    tabs = w.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    board = tabs.causes
    board.selector.select_theme(theme_id)
    board.view.setFocus()
    settle()
    return board


def _line(qtbot, board, key, words):
    qtbot.keyClick(board.view, key)
    board.editor.selectAll()
    qtbot.keyClicks(board.editor, words)
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    settle()


def test_t_enter_on_the_box_of_a_two_team_tree_given_first_keeps_both(qtbot, demo_window):
    w = demo_window
    _tree(w, P1)
    w.undo.push(set_priority(w.doc, theme_id=OTHER, chosen=True, rank=4))
    board = _tree(w, OTHER)
    _line(qtbot, board, Qt.Key.Key_T, "Team B")
    board.view.select(ROOT)
    board.view.setFocus()
    _line(qtbot, board, Qt.Key.Key_W, "The bus is always late")
    cause = next(c for c in w.doc.workshop.causes if c.theme_id == OTHER)
    assert cause.team == "Team B"
    board.view.select(ROOT)
    board.view.setFocus()
    _line(qtbot, board, Qt.Key.Key_W, "No one asks what we like")
    second = [c for c in w.doc.workshop.causes if c.theme_id == OTHER][-1]
    board.view.select(second.id)
    board.view.setFocus()
    _line(qtbot, board, Qt.Key.Key_T, "Team F")
    assert sorted(c.team for c in w.doc.workshop.causes if c.theme_id == OTHER) == \
        ["Team B", "Team F"]

    steps = w.undo.stack.count()
    board.view.select(ROOT)
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_T)
    assert board.editor.text() == ""  # it said 'Team B'
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    settle()
    assert sorted(c.team for c in w.doc.workshop.causes if c.theme_id == OTHER) == \
        ["Team B", "Team F"]
    assert w.undo.stack.count() == steps
