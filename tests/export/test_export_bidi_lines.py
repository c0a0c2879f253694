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

from wtfc.export import fonts
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
