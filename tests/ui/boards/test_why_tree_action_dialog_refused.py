"""The why-tree's N dialog after a Save refused (the random facilitator, seed 8): shown again it
was no longer window-modal, so N on the board opened a second dialog, and the first one's Save
then read the second (its words lost) or, that one closed, nothing: an AttributeError traceback.
Shown again it stays window-modal, and Save adds what its own dialog says."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.boards.causes import CausesBoard


def _refused(board):
    dialog = board.tree_actions.open_dialog(lambda: ("package", "c"))
    dialog.owner.setText("Commissioners")
    dialog.accept()  # no words: refused, shown again with the owner typed
    assert "needs to say what" in board.notice.text() and dialog.isVisible()
    return dialog


def test_a_dialog_shown_again_after_a_refused_save_stays_window_modal(qtbot, doc, undo, show):
    board = show(CausesBoard(doc, undo), 1400, 800)
    dialog = _refused(board)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # the board can't take N


def test_save_adds_its_own_dialogs_words_when_another_was_opened(qtbot, doc, undo, show):
    board = show(CausesBoard(doc, undo), 1400, 800)
    first = _refused(board)
    second = board.tree_actions.open_dialog(lambda: ("package", "c"))
    second.what.setText("Ring people back within a day")
    first.what.setText("Pay mileage too")
    first.accept()  # was: the second dialog's words read, or None's
    assert [(a.what, a.owner) for a in doc.workshop.actions[-1:]] == [
        ("Pay mileage too", "Commissioners")]
    assert not first.isVisible() and second.isVisible()
    second.accept()
    assert doc.workshop.actions[-1].what == "Ring people back within a day"


def test_save_after_the_other_dialog_was_cancelled_adds_its_words(qtbot, doc, undo, show):
    board = show(CausesBoard(doc, undo), 1400, 800)
    first = _refused(board)
    board.tree_actions.open_dialog(lambda: ("package", "c")).reject()  # tree_actions.dialog: None
    first.what.setText("Pay mileage too")
    first.accept()  # was: AttributeError 'NoneType' object has no attribute 'values'
    assert doc.workshop.actions[-1].what == "Pay mileage too" and not first.isVisible()
    undo.stack.undo()
    assert all(a.what != "Pay mileage too" for a in doc.workshop.actions)
    undo.stack.redo()
    assert doc.workshop.actions[-1].what == "Pay mileage too"
