"""Bengali, Hindi… exports are not much slower than English ones: HarfBuzz shapes a word once
per font and size however often its paragraph is wrapped, and the font of each character is
looked up once (a 10,000-card Bengali report took 8 times as long as the English one)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import ttfonts

from wtfc.export import fonts as f
from wtfc.export import indic
from wtfc.export.paragraph import BidiParagraph

pytestmark = pytest.mark.skipif(ttfonts.uharfbuzz is None, reason="uharfbuzz not installed")

WORDS = "আমি বাড়িতে থাকতে চাই"


def _counting(monkeypatch, module, name: str) -> list[int]:
    calls = [0]
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_word_is_shaped_once_however_often_its_paragraphs_are_wrapped(monkeypatch):
    from wtfc.export.look import style

    indic._shaped_text.cache_clear()
    calls = _counting(monkeypatch, ttfonts, "shapeFragWord")
    body = style("speed", 12, leading=16)
    for width in (200, 300, 400):
        for _ in range(5):
            BidiParagraph(f.markup(f"“{WORDS}”"), body).wrap(width, 1000)
    assert 0 < calls[0] <= len(WORDS.split())


def test_shaped_words_keep_their_own_paragraphs_colour(monkeypatch):
    """The shaped text is kept; the piece of paragraph it is drawn with is not."""
    from reportlab.lib.colors import red

    from wtfc.export.look import style

    plain = BidiParagraph(f.markup(WORDS), style("speedp", 12))
    plain.wrap(400, 1000)
    red_one = BidiParagraph(f.markup(WORDS), style("speedr", 12, colour=red))
    red_one.wrap(400, 1000)
    frags = [frag for line in red_one.blPara.lines for frag in line.words]
    assert frags and all(frag.textColor == red for frag in frags)


def test_the_font_of_each_character_is_looked_up_once(monkeypatch):
    f._face_of.cache_clear()
    calls = _counting(monkeypatch, indic, "font_of")
    for _ in range(20):
        f.markup(f"“{WORDS}” {WORDS}")
    assert calls[0] <= len(set(WORDS)) * 2  # after a space, and after a letter
