"""What the suggestions panel says, for a screen reader: it was named "What the suggestions
panel says", heard before the words (its description). It reads the words it shows now."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from wtfc.ui.wall.suggestion_messages import STOPPED


def test_a_screen_reader_hears_the_message_as_its_name(panel):
    panel.suggestions.set_shown(True)
    panel.suggestions.say(STOPPED)
    face = QAccessible.queryAccessibleInterface(panel.suggestions.message)
    assert face.text(QAccessible.Text.Name) == STOPPED
    assert face.text(QAccessible.Text.Description) == STOPPED  # whole, were it folded
