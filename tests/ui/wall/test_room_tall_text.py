"""The room wall measures text as Qt draws it: Urdu's taller lines, and words wider than a line.

Qt draws Urdu with the lent Noto Sans Arabic, whose line is about twice the main font's; the
room's measures counted lines times the main font's line, so an Urdu theme's name was "…" on
the view of one theme. A long word (Llanfairpwll…gogogoch, a URL) was counted as one line and
ran out of its card over the next theme, or was cut to "…for my CHC …" with half the screen
empty. Now such texts are laid out as they are drawn, and each is drawn whole inside its card.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from wall_helpers import shown_room_view

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.paint_cache import shared_font
from wtfc.ui.screen_fonts import lend_fonts
from wtfc.ui.wall.card_item import elided
from wtfc.ui.wall.room_block import RoomBlockItem
from wtfc.ui.wall.room_measure import wrapped_lines

URDU_NAME = "مجھے نہیں معلوم کہ کون آ رہا ہے"
URDU_CARD = "مجھے نہیں معلوم کہ کون آ رہا ہے، یہ بہت مشکل ہے"
LONG_WORD = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch is where I live"
URL = ("See https://www.example.org/a/very/long/path/that/never/ends/with/any/space/at/all/"
       "whatsoever/index.html for my CHC DST and FACS RAS package")


def _workshop() -> Document:
    cards = [Card(id="u1", kind=Kind.NOT_WORKING, text=URDU_CARD),
             Card(id="u2", kind=Kind.NOT_WORKING, text=URL),
             Card(id="u3", kind=Kind.NOT_WORKING, text="Nobody rings when the carer is late"),
             Card(id="w1", kind=Kind.WORKING, text=LONG_WORD),
             Card(id="w2", kind=Kind.WORKING, text="My carer is kind and has time for me")]
    return Document(Workshop(title="Scripts", cards=cards, themes=[
        Theme(id="tu", kind=Kind.NOT_WORKING, name=URDU_NAME, card_ids=["u1", "u2", "u3"]),
        Theme(id="tw", kind=Kind.WORKING, name="Llanfairpwllgwyngyllgogerychwyrndrobwll is home",
              card_ids=["w1", "w2"])]))


def _drawn_whole(view, whole: frozenset[str] | None = None) -> list[str]:
    """Every card's and header's words as drawn on the view's page: each asserted inside its
    card, and whole (or, given ``whole``, those cards' words: the room wall cuts a card at its
    most lines)."""
    drawn = []
    for item in view.wall.cards.values():
        rect = item.text_rect()
        static = item._prepare(rect)  # what paint() draws
        if whole is None or item.card.id in whole:
            assert static.text() == item.words(), static.text()  # whole, no "…"
        assert static.size().width() <= rect.width() + 1  # broken inside the card
        # the card is as tall as it (Qt rounds each line up: half a line, as paint() allows)
        slack = QFontMetricsF(shared_font(item.font_px)).lineSpacing() / 2
        assert static.size().height() <= rect.height() + slack
        drawn.append(static.text())
    for block in view.wall.blocks.values():
        assert isinstance(block, RoomBlockItem)
        assert block.shown_title() == block.title
        drawn.append(block.title)
    return drawn


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_view_of_one_theme_shows_an_urdu_name_and_long_words_whole(qtbot, size):
    lend_fonts()  # as the app does once a workshop holds Urdu
    view = shown_room_view(qtbot, _workshop(), size, theme_ids=frozenset({"tu"}),
                           viewport=(float(size[0]), float(size[1])))
    assert view.page_count() == 1
    drawn = _drawn_whole(view)
    assert URDU_NAME in drawn and URDU_CARD in drawn and URL in drawn


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_room_wall_draws_long_words_inside_their_cards(qtbot, size):
    lend_fonts()
    view = shown_room_view(qtbot, _workshop(), size, viewport=(float(size[0]), float(size[1])))
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.prepare_for_render()
        drawn += _drawn_whole(view, whole=frozenset({"u1", "w1", "w2"}))
    assert LONG_WORD in drawn and URDU_NAME in drawn and URDU_CARD in drawn


def test_an_urdu_line_counts_as_tall_as_it_is_drawn(qapp):
    lend_fonts()
    one = wrapped_lines(URDU_NAME, 40, 2000.0, bold=True)
    assert one > 1.5  # Noto Sans Arabic's line: about 1.8 of the main font's
    assert wrapped_lines("I do not know who is coming", 40, 2000.0, bold=True) == 1
    assert wrapped_lines(LONG_WORD, 40, 400.0) >= 4  # the word broken, as drawn
    assert wrapped_lines(LONG_WORD, 40, 400.0, most=2) == 2  # a card's most lines, as before


def test_a_name_with_no_room_keeps_its_first_line_never_a_bare_ellipsis(qapp):
    lend_fonts()
    font = shared_font(46, True)
    line = QFontMetricsF(font).lineSpacing()
    assert elided(URDU_NAME, font, 2000.0, line) == URDU_NAME  # one line, taller than the box
    short = elided(URDU_NAME + " " + URDU_NAME, font, 700.0, line)
    assert short != "…" and short.endswith(" …") and URDU_NAME.startswith(short.split()[0])
    cut = elided(LONG_WORD, font, 300.0, line)  # a word broken inside: cut by its letters
    assert cut.startswith("Llanfair") and cut.endswith("…")
    assert QFontMetricsF(font).horizontalAdvance(cut) <= 300.0
