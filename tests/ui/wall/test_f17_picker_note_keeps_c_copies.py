"""The Move picker's note never leaves "(C" at the end of a line with "copies)." on the next
(code review A4 finding 6, session 37): whatever width the picker has, "C copies" stays whole."""

from __future__ import annotations

import pytest
from county_corner import STAFF, county_wall
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from wtfc.ui.wall.chosen_cards import chosen, picker_note


@pytest.fixture
def wall(show):
    return county_wall(show)


def _lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines a word-wrapped label of ``width`` px shows ``text`` in."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_c_copies_stays_on_one_line_at_every_width(wall):
    note = picker_note(chosen(wall.doc, [("n0", None), ("n20", "staff")]), copy=False)
    assert STAFF in note and note.endswith("copies).")
    for size in (10, 12, 16):
        font = QFont(QApplication.font())
        font.setPointSize(size)
        for width in range(120, 900, 3):
            lines = _lines(note, font, width)
            assert "".join(lines) == note
            ends = [line.rstrip() for line in lines[:-1]]
            assert not any(end.endswith("(C") for end in ends), (size, width, lines)
