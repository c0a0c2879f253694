"""The room reads the cards it is theming: no room wall cuts a card to one line, and the view of
one theme shows every card whole.

At the 24 px floor the demo's wall fitted 1920×1080 only with every card cut to its first words
("My friendship with my …", "The minibus driver …"), and so did every smaller screen; the view
of one theme cut them so at 800×600. Now one screen is used down to two lines a card, a wall
that needs less is shown in pages with three, and one theme is shown whole, in pages if need be.
"""

from __future__ import annotations

import random

import pytest
from wall_helpers import shown_room_view

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Theme, Workshop
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.room_layout import layout_room_wall
from wtfc.ui.wall.room_measure import FLOOR_PX, wrapped_lines

SIZES = [(1920, 1080), (1366, 768), (1024, 768), (800, 600)]
SAYINGS = ("My carer helps me with the garden", "The carers treat me with respect",
           "My GP listens to me", "Church friends ring me on Sundays",
           "My talking books from the library", "Forms are too complicated to fill in",
           "Visits are rushed, in and out in fifteen minutes", "I can't get a GP appointment",
           "Nobody told me my care package changed", "I want to stay in my own home",
           "To learn to use a tablet to see my family", "Staying independent at home")


def _demo() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _day_of_240() -> Document:
    """A first real workshop's wall, as the walkthrough had it: 240 short statements, many said
    by several people, in 15 themes of 5 to 25 cards."""
    rng = random.Random(20)
    sizes = (21, 17, 12, 9, 18, 14, 13, 9, 6, 5, 25, 13, 13, 11, 10)
    cards, themes = [], []
    for t, size in enumerate(sizes):
        kind = KIND_ORDER[min(2, t // 5)]
        ids = [f"c{len(cards) + i}" for i in range(size)]
        cards += [Card(id=i, kind=kind, text=rng.choice(SAYINGS)) for i in ids]
        themes.append(Theme(id=f"t{t}", kind=kind, name=f"I theme {t} of the day",
                            card_ids=ids))
    cards += [Card(id=f"u{i}", kind=KIND_ORDER[i % 3], text=rng.choice(SAYINGS))
              for i in range(240 - len(cards))]  # the rest not yet sorted: not on the wall
    return Document(Workshop(cards=cards, themes=themes))


def _lines_shown(layout, m, doc: Document) -> list[tuple[int, int]]:
    """Each card's (lines of room it has, lines its words take), at its page's type (a wall
    in pages has each kind at its own)."""
    texts = {card.id: card.text for card in doc.workshop.cards}
    shown = []
    for (card, _), (x, _, width, height) in layout.cards.items():
        at = layout.metrics_on(layout.page_at(x), m)
        shown.append((round((height - 2 * at.row_pad) / at.line),
                      wrapped_lines(texts[card], at.font_px, width - at.edge - at.pad)))
    return shown


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("make", [_demo, _day_of_240], ids=["demo", "240 cards"])
def test_no_card_on_the_room_wall_is_cut_to_one_line(qapp, make, size):
    doc = make()
    layout, m = layout_room_wall(doc, viewport=(float(size[0]), float(size[1])))
    # two lines a card at least on one screen; a wall in pages gives each card three
    least = 3 if len(layout.pages) > 1 else 2
    for page in range(len(layout.pages)):
        at = layout.metrics_on(page, m)
        assert at.font_px >= FLOOR_PX and at.max_lines >= least
    shown = _lines_shown(layout, m, doc)
    assert shown and all(room >= min(needed, least) for room, needed in shown)


def test_the_demo_wall_reads_its_cards_at_1920x1080(qapp):
    """The picture the lead saw: every card one line ending in "…", on one screen. Then three
    pages, a kind each, all at 24 px with three lines a card in the columns the biggest kind
    needed: the Working page used three of five columns and 33 of 61 cards were cut. Now
    each kind has the type its own themes allow, and every card is whole."""
    doc = _demo()
    layout, m = layout_room_wall(doc, viewport=(1920.0, 1080.0))
    types = [(at.font_px, at.max_lines) for at in map(layout.metrics_on, range(3), [m] * 3)]
    assert len(layout.pages) == 3 and types == [(32, 5), (FLOOR_PX, 4), (32, 5)]
    shown = _lines_shown(layout, m, doc)
    assert len(shown) == 61 and all(room >= needed for room, needed in shown)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_view_of_one_theme_shows_every_card_whole(qtbot, drawn_words, size):
    """The demo's biggest theme (10 cards of up to 30 words), shown alone: at 800×600 its
    cards were cut to one line; now each is drawn whole, over pages where it must be."""
    doc = _demo()
    theme = max(doc.workshop.themes, key=lambda t: len(t.card_ids))
    view = shown_room_view(qtbot, doc, size, viewport=(float(size[0]), float(size[1])),
                           theme_ids=frozenset({theme.id}))
    assert view.transform().m11() == 1.0 and view.wall.room_metrics.font_px >= FLOOR_PX
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        assert view.smallest_text_px() >= FLOOR_PX
    texts = {doc.card(card_id).text for card_id in theme.card_ids}
    assert texts <= set(drawn_words)  # each card's words as they are, no "…"
    assert not any(w.endswith("…") for w in drawn_words if w not in texts)
    assert view.page_count() <= (3 if size == (800, 600) else 1)


def test_each_page_of_the_demo_is_drawn_at_its_kinds_type_with_every_card_whole(
        qtbot, drawn_words):
    """Turning the pages at 1920×1080: the Working page is drawn at 32 px, Not working's at
    24, Future's at 32 again, every card's words whole (the page at 24 px left ~40 % of the
    screen empty and drew 33 cards ending in "…")."""
    doc = _demo()
    view = shown_room_view(qtbot, doc, (1920, 1080), viewport=(1920.0, 1080.0))
    sizes = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        cards = list(view.wall.cards.values())
        assert cards and {item.font_px for item in cards} == {view.wall.room_metrics.font_px}
        assert view.smallest_text_px() >= FLOOR_PX
        # the page's columns reach across the screen: no column of empty wall on the right
        right = max(b.scene_rect().right() for b in view.wall.blocks.values())
        assert right - view.wall.layout.pages[page][0] > 1920 * 0.95
        sizes.append(view.wall.room_metrics.font_px)
    assert sizes == [32, FLOOR_PX, 32]
    texts = {doc.card(card_id).text for card_id, _ in view.wall.layout.cards}
    assert len(view.wall.layout.cards) == 61 and texts <= set(drawn_words)  # each whole
    assert not any(w.endswith("…") for w in drawn_words if w not in texts)
