"""Looking back on this workshop, on the Review board: what went well, what didn't go so well,
what we would do differently next time, and the next review's date. Each is one undoable step
when the keyboard leaves it; it is there on a first workshop, with no last time's file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tests.ui.boards.board_workshops import TODAY
from wtfc.ui.boards.review import ReviewBoard

WELL = "Older people led two of the why-tree tables"


def _board(qtbot, doc, undo, size=(1366, 768)) -> ReviewBoard:
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow, timeout=2000)
    return board


def _type(qtbot, box, words: str) -> None:
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    qtbot.keyClicks(box, words)


def test_a_first_workshop_shows_looking_back_and_not_last_times_empty_lists(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    block = board.looking_back
    assert block.isVisible() and block.title() == "Looking back on this workshop"
    assert not board.themes.isVisible() and not board.action_tree.isVisible()
    labels = [board.looking_back.boxes[f].accessibleName() for f in block.boxes]
    assert labels == [
        "What went well",
        "What didn't go so well",
        "What we would do differently next time",
    ]
    assert block.date.text() == "No date yet" and not block.has_date.isChecked()


def test_an_answer_is_one_step_when_the_box_is_left_undo_and_redo(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    boxes = board.looking_back.boxes
    _type(qtbot, boxes["went_well"], WELL)
    assert doc.workshop.reflection.went_well == ""  # recorded only when left
    qtbot.keyClick(boxes["went_well"], Qt.Key.Key_Tab)  # on to the next box
    assert boxes["not_so_well"].hasFocus()
    assert doc.workshop.reflection.went_well == WELL
    assert undo.stack.count() == 1 and undo.stack.undoText() == "Edit the reflection"
    undo.stack.undo()
    assert doc.workshop.reflection.went_well == "" and boxes["went_well"].toPlainText() == ""
    undo.stack.redo()
    assert boxes["went_well"].toPlainText() == WELL


def test_the_next_review_date_no_date_then_a_date_undo_and_redo(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    block = board.looking_back
    block.has_date.setChecked(True)  # as a click: six months after the workshop, to change
    assert doc.workshop.next_review == dt.date(2025, 9, 1)  # the workshop: 1 March 2025
    qtbot.waitUntil(block.date.hasFocus, timeout=2000)  # the arrows change the day
    block.date.setDate(QDate(2027, 5, 12))
    block.date.editingFinished.emit()
    assert doc.workshop.next_review == dt.date(2027, 5, 12)
    assert undo.stack.undoText() == "Set the next review to 12 May 2027"
    undo.stack.undo()
    undo.stack.undo()
    assert doc.workshop.next_review is None
    assert block.date.text() == "No date yet" and not block.has_date.isChecked()
    undo.stack.redo()
    undo.stack.redo()
    assert block.date.date() == QDate(2027, 5, 12) and block.has_date.isChecked()


def test_words_still_being_typed_are_recorded_before_a_save_and_kept_for_recovery(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    box = board.looking_back.boxes["do_differently"]
    _type(qtbot, box, "Book a quieter room")
    assert len(board.looking_back.typed_edits()) == 1  # the recovery copy's step, not done
    assert doc.workshop.reflection.do_differently == "" and undo.stack.count() == 0
    assert board.commit_pending()  # what the window does before saving, closing, moving on
    assert doc.workshop.reflection.do_differently == "Book a quieter room"
    assert undo.stack.count() == 1 and board.looking_back.typed_edits() == []
    assert box.hasFocus()  # typing goes on


def test_a_read_only_file_shows_the_answers_without_taking_edits(qtbot, doc, undo):
    undo.read_only = True
    board = _board(qtbot, doc, undo)
    assert board.looking_back.boxes["went_well"].isReadOnly()
    assert not board.looking_back.has_date.isEnabled()
    assert board.commit_pending() and board.looking_back.typed_edits() == []


def test_the_block_fits_a_150_percent_laptop(qtbot, doc, undo):
    """1366×768 at 150%: the board gets ~675×490; every box and the date are on screen."""
    from tests.ui.renders import save_render

    board = _board(qtbot, doc, undo, size=(675, 490))
    block = board.looking_back
    for widget in (*block.boxes.values(), block.date, block.has_date):
        top_left = widget.mapTo(board, widget.rect().topLeft())
        bottom = widget.mapTo(board, widget.rect().bottomRight())
        assert board.rect().contains(top_left) and board.rect().contains(bottom)
        assert widget.height() >= widget.fontMetrics().height()
    save_render(board, "review_looking_back_150")
