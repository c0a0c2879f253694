"""On a read-only workshop the why-tree's closed line says so, not "Press Why? (W) to type a
reason here" (a key that only refused), and a click in it, or W, changes nothing: it chose the
theme's box before saying the workshop can't be changed (review 24 code_d2 F2). Made writable
(Save As), the line invites again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.boards.test_why_line_click import _click
from tests.ui.renders import save_render
from wtfc.ui.boards.cause_line import ASK_WHY, IDLE_HINT, READ_ONLY_HINT


def _opened_read_only(board, doc, undo) -> None:
    """As the file controller opens a file read-only: the flag, then the workshop reset."""
    undo.read_only = True
    doc.replace_workshop(doc.workshop)


def test_the_closed_line_says_the_workshop_is_read_only(causes_board, doc, undo):
    _opened_read_only(causes_board, doc, undo)
    editor = causes_board.editor
    save_render(causes_board, "why_line_read_only")
    assert editor.placeholderText() == READ_ONLY_HINT
    assert "read-only" in editor.placeholderText()
    assert "W" not in causes_board.prompt.text() and "Why?" not in editor.placeholderText()
    assert editor.accessibleDescription() == READ_ONLY_HINT  # what a screen reader hears


def test_a_click_or_w_on_a_read_only_workshop_changes_nothing(causes_board, doc, undo):
    board = causes_board
    _opened_read_only(board, doc, undo)
    board.view.select(None)  # nothing chosen (a click in the tree's blank space)
    _click(board)
    assert "read-only" in board.notice.text()
    assert not board.editor.isEnabled()
    assert board.selected() is None  # the theme's box was chosen before the refusal
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_W)
    assert not board.editor.isEnabled() and board.selected() is None
    assert board.editor.placeholderText() == READ_ONLY_HINT


def test_made_writable_the_line_invites_again(causes_board, doc, undo):
    _opened_read_only(causes_board, doc, undo)
    undo.read_only = False  # Save As: the copy is ours, and the pages are reset to unlock
    doc.replace_workshop(doc.workshop)
    assert causes_board.editor.placeholderText() == IDLE_HINT
    assert causes_board.prompt.text() == ASK_WHY
    causes_board.start_why()
    assert causes_board.editor.isEnabled()
