"""The action dialog's "Resources and who else is needed" (format 5): the method asks the room
to be open about the money, people and time there are, and to bring in whoever else a change
needs. Typed in the dialog, kept on the action as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.board_workshops import TODAY
from tests.ui.renders import save_render
from wtfc.model.workshop import Role
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.plan import PlanBoard

NEEDS = "£3,000 for cover; bring in the district nurses"


def _board(qtbot, doc, undo) -> PlanBoard:
    board = PlanBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1600, 720)
    board.show()
    return board


def test_a_new_actions_resources_are_kept_done_undone_redone(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.tree.setCurrentItem(board.lane(Role.HEALTH))
    board.open_add_dialog()
    dialog = board.dialog
    dialog.what.setText("Named district nurse link for each home care team")
    dialog.resources.setFocus()
    qtbot.keyClicks(dialog.resources, NEEDS)
    save_render(dialog, "action_dialog_resources")
    qtbot.keyClick(dialog.resources, Qt.Key.Key_Return)  # Enter saves
    action = doc.workshop.actions[-1]
    assert action.resources == NEEDS
    undo.stack.undo()
    assert all(a.what != action.what for a in doc.workshop.actions)
    undo.stack.redo()
    assert doc.workshop.actions[-1].resources == NEEDS


def test_editing_an_action_shows_its_resources_and_changes_them_in_one_step(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    first = doc.workshop.actions[0]
    board.select_action(first.id)
    board.open_edit_dialog()
    board.dialog.resources.setText("  Two days of the rota lead's time ")
    board.dialog.accept()
    assert doc.get("actions", first.id).resources == "Two days of the rota lead's time"
    assert undo.stack.undoText() == f"Edit action '{first.what}'"
    board.select_action(first.id)
    board.open_edit_dialog()
    assert board.dialog.resources.text() == "Two days of the rota lead's time"
    board.dialog.reject()
    undo.stack.undo()
    assert doc.get("actions", first.id).resources == ""
    undo.stack.redo()
    assert doc.get("actions", first.id).resources == "Two days of the rota lead's time"


def test_the_resources_are_read_for_personal_details_as_they_are_typed(qtbot, doc):
    """They are printed in the report and the data export, so the guard reads them."""
    dialog = ActionDialog(doc, action=doc.workshop.actions[0], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resources.setText("Ring 07700 900123 for the volunteers")
    assert dialog.detail_hint.isVisible()
    assert (
        "“Resources and who else is needed”: “Ring [phone] for the volunteers”"
        in dialog.detail_hint.text()
    )
