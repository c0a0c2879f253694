"""A line typed all in capitals with an Urdu name in it reads left to right, as English.

Abbreviations in capitals ("GP", "NHS") are not counted as English words, so that an Urdu line
about the GP still reads right to left; words typed in capitals ("PLEASE", "TELL", "CARER") were
taken for abbreviations too, and a shouted English line with one Urdu name read right to left.
"""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas
from writing_samples import needs_poppler, words_by_line

from wtfc.export import direction, writing
from wtfc.export.text import Text, TextStyle

SHOUTED = "PLEASE TELL فاطمہ'S CARER"
ENGLISH = [SHOUTED, "PLEASE TELL فاطمہ CARER", "CALL محمد علی TODAY",
           "ASK نسرین بیگم ABOUT THE LUNCH CLUB", "NHS SAID فاطمہ MAY COME"]
# "Fill in the NHS CHC form", "Talk to CAMHS", "Tell Fatima": Urdu with capitals in it
URDU = ["NHS CHC فارم بھریں", "CAMHS سے بات کریں", "TELL فاطمہ بی بی سے بات کریں",
        "GP سے ہر ماہ بات ہوگی۔"]
AS_SEEN = [pytest.param(lambda line: line, id="typed"),
           pytest.param(writing.drawable, id="drawn")]


@pytest.mark.parametrize("seen", AS_SEEN)
@pytest.mark.parametrize("line", ENGLISH)
def test_a_line_with_more_english_words_in_capitals_than_urdu_reads_left_to_right(line, seen):
    line = seen(line)
    assert not direction.reads_rtl(line)
    assert not direction.line_rtl(line, True) and not direction.line_rtl(line, False)


@pytest.mark.parametrize("seen", AS_SEEN)
@pytest.mark.parametrize("line", URDU)
def test_an_urdu_line_with_abbreviations_in_it_still_reads_right_to_left(line, seen):
    assert direction.reads_rtl(seen(line))


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
