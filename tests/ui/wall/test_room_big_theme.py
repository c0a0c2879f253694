"""A theme too tall for a page comes in a few pages at readable type, not a column a page.

A 60-card theme shown alone took 19 pages at 1366×768 ("Page 1 of 19") and 8 at 1920×1080:
it was left out of choosing the type, so the largest (40 px) won, and with one theme the page
had one screen-wide column of three or four cards. Now it has its say in the type: the largest
at which it takes at most twice the pages it would take at the floor, 24 px, with every card on
one line (``allowed_pages``). A 60-card theme would take one page so at 1920×1080 and two at
1366×768 (60 one-line cards are about 2,500 px of column; a 1366×768 page has three columns
of about 690 px), so two and four pages at most, in as many columns as the page holds; its
cards keep three lines at least. Shown alone (the room's view of one theme), every card is
whole, in as few pages as that takes at 24 px in the column count that takes fewest: five (in
two columns; three took six) and three.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from wall_helpers import shown_room_view

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.wall import room_measure
from wtfc.ui.wall.room_block import RoomBlockItem
from wtfc.ui.wall.room_layout import PAGE_CANDIDATES, layout_room_wall
from wtfc.ui.wall.room_measure import CONTINUED, FLOOR_PX, wrapped_lines
from wtfc.ui.wall.room_pages import allowed_pages, paged

SIZES = [(1366, 768), (1920, 1080)]
# the pages a 60-card theme would take at 24 px with one-line cards: twice that is its most
FEWEST = {(1366, 768): 2, (1920, 1080): 1}
# the pages it takes shown alone, every card whole at 24 px (cards of up to 30 words), and
# its columns a page: at 1366×768 two wider columns take five pages where three took six
WHOLE = {(1366, 768): 5, (1920, 1080): 3}
WHOLE_COLUMNS = {(1366, 768): 2, (1920, 1080): 3}
WORDS = ("carer", "visit", "lunch", "bus", "rota", "lonely", "home", "garden", "family",
         "nurse", "evening", "morning", "help", "friend")
BIG_NAME = "I am lonely at the weekends"


def _big_theme(small: bool = False) -> Document:
    """The reviewer's 60-card theme, cards of 4–30 words; ``small``: with small themes of
    every kind beside it, one before it with a long name."""
    rng = random.Random(3)
    cards = [Card(id=f"b{i}", kind=Kind.NOT_WORKING,
                  text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30))))
             for i in range(60)]
    themes = [Theme(id="t60", kind=Kind.NOT_WORKING, name=BIG_NAME,
                    card_ids=[c.id for c in cards])]
    if small:
        cards += [Card(id="w1", kind=Kind.WORKING, text="My carer is kind and has time for me"),
                  Card(id="n1", kind=Kind.NOT_WORKING,
                       text="Nobody rings when the carer is late"),
                  Card(id="f1", kind=Kind.FUTURE, text="I want to go to the lunch club again")]
        themes = [Theme(id="tw", kind=Kind.WORKING, name="I like my carers", card_ids=["w1"]),
                  Theme(id="tn", kind=Kind.NOT_WORKING, card_ids=["n1"],
                        name="I want to be supported by the same small group of care workers "
                             "who know me"),
                  *themes,
                  Theme(id="tf", kind=Kind.FUTURE, name="I want to get out more",
                        card_ids=["f1"])]
    return Document(Workshop(cards=cards, themes=themes))


def _pages_of(layout) -> list[int]:
    """The page of each block."""
    stride = layout.pages[1][0] if len(layout.pages) > 1 else 1.0
    return [int(block.rect[0] // stride) for block in layout.blocks]


def _cut_cards(layout, m, doc: Document) -> list[str]:
    """The cards drawn with fewer lines than their words take."""
    texts = {card.id: card.text for card in doc.workshop.cards}
    return [card for (card, _), (_, _, width, height) in layout.cards.items()
            if wrapped_lines(texts[card], m.font_px, width - m.edge - m.pad) * m.line
            + 2 * m.row_pad > height + 0.01]


def _each_card_once(layout, doc: Document) -> None:
    placed = [card for block in layout.blocks for card in block.card_ids]
    assert len(placed) == len(set(placed)) and set(placed) == {c.id for c in doc.workshop.cards}
    assert set(layout.cards) == {(c, t.id) for t in doc.workshop.themes for c in t.card_ids}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme_ids", [frozenset({"t60"}), None], ids=["one-theme", "wall"])
def test_a_60_card_theme_alone_takes_few_pages_at_readable_type(qapp, size, theme_ids):
    doc = _big_theme()
    layout, m = layout_room_wall(doc, viewport=(float(size[0]), float(size[1])),
                                 theme_ids=theme_ids)
    # it took 19 (1366×768) and 8 (1920×1080); at the 24 px floor, 4 and 2; alone, every
    # card whole (it was cut to two lines and to one), 5 and 3
    columns = WHOLE_COLUMNS[size] if theme_ids else 3
    if theme_ids:
        assert len(layout.pages) == WHOLE[size] and not _cut_cards(layout, m, doc)
    else:
        assert len(layout.pages) <= allowed_pages(FEWEST[size])
    assert m.font_px >= FLOOR_PX and m.title_px >= FLOOR_PX and m.count_px >= FLOOR_PX
    assert m.max_lines >= 3  # the cards keep three lines of their words
    _each_card_once(layout, doc)
    # the page's columns, not one screen-wide column: a part in each column of a page but
    # the last, which has what is left
    parts = Counter(_pages_of(layout))
    assert min(parts[page] for page in range(len(layout.pages) - 1)) >= columns
    assert all(block.rect[2] < size[0] / columns for block in layout.blocks)
    parts = layout.blocks
    assert not parts[0].continued and all(block.continued for block in parts[1:])
    assert all(block.count == 60 for block in parts)


@pytest.mark.parametrize("size", SIZES)
def test_the_type_is_the_largest_within_the_pages_allowed(qapp, size):
    """Larger type is not bought with more than twice the pages: the next larger candidate
    would take more, and the one chosen no more than ``allowed_pages``."""
    doc = _big_theme()
    viewport = (float(size[0]), float(size[1]))
    _, m = layout_room_wall(doc, viewport=viewport)
    themes = [(doc.workshop.themes[0], list(doc.workshop.cards))]
    chosen = PAGE_CANDIDATES.index((m.font_px, m.max_lines))
    fewest = len(paged(themes, viewport, [(FLOOR_PX, 1)])[0].pages)
    assert fewest == FEWEST[size] and allowed_pages(fewest) == 2 * fewest
    at_chosen = paged(themes, viewport, [PAGE_CANDIDATES[chosen], PAGE_CANDIDATES[-1]])
    assert at_chosen[1].font_px == m.font_px and len(at_chosen[0].pages) <= 2 * fewest
    if chosen > 0:  # the next larger type alone, with no choice left: too many pages
        larger = PAGE_CANDIDATES[chosen - 1]
        assert len(paged(themes, viewport, [larger])[0].pages) > allowed_pages(fewest)


@pytest.mark.parametrize("size", SIZES)
def test_a_60_card_theme_beside_small_ones(qtbot, size):
    """Each kind starts a page; the big theme takes its pages (two at 1920×1080, four at
    1366×768) and at most one more for the part that begins under the theme before it: five
    and seven pages at most, every name whole."""
    doc = _big_theme(small=True)
    view = shown_room_view(qtbot, doc, size, viewport=(float(size[0]), float(size[1])))
    layout = view.wall.layout
    assert 3 <= view.page_count() <= 2 + allowed_pages(FEWEST[size]) + 1
    _each_card_once(layout, doc)
    names: set[str] = set()
    for page in range(view.page_count()):
        view.show_page(page)
        assert view.transform().m11() == 1.0 and view.smallest_text_px() >= FLOOR_PX
        for block in view.wall.blocks.values():
            assert isinstance(block, RoomBlockItem)
            assert block.shown_title() == block.title  # whole, "(continued)" too
            assert block.title_px >= FLOOR_PX and block.count_px >= FLOOR_PX
            names.add(block.title)
    assert BIG_NAME + CONTINUED in names and BIG_NAME in names
    kinds = {}
    for block, page in zip(layout.blocks, _pages_of(layout), strict=True):
        kinds.setdefault(page, set()).add(block.kind)
    assert all(len(on_page) == 1 for on_page in kinds.values())  # a kind a page, as before


def test_the_demo_at_1920x1080_is_in_pages_with_three_lines_a_card_and_whole_names(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    layout, m = layout_room_wall(doc, viewport=(1920.0, 1080.0))
    # at 20 px one screen with three lines a card; at 24 px one screen only with one line,
    # every card cut ("My friendship with my …"); now a page a kind with three lines or more,
    # each at its kind's own type
    assert len(layout.pages) == 3
    assert all(at.font_px >= FLOOR_PX and at.max_lines >= 3
               for at in map(layout.metrics_on, range(3), [m] * 3))
    view = shown_room_view(qtbot, doc, (1920, 1080), viewport=(1920.0, 1080.0))
    assert view.page_count() == 3 and view.page_label.isVisible()
    for page in range(3):
        view.show_page(page)
        blocks = list(view.wall.blocks.values())
        assert blocks and all(b.shown_title() == b.title for b in blocks)


def _continued_measured(monkeypatch) -> list[str]:
    """The names whose "(continued)" header is measured from now on."""
    names: list[str] = []
    real = room_measure.header_height

    def header_height(name, m, width):
        if name.endswith(CONTINUED):
            names.append(name)
        return real(name, m, width)

    monkeypatch.setattr(room_measure, "header_height", header_height)
    return names


def test_the_continued_header_is_measured_only_for_a_theme_carried_on(qapp, monkeypatch):
    """Every theme's name was measured again with " (continued)" at every size tried, on a
    10,000-card wall after every edit, though few themes are ever carried on."""
    rng = random.Random(5)
    cards = [Card(id=f"c{i}", kind=Kind.WORKING,
                  text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12))))
             for i in range(400)]
    # five cards a theme: a column holds each at three lines a card (eight did at one)
    themes = [Theme(id=f"t{t}", kind=Kind.WORKING, name=f"I theme {t}",
                    card_ids=[c.id for c in cards[t * 5:t * 5 + 5]]) for t in range(80)]
    small = Document(Workshop(cards=cards, themes=themes))
    measured = _continued_measured(monkeypatch)
    layout, _ = layout_room_wall(small, viewport=(1280.0, 720.0))
    assert len(layout.pages) > 1 and not any(b.continued for b in layout.blocks)
    # at most the theme a page has no room left for, tried in the page's free columns (twice:
    # its pages are laid out again in fewer columns where a column was left empty, ``fuller``)
    assert len(measured) < 2 * len(layout.pages) and len(layout.blocks) == 80
    measured.clear()
    layout_room_wall(_big_theme(small=True), viewport=(1366.0, 768.0))
    assert measured and set(measured) == {BIG_NAME + CONTINUED}
