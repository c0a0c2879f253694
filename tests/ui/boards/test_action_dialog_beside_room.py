"""An action's dialog beside the room view. Act's "What has happened so far" reads as the room
view draws it, "[name] rang on [phone]", while held-back details are hidden (F6); but Enter on
the row opened the action's dialog with the note as typed, and with the room view on the
laptop's only screen (a mirrored projector) the room saw it. Opening it now asks first, as
editing a held-back card does; Cancel, the default, changes nothing. With the details shown,
or the room view on another screen, it opens at once.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.ui.boards.test_held_back_board_notes import NAME, PHONE, _open_with_note, _room_up_here
from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import PROGRESS_COLUMN

ASK_TITLE = "Show an action's held-back words?"
SHOW_DETAILS = "Show held-back details beside the room view?"  # the window's own question


@pytest.fixture
def asked(monkeypatch) -> tuple[list[str], list[QMessageBox.StandardButton]]:
    """Each question's title and words as asked, answered from ``answers`` (Cancel when none
    is left: nothing shown). The window's own close (pytest-qt closes it before fixtures are
    torn down) discards, as demo_window's answer: a Cancel there left it and the room view up
    for the next test."""
    said: list[str] = []
    answers: list[QMessageBox.StandardButton] = []

    def question(_parent, title, text, *_a, **_k):
        if title == "Unsaved changes":
            return QMessageBox.StandardButton.Discard
        said.append(f"{title}\n{text}")
        return answers.pop(0) if answers else QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return said, answers


def _board_on(window, stage: Stage, action_id: str):
    window.go_to_stage(stage)
    board = window.page(stage)
    board.select_action(action_id)
    settle()
    return board


def _row_centre(board):
    return board.tree.visualItemRect(board.tree.currentItem()).center()


def _closed(board) -> None:
    """The dialog put away unchanged (nothing typed: Cancel asks nothing)."""
    assert board.dialog is not None and board.dialog.isVisible()
    board.dialog.reject()
    settle()


def test_enter_beside_the_room_view_asks_before_the_note_shows_and_cancel_changes_nothing(
        demo_window, tmp_path, qtbot, asked, monkeypatch):
    window = demo_window
    said, answers = asked
    action_id = _open_with_note(window, tmp_path)
    board = _board_on(window, Stage.ACT, action_id)
    _room_up_here(window)
    steps, note = window.undo.stack.count(), window.doc.get("actions", action_id).progress_note
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    assert len(said) == 1 and said[0].startswith(ASK_TITLE)
    assert "“What has happened so far”" in said[0] and "[name], [phone]" in said[0]
    assert NAME not in said[0] and PHONE not in said[0]  # the question names kinds alone
    assert "The room view is on this screen, so the room may be seeing it" in said[0]
    assert board.dialog is None  # Cancel: nothing opened, nothing shown, nothing changed
    assert window.undo.stack.count() == steps
    assert window.doc.get("actions", action_id).progress_note == note
    assert not window.held_back.shown
    assert board.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == action_id
    assert NAME not in board.tree.currentItem().text(PROGRESS_COLUMN)
    answers.append(QMessageBox.StandardButton.Yes)  # said so: the note as typed, to edit
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    assert len(said) == 2 and board.dialog is not None
    assert board.dialog.progress_note.toPlainText() == note
    _closed(board)

    answers.append(QMessageBox.StandardButton.Yes)  # the window asks before it shows them
    window.show_held_back_action.trigger()
    assert window.held_back.shown and said[-1].startswith(SHOW_DETAILS)
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    assert len(said) == 3  # the details shown: the dialog opens at once
    _closed(board)
    window.show_held_back_action.trigger()  # hidden again, and the room view on another screen
    assert not window.held_back.shown
    monkeypatch.setattr(window.room.held_back_kept, "room_here", lambda: False)
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    assert len(said) == 3
    _closed(board)


def test_plans_double_click_and_edit_button_ask_too(demo_window, tmp_path, qtbot, asked):
    window = demo_window
    said, _answers = asked
    action_id = _open_with_note(window, tmp_path)
    board = _board_on(window, Stage.PLAN, action_id)
    _room_up_here(window)
    steps = window.undo.stack.count()
    for click in (qtbot.mouseClick, qtbot.mouseDClick):  # a double-click's first click, then it
        click(board.tree.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(board))
    assert len(said) == 1 and said[0].startswith(ASK_TITLE) and board.dialog is None
    edit = next(b for b in board.findChildren(QPushButton) if b.text() == "Edit (Enter)")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert len(said) == 2 and said[1].startswith(ASK_TITLE) and board.dialog is None
    assert window.undo.stack.count() == steps and not window.held_back.shown
    # an action whose words hide nothing opens at once
    plain = next(a for a in window.doc.workshop.actions if not a.progress_note.strip())
    board.select_action(plain.id)
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    assert len(said) == 2
    _closed(board)
