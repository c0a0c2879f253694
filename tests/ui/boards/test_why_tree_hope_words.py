"""A hope's why-tree asks "what stands in the way of this?" (the heading always did), but its
button, its closed line and its question read "Why? (W)", "Press Why? (W) to type a reason
here" and "Why? ('…')": a room typing what stands in the way of getting out was asked why
(review R3 R1). The W key asks the tree's question for every kind; a problem's words stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.boards.board_workshops import sample_workshop
from wtfc.model.document import Document
from wtfc.model.workshop import Priority
from wtfc.ui.boards.cause_line import ASK_WHY, IDLE_HINT
from wtfc.ui.boards.why_tree_layout import ROOT


def _undo(doc):
    from wtfc.ui.undo import UndoAdapter

    return UndoAdapter(doc)


def _doc() -> Document:
    ws = sample_workshop()  # "home" is a hope, "friends" what is working: made priorities
    chosen = {"home": 3, "friends": 4}
    themes = [t.model_copy(update={"priority": Priority(chosen=True, rank=chosen[t.id])})
              if t.id in chosen else t for t in ws.themes]
    return Document(ws.model_copy(update={"themes": themes}))


def test_a_hopes_tree_asks_what_is_in_the_way_and_a_problems_asks_why(show):
    from wtfc.ui.boards.causes import CausesBoard

    doc = _doc()
    board = show(CausesBoard(doc, _undo(doc)), 1400, 800)
    assert board.why_button.text() == "Why? (W)" and board.editor.placeholderText() == IDLE_HINT
    board.selector.select_theme("home")
    assert board.title.text() == "Understand: what stands in the way of this?"
    assert board.why_button.text() == "What is in the way? (W)"
    assert board.editor.placeholderText() == "Press What is in the way? (W) to type an answer here"
    assert board.prompt.text() == "Choose a box, then press W to ask “what is in the way?”"
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_W)  # the key asks the tree's question
    assert board.prompt.text() == "What is in the way? ('I want to stay in my own home')"
    QTest.keyClicks(board.editor, "No one to help with the garden")
    QTest.keyClick(board.editor, Qt.Key.Key_Return)
    assert doc.workshop.causes[-1].text == "No one to help with the garden"
    board.selector.select_theme("friends")
    assert board.title.text() == "Understand: why is this working?"
    assert board.why_button.text() == "Why? (W)"
    board.selector.select_theme("package")  # a problem's words as they always were
    assert board.title.text() == "Understand: why is this not working?"
    assert board.why_button.text() == "Why? (W)" and board.prompt.text() == ASK_WHY
    assert board.editor.placeholderText() == IDLE_HINT == "Press Why? (W) to type a reason here"


def test_copying_a_hopes_tree_gives_its_own_lead_in(show):
    """Edit → Copy of the tree writes each cause as the report prints it: a problem's "Why? …",
    a hope's "In the way: …"."""
    from wtfc.ui.boards.causes import CausesBoard
    from wtfc.ui.copy_words import copied_from

    doc = _doc()
    board = show(CausesBoard(doc, _undo(doc)), 1400, 800)
    board.selector.select_theme("home")
    board.add_why("No one to help with the garden")
    board.view.select(ROOT)  # the theme's box: its whole tree
    assert copied_from(board.view).text.splitlines() == [
        "I want to stay in my own home", "    In the way: No one to help with the garden"]
    board.selector.select_theme("package")
    board.view.select("d")
    problem = copied_from(board.view).text
    assert problem.startswith("Why? Paid carers are too task focused\n    Why? ")
