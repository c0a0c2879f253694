"""Identify success's line of agreed causes, for a screen reader: its fixed accessible name
"Causes we agreed to act on" hid the causes (and, with none agreed, what to do). It reads the
line's own words now, with every cause whole as its description."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.ui.boards.test_success_causes import _board, _shown
from wtfc.model.operations.causes import edit_cause
from wtfc.ui.boards.success_causes import NONE_YET


def _heard(line) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(line)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_a_screen_reader_hears_the_causes(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    name, description = _heard(board.agreed)
    assert name == _shown(board)  # the bold lead read as words, not as <b>
    assert "Contracts pay by the minute, not by outcome" in name
    assert description.startswith("We agreed to act on:\n• Contracts pay by the minute")
    for cause in [c for c in doc.workshop.causes if c.agreed]:
        undo.push(edit_cause(doc, cause_id=cause.id, agreed=False))
    assert _heard(board.agreed)[0] == NONE_YET
