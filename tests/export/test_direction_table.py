"""Every line the reviews and the direction tests have named, as typed, with the side it reads
from: one table, so that a change to wtfc/export/direction.py cannot move one of them to the
other side of a PDF's column unnoticed (466c5bc, 59c69d2 each moved lines the other way).

"R": right to left, flush right, on its own and as a line under an English or an Urdu line.
"L": left to right. "even R": half and half: on its own right to left (an Urdu clause in it),
as a line under another the way that paragraph reads.
"""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas
from writing_samples import needs_poppler, words_by_line

from wtfc.export import direction, writing
from wtfc.export.text import Text, TextStyle

TABLE = [
    # Urdu naming a service in capitals (code review 22 A F5): right to left
    ("CAMHS ٹیم", "R"),  # the CAMHS team
    ("ASDA ڈیلیوری", "R"),  # ASDA delivery
    ("PALS شکایت", "R"),  # PALS complaint
    ("BUPA ڈاکٹر", "R"),  # BUPA doctor
    ("COVID ویکسین", "R"),  # COVID vaccine
    ("میں ASDA جاتی ہوں", "R"),  # I go to ASDA
    ("SEND ٹیم سے بات", "R"),  # talk to the SEND team
    ("NICE رہنما اصول", "R"),  # NICE guidelines
    ("MIND اور AGE UK سے رابطہ کریں", "R"),  # contact MIND and AGE UK
    ("ADASS DOLS فارم", "R"),  # ADASS DoLS form
    ("TESCO ASDA دونوں دور", "R"),  # TESCO and ASDA both far
    ("OFSTED رپورٹ", "R"),  # OFSTED report
    ("GP سے ہر مہینے بات ہوگی۔", "R"),  # talk to the GP every month
    ("ہسپتال سے CARE PLAN نہیں ملا", "R"),  # did not get the CARE PLAN from hospital
    ("CARE PLAN ملا", "R"),  # got the CARE PLAN
    ("مجھے CARE PLAN کی کاپی چاہیے", "R"),  # I need a copy of the CARE PLAN
    ("DIAL A RIDE بس", "R"),  # the DIAL A RIDE bus: "A" inside a service's name
    ("CARE ACT کے تحت حق", "R"),  # a right under the CARE ACT
    ("ہمیں NHS CHC فارم ملا", "R"),  # we got the NHS CHC form
    # Urdu sentences with services in capitals on both sides (code review 22 B F7)
    ("SOCIAL WORKER نے CARE PLAN بھیجا", "R"),  # the social worker sent the care plan
    ("SOCIAL WORKER نے CARE PLAN نہیں بھیجا۔", "R"),  # … did not send the care plan
    ("DAY CENTRE میں LUNCH CLUB اچھا ہے", "R"),  # the lunch club at the day centre is good
    ("CARE HOME سے HOSPITAL گئے", "R"),  # went from the care home to hospital
    ("میرا SOCIAL WORKER ہر ہفتے آتا ہے", "R"),  # my social worker comes every week
    ("HOME CARE اور MEALS ON WHEELS دونوں بند ہیں", "R"),  # both stopped
    ("ہمیں MEALS ON WHEELS چاہیے", "R"),  # we need meals on wheels
    ("DIAL A RIDE سے بات کریں", "R"),  # talk to DIAL A RIDE
    ("DEPARTMENT OF HEALTH رپورٹ", "R"),  # Department of Health report
    ("AGE UK اور CARERS TRUST", "R"),  # AGE UK and CARERS TRUST
    ("IT ٹیم سے بات", "R"),  # talk to the IT team ("IT" a name, not "it")
    ("ME کی بیماری", "R"),  # the illness ME ("ME" a name, not "me")
    ("NHS CHC فارم بھریں", "R"),  # fill in the NHS CHC form
    ("CAMHS سے بات کریں", "R"),  # talk to CAMHS
    ("TELL فاطمہ بی بی سے بات کریں", "R"),  # talk to Fatima Bibi
    ("GP سے ہر ماہ بات ہوگی۔", "R"),  # talk to the GP every month
    ("NHS 111 پر فون کریں۔", "R"),  # ring NHS 111
    # Urdu naming a group or a letter whose name in capitals holds "MY", "IS", "YOUR" (code
    # review C2 F-D1): the name's grammar words are not English typed in capitals
    ("MY LIFE MY CHOICE گروپ اچھا ہے", "R"),  # the My Life My Choice group is good
    ("ہمیں FOR YOUR INFORMATION والا خط ملا", "R"),  # we got the "For your information" letter
    ("LIFE IS GOOD کلب", "R"),  # the Life Is Good club
    ("MY LIFE MY CHOICE والے آئے تھے", "R"),  # the My Life My Choice people came
    ("YOUR CARE YOUR WAY فارم ملا", "R"),  # got the Your Care Your Way form
    ("TALK TO ME کلب میں جاتی ہوں", "R"),  # I go to the Talk To Me club
    ("I CAN ٹیم سے بات", "R"),  # talk to the I CAN team
    ("ہم PLEASE DO NOT DISTURB کا سائن لگاتے ہیں", "R"),  # we put up a "please do not disturb" sign
    ("I CAN'T BELIEVE IT'S NOT BUTTER والا اشتہار", "R"),  # the "… not butter" advert
    # English typed in capitals with a name in Urdu (code review 22 B F2): left to right
    ("I MISS فاطمہ", "L"),
    ("I LIKE فاطمہ", "L"),
    ("I WANT TO SEE فاطمہ", "L"),
    ("A LIFT FOR فاطمہ", "L"),
    ("فاطمہ NEEDS A LIFT", "L"),
    ("فاطمہ IS A STAR", "L"),
    ("فاطمہ HAS A BUS PASS", "L"),
    ("WE NEED A BUS فاطمہ", "L"),
    ("I AM LONELY WITHOUT فاطمہ", "L"),
    ("I MISS فاطمہ بی بی", "L"),
    ("PLEASE TELL فاطمہ'S CARER", "L"),
    ("PLEASE TELL فاطمہ CARER", "L"),
    ("PLEASE CALL فاطمہ", "L"),  # "PLEASE": English (at 701b3dd and 59c69d2 right to left)
    ("CALL محمد علی TODAY", "L"),
    ("ASK نسرین بیگم ABOUT THE LUNCH CLUB", "L"),
    ("NHS SAID فاطمہ MAY COME", "L"),
    ("فاطمہ SAID SHE LIKES THE LUNCH CLUB", "L"),
    ("TALK TO فاطمہ", "L"),
    ("MY SON حسن", "L"),
    ("DON'T TELL فاطمہ", "L"),
    ("فاطمہ IS HAPPY", "L"),
    ("فاطمہ IS MY CARER", "L"),
    ("MY CARER IS فاطمہ", "L"),
    ("MY DAUGHTER فاطمہ IS KIND", "L"),
    ("THANK YOU فاطمہ", "L"),
    ("SHE MISSES فاطمہ", "L"),
    ("فاطمہ AND عائشہ VISIT ME", "L"),
    ("I WANT TO JOIN THE کلب", "L"),  # "THE": English, the Urdu word a noun in it
    ("I LIKE THE ٹیم", "L"),
    # English in capitals ending in one Urdu "kind" noun after an English word (code review
    # D2 F2: right to left since fe6f20f); a name before the noun is shorter than these
    ("PLEASE SEND ME THE DIRECT PAYMENT فارم", "L"),  # form
    ("YOUR LIFE YOUR CHOICE YOUR WAY گروپ بند", "R"),  # a long name, then an Urdu sentence
    ("YOU ARE NOT ALONE ANY MORE کلب ہر ہفتے", "R"),
    ("I AM HAPPY WITH MY HOME CARE ٹیم", "L"),  # team
    ("I WANT TO JOIN THE LUNCH کلب", "L"),  # club
    ("I DID NOT GET MY REVIEW خط", "L"),  # letter
    ("IT IS HARD TO FILL IN THE BLUE BADGE فارم", "L"),  # form
    ("MY SON TAKES ME TO THE WALKING گروپ", "L"),  # group
    ("WE LOVE THE DAY CENTRE سروس", "L"),  # service
    # English with a name in Urdu, in small letters
    ("فاطمہ said she likes the lunch club on Fridays.", "L"),
    ("Talk to محمد علی", "L"),
    ("Ask نسرین بیگم", "L"),
    ("Dr محمد علی", "L"),
    ("Mrs نسرین بیگم", "L"),
    ("GP to phone محمد علی", "L"),
    ("فاطمہ بی بی likes it.", "L"),
    ("Visit from محمد علی on Monday", "L"),
    ("Lunch club run by فاطمہ بی بی", "L"),
    ("Talk to CAMHS about فاطمہ", "L"),
    ("فاطمہ: yes", "L"),
    ("My carer speaks اردو and that helps me a lot", "L"),
    # Urdu with English names in small letters
    ("Carer وقت پر نہیں آتا", "R"),  # the carer does not come on time
    ("ہم John Smith سے بات کریں گے", "R"),  # we will talk to John Smith
    ("Day Centre بہت اچھا ہے", "R"),  # the day centre is very good
    ("میں Day Centre جاتی ہوں", "R"),  # I go to the day centre
    ("نسرین بیگم GP", "R"),
    ("Carer وقت پر آیا", "R"),  # the carer came on time
    ("“Lunch club بہت اچھا ہے”", "R"),  # the lunch club is very good
    ("بہت اچھا Day Centre", "even R"),  # a very good day centre
    ("Lunch club دوبارہ چاہیے", "even R"),  # we want the lunch club back
    ("“Day Centre اچھا لگتا”", "even R"),  # the day centre feels good
    ("Care Team سے بات", "even R"),  # talk to the care team
    ("GP Surgery سے NHS 111 کو Care Team اور", "even R"),
]
AS_SEEN = [pytest.param(lambda line: line, id="typed"),
           pytest.param(writing.drawable, id="drawn")]


@pytest.mark.parametrize("seen", AS_SEEN)
@pytest.mark.parametrize(("typed", "side"), TABLE, ids=[typed for typed, _ in TABLE])
def test_each_line_reads_from_its_side(typed, side, seen):
    line = seen(typed)
    rtl = side != "L"
    assert direction.reads_rtl(line) is rtl
    if side == "even R":  # under another line: that paragraph's way
        assert direction.line_rtl(line, True) and not direction.line_rtl(line, False)
    else:
        assert direction.line_rtl(line, True) is rtl and direction.line_rtl(line, False) is rtl


def _drawn(typed, tmp_path):
    path = tmp_path / "one.pdf"
    canvas = Canvas(str(path))
    text = Text(typed, TextStyle(11))
    _, height = text.wrap(300, 800)
    text.drawOn(canvas, 100, 780 - height)
    canvas.save()
    [line] = words_by_line(path, 1)
    return line


@needs_poppler
@pytest.mark.parametrize("typed", ["I MISS فاطمہ", "A LIFT FOR فاطمہ",
                                   "PLEASE SEND ME THE DIRECT PAYMENT فارم"])
def test_english_in_capitals_is_drawn_from_the_left_with_its_first_word_first(typed, tmp_path):
    line = _drawn(typed, tmp_path)
    assert line[0] == (pytest.approx(100, abs=2), typed.split()[0])  # at the left edge
    assert [word for _, word in line[:-1]] == typed.split()[:-1]


@needs_poppler
def test_an_urdu_sentence_about_two_services_is_drawn_flush_right(tmp_path):
    line = _drawn("SOCIAL WORKER نے CARE PLAN نہیں بھیجا۔", tmp_path)
    assert line[0][0] > 180  # not at the column's left edge (x=100)
    assert [word for _, word in line[-2:]] == ["SOCIAL", "WORKER"]  # read first: rightmost
