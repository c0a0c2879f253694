"""Writing samples and PDF word readers the export tests of people's writing share
(test_export_writing, test_export_indic, test_export_unshowable, test_report_chart). Kept out of
the test modules so one test file never imports another (and runs its import side effects)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata

import pytest
from export_workshop import make_workshop

from wtfc.export import writing
from wtfc.model.workshop import Card, Kind, Workshop

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)

# "I want to live in my own home. I need care from someone who speaks Urdu."
URDU = "میں اپنے گھر میں رہنا چاہتی ہوں۔ مجھے اردو بولنے والی دیکھ بھال کرنے والی چاہیے"
MIXED = "My carer speaks اردو and that helps me a lot"
HEBREW = "אני רוצה להישאר בבית 24 שעות"
CJK_AND_EMOJI = "我想回家 with my cat 🐈"
KOREAN = "저는 집에 있고 싶어요"  # "I want to stay at home"


def with_cards(*texts: str) -> Workshop:
    """The test workshop with ``texts`` as cards at the top of the second priority theme."""
    ws = make_workshop()
    cards = [Card(id=f"x{i}", kind=Kind.FUTURE, person="P13", text=t) for i, t in enumerate(texts)]
    themes = list(ws.themes)
    themes[1] = themes[1].model_copy(
        update={"card_ids": [c.id for c in cards] + themes[1].card_ids}
    )
    return ws.model_copy(update={"cards": [*ws.cards, *cards], "themes": themes})


def words_by_line(pdf_path, page: int) -> list[list[tuple[float, str]]]:
    """The words pdftotext finds on a page, as lines (top first) of (left edge, word)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf_path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    found = sorted(
        (float(y1), float(x0), html.unescape(word))
        for x0, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', out
        )
    )
    lines: list[list[tuple[float, str]]] = []
    line_y = -100.0
    for y, x, word in found:  # glyphs of two fonts on one line differ in depth by a point or two
        if y - line_y > 6:
            lines.append([])
            line_y = y
        lines[-1].append((x, word))
    return [sorted(line) for line in lines]


def shaped_words(text: str) -> list[str]:
    return writing.drawable(text).split()


def same_word(found: str, shaped: str) -> bool:
    """pdftotext may give a right-to-left word in either character order; it reads the joined
    forms drawn as the letters they join (``fonts._JoinedForms``)."""
    letters = unicodedata.normalize("NFKC", shaped)
    return found in (letters, letters[::-1])
