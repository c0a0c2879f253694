"""Review's ⚠ line on last time's words, for a screen reader: its fixed accessible name
"Possible personal details in last time's words" hid where they are (an action's note, a gone
theme) and that the room shows them as [name]… until ticked. It reads its own words now."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.ui.boards.test_review_last_words import _board


def test_a_screen_reader_hears_where_the_details_are(qtbot, doc, undo, tmp_path):
    line = _board(qtbot, doc, undo, tmp_path).words_hint.text
    assert "The room view shows them that way too until you tick" in line.text()
    assert QAccessible.queryAccessibleInterface(line).text(QAccessible.Text.Name) == line.text()
