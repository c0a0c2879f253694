"""The room's view of one theme fills each page's columns before turning the page.

A theme of 16 cards, ten of them 280 characters, took 7 pages of 1366×768 (4 of 1024×768),
each page one third-width column of two cards and the rest of the screen empty: in a third of
the screen a long card took ten lines, and under the theme's name and "(continued)" a column
held one such card, which is never left alone under a name. The view now takes the column count
(as many as the page holds down to one) that shows the theme in the fewest pages.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from wall_helpers import shown_room_view

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.wall.room_layout import layout_room_wall
from wtfc.ui.wall.room_measure import FLOOR_PX, wrapped_lines

SHORT = ("The day centre minibus stopped running on Thursdays so I cannot get to the lunch club "
         "any more.")
LONG = ("My carers change every week and none of them have read my care plan, so I have to "
        "explain again and again how I like my tea, that I cannot manage buttons since my "
        "stroke, and that my daughter rings at six; it wears me out and some days I just give "
        "up and say nothing at all.")
NAME = "I have people around me who know what matters to me and how I like things done"
MOST_PAGES = {(1366, 768): 3, (1024, 768): 3}  # they were 7 and 4


def _theme() -> Document:
    """The big sweep workshop's 16-card theme (its cards in the same order)."""
    texts = [SHORT if i in (0, 1, 6, 8, 11, 15) else "I feel rushed" if i == 10 else LONG
             for i in range(16)]
    cards = [Card(id=f"c{i:02d}", kind=Kind.WORKING, text=f"{text} (0-{i})")
             for i, text in enumerate(texts)]
    return Document(Workshop(cards=cards, themes=[
        Theme(id="t", kind=Kind.WORKING, name=NAME, card_ids=[c.id for c in cards])]))


@pytest.mark.parametrize("size", list(MOST_PAGES), ids=lambda s: f"{s[0]}x{s[1]}")
def test_one_theme_fills_every_column_of_its_pages(qapp, size):
    doc = _theme()
    viewport = (float(size[0]), float(size[1]))
    layout, m = layout_room_wall(doc, viewport=viewport, theme_ids=frozenset({"t"}))
    pages = len(layout.pages)
    assert pages <= MOST_PAGES[size] and m.font_px >= FLOOR_PX
    # every card once, each with the lines its words take
    texts = {card.id: card.text for card in doc.workshop.cards}
    assert sorted(card for card, _ in layout.cards) == sorted(texts)
    for (card, _), (_, _, width, height) in layout.cards.items():
        assert wrapped_lines(texts[card], m.font_px, width - m.edge - m.pad) * m.line \
            + 2 * m.row_pad <= height + 0.01, card
    # the page's columns: every one holds a part of the theme on each page but the last
    width = layout.blocks[0].rect[2]
    columns = round((viewport[0] - 2 * m.margin + m.gap) / (width + m.gap))
    stride = layout.pages[1][0] if pages > 1 else 1.0
    used: dict[int, set[int]] = defaultdict(set)
    for block in layout.blocks:
        page = int(block.rect[0] // stride) if pages > 1 else 0
        x = block.rect[0] - layout.pages[page][0] - m.margin
        used[page].add(round(x / (width + m.gap)))
        assert block.rect[1] + block.rect[3] <= viewport[1] - m.margin + 0.01  # on its page
    assert all(used[page] == set(range(columns)) for page in range(pages - 1))


def test_one_theme_shown_at_1366x768_turns_three_pages_at_readable_type(qtbot):
    doc = _theme()
    view = shown_room_view(qtbot, doc, (1366, 768), viewport=(1366.0, 768.0),
                           theme_ids=frozenset({"t"}))
    assert view.page_count() <= 3
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        assert view.smallest_text_px() >= FLOOR_PX
