"""Plan's and Act's action dialogs and the why-tree's N and M dialogs are freed once closed.

Kept, every Insert, Enter, N and M left its dialog (and its list popups) in memory all day: 100
actions added left 100 dialogs and 500 popup windows behind. A Save refused shows the dialog
again with what was typed, so that one is kept until it is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from tests.ui.boards.board_workshops import TODAY
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.move_under_dialog import MoveUnderDialog
from wtfc.ui.boards.plan import PlanBoard


def _left(board, kind) -> list:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return board.findChildren(kind)


def test_plan_dialogs_are_freed_once_saved_or_cancelled(qtbot, doc, undo, show):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY), 1600, 720)
    for what in ["Pay carers for travel time", "Ring people back within a day"]:
        board.open_add_dialog()
        dialog = board.dialog
        dialog.what.setText(what)
        dialog.accept()
    board.open_add_dialog()
    dialog = board.dialog
    dialog.owner.setText("Community nursing")
    dialog.accept()  # no words: refused, shown again with the owner typed
    assert "needs to say what" in board.notice.text()
    assert _left(board, ActionDialog) == [dialog] and board.dialog is dialog
    assert dialog.isVisible() and dialog.owner.text() == "Community nursing"
    dialog.what.setText("Named district nurse link")
    dialog.accept()  # saved at the second try
    board.open_add_dialog()
    board.dialog.reject()  # Cancel, nothing typed
    board.select_action("x4")
    board.open_edit_dialog()
    board.dialog.what.setText("Run a rights session at every lunch club")
    board.dialog.accept()
    board.select_action("x2")
    board.open_edit_dialog()
    board.dialog.accept()  # saved unchanged: closes with no step
    whats = [a.what for a in doc.workshop.actions]
    assert whats[-3:] == [
        "Pay carers for travel time",
        "Ring people back within a day",
        "Named district nurse link",
    ]
    assert doc.workshop.actions[-1].owner == "Community nursing"
    assert doc.get("actions", "x4").what == "Run a rights session at every lunch club"
    assert board.dialog is None and _left(board, ActionDialog) == []


def test_why_tree_action_and_move_dialogs_are_freed_once_closed(qtbot, doc, undo, show):
    board = show(CausesBoard(doc, undo), 1400, 800)
    board.view.select("c")
    dialog = board.tree_actions.open_dialog(lambda: ("package", "c"))
    dialog.what.setText("Pay carers for travel time")
    dialog.accept()
    dialog = board.tree_actions.open_dialog(lambda: ("package", "c"))
    dialog.owner.setText("Commissioners")
    dialog.accept()  # no words: refused, shown again with the owner typed
    assert _left(board, ActionDialog) == [dialog] and dialog.owner.text() == "Commissioners"
    dialog.what.setText("Pay mileage too")
    dialog.accept()
    board.open_action_dialog()
    board.tree_actions.dialog.reject()  # Cancel, nothing typed
    assert [(a.what, a.owner) for a in doc.workshop.actions[-2:]] == [
        ("Pay carers for travel time", ""),
        ("Pay mileage too", "Commissioners"),
    ]
    assert board.tree_actions.dialog is None and _left(board, ActionDialog) == []

    board.view.select("a")
    board.open_move_dialog()
    move = board.move_dialog
    move.list.setCurrentRow(2)  # under e
    move.accept()
    assert doc.get("causes", "a").parent_id == "e"
    board.view.select("a")
    board.open_move_dialog()
    board.move_dialog.reject()
    assert board.move_dialog is None and _left(board, MoveUnderDialog) == []
