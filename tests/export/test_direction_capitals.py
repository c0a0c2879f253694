"""A line typed all in capitals with an Urdu name in it reads left to right, as English.

Abbreviations in capitals ("GP", "NHS") are not counted as English words, so that an Urdu line
about the GP still reads right to left; words typed in capitals ("PLEASE", "TELL", "CARER") were
taken for abbreviations too, and a shouted English line with one Urdu name read right to left.
Which way such lines read is checked, line by line, in test_direction_acronyms.py; this draws one.
"""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas
from writing_samples import needs_poppler, words_by_line

from wtfc.export.text import Text, TextStyle

SHOUTED = "PLEASE TELL فاطمہ'S CARER"


@needs_poppler
def test_the_shouted_line_is_drawn_from_the_left_in_reading_order(tmp_path):
    path = tmp_path / "one.pdf"
    canvas = Canvas(str(path))
    text = Text(SHOUTED, TextStyle(11))
    _, height = text.wrap(300, 800)
    text.drawOn(canvas, 100, 780 - height)
    canvas.save()
    [line] = words_by_line(path, 1)
    assert line[0] == (pytest.approx(100, abs=2), "PLEASE")  # at the left edge, read first
    assert [word for _, word in line][-1] == "CARER"
