"""The room wall is on one screen only in columns as wide as a paged wall's (about 28
characters a line); narrower, it goes to pages kind by kind, as the whole demo does.

The demo at 1920×1080 was three readable pages; with any one theme deleted (or held back, or
four to eight themes made while theming) it fitted one screen in columns about ten characters
wide, at 24 px with two lines a card, and every card read "My …" or "Agency …". Filtering to
✓ Working at 1024×768 cut 15 of its 17 cards so ("Mum's regular weekday carer …").
"""

from __future__ import annotations

import pytest
from wall_helpers import shown_room_view

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, PersonalDetail
from wtfc.ui.wall.room_layout import layout_room_wall
from wtfc.ui.wall.room_pages import PAGE_COLUMN_EMS

DEMO_THEMES = 10
SIZES = [(1920, 1080), (1366, 768), (1024, 768), (2560, 1440), (800, 600)]


def _demo(keep=lambda i, theme: True) -> Document:
    """The demo with only the themes ``keep`` picks (by place and theme): the others' cards
    unsorted, as after deleting them, and so not on the room wall."""
    ws = load_workshop(demo_path()).workshop
    return Document(ws.model_copy(update={"themes": [
        t for i, t in enumerate(ws.themes) if keep(i, t)]}))


def _cut_cards(qtbot, drawn_words: list[str], doc: Document, size: tuple[int, int],
               **kwargs) -> tuple[int, list[str]]:
    """The room view's pages, each drawn, and what its cards showed shortened ("My …")."""
    view = shown_room_view(qtbot, doc, size, viewport=(float(size[0]), float(size[1])),
                           **kwargs)
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
    texts = {doc.card(card_id).text for card_id, _ in view.wall.layout.cards}
    cut = [w for w in drawn_words if w.endswith("…") and w not in texts
           and any(t.startswith(w[:-1].rstrip()) for t in texts)]
    return view.page_count(), cut


def _words(shown: str) -> int:
    return len(shown.replace("…", "").split())


@pytest.mark.parametrize("deleted", range(DEMO_THEMES))
def test_the_demo_less_one_theme_is_still_read_in_pages_at_1920x1080(
        qtbot, drawn_words, deleted):
    """Delete any one theme: still three pages, not one screen of cards cut to their first
    word or two, and no card cut at all: deleting "I am not treated with respect…" cut
    "…Nobody checked how I was …" at five lines on a page whose columns ended a third of the
    way up."""
    doc = _demo(lambda i, _: i != deleted)
    pages, cut = _cut_cards(qtbot, drawn_words, doc, (1920, 1080))
    assert pages == 3
    assert cut == []


def test_a_six_theme_wall_on_one_screen_shows_each_card_as_words_not_a_first_word(
        qtbot, drawn_words):
    """Six themes made (the demo's first six, 39 cards), as during theming: on one screen
    (24 px, two lines a card) only in columns about 28 characters wide, where no card shows
    under five words ("My son rings every Sunday evening …")."""
    doc = _demo(lambda i, _: i < 6)
    layout, m = layout_room_wall(doc, viewport=(1920.0, 1080.0))
    if len(layout.pages) == 1:
        assert min(b.rect[2] for b in layout.blocks) >= m.font_px * PAGE_COLUMN_EMS
    _, cut = _cut_cards(qtbot, drawn_words, doc, (1920, 1080))
    assert all(_words(shown) >= 5 for shown in cut), cut


def test_a_theme_whose_cards_are_all_held_back_leaves_the_demo_in_pages(qapp):
    """The import's guard holds back a Future theme's every card (a possible name): the
    wall is laid out as without them, still three pages at 1920×1080."""
    ws = load_workshop(demo_path()).workshop
    held = set(next(t for t in ws.themes if t.kind == Kind.FUTURE).card_ids)
    name = PersonalDetail.model_validate({"category": "name", "text": "Joan",
                                          "start": 0, "end": 1})
    cards = [c.model_copy(update={"personal_details": [name]}) if c.id in held else c
             for c in ws.cards]
    doc = Document(ws.model_copy(update={"cards": cards}))
    assert all(doc.card(i).held_back for i in held)
    layout, _ = layout_room_wall(doc, viewport=(1920.0, 1080.0))
    assert len(layout.pages) == 3


def test_working_alone_at_1024x768_shows_every_card_whole(qtbot, drawn_words):
    """The facilitator filters to ✓ Working: its 17 cards were one screen at 24 px, two
    lines a card, 15 cut; now two pages, each card whole."""
    doc = _demo()
    pages, cut = _cut_cards(qtbot, drawn_words, doc, (1024, 768), kinds=(Kind.WORKING,))
    assert pages == 2 and cut == []


@pytest.mark.parametrize(("size", "drop", "pages"), [
    ((1366, 768), None, 6), ((1366, 768), 3, 5), ((1024, 768), None, 7), ((1024, 768), 3, 6)])
def test_a_kind_in_pages_shows_every_card_whole_in_as_many_pages(
        qtbot, drawn_words, size, drop, pages):
    """A kind in several pages cut its cards at three lines in columns with room below: the
    demo cut 12 cards over 6 pages of 1366×768 (8 with theme 4 deleted), 5 over 7 of
    1024×768. Now every card is whole, in the same pages."""
    doc = _demo(lambda i, theme: i != drop)
    assert _cut_cards(qtbot, drawn_words, doc, size) == (pages, [])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_growing_wall_is_on_one_screen_only_in_columns_a_paged_wall_would_have(qapp, size):
    """The demo's themes made one by one: each wall that fits one screen does so in columns
    no narrower than a paged wall's."""
    for made in range(1, DEMO_THEMES + 1):
        layout, m = layout_room_wall(_demo(lambda i, _, n=made: i < n),
                                     viewport=(float(size[0]), float(size[1])))
        if len(layout.pages) == 1 and len(layout.blocks) > 1:
            narrowest = min(b.rect[2] for b in layout.blocks)
            assert narrowest >= m.font_px * PAGE_COLUMN_EMS, (made, m, narrowest)
