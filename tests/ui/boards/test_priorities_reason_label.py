"""The reason box says which theme it is about and whether that theme is a priority yet: after
votes and Enter the cursor moves a row down, and a reason typed then went to a theme nobody had
chosen, while the report printed the real priority's reason as "Not recorded"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column


def _board(qtbot, doc, undo) -> PrioritiesBoard:
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(911, 512)  # a 1366×768 laptop at 150%
    board.show()
    return board


def test_the_reason_box_names_a_chosen_theme(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("package")
    assert doc.theme("package").priority.chosen
    label = board.reason_label.text()
    assert label.startswith("&Why '") and label.endswith("was chosen:")
    assert doc.theme("package").name[:20] in label
    assert "not chosen" not in board.reason.accessibleName()


def test_after_votes_and_enter_the_box_says_the_row_below_is_not_a_priority(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.VOTES)
    board.table.setFocus()
    qtbot.keyClicks(board.table, "5")
    qtbot.keyClick(board.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.theme("lonely").priority.votes == 5)
    below = board.current_theme()
    assert below is not None and below.id != "lonely" and not below.priority.chosen
    assert "(not chosen yet — Space chooses it)" in board.reason_label.text()
    assert below.name[:20] in board.reason_label.text()
    assert "not chosen yet" in board.reason.accessibleName()
    save_render(board, "priorities_reason_label")


def test_choosing_the_theme_updates_the_box_words(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("meals")
    assert "not chosen yet" in board.reason_label.text()
    board.toggle_chosen()
    assert board.reason_label.text().endswith("was chosen:")
    undo.stack.undo()
    assert "not chosen yet" in board.reason_label.text()
    undo.stack.redo()
    assert board.reason_label.text().endswith("was chosen:")
