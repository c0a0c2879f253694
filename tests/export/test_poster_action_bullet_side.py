"""A theme poster's action marks its first line on the side it is read from.

An Urdu action is set flush right; its bullet stood at the column's far left, apart from the
words it marks, where an English reader's eye starts but an Urdu reader's ends. Now it is at the
right, in the indent, and the Urdu line ends before it; an English action keeps it at the left.
"""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import footer_words
from export_workshop import make_workshop
from writing_samples import needs_poppler, words_by_line

from wtfc.export.text import TextStyle
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.theme_poster_actions import ActionText
from wtfc.model.workshop import Action, Role

# "We will review care at home and meet every month, so everyone knows who is coming."
URDU = ("ہم گھر پر دیکھ بھال کا جائزہ لیں گے اور ہر ماہ ملاقات ہوگی تاکہ سب کو معلوم ہو کہ کون "
        "آ رہا ہے۔")


def _poster_lines(tmp_path) -> list[list[tuple[float, str]]]:
    ws = make_workshop()
    action = Action(id="a9", theme_id="t2", role=Role.COMMISSIONERS, owner="Urdu group",
                    what=URDU, by_when=dt.date(2025, 5, 1))
    ws = ws.model_copy(update={"actions": [*ws.actions, action]})
    path = tmp_path / "posters.pdf"
    path.write_bytes(theme_posters_pdf(ws, today=dt.date(2025, 1, 2)))
    return words_by_line(path, 2)


@needs_poppler
def test_an_urdu_actions_bullet_is_at_the_right_of_its_first_line(tmp_path):
    lines = _poster_lines(tmp_path)
    # Commissioners' Urdu action, then Care managers' "Ask about staying at home…"
    urdu_bullet, english_bullet = (x for line in lines for x, w in line if w == "•")
    ask = next(x for line in lines for x, w in line if w == "Ask")
    assert english_bullet < ask  # an English one: at the left, as before
    urdu_words = [x for line in lines for x, w in line if w != "•" and not w.isascii()]
    assert urdu_words and urdu_bullet > max(urdu_words)  # past their right end, not far left


@needs_poppler
def test_its_lines_end_where_the_first_line_does_and_a_cut_keeps_the_side(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    style = TextStyle(14, bullet="•", indent=14 * 1.1)
    text = ActionText(f"{URDU} {URDU}", style, max_lines=4, may_cut=True)
    cut = text.cut_to(style.leading * 2 + 1)  # as a full column cuts it
    assert isinstance(cut, ActionText) and cut.max_lines == 2
    path = tmp_path / "one.pdf"
    canvas = Canvas(str(path))
    _, height = cut.wrap(300, 800)
    cut.drawOn(canvas, 100, 780 - height)
    canvas.save()
    words = footer_words(path, 1, band=1000)  # (left, right, word), the whole page
    edge = 100 + 300 - style.indent  # where the words end, the indent past it
    bullets = [left for left, _, word in words if word == "•"]
    assert len(bullets) == 1 and bullets[0] > edge
    assert all(right < edge + 1 for _, right, word in words if word != "•")  # none under it


@needs_poppler
def test_an_english_line_under_an_urdu_one_starts_at_the_actions_indent(tmp_path):
    """A bilingual action (Urdu typed first, then English): the English line starts where the
    action's owner line under it does, not out at the column's edge under the role's heading."""
    ws = make_workshop()
    what = "ہفتہ وار کافی مارننگ شروع کریں\nRun a weekly coffee morning at the library"
    action = Action(id="a9", theme_id="t2", role=Role.COMMISSIONERS, owner="Urdu group",
                    what=what, by_when=dt.date(2025, 5, 1))
    path = tmp_path / "posters.pdf"
    path.write_bytes(theme_posters_pdf(ws.model_copy(update={"actions": [*ws.actions, action]}),
                                       today=dt.date(2025, 1, 2)))
    words = [(x, w) for line in words_by_line(path, 2) for x, w in line]  # columns share lines
    run, owner = (next(x for x, w in words if w == first) for first in ("Run", "Urdu"))
    heading = next(x for x, w in words if w == "Care")  # "Care managers", as "Commissioners"
    assert run == pytest.approx(owner, abs=0.5) and run > heading + 5
    assert max(x for x, w in words if w == "•") > run + 300  # the Urdu line's, at the right
