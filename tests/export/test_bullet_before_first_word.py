"""A cause on a theme poster and an action on the feedback sheet mark their first line on the
side it is read from: an Urdu one, set flush right, has its bullet at the right, before its
first word (it stood at the far left, apart from the words it marks, where an Urdu reader's eye
ends), and a cause's category under it at the right too; an English one keeps them at the
left."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess

import pytest
from export_checks import footer_words
from export_workshop import make_workshop
from writing_samples import needs_poppler, words_by_line

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Action, Cause, Role, Workshop

# "The carers change every week and no one says who will come."
URDU_CAUSE = "کیئرر ہر ہفتے بدل جاتے ہیں اور کوئی نہیں بتاتا کہ کون آئے گا۔"
# "We will review care at home and meet every month."
URDU_ACTION = "ہم گھر پر دیکھ بھال کا جائزہ لیں گے اور ہر ماہ ملاقات ہوگی۔"
TODAY = dt.date(2025, 1, 2)


def _workshop() -> Workshop:
    ws = make_workshop()
    cause = Cause(id="k8", theme_id="t1", text=URDU_CAUSE, root_cause=True, agreed=True,
                  category="money")
    action = Action(id="a8", theme_id="t1", role=Role.PROVIDERS, owner="Urdu group",
                    what=URDU_ACTION, by_when=dt.date(2025, 5, 1))
    return ws.model_copy(update={"causes": [*ws.causes, cause],
                                 "actions": [*ws.actions, action]})


def _marked_lines(path, left: float = 0, right: float = 10_000):
    """Each bullet pdftotext finds between ``left`` and ``right`` on every page, with the words
    beside it: those whose height spans the bullet's middle (Urdu's font sits deeper than the
    bullet's, so their lowest points differ), as (bullet's left, [(left, right, word)])."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    found = []
    for page in out.split("<page ")[1:]:
        boxes = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                           r'yMax="([\d.]+)">(.*?)</word>', page)
        words = [(float(x0), float(y0), float(x1), float(y1), html.unescape(w))
                 for x0, y0, x1, y1, w in boxes if left <= float(x0) < right]
        for x0, y0, _, y1, word in words:
            if word == "•":
                middle = (y0 + y1) / 2
                found.append((x0, [(a, b, w) for a, top, b, bottom, w in words
                                   if w != "•" and top <= middle <= bottom]))
    return found


def _urdu_and_english(marked, english: str):
    """(bullet, words' leftmost, words' rightmost) of the Urdu line and the line with
    ``english`` in it."""
    urdu = next(m for m in marked if any(not w.isascii() for _, _, w in m[1]))
    other = next(m for m in marked if any(w == english for _, _, w in m[1]))
    return [(bullet, min(a for a, _, _ in words), max(b for _, b, _ in words))
            for bullet, words in (urdu, other)]


@needs_poppler
def test_an_urdu_cause_on_a_poster_has_its_bullet_at_the_right(tmp_path):
    path = tmp_path / "posters.pdf"
    path.write_bytes(theme_posters_pdf(_workshop(), today=TODAY))
    words = [(x, w) for line in words_by_line(path, 1) for x, w in line]
    heading = next(x for x, w in words if w == "We")  # "We will act on these"
    beyond = max(x for x, w in words if w == "What")  # "What we will do", the next column
    marked = _marked_lines(path, heading - 2, beyond - 2)  # "Why it happens" column
    (urdu, _, urdu_end), (english, english_start, _) = _urdu_and_english(marked, "Contracts")
    assert english < english_start  # "Contracts pay by the minute.": at the left
    assert urdu > urdu_end  # before the first Urdu word, read from the right
    # its category under it, at the right too, where its words start
    money = next(right for _, right, w in footer_words(path, 1, band=10_000) if w == "(Money)")
    assert money == pytest.approx(urdu_end, abs=3)


@needs_poppler
def test_an_urdu_action_on_the_feedback_sheet_has_its_bullet_at_the_right(tmp_path):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(feedback_sheet_pdf(_workshop(), today=TODAY))
    (urdu, _, urdu_end), (english, english_start, _) = _urdu_and_english(
        _marked_lines(path), "Pay")
    assert english < english_start
    assert urdu > urdu_end
