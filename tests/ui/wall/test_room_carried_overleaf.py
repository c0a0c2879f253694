"""A theme with no room left on a room wall's page starts there all the same and goes on
overleaf under "(continued)", where that saves a page.

Each theme that fits a page started only on a page where it ended: a 30-theme workshop of ten
cards a theme took 30 pages of 1024×768 and of 1280×720, a theme a page, 40% and 48% of each
empty. Carried on, 21 and 21. Where carrying saves no page (the demo: its one candidate would
leave one card under its name at a column's foot) each theme still starts on a page where it
ends, so the room is not made to turn a page in the middle of a theme for nothing.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from wall_helpers import shown_room_view

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Theme, Workshop
from wtfc.ui.wall import room_kinds
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.room_layout import layout_room_wall
from wtfc.ui.wall.room_measure import CONTINUED
from wtfc.ui.wall.room_pages import PART_CARDS

WORDS = ("carers", "visit", "lunch", "club", "bus", "town", "doctor", "garden", "daughter",
         "neighbour", "rota", "breakfast", "evening", "lonely", "church", "library", "nurse")
# (pages each theme starting on a page where it ends, pages carried on)
THIRTY = {(1024, 768): (30, 21), (1280, 720): (30, 21), (1366, 768): (18, 18)}


def _thirty() -> Document:
    """30 themes of ten cards of eight words, ten of each kind."""
    cards, themes = [], []
    for k, kind in enumerate(KIND_ORDER):
        for t in range(10):
            ids = [f"c{k}-{t}-{n}" for n in range(10)]
            cards += [Card(id=i, kind=kind, text=" ".join(
                WORDS[(n * 5 + j * 3 + t) % len(WORDS)] for j in range(8)))
                for n, i in enumerate(ids)]
            themes.append(Theme(id=f"t{k}-{t}", kind=kind, name=f"I theme {k}-{t}",
                                card_ids=ids))
    return Document(Workshop(cards=cards, themes=themes))


def _laid_out(doc: Document, size: tuple[int, int], monkeypatch, *, carried: bool,
              filled: bool = True):
    """``filled``: a kind's pages in fewer columns where that leaves fewer empty (``fuller``)."""
    with monkeypatch.context() as patch:
        if not carried:  # as it was: each theme from a page where it ends
            patch.setattr(room_kinds, "carried_over", lambda plan: plan)
        if not filled:
            patch.setattr(room_kinds, "fuller", lambda plan, *_: plan)
        return layout_room_wall(doc, viewport=(float(size[0]), float(size[1])))


def _parts(layout) -> dict[str, list[tuple[int, float, float, int, bool]]]:
    """Each theme's parts in the order laid: (page, x, y, cards, continued)."""
    parts = defaultdict(list)
    for block in layout.blocks:
        page = layout.page_at(block.rect[0])
        parts[block.theme_id].append((page, block.rect[0], block.rect[1], len(block.card_ids),
                                      block.continued))
    return parts


@pytest.mark.parametrize("size", list(THIRTY))
def test_thirty_themes_take_fewer_pages_each_part_under_its_name(qapp, monkeypatch, size):
    doc = _thirty()
    before, before_m = _laid_out(doc, size, monkeypatch, carried=False, filled=False)
    layout, m = _laid_out(doc, size, monkeypatch, carried=True, filled=False)
    assert (len(before.pages), len(layout.pages)) == THIRTY[size]
    assert len(_laid_out(doc, size, monkeypatch, carried=True)[0].pages) == THIRTY[size][1]
    # the same type and lines a card: only where the themes start has changed
    assert m == before_m and layout.page_metrics == before.page_metrics
    assert {key: rect[2:] for key, rect in layout.cards.items()} == \
        {key: rect[2:] for key, rect in before.cards.items()}
    placed = [card for block in layout.blocks for card in block.card_ids]
    assert sorted(placed) == sorted(c.id for c in doc.workshop.cards)  # each card once
    overleaf = 0
    for theme in doc.workshop.themes:
        parts = _parts(layout)[theme.id]
        assert [continued for *_, continued in parts] == [False] + [True] * (len(parts) - 1)
        assert [p[:3] for p in parts] == sorted(p[:3] for p in parts)  # page, column, in order
        assert all(cards >= PART_CARDS for *_, cards, _c in parts)  # never a card alone
        pages = [page for page, *_ in parts]
        assert pages[-1] - pages[0] <= 1  # on its page and the next at most
        overleaf += pages[-1] > pages[0]
    assert (overleaf > 0) == (THIRTY[size][1] < THIRTY[size][0])


def test_the_room_reads_a_theme_going_on_overleaf(qtbot, drawn_words):
    """At 1024×768: "Page 1 of 21"; a theme started at a page's foot has its name there, and
    its name with "(continued)" over the rest of its cards on the next page."""
    doc = _thirty()
    view = shown_room_view(qtbot, doc, (1024, 768), viewport=(1024.0, 768.0))
    assert view.page_count() == 21
    assert view.page_label.text() == "Page 1 of 21"
    layout = view.wall.layout
    theme = next(t for t in doc.workshop.themes
                 if len({page for page, *_ in _parts(layout)[t.id]}) == 2)
    pages = [page for page, *_ in _parts(layout)[theme.id]]
    first, last = pages[0], pages[-1]
    seen = []
    for page in (first, last):
        drawn_words.clear()
        view.show_page(page)
        view.grab()
        seen.append(list(drawn_words))
    assert theme.name in seen[0]
    assert theme.name + CONTINUED in seen[1]
    cards = {c.id: c.text for c in doc.workshop.cards}
    assert sum(cards[i] in seen[0] for i in theme.card_ids) >= PART_CARDS
    assert sum(cards[i] in seen[0] + seen[1] for i in theme.card_ids) == len(theme.card_ids)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720), (1024, 768), (800, 600)])
def test_the_demo_is_not_carried_overleaf_where_that_saves_no_page(qapp, monkeypatch, size):
    """The demo takes 6, 7, 7 and 13 pages either way: laid out as before, each theme that fits
    a page from a page where it ends (13 at 800×600 since its Not working cards are whole)."""
    doc = Document(load_workshop(demo_path()).workshop)
    before, _m = _laid_out(doc, size, monkeypatch, carried=False)
    layout, _m = _laid_out(doc, size, monkeypatch, carried=True)
    assert layout.blocks == before.blocks and layout.pages == before.pages
    assert len(layout.pages) == {(1366, 768): 6, (1280, 720): 7, (1024, 768): 7,
                                 (800, 600): 13}[size]
