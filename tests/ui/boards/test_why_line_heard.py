"""A screen reader hears the why-tree's closed foot line say how to open it: its set name hid
the grey "Press Why? (W) to type a reason here", and the description it heard was the open
line's tooltip, "Type, then Enter to save or Escape to cancel", in a box it could not type in
(review a11y24 F2)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from wtfc.ui.boards.cause_line import IDLE_HINT, IDLE_NAME, TYPE_HINT


def _heard(widget) -> tuple[str, str]:
    QAccessible.setActive(True)
    reader = QAccessible.queryAccessibleInterface(widget)
    return reader.text(QAccessible.Text.Name), reader.text(QAccessible.Text.Description)


def test_the_closed_line_is_heard_with_its_hint_and_the_open_one_with_how_to_type(causes_board):
    editor = causes_board.editor
    assert not editor.isEnabled()
    assert _heard(editor) == (IDLE_NAME, IDLE_HINT)
    causes_board.view.select("c")
    causes_board.start_why()
    name, description = _heard(editor)
    assert editor.isEnabled() and description == TYPE_HINT
    assert name.startswith("Why?")
    causes_board.line.end()
    assert _heard(editor) == (IDLE_NAME, IDLE_HINT)
