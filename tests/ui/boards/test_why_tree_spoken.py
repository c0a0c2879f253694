"""What a screen reader is given on the why-tree: the typing line is named by the question on
screen (it said "Cause words" under "Team for this branch:" and "Why? (…)" alike), and the
status line reads a box's team as a sentence of its own ("focused.; team Team A" before)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.boards.board_workshops import sample_workshop
from wtfc.model.document import Document
from wtfc.ui.boards.causes import CausesBoard

KEY = Qt.Key


def _read_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def doc() -> Document:
    workshop = sample_workshop()
    causes = [
        c.model_copy(update={"text": "Paid carers are too task focused."}) if c.id == "d" else c
        for c in workshop.causes
    ]
    return Document(workshop.model_copy(update={"causes": causes}))


@pytest.fixture
def board(causes_board) -> CausesBoard:
    return causes_board


@pytest.mark.parametrize(
    ("key", "name"),
    [
        (KEY.Key_T, "Team for this branch"),
        (KEY.Key_F2, "Edit the cause"),
        (KEY.Key_W, "Why? ('Paid carers are too task focused.')"),
    ],
)
def test_the_typing_line_is_named_by_the_question_on_screen(qtbot, board, key, name):
    board.view.select("d")
    board.view.setFocus()
    qtbot.keyClick(board.view, key)
    assert board.editor.hasFocus()
    assert board.prompt.text().rstrip(":") == name
    assert _read_name(board.editor) == name
    qtbot.keyClick(board.editor, KEY.Key_Escape)
    assert not board.editor.isEnabled()
    assert _read_name(board.editor) == "Cause words"  # nothing asked: the line's own name


def test_the_team_of_the_chosen_box_is_read_as_a_sentence(board):
    board.view.select("d")
    assert board.status.text() == "Selected: Paid carers are too task focused. Team: Blue table"
    assert board.view.accessibleDescription() == board.status.text()
    board.view.select("b")  # no full stop of its own: one is put before the team
    assert board.status.text() == (
        "Selected: Contracts pay by the minute, not by outcome "
        "(root cause, we will act on this). Team: Blue table"
    )
