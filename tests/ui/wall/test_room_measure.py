"""The room wall's measuring shortcuts change nothing the room sees.

A big wall is measured with a faster word wrap that stops counting at a card's most lines, a
type size ruled out by bounds before its cards are wrapped, and cards wrapped once for both
theme-name variants. Each is checked here against the plain way of doing the same thing.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QFontMetricsF

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.style import pixel_font
from wtfc.ui.wall import room_pages
from wtfc.ui.wall.card_item import laid_out_lines
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.room_layout import layout_room_wall, wrapped_lines

WORDS = ("I", "would", "like", "to", "see", "my", "daughter", "more", "often,", "carers",
         "never", "know", "who", "is", "coming.", "The", "lunch", "club", "on", "Tuesdays",
         "keeps", "me", "going", "hospital", "appointments", "transport", "is", "difficult",
         "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", "—", "café", "A&E")


def _plain_wrap(text: str, px: int, width: float, bold: bool) -> int:
    """Greedy word wrap, each word measured by Qt as it comes: the rule the layout keeps; with
    a word wider than the line, the lines Qt draws, the word broken inside."""
    fm = QFontMetricsF(pixel_font(px, bold=bold))
    if any(fm.horizontalAdvance(word) > width for word in text.split()):
        return len(laid_out_lines(text, pixel_font(px, bold=bold), width))
    space = fm.horizontalAdvance(" ")
    lines, used = 1, 0.0
    for word in text.split():
        w = fm.horizontalAdvance(word)
        if used and used + space + w > width:
            lines, used = lines + 1, w
        else:
            used = used + space + w if used else w
    return lines


def test_the_word_wrap_counts_lines_as_the_plain_wrap_does(qapp):
    rng = random.Random(7)
    texts = ["", "   ", "one", WORDS[-4], " ".join(WORDS), "a " * 300]
    texts += [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))) for _ in range(150)]
    for px, bold in ((20, False), (23, True), (40, False)):
        fm = QFontMetricsF(pixel_font(px, bold=bold))
        # widths of all sorts, and exactly a first line's width (the greedy rule's edge)
        widths = [60.0, 180.5, 297.3333333333333, 410.0, fm.horizontalAdvance("I would like")]
        for text in texts:
            for width in widths:
                plain = _plain_wrap(text, px, width, bold)
                assert wrapped_lines(text, px, width, bold=bold) == plain, (text, px, width)
                for most in (1, 2, 5):
                    assert wrapped_lines(text, px, width, bold=bold, most=most) == \
                        min(most, plain), (text, px, width, most)


def _themes_of(sizes: list[int], seed: int) -> Document:
    rng = random.Random(seed)
    cards, themes = [], []
    for t, size in enumerate(sizes):
        kind = KIND_ORDER[t * 3 // len(sizes)]
        ids = [f"c{t}-{i}" for i in range(size)]
        cards += [Card(id=i, kind=kind,
                       text=" ".join(rng.choice(WORDS[:-4]) for _ in range(rng.randint(2, 30))))
                  for i in ids]
        themes.append(Theme(id=f"t{t:03d}", kind=kind, card_ids=ids,
                            name=" ".join(rng.choice(WORDS[:-4])
                                          for _ in range(rng.randint(2, 25)))))
    return Document(Workshop(cards=cards, themes=themes))


def _summary(layout, metrics) -> tuple:
    return (metrics, layout.width, layout.height, layout.pages, layout.page_label,
            [(b.key, b.rect, b.card_ids) for b in layout.blocks], layout.cards)


@pytest.mark.parametrize("viewport", [(1920.0, 1080.0), (1280.0, 720.0), (1024.0, 768.0)])
@pytest.mark.parametrize("sizes", [[4, 7, 3, 9] * 40, [12, 2, 25, 6] * 30, [30, 3] * 10,
                                   [1, 2, 3] * 100, [60, 4, 4]],
                         ids=["160 small", "120 mixed", "20 big and small", "300 tiny",
                              "one too tall"])
def test_ruling_out_a_size_by_bounds_lays_out_the_same_wall(qapp, monkeypatch, viewport,
                                                             sizes):
    """A size ruled out by ``_some_theme_taller`` would have failed the whole measure too:
    without the shortcut (every size measured in full) the layout is the same."""
    doc = _themes_of(sizes, seed=len(sizes))
    fast = _summary(*layout_room_wall(doc, viewport=viewport))
    monkeypatch.setattr(room_pages, "_some_theme_taller", lambda *args: False)
    assert _summary(*layout_room_wall(doc, viewport=viewport)) == fast


def test_a_paged_wall_keeps_its_type_size_and_its_pages(qapp, monkeypatch):
    """The demo at 1280×720, paged: the same size, lines and pages whichever way it is found."""
    doc = Document(load_workshop(demo_path()).workshop)
    # the Working themes alone fit one screen (two lines a card); Not working's take pages
    for kinds, paged in ((KIND_ORDER, True), ((Kind.WORKING,), False)):
        fast = _summary(*layout_room_wall(doc, kinds, viewport=(1280.0, 720.0)))
        assert (len(fast[3]) > 1) == paged
        with monkeypatch.context() as patch:
            patch.setattr(room_pages, "_some_theme_taller", lambda *args: False)
            assert _summary(*layout_room_wall(doc, kinds, viewport=(1280.0, 720.0))) == fast
