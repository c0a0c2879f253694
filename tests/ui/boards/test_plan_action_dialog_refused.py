"""Plan's Insert dialog after a Save refused stays window-modal (as the why-tree's, faa85564):
shown again with show() it was not, so Insert on the board could open a second dialog over it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.boards.plan import PlanBoard


def test_a_dialog_shown_again_after_a_refused_add_stays_window_modal(qtbot, doc, undo, show):
    board = show(PlanBoard(doc, undo), 1400, 800)
    board.open_add_dialog()
    dialog = board.dialog
    dialog.owner.setText("Commissioners")
    dialog.accept()  # no words: refused, shown again with the owner typed
    assert "needs to say what" in board.notice.text() and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # the board can't take Insert
