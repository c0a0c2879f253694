"""On a hope's why-tree W asked "What is in the way?" of every box, so under the obstacle "No
one to help with the garden" the room was asked "What is in the way? ('No one to help with the
garden')": what stands in the way of the obstacle (A25 R2). The tree asks what stands in the way
of the hope itself, then "Why?" of each answer below it, the five whys a problem's tree digs
with; the button, the closed line and the question follow the chosen box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.boards.test_why_tree_hope_words import _doc, _undo
from wtfc.ui.boards.why_tree_layout import ROOT


def test_under_an_obstacle_w_asks_why_and_on_the_hope_what_is_in_the_way(show):
    from wtfc.ui.boards.causes import CausesBoard

    doc = _doc()
    board = show(CausesBoard(doc, _undo(doc)), 1400, 800)
    board.selector.select_theme("home")  # a hope
    board.add_why("No one to help with the garden")
    cause = doc.workshop.causes[-1]
    board.view.select(cause.id)
    assert board.why_button.text() == "Why? (W)"
    assert board.why_button.toolTip() == "Add a reason under the chosen box"
    assert board.prompt.text() == "Choose a box, then press W to ask “why?”"
    assert board.editor.placeholderText() == "Press Why? (W) to type a reason here"
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_W)
    assert board.prompt.text() == "Why? ('No one to help with the garden')"
    assert board.editor.accessibleName() == "Why? ('No one to help with the garden')"
    QTest.keyClick(board.editor, Qt.Key.Key_Escape)
    board.view.select(ROOT)  # the hope's own box: what is in the way of it
    assert board.why_button.text() == "What is in the way? (W)"
    assert board.editor.placeholderText() == "Press What is in the way? (W) to type an answer here"
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_W)
    assert board.prompt.text() == "What is in the way? ('I want to stay in my own home')"


def test_a_hopes_empty_fishbone_and_tree_tip_ask_what_is_in_the_way(show):
    """An empty fishbone of a hope said "press W to ask “why?”", and the tree's tooltip "W asks
    why", beside a button reading "What is in the way? (W)" (A25 M3)."""
    from wtfc.ui.boards.causes import CausesBoard

    doc = _doc()
    board = show(CausesBoard(doc, _undo(doc)), 1400, 800)
    board.selector.select_theme("home")  # a hope, with no causes yet
    assert "W asks what is in the way (of the theme; why below it);" in board.view.toolTip()
    board.shapes.show_shape(fishbone=True)
    texts = [i.toPlainText() for i in board.shapes.scene.items() if hasattr(i, "toPlainText")]
    assert ("No causes yet: on the tree, choose the theme's box and press W to ask “what is in "
            "the way?”") in texts
    board.selector.select_theme("package")  # a problem's words as they were
    assert "W asks why;" in board.view.toolTip()
