"""The why-tree and the actions that tackle its causes: a delete says which actions lose their
link."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.boards.causes import CausesBoard


def _board(qtbot, doc, undo) -> CausesBoard:
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    return board


def test_deleting_a_cause_an_action_tackles_names_the_action_then_undo_redo(qtbot, doc, undo):
    """The action's link went silently: the step read only "Delete cause …"."""
    board = _board(qtbot, doc, undo)
    board.view.select("d")  # "e" below it is the cause action x2 tackles
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    assert doc.get("actions", "x2").cause_id is None
    assert undo.stack.undoText() == (
        "Delete cause 'Paid carers are too task focused' and 1 below it "
        "(the action 'Add 'getting to know you' visits to ind…' loses its link)"
    )
    assert board.status.text() == (
        "The action 'Add 'getting to know you' visits to induction' no longer has a root "
        "cause: Ctrl+Z puts the cause and the link back."
    )
    undo.stack.undo()
    assert doc.get("actions", "x2").cause_id == "e"
    undo.stack.redo()
    assert doc.get("actions", "x2").cause_id is None


def test_deleting_a_cause_no_action_tackles_says_nothing_more(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.view.select("c")
    board.delete_selected()
    assert undo.stack.undoText() == "Delete cause 'Travel time between visits is unpaid'"
    assert "action" not in board.status.text()
