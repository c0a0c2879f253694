"""A short Urdu line with a service's name in capitals ("COVID ویکسین", "CARE PLAN ملا") reads
right to left, and a line typed in capitals with an Urdu name in it ("PLEASE TELL فاطمہ'S
CARER") left to right: a lone capitals word, or capitals only leading or inside an Urdu line,
are names; English typed in capitals has capitals on both sides of the Urdu, or a long run."""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas
from writing_samples import needs_poppler, words_by_line

from wtfc.export import direction, writing
from wtfc.export.text import Text, TextStyle

# The reviewer's lines (code review 22 A F5): Urdu about a service named in capitals
URDU = [
    "CAMHS ٹیم",  # the CAMHS team
    "ASDA ڈیلیوری",  # ASDA delivery
    "PALS شکایت",  # PALS complaint
    "BUPA ڈاکٹر",  # BUPA doctor
    "COVID ویکسین",  # COVID vaccine
    "میں ASDA جاتی ہوں",  # I go to ASDA
    "SEND ٹیم سے بات",  # talk to the SEND team
    "NICE رہنما اصول",  # NICE guidelines
    "MIND اور AGE UK سے رابطہ کریں",  # contact MIND and AGE UK
    "ADASS DOLS فارم",  # ADASS DoLS form
    "TESCO ASDA دونوں دور",  # TESCO and ASDA both far
    "OFSTED رپورٹ",  # OFSTED report
    "GP سے ہر مہینے بات ہوگی۔",  # talk to the GP every month
    "ہسپتال سے CARE PLAN نہیں ملا",  # did not get the CARE PLAN from hospital
    "CARE PLAN ملا",  # got the CARE PLAN
    "مجھے CARE PLAN کی کاپی چاہیے",  # I need a copy of the CARE PLAN
    "DIAL A RIDE بس",  # the DIAL A RIDE bus
    "CARE ACT کے تحت حق",  # a right under the CARE ACT
    "ہمیں NHS CHC فارم ملا",  # we got the NHS CHC form
    "NHS CHC فارم بھریں",  # fill in the NHS CHC form
    "CAMHS سے بات کریں",  # talk to CAMHS
    "TELL فاطمہ بی بی سے بات کریں",  # tell Fatima Bibi
    "GP سے ہر ماہ بات ہوگی۔",  # talk to the GP every month
]
ENGLISH = ["PLEASE TELL فاطمہ'S CARER",  # the reviewer's 19th line
           "فاطمہ SAID SHE LIKES THE LUNCH CLUB", "PLEASE TELL فاطمہ CARER",
           "CALL محمد علی TODAY", "ASK نسرین بیگم ABOUT THE LUNCH CLUB",
           "NHS SAID فاطمہ MAY COME"]
AS_SEEN = [pytest.param(lambda line: line, id="typed"),
           pytest.param(writing.drawable, id="drawn")]


@pytest.mark.parametrize("seen", AS_SEEN)
@pytest.mark.parametrize("line", URDU)
def test_an_urdu_line_naming_a_service_in_capitals_reads_right_to_left(line, seen):
    line = seen(line)
    assert direction.reads_rtl(line)
    # under an English line too: the Urdu words outnumber the uncounted capitals
    assert direction.line_rtl(line, True) and direction.line_rtl(line, False)


@pytest.mark.parametrize("seen", AS_SEEN)
@pytest.mark.parametrize("line", ENGLISH)
def test_a_line_typed_in_capitals_with_an_urdu_name_reads_left_to_right(line, seen):
    line = seen(line)
    assert not direction.reads_rtl(line)
    assert not direction.line_rtl(line, True) and not direction.line_rtl(line, False)


def test_english_with_a_name_in_capitals_is_still_english():
    assert not direction.reads_rtl("Talk to CAMHS about فاطمہ")
    assert not direction.reads_rtl("NHS 111")  # capitals alone


@needs_poppler
@pytest.mark.parametrize(("typed", "rightmost"), [("COVID ویکسین", "COVID"),
                                                  ("NICE رہنما اصول", "NICE"),
                                                  ("CARE PLAN ملا", "CARE PLAN")])
def test_the_urdu_line_is_drawn_flush_right_with_the_service_read_first(typed, rightmost,
                                                                          tmp_path):
    path = tmp_path / "one.pdf"
    canvas = Canvas(str(path))
    text = Text(typed, TextStyle(11))
    _, height = text.wrap(300, 800)
    text.drawOn(canvas, 100, 780 - height)
    canvas.save()
    [line] = words_by_line(path, 1)
    assert line[0][0] > 250  # set at the right of the 300 pt column from x=100
    words = [word for _, word in line]
    # read first from the right: the service, its words still left to right
    assert words[-len(rightmost.split()):] == rightmost.split()
