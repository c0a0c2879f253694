"""The read-out's "⚠ 1 card held back for personal details: check them on the wall" note: a
screen reader heard "Held-back cards" for it (a fixed accessible name), neither how many nor
what to do. It now hears the note's own words."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.ui.wall.test_readout_held_note_big_text import _readout


def test_a_screen_reader_hears_the_note_as_shown(show, doc, undo):
    _panel, readout = _readout(show, doc, undo, (1100, 620))
    note = readout.held_note
    assert note.text().endswith("held back for personal details: check them on the wall")
    heard = QAccessible.queryAccessibleInterface(note).text(QAccessible.Text.Name)
    assert heard == note.text()
