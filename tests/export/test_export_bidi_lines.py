"""An action typed in Urdu with an English line under it: each line reads in its own direction
on every PDF. The English line reads left to right ("(every 6 months)." with its full stop at
the end, not ".(every 6 months"), set at the column's left edge; the Urdu lines flush right."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, reader, squash
from export_workshop import make_workshop
from reportlab.lib.styles import ParagraphStyle
from writing_samples import needs_poppler, words_by_line

from wtfc.export import direction, fonts, writing
from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.report import report_pdf
from wtfc.export.text import Text, TextStyle
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Action, Role, Workshop

URDU_1 = "ہم گھر پر دیکھ بھال کا جائزہ لیں گے۔"  # "We will review care at home."
ENGLISH = "We will review home care (every 6 months)."
URDU_2 = "ہر ماہ ملاقات ہوگی۔"  # "There will be a meeting every month."
WHAT = f"{URDU_1}\n{ENGLISH}\n{URDU_2}"
TODAY = dt.date(2025, 1, 2)


def _with_urdu_action() -> Workshop:
    ws = make_workshop()
    action = Action(id="a9", theme_id="t2", role=Role.COMMISSIONERS, owner="Urdu group",
                    what=WHAT, by_when=dt.date(2025, 5, 1))
    return ws.model_copy(update={"actions": [*ws.actions, action]})


@pytest.mark.parametrize("make", [report_pdf, theme_posters_pdf, action_poster_pdf,
                                  feedback_sheet_pdf],
                         ids=["report", "posters", "action-poster", "feedback"])
def test_the_english_line_reads_left_to_right_on_every_pdf(make):
    text = all_text(reader(make(_with_urdu_action(), today=TODAY)))
    assert squash("We will review home care (every 6") in text
    assert squash("months).") in text and ".(months" not in text


def _lines_drawn(flowable, tmp_path, width: float = 300):
    """The words pdftotext finds, line by line, for one flowable drawn on a page at x=100."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "one.pdf"
    canvas = Canvas(str(path))
    _, height = flowable.wrap(width, 800)
    flowable.drawOn(canvas, 100, 780 - height)
    canvas.save()
    return words_by_line(path, 1)


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_each_line_is_set_on_the_side_it_reads_from(kind, tmp_path):
    if kind == "paragraph":
        style = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=11, leading=14)
        fonts.fonts()
        flowable = BidiParagraph(fonts.markup(WHAT), style)
    else:  # the posters' text
        flowable = Text(WHAT, TextStyle(11))
    lines = _lines_drawn(flowable, tmp_path)
    assert len(lines) == 3
    urdu_1, english, urdu_2 = lines
    assert [word for _, word in english] == ENGLISH.split()  # in reading order
    assert english[0][0] == pytest.approx(100, abs=2)  # at the left edge
    assert urdu_1[0][0] > 150 and urdu_2[0][0] > english[0][0] + 100  # flush right


@needs_poppler
def test_an_english_paragraph_with_an_urdu_line_sets_that_line_right(tmp_path):
    what = f"{ENGLISH}\n{URDU_2}"
    style = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=11, leading=14)
    fonts.fonts()
    english, urdu = _lines_drawn(BidiParagraph(fonts.markup(what), style), tmp_path)
    assert english[0][0] == pytest.approx(100, abs=2)
    assert urdu[0][0] > 250


# An Urdu action whose lines start with the names of services, as Urdu about care does:
# "We will talk to the GP every month." / "Ring NHS 111."
GP_LINE = "GP سے ہر ماہ بات ہوگی۔"
NHS_LINE = "NHS 111 پر فون کریں۔"
# An English line that starts with a name typed in Urdu.
NAME_LINE = "فاطمہ said she likes the lunch club on Fridays."


def _flowable(kind: str, text: str):
    if kind == "paragraph":
        fonts.fonts()
        style = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=11, leading=14)
        return BidiParagraph(fonts.markup(text), style)
    return Text(text, TextStyle(11))  # the posters' text


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_an_urdu_line_that_starts_with_an_english_name_still_reads_right_to_left(kind, tmp_path):
    lines = _lines_drawn(_flowable(kind, f"{URDU_1}\n{GP_LINE}\n{NHS_LINE}"), tmp_path)
    assert len(lines) == 3
    _, gp, nhs = lines
    # "GP" is read first, so it is drawn rightmost, and the line is set flush right
    assert gp[-1][1] == "GP" and gp[0][0] > 200
    assert [word for _, word in nhs[-2:]] == ["NHS", "111"] and nhs[0][0] > 200


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_an_english_line_that_starts_with_an_urdu_name_still_reads_left_to_right(kind, tmp_path):
    lines = _lines_drawn(_flowable(kind, f"We will ask people what they want.\n{NAME_LINE}"),
                         tmp_path, width=320)
    assert len(lines) == 2
    line = lines[1]
    assert line[0][0] == pytest.approx(100, abs=2)  # the name first, at the left edge
    assert [word for _, word in line[1:]] == NAME_LINE.split()[1:]  # "Fridays." last


def test_a_line_reads_the_way_most_of_its_words_do():
    line_rtl = direction.line_rtl
    assert line_rtl(GP_LINE, True) and line_rtl(NHS_LINE, True)
    assert line_rtl(GP_LINE, False) and line_rtl(NHS_LINE, False)  # under an English line too
    assert not line_rtl(ENGLISH, True)  # no Urdu in it: left to right
    assert not line_rtl(NAME_LINE, False) and not line_rtl(NAME_LINE, True)
    assert line_rtl(URDU_2, False)  # no English in it: right to left
    # as many English words as Urdu ones (GP, NHS not counted): the paragraph's way
    assert line_rtl("GP Surgery سے NHS 111 کو Care Team اور", True)
    assert not line_rtl("GP Surgery سے NHS 111 کو Care Team اور", False)
    assert line_rtl("123 (4567)", True) and not line_rtl("123 (4567)", False)
    assert not line_rtl("NHS 111", True)  # capitals alone are still English


def test_a_paragraph_reads_the_way_its_first_line_does():
    reads_rtl = direction.reads_rtl
    assert reads_rtl(GP_LINE) and reads_rtl(NHS_LINE) and reads_rtl(f"{GP_LINE}\n{ENGLISH}")
    assert not reads_rtl(NAME_LINE) and not reads_rtl(f"{NAME_LINE}\n{URDU_1}")
    assert reads_rtl(f"👍\n{GP_LINE}")  # a line with no letters is passed over
    # half and half: the way its last word reads (an Urdu sentence ends with its verb)
    assert reads_rtl("Care Team سے بات") and not reads_rtl("فاطمہ: yes")
    assert not reads_rtl("") and not reads_rtl("0800 123 4567")


# English lines with a name typed in Urdu: a few Urdu words together count as one word
NAMED = ["Talk to محمد علی", "Ask نسرین بیگم", "Dr محمد علی", "Mrs نسرین بیگم",
         "GP to phone محمد علی", "فاطمہ بی بی likes it.", "Visit from محمد علی on Monday",
         "Lunch club run by فاطمہ بی بی", NAME_LINE, ENGLISH]
# Urdu lines with English in them; "سے", "پر", "بہت" make Urdu words a clause, not a name
URDU_WITH_ENGLISH = [GP_LINE, NHS_LINE, "Carer وقت پر نہیں آتا", "ہم John Smith سے بات کریں گے",
                     "Day Centre بہت اچھا ہے", URDU_1, "میں Day Centre جاتی ہوں",
                     "بہت اچھا Day Centre", "نسرین بیگم GP", "Carer وقت پر آیا",
                     "Lunch club دوبارہ چاہیے", "“Lunch club بہت اچھا ہے”",
                     "“Day Centre اچھا لگتا”"]
# As typed, and as the PDFs see it: joined into Arabic presentation forms ("ﺑﮩﺖ" for "بہت")
AS_SEEN = [pytest.param(lambda line: line, id="typed"),
           pytest.param(writing.drawable, id="drawn")]


@pytest.mark.parametrize("seen", AS_SEEN)
@pytest.mark.parametrize("line", NAMED)
def test_an_english_line_with_an_urdu_name_reads_left_to_right(line, seen):
    line = seen(line)
    assert not direction.reads_rtl(line)
    assert not direction.line_rtl(line, True) and not direction.line_rtl(line, False)


@pytest.mark.parametrize("seen", AS_SEEN)
@pytest.mark.parametrize("line", URDU_WITH_ENGLISH)
def test_an_urdu_line_with_english_names_reads_right_to_left(line, seen):
    assert direction.reads_rtl(seen(line))


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
@pytest.mark.parametrize("typed", ["Day Centre بہت اچھا ہے", "Lunch club دوبارہ چاہیے"])
def test_an_urdu_card_with_an_english_service_reads_from_the_right_in_a_pdf(kind, typed,
                                                                             tmp_path):
    """"The day centre is very good": the service's name read first, drawn rightmost, and
    the line set flush right, not flush left with the Urdu after the English."""
    (line,) = _lines_drawn(_flowable(kind, typed), tmp_path)
    english = typed.split()[:2]
    assert [word for _, word in line[-2:]] == english and line[0][0] > 200


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_an_owner_and_an_action_with_an_urdu_name_read_from_the_left(kind, tmp_path):
    """The poster's cells: "Dr" and "Talk to" read first, at the left edge, the name after."""
    for typed in ("Dr محمد علی", "Talk to نسرین بیگم"):
        (line,) = _lines_drawn(_flowable(kind, typed), tmp_path)
        assert line[0][0] == pytest.approx(100, abs=2)
        english = typed.split()[:-2]
        assert [word for _, word in line[:len(english)]] == english

@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
@pytest.mark.parametrize("text", [GP_LINE, NHS_LINE, f"{GP_LINE}\n{URDU_1}"],
                         ids=["gp", "nhs-111", "gp-then-urdu"])
def test_an_urdu_card_that_starts_with_an_english_name_reads_right_to_left(kind, text, tmp_path):
    """Alone, or as an Urdu paragraph's first line: "GP" read first, drawn rightmost, flush
    right, and the Urdu full stop at the left end."""
    first = _lines_drawn(_flowable(kind, text), tmp_path)[0]
    assert first[-1][1] in ("GP", "111") and first[0][0] > 150


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_an_english_card_that_starts_with_an_urdu_name_reads_left_to_right(kind, tmp_path):
    (line,) = _lines_drawn(_flowable(kind, NAME_LINE), tmp_path, width=320)
    assert line[0][0] == pytest.approx(100, abs=2)
    assert [word for _, word in line[1:]] == NAME_LINE.split()[1:]


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_an_urdu_line_under_an_english_one_reads_right_to_left_from_gp(kind, tmp_path):
    english, gp = _lines_drawn(_flowable(kind, f"We will talk to the GP.\n{GP_LINE}"), tmp_path)
    assert english[0][0] == pytest.approx(100, abs=2)
    assert gp[-1][1] == "GP" and gp[0][0] > 150


# "We will talk about it and write to the GP Surgery, and the NHS 111 number will be given to
# everyone so that the Care Team knows too and the GP Surgery also knows."
LONG_URDU = ("ہم اس بارے میں بات کریں گے اور GP Surgery کو خط لکھیں گے اور NHS 111 "
             "نمبر سب کو دیا جائے گا تاکہ Care Team کو بھی معلوم ہو اور GP Surgery بھی جانے۔")


@needs_poppler
def test_an_urdu_paragraph_split_over_a_page_reads_right_to_left_overleaf(tmp_path):
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=12, leading=16)
    fonts.fonts()
    _, rest = BidiParagraph(fonts.markup(LONG_URDU), style).split(170, 16 * 2 + 1)
    lines = _lines_drawn(rest, tmp_path, width=170)
    assert len(lines) >= 2
    for line in lines:  # its English names are not read first: none is drawn leftmost
        assert not line[0][1].isascii(), line
    assert any(line[-1][1] in ("NHS", "111", "Care", "GP") for line in lines)


def test_a_typed_line_cut_by_a_page_keeps_its_direction_on_both_pages():
    """The Urdu line's last line overleaf is a phone number alone: still set flush right."""
    style = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=11, leading=14)
    fonts.fonts()
    text = "We will ask people.\nہم ہر ماہ ملاقات کریں گے اور فون کریں: 0800 123 4567"
    whole = BidiParagraph(fonts.markup(text), style)
    whole.wrap(200, 800)
    assert whole._directions(whole.blPara.lines) == [False, True, True]
    first, rest = BidiParagraph(fonts.markup(text), style).split(200, 14 * 2 + 1)
    rest.wrap(200, 800)
    assert rest._directions(rest.blPara.lines) == [True]
    first.wrap(200, 800)
    assert first._directions(first.blPara.lines) == [False, True]


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_an_urdu_card_that_starts_with_an_emoji_reads_right_to_left(kind, tmp_path):
    (line,) = _lines_drawn(_flowable(kind, "👍 بہت اچھا کام، شکریہ۔"), tmp_path)
    assert line[0][0] > 150  # flush right
    assert line[-1][1].endswith("]")  # the emoji's name, typed first, read first: at the right


@needs_poppler
@pytest.mark.parametrize("kind", ["paragraph", "text"])
def test_a_blank_line_between_english_and_urdu_lines_is_kept(kind, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    flowable = _flowable(kind, f"{ENGLISH}\n\n{URDU_2}")
    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path))
    _, height = flowable.wrap(300, 800)
    flowable.drawOn(canvas, 100, 780 - height)
    canvas.save()
    (english_y, _), (urdu_y, _) = _tops(path)
    assert height == pytest.approx(3 * 14, abs=1)
    # two lines down, not one (the Urdu font's letters reach a few points higher)
    assert 1.5 * 14 < urdu_y - english_y < 2.2 * 14


def _tops(path) -> list[tuple[float, str]]:
    """Each line's first word pdftotext finds with its top (y down the page)."""
    import html
    import re
    import subprocess

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    found = sorted((float(y), html.unescape(word)) for y, word in
                   re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', out))
    tops: list[tuple[float, str]] = []
    for y, word in found:
        if not tops or y - tops[-1][0] > 6:
            tops.append((y, word))
    return tops
