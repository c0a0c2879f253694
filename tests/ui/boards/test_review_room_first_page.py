"""The Review room view's first page carries what follows its facts where it fits.

At 1366x768 `wtfc render demo --view review` showed page 1 of 6 with the heading, last time's
yardsticks, the reviews line and the action tally only: the lower half of the projector empty.
The demo's first theme missed the page by 6 units (by 7 at 1024x768, page 1 of 7), because
the room counted the gap under the page's last card, which nothing follows. Page 1 now carries
the first theme at 1366x768, 1280x720 and 1024x768; at 800x600 the heading and the facts fill
it. Every theme and action is still on one page, whole, in the board's order.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.review_room import ACTIONS_TITLE, ReviewRoomView, name_text
from wtfc.ui.style import WALL_BACKGROUND
from wtfc.ui.wall.room_measure import FLOOR_PX

TODAY = dt.date(2026, 11, 29)
# the comparison's and Looking back's pages at 701b3dd: none may take more now
PAGES_BEFORE = {(1366, 768): 6, (1280, 720): 6, (1024, 768): 7, (800, 600): 14}


def _view(qtbot, size: tuple[int, int], today: dt.date = TODAY) -> ReviewRoomView:
    """The demo as it opens, compared with its spring cycle (as `wtfc render demo` does)."""
    doc = Document(load_workshop(demo_path()).workshop)
    previous = Document(load_workshop(demo_previous_path()).workshop)
    view = ReviewRoomView(doc, previous, today=lambda: today)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def _lower_half_inked(view: ReviewRoomView) -> float:
    """The share of the screen's lower half (down to the page label) in whose pixel rows
    something is drawn: 0 where it is empty."""
    image = view.grab().toImage()
    label = view.page_label.geometry()
    top = label.top() if view.page_label.isVisible() else image.height()
    background = QColor(WALL_BACKGROUND).rgb()
    rows = range(image.height() // 2, top)
    inked = sum(any(image.pixel(x, y) != background for x in range(0, image.width(), 3))
                for y in rows)
    return inked / len(rows)


@pytest.mark.parametrize("size", list(PAGES_BEFORE), ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_first_page_is_more_than_half_full(qtbot, size):
    view = _view(qtbot, size)
    view.show_page(0)
    save_render(view, f"review_first_page_{size[0]}")
    assert _lower_half_inked(view) > 0.5
    assert view.page_count() <= PAGES_BEFORE[size]
    if size != (800, 600):  # there the heading and the facts take the whole page
        assert view.page_themes(0) == view._layout.themes[:1]
    if size == (1366, 768):
        assert view.page_count() < PAGES_BEFORE[size]


@pytest.mark.parametrize("size", list(PAGES_BEFORE), ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_theme_and_action_once_whole_and_in_order(qtbot, size):
    view = _view(qtbot, size)
    drawn: list[str] = []
    for page in range(view._compared):
        view.show_page(page)
        view.grab()
        assert all(px >= FLOOR_PX - 0.01 for px, _w, _c in view.drawn_text)  # no smaller type
        assert not any(cut for _px, _w, cut in view.drawn_text)  # every text whole
        drawn += [words for _px, words, _cut in view.drawn_text]
        # the actions' heading over actions (or "No actions last time."), never an empty column
        assert (ACTIONS_TITLE in drawn[-len(view.drawn_text):]) == bool(view.page_actions(page))
    layout, actions = view._layout, view.comparison().actions
    themes = [t for page in range(view._compared) for t in view.page_themes(page)]
    assert themes == layout.themes and len(themes) > 5
    assert [a for page in range(view._compared) for a in view.page_actions(page)] == actions
    names = [name_text(t, layout.ranks.get(t.current_id)) for t in themes]
    said = [a.what for a in actions]
    for words in (names, said):  # each drawn once, in the board's order
        assert [drawn.count(w) for w in words] == [1] * len(words)
        assert [drawn.index(w) for w in words] == sorted(drawn.index(w) for w in words)
