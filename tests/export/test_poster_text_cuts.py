"""Where the posters' own text is cut: a word wider than its line is cut at the last place a
syllable ends that still fits, measured in the weight it is drawn in; a title shortened for a
footer ends where a syllable ends, never on a bare virama or inside a conjunct."""

from __future__ import annotations

import io
import itertools
import unicodedata

import pytest
from reportlab.pdfbase import ttfonts

from wtfc.export import text as t
from wtfc.export import title_line

needs_harfbuzz = pytest.mark.skipif(ttfonts.uharfbuzz is None,
                                    reason="uharfbuzz not installed")
LONG_BENGALI = "ক্ষমাপ্রার্থনাকরছি"  # "apologising", conjuncts and vowel signs


def _drawn_width(line: list[t.Word], bold: bool) -> float:
    """A line's width at 1 pt as it is drawn: each piece of a word in its own font."""
    words = sum(t._width(piece, name) for word in line for piece, name in t._pieces(word[0], bold))
    return words + sum(t._width(" ", t.f.REGULAR if font == t.MIXED else font)
                       for _, font, _ in line[:-1])


@needs_harfbuzz
@pytest.mark.parametrize("bold", [True, False])
def test_a_long_word_of_two_fonts_is_cut_to_its_line_in_its_own_weight(bold):
    """“ and Bengali, as a theme poster's title starts: cut for 850 pt, it was drawn 924 pt
    wide in bold, across the "4 cards" rule beside it."""
    size, room = 24, 850.55
    block = t.Text("“" + LONG_BENGALI * 8, t.TextStyle(size, bold=bold))
    lines = block.lines(room)
    assert len(lines) > 1
    for line in lines:
        assert _drawn_width(line, bold) * size <= room + 0.01


@needs_harfbuzz
@pytest.mark.parametrize(("size", "room"), [(24, 850.55), (14, 300), (20, 250)])
def test_a_long_word_is_cut_at_the_last_syllable_that_fits(size, room):
    words = t.words_of(LONG_BENGALI * 12, bold=True)
    pieces = [word for line in t.break_lines(words, size, room, bold=True) for word in line]
    assert "".join(p[0] for p in pieces) == LONG_BENGALI * 12
    for piece, after in itertools.pairwise(pieces):
        assert piece[2] * size <= room + 0.01
        assert t._cuttable(piece[0][-1], after[0][0])
        # The next syllable would not have fitted on this piece's line.
        grown = piece[0] + after[0][:_next_break(after[0])]
        assert t._measure(grown, piece[1], True) * size > room


def _next_break(text: str) -> int:
    return next((i for i in range(1, len(text)) if t._cuttable(text[i - 1], text[i])),
                len(text))


def test_a_long_latin_word_fills_each_line():
    size, room = 14, 200
    pieces = [w for line in t.break_lines(t.words_of("x" * 300), size, room) for w in line]
    assert all(p[2] * size <= room for p in pieces)
    assert all(t._measure(p[0] + "x", p[1], False) * size > room for p in pieces[:-1])


@needs_harfbuzz
@pytest.mark.parametrize("title", [
    "বয়স্কদের পরিষেবা পর্যালোচনা" + LONG_BENGALI * 6,
    "वृद्धजनसेवासमीक्षाक्षत्रियस्त्रीप्रार्थना" * 3,
])
@pytest.mark.parametrize("room", [120, 150, 175, 200, 233, 260])
def test_a_shortened_title_ends_where_a_syllable_ends(title, room):
    short = title_line.shortened_line(title, 14, room)
    assert short.endswith("…") and title_line.line_width(short, 14) <= room
    kept = short.removesuffix("…")
    assert kept and title.startswith(kept)
    last, following = kept[-1], title[len(kept)]
    assert unicodedata.combining(last) != 9  # no bare virama (hasanta)
    assert t._cuttable(last, following)


# --- Running heads and footers ------------------------------------------------------------


@pytest.mark.parametrize("title", ["Older people's services review " * 6,
                                   "বয়স্কদের পরিষেবা পর্যালোচনা " * 6, ""])
def test_a_footer_title_is_shortened_before_its_date(title):
    """One helper draws the report's running footer and the theme poster's: the title
    shortened to its room, the date after it kept whole."""
    from reportlab.pdfgen.canvas import Canvas

    drawn: list[str] = []

    class Recording(Canvas):
        def drawString(self, x, y, text, *args, **kwargs):
            drawn.append(str(text))
            return super().drawString(x, y, text, *args, **kwargs)

    canvas = Recording(io.BytesIO())
    title_line.draw_title_line(canvas, 0, 0, title, 14, 400, tail=" · 12 November 2024")
    line = " ".join(drawn)
    assert line.endswith("12 November 2024")
    if title:
        assert "…" in line
    else:
        assert line == "12 November 2024"


def test_the_report_and_the_theme_poster_draw_their_footer_titles_alike(monkeypatch, workshop):
    from wtfc.export import report, theme_poster

    calls: list[tuple[str, str]] = []
    for module in (report, theme_poster):
        real = module.draw_title_line
        monkeypatch.setattr(module, "draw_title_line",
                            lambda *a, _real=real, _name=module.__name__, **k:
                            (calls.append((_name, a[3])), _real(*a, **k))[1])
    report.report_pdf(workshop)
    theme_poster.theme_posters_pdf(workshop)
    assert {name for name, _ in calls} == {report.__name__, theme_poster.__name__}
    assert {title for _, title in calls} == {workshop.title}
