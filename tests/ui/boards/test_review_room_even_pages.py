"""The Review room view's pages share the themes and actions evenly: at 1024×768 the demo's
comparison went over pages of four themes, five, then one; at 1366×768 a page held one action
beside no themes, and at 1920×1080 seven themes then three. No page is now left near-empty."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Reflection
from wtfc.ui.boards.even_pages import even_pages
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.room_paint import pack_pages

TODAY = dt.date(2026, 11, 28)


def _cards_per_page(qtbot, size: tuple[int, int]) -> list[int]:
    """The theme and action cards on each page of the comparison (Looking back's left out),
    each page saved as a PNG: themes' pages and actions' pages apart where they are apart
    (stacked, at 1024x768: an action is several themes tall)."""
    doc = Document(load_workshop(demo_path()).workshop)
    # without last time's yardsticks: they make page 1 and the priorities' cards taller, so
    # a count of cards no longer says how full a page is
    bare = load_workshop(demo_previous_path()).workshop.model_copy(
        update={"reflection": Reflection(), "next_review": None, "success": []})
    previous = Document(bare)
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    themes, actions, both = [], [], []
    for page in saved_pages(view, f"review_room_even_{size[0]}"):
        on = len(view.page_themes(page)), len(view.page_actions(page))
        if all(on):
            both.append(sum(on))
        elif any(on):
            (themes if on[0] else actions).append(sum(on))
    return [cards for cards in (themes, actions, both) if cards]


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_no_page_of_the_comparison_is_near_empty(qtbot, size):
    groups = _cards_per_page(qtbot, size)
    assert sum(len(cards) for cards in groups) > 1
    for cards in groups:
        assert min(cards) * 2 >= max(cards), groups


def test_even_pages_keeps_the_order_and_never_overfills_a_page():
    heights = [30.0, 80, 10, 10, 60, 25, 25, 90, 5, 5, 5, 40]
    for room in (90, 100, 150, 400):
        for count in (0, 3, 6):
            pages = even_pages(heights, room, count)
            assert [i for page in pages for i in page] == list(range(len(heights)))
            assert all(sum(heights[i] for i in page) <= room for page in pages)
            # as few pages as filling each would take, unless more are asked for
            assert len(pages) == max(count, len(pack_pages(heights, room)))
    assert even_pages([], 100) == []
    assert even_pages([150, 10], 100) == [range(0, 1), range(1, 2)]  # a tall row on its own
    assert [len(p) for p in even_pages([1] * 10, 3, 4)] == [3, 3, 2, 2]  # not 3, 3, 3, 1


def test_at_1920_the_first_page_takes_what_fits_from_the_next_in_order(qtbot):
    """With the demo's yardsticks the first page's themes are tall and its actions were evened
    on their own: one action beside them, a fifth of the page empty, while the next page's
    themes filled it. The first page now takes the next action too; the order is kept."""
    doc = Document(load_workshop(demo_path()).workshop)
    previous = Document(load_workshop(demo_previous_path()).workshop)
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    pages = list(saved_pages(view, "review_room_first_filled_1920"))
    actions = view.comparison().actions
    shown = [a for page in pages for a in view.page_actions(page)]
    assert shown == actions  # each once, in the board's order
    assert view.page_actions(0) == actions[:2]
    assert len(view.page_actions(1)) == len(actions) - 2


def test_a_column_beside_another_fills_the_page_the_other_leaves_empty():
    # on their own: 50 | 50+30+10 (evener); beside themes of 50 then a full page, the first
    # page takes two (no page left emptier than it need be)
    assert even_pages([50, 50, 30, 10], 100, 2) == [range(0, 1), range(1, 4)]
    assert even_pages([50, 50, 30, 10], 100, 2, beside=[50, 100]) == [range(0, 2), range(2, 4)]
