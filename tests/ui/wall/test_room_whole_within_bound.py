"""A room wall in pages cuts a card ("…") only where no type within the kind's bound holds it whole.

A kind's pages are bounded (no more than twice those it takes at 24 px, three lines a card),
and the largest type within that was taken even where it cut long cards: 36 small themes, every
third card a 30-word quote (what older people often write), took 18 pages of 1280×720 at
32 px with 36 cards cut to five lines, where 26 px held every card whole in 12 (as with the
room timer shown). A kind now has every card whole at the largest type at which that keeps
within its bound; only where none does are cards cut to their lines.
"""

from __future__ import annotations

import pytest
from wall_helpers import shown_room_view

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Theme, Workshop
from wtfc.ui.wall.layout import KIND_ORDER, wall_content
from wtfc.ui.wall.room_kinds import WHOLE_CARD_LINES
from wtfc.ui.wall.room_layout import PAGE_CANDIDATES, layout_room_wall, shown_on_room
from wtfc.ui.wall.room_measure import FLOOR_PX, wrapped_lines
from wtfc.ui.wall.room_pages import allowed_pages, carried_over, plan_pages

WORDS = ("carers", "visit", "lunch", "club", "bus", "town", "doctor", "garden", "daughter",
         "neighbour", "rota", "breakfast", "evening", "lonely", "church", "library", "nurse")


def _wall(per_kind: int, cards: int, long_every: int, long_words: int) -> Document:
    """``per_kind`` themes of each kind of ``cards`` six-word cards, every ``long_every``-th
    card ``long_words`` words long, under long names (the code review's walls)."""
    made, themes = [], []
    for k, kind in enumerate(KIND_ORDER):
        for t in range(per_kind):
            ids = [f"c{k}-{t}-{n}" for n in range(cards)]
            for n, card_id in enumerate(ids):
                words = long_words if (t * cards + n) % long_every == 0 else 6
                made.append(Card(id=card_id, kind=kind, text=" ".join(
                    WORDS[(n * 5 + j * 3 + t) % len(WORDS)] for j in range(words))))
            themes.append(Theme(id=f"t{k}-{t}", kind=kind, card_ids=ids, name=(
                f"I theme {k}-{t} and the carers who visit me at home in the evening")))
    return Document(Workshop(cards=made, themes=themes))


def _cut(doc: Document, layout, metrics) -> list[str]:
    """The cards drawn with fewer lines than their words take, each at its page's type."""
    texts = {card.id: card.text for card in doc.workshop.cards}
    cut = []
    for (card_id, _theme), rect in layout.cards.items():
        m = layout.metrics_on(layout.page_at(rect[0]), metrics)
        lines = round((rect[3] - 2 * m.row_pad) / m.line)
        if lines < wrapped_lines(texts[card_id], m.font_px, rect[2] - m.edge - m.pad):
            cut.append(card_id)
    return cut


def _kinds(doc: Document) -> list[list[tuple]]:
    content = wall_content(doc, KIND_ORDER, include_unsorted=False, show_card=shown_on_room)
    return [list(themes) for _, _, themes in content if themes]


def _whole_pages(group: list[tuple], viewport: tuple[float, float], px: int) -> int:
    """The fewest pages the kind takes with every card whole at ``px``."""
    whole = plan_pages(group, viewport, [(px, WHOLE_CARD_LINES)])
    return min(whole.pages, carried_over(whole).pages)


# (themes a kind, cards, every n-th card long, its words), screen: (pages, px) with every card
# whole; before, (pages, px, cards cut): 18/32/36, 18/36/36, 18/32/24, 18/28/54. The last took
# 21 pages in three columns, a column of most pages empty; in two wider ones, 18 (``fuller``)
WHOLE = [((12, 3, 3, 30), (1280, 720), (12, 26)),
         ((12, 2, 2, 35), (1280, 720), (12, 26)),
         ((8, 4, 4, 45), (1366, 768), (18, 26)),
         ((12, 3, 2, 40), (1280, 720), (18, 24))]


@pytest.mark.parametrize("shape, size, want", WHOLE)
@pytest.mark.parametrize("timer", [False, True])
def test_long_cards_are_whole_at_the_largest_type_within_the_bound(qapp, shape, size, want,
                                                                      timer):
    doc = _wall(*shape)
    viewport = (float(size[0]), float(size[1]))
    layout, metrics = layout_room_wall(doc, viewport=viewport, timer=timer)
    assert _cut(doc, layout, metrics) == []
    assert (len(layout.pages), metrics.font_px) == want
    assert metrics.font_px >= FLOOR_PX
    for group in _kinds(doc):  # each kind within its bound, no larger type whole within it
        most = allowed_pages(plan_pages(group, viewport, PAGE_CANDIDATES[-1:]).pages)
        assert _whole_pages(group, viewport, metrics.font_px) <= most
        for px in {px for px, _ in PAGE_CANDIDATES if px > metrics.font_px}:
            assert _whole_pages(group, viewport, px) > most


def test_cards_are_cut_only_where_no_type_within_the_bound_holds_them_whole(qapp):
    """Every other card 40 words on an 800×600 projector: whole even at 24 px, a kind takes
    more than its bound (16 pages where 24 px, three lines, takes 4), so they are cut as
    before, at the largest type within it, never below 24 px or three lines."""
    doc = _wall(12, 3, 2, 40)
    viewport = (800.0, 600.0)
    layout, metrics = layout_room_wall(doc, viewport=viewport)
    assert (len(layout.pages), metrics.font_px, metrics.max_lines) == (24, 26, 4)
    assert len(_cut(doc, layout, metrics)) == 54  # the 40-word cards
    for group in _kinds(doc):
        most = allowed_pages(plan_pages(group, viewport, PAGE_CANDIDATES[-1:]).pages)
        assert all(_whole_pages(group, viewport, px) > most
                   for px in {px for px, _ in PAGE_CANDIDATES})


@pytest.mark.parametrize("size, pages", [((1920, 1080), 3), ((1366, 768), 6),
                                         ((1280, 720), 7), ((1024, 768), 7), ((800, 600), 13)])
def test_the_demo_has_every_card_whole(qapp, size, pages):
    """At 800×600 the Not working kind cut 17 cards to three lines at 24 px over 5 pages;
    whole they take 6, within its bound of 10: 13 pages, not 12."""
    doc = Document(load_workshop(demo_path()).workshop)
    layout, metrics = layout_room_wall(doc, viewport=(float(size[0]), float(size[1])))
    assert _cut(doc, layout, metrics) == []
    assert len(layout.pages) == pages
    if size == (1920, 1080):
        assert [m.font_px for m in layout.page_metrics] == [32, 24, 32]


def test_the_room_reads_each_long_card_whole_at_1280x720(qtbot, drawn_words):
    """What the room sees: "Page 1 of 12" at 26 px, each 30-word card drawn whole (no "…")."""
    doc = _wall(12, 3, 3, 30)
    view = shown_room_view(qtbot, doc, (1280, 720), viewport=(1280.0, 720.0))
    assert view.page_label.text() == "Page 1 of 12"
    cards = {card.id: card.text for card in doc.workshop.cards}
    layout = view.wall.layout
    for page in saved_pages(view, "room_long_cards_whole_1280x720"):
        if page > 1:
            break
        shown = {block.theme_id for block in layout.blocks if layout.page_at(block.rect[0]) == page}
        on_page = [theme for theme in doc.workshop.themes if theme.id in shown]
        assert len(on_page) >= 3
        long_cards = [cards[i] for theme in on_page for i in theme.card_ids
                      if len(cards[i].split()) == 30]
        assert long_cards and all(text in drawn_words for text in long_cards)
        assert not any("…" in words for words in drawn_words)
        drawn_words.clear()
