"""The Identify success board and the actions linked to its statements: a delete says which
actions lose their link."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import Perspective
from wtfc.ui.boards.success import SuccessBoard


def _board(qtbot, doc, undo) -> SuccessBoard:
    board = SuccessBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1600, 800)
    board.show()
    return board


def test_deleting_a_statement_an_action_aims_at_names_the_action_then_undo_redo(qtbot, doc, undo):
    """The action's link went silently: the step read only "Delete success statement …"."""
    board = _board(qtbot, doc, undo)
    column = board.columns[Perspective.COMMISSIONERS].list
    column.setCurrentRow(0)  # "We buy outcomes, not minutes": action x1 aims at it
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_Delete)
    assert doc.get("actions", "x1").success_id is None
    assert undo.stack.undoText() == (
        "Delete success statement 'We buy outcomes, not minutes' "
        "(the action 'Pilot outcome-based home care contracts' loses its link)"
    )
    assert board.status.isVisible()
    assert board.status.text() == (
        "The action 'Pilot outcome-based home care contracts' no longer has a success "
        "statement: Ctrl+Z puts the statement and the link back."
    )
    save_render(board, "success_delete_unlinks_action")
    undo.stack.undo()
    assert doc.get("actions", "x1").success_id == "s-co"
    assert not board.status.isVisible()  # no longer so
    undo.stack.redo()
    assert doc.get("actions", "x1").success_id is None


def test_deleting_a_statement_two_actions_aim_at_counts_them(qtbot, doc, undo):
    edit_action(doc, action_id="x2", success_id="s-co").do(doc)
    board = _board(qtbot, doc, undo)
    board.delete_statement("s-co")
    assert undo.stack.undoText().endswith("(2 actions lose their link)")
    assert board.status.text().startswith("2 actions no longer have a success statement:")
    undo.stack.undo()
    assert [doc.get("actions", a).success_id for a in ("x1", "x2")] == ["s-co", "s-co"]


def test_deleting_a_statement_no_action_aims_at_says_nothing_more(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.delete_statement("s-op")
    said = "Delete success statement 'I have time to talk with the people who…'"
    assert undo.stack.undoText() == said
    assert not board.status.isVisible()
