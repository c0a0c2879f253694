"""A room wall of many small themes shares its pages between them, not a page a theme.

A kind in pages took the largest type at which each theme fits a column, and at 40 px a
1024×768 or 1280×720 page has one column: 36 three-card themes took 36 pages, each ~40% empty
(54 of 800×600), and the facilitator turned a page for every theme. A kind's pages are now
bounded as a big theme's are (``allowed_pages``): no more than twice those it takes at the
last size (24 px, three lines a card), at the largest type that keeps to that. Walls already
within the bound (the demo, 30 ten-card themes) keep their type and pages.
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
from wtfc.ui.wall.room_layout import PAGE_CANDIDATES, layout_room_wall, shown_on_room
from wtfc.ui.wall.room_measure import FLOOR_PX, wrapped_lines
from wtfc.ui.wall.room_pages import allowed_pages, plan_pages

WORDS = ("carers", "visit", "lunch", "club", "bus", "town", "doctor", "garden", "daughter",
         "neighbour", "rota", "breakfast", "evening", "lonely", "church", "library", "nurse")
# pages (each kind's type) of 36 three-card themes: a page a theme at 40 px before
SMALL = {(1024, 768): (36, 18, 32), (1280, 720): (36, 18, 36), (800, 600): (54, 36, 32)}


def _small(per_kind: int = 12, cards: int = 3) -> Document:
    """``per_kind`` themes of each kind, ``cards`` six-word cards a theme, under long names."""
    made, themes = [], []
    for k, kind in enumerate(KIND_ORDER):
        for t in range(per_kind):
            ids = [f"c{k}-{t}-{n}" for n in range(cards)]
            made += [Card(id=i, kind=kind, text=" ".join(
                WORDS[(n * 5 + j * 3 + t) % len(WORDS)] for j in range(6)))
                for n, i in enumerate(ids)]
            themes.append(Theme(id=f"t{k}-{t}", kind=kind, card_ids=ids, name=(
                f"I theme {k}-{t} and the carers who visit me at home in the evening")))
    return Document(Workshop(cards=made, themes=themes))


def _kinds(doc: Document) -> list[list[tuple]]:
    content = wall_content(doc, KIND_ORDER, include_unsorted=False, show_card=shown_on_room)
    return [list(themes) for _, _, themes in content if themes]


def _themes_a_page(layout) -> dict[int, int]:
    pages: dict[int, int] = {}
    for block in layout.blocks:
        page = layout.page_at(block.rect[0])
        pages[page] = pages.get(page, 0) + 1
    return pages


@pytest.mark.parametrize("size", list(SMALL))
@pytest.mark.parametrize("timer", [False, True])
def test_small_themes_share_pages_at_the_largest_type_within_the_bound(qapp, size, timer):
    doc = _small()
    viewport = (float(size[0]), float(size[1]))
    layout, metrics = layout_room_wall(doc, viewport=viewport, timer=timer)
    _before, pages, font_px = SMALL[size]
    assert len(layout.pages) == pages
    assert metrics.font_px == font_px >= FLOOR_PX and not layout.page_metrics  # every kind so
    assert metrics.max_lines >= 3
    per_page = _themes_a_page(layout)
    if size != (800, 600):  # one 32 px column there: a page a theme, in half the pages
        assert min(per_page.values()) >= 2  # several themes a page, side by side
    texts = {c.id: c.text for c in doc.workshop.cards}
    for (card_id, _theme), rect in layout.cards.items():  # no card cut: all its lines
        text = texts[card_id]
        lines = round((rect[3] - 2 * metrics.row_pad) / metrics.line)
        assert lines == wrapped_lines(text, metrics.font_px, rect[2] - metrics.edge - metrics.pad)
    # the largest type within the bound: the next larger one takes more than twice the pages
    # of the last size (24 px, three lines)
    for group in _kinds(doc):
        fewest = plan_pages(group, viewport, PAGE_CANDIDATES[-1:]).pages
        larger = [c for c in PAGE_CANDIDATES if c[0] > font_px][-1]
        assert plan_pages(group, viewport, [larger]).pages > allowed_pages(fewest)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_small_themes_within_the_bound_keep_the_largest_type(qapp, size):
    """At 1920×1080 a 40 px page has three columns, and at 1366×768 two: 12 and 18 pages,
    no more than twice what 24 px takes, so the type stays 40 px."""
    layout, metrics = layout_room_wall(_small(), viewport=(float(size[0]), float(size[1])))
    assert (len(layout.pages), metrics.font_px) == ({(1920, 1080): 12, (1366, 768): 18}[size], 40)


@pytest.mark.parametrize("size, pages", [((1920, 1080), 3), ((1366, 768), 6),
                                         ((1280, 720), 7), ((1024, 768), 7), ((800, 600), 13)])
def test_the_demo_keeps_its_pages(qapp, size, pages):
    """The bound changes none of the demo's pages (13 at 800×600 since its cards are whole:
    test_room_whole_within_bound.py)."""
    doc = Document(load_workshop(demo_path()).workshop)
    layout, _m = layout_room_wall(doc, viewport=(float(size[0]), float(size[1])))
    assert len(layout.pages) == pages
    if size == (1920, 1080):  # each kind at its own type, as the README says
        assert [m.font_px for m in layout.page_metrics] == [32, 24, 32]


def test_the_room_reads_two_themes_a_page_at_1024x768(qtbot, drawn_words):
    """What the room sees: "Page 1 of 18", two themes with their names and cards whole."""
    doc = _small()
    view = shown_room_view(qtbot, doc, (1024, 768), viewport=(1024.0, 768.0))
    assert view.page_label.text() == "Page 1 of 18"
    cards = {c.id: c.text for c in doc.workshop.cards}
    assert next(saved_pages(view, "room_small_themes_1024x768")) == 0  # page 1, drawn
    layout = view.wall.layout
    shown = {block.theme_id for block in layout.blocks if layout.page_at(block.rect[0]) == 0}
    on_page = [theme for theme in doc.workshop.themes if theme.id in shown]
    assert len(on_page) == 2
    for theme in on_page:
        assert theme.name in drawn_words
        assert all(cards[i] in drawn_words for i in theme.card_ids)
