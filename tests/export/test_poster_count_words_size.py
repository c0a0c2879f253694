"""A theme poster's counts: the number large and bold, its word ("people", "cards") at the
body's 20 pt beside it (session 35, 0dd436ee drew the number first and set the word's font after
it; mutation check M1: without that line the word came out 44 pt bold, as large as the number,
and ran into the poster's title)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop


def test_the_count_words_are_drawn_at_20_pt_not_as_large_as_their_numbers():
    page = PdfReader(io.BytesIO(theme_posters_pdf(load_workshop(demo_path()).workshop))).pages[0]
    drawn: dict[str, list[tuple[float, str]]] = {}

    def seen(text, _cm, _tm, font, size):
        word = text.strip()
        if word in ("people", "cards", "person", "card"):
            drawn.setdefault(word, []).append((size, str((font or {}).get("/BaseFont", ""))))

    page.extract_text(visitor_text=seen)
    assert "people" in drawn and "cards" in drawn, drawn
    for word, fonts in drawn.items():
        assert all(size == 20 and "Bold" not in name for size, name in fonts), (word, fonts)
