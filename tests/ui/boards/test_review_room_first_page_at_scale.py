"""The Review room view's first page carries the first theme when every theme is page-high.

A big borough's workshop (60 themes, ~300 people each time, every priority with dozens of
success statements) showed page 1 at 1920x1080 with the heading and two lines of facts, the
rest of the projector empty, the themes from page 2: the first theme's card, near a page high
with its statements whole, did not fit under the facts, so they had the page alone. The first
theme now goes under them with its statements cut to fit (ending "…"), as a card taller than
its page is everywhere else, where that keeps at least half the lines its own page would show;
at 800x600 it would keep one line of the five its own page shows, and the facts keep the page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.last_time_yardsticks import SUCCESS_HEAD
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.style import WALL_BACKGROUND

TODAY = dt.date(2026, 11, 29)
SIZES = [(1920, 1080), (1366, 768), (1024, 768)]


def _pair() -> tuple[Workshop, Workshop]:
    """(this time, last time): the demo's spring beside the demo as last time's, each success
    statement said five times over (every priority's card about a page high), with no "do
    differently" or date to look again (two lines of facts, as the borough's)."""
    last = load_workshop(demo_path()).workshop
    last = last.model_copy(update={
        "next_review": None,
        "reflection": last.reflection.model_copy(update={"do_differently": ""}),
        "success": [s.model_copy(update={"text": " ".join([s.text] * 5)})
                    for s in last.success]})
    return load_workshop(demo_previous_path()).workshop, last


def _view(qtbot, size: tuple[int, int]) -> ReviewRoomView:
    now, last = _pair()
    view = ReviewRoomView(Document(now), Document(last), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def _inked_to(view: ReviewRoomView) -> float:
    """How far down the screen (a share of it, above the page label) something is drawn."""
    image = view.grab().toImage()
    label = view.page_label.geometry()
    bottom = label.top() if view.page_label.isVisible() else image.height()
    background = QColor(WALL_BACKGROUND).rgb()
    for y in range(bottom - 1, 0, -1):
        if any(image.pixel(x, y) != background for x in range(0, image.width(), 3)):
            return y / bottom
    return 0.0


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_page_one_carries_the_first_theme_under_the_facts(qtbot, size, monkeypatch):
    view = _view(qtbot, size)
    layout = view._layout
    assert not layout.facts_alone and view.page_themes(0) == layout.themes[:1]
    ends = {}
    for page in saved_pages(view, f"review_first_at_scale_{size[0]}"):
        if page < view._compared:
            ends[page] = _inked_to(view)
        if page == 0:  # its statements begun there, cut with "…" to fit
            said = [cut for _px, words, cut in view.drawn_text if words.startswith(SUCCESS_HEAD)]
            assert said == [True]
    # no page of the comparison half empty but the themes' last and the actions' last
    last_themes = len(layout.theme_pages) - 1 if layout.columns.stacked else None
    assert all(end > 0.5 for page, end in ends.items()
               if page not in (last_themes, view._compared - 1)), ends
    # the themes' own pages as they were, every theme once, and a page fewer than the facts
    # alone on page 1 took
    assert [t for page in range(view._compared) for t in view.page_themes(page)] \
        == layout.themes
    pages, said = view.page_count(), layout.said[1:]
    monkeypatch.setattr(ReviewRoomView, "_under_facts",
                        lambda self, out, cols, left, height: (out.said[0], height))
    before = _view(qtbot, size)
    assert before._layout.facts_alone and before.page_themes(0) == []
    assert before.page_count() == pages + 1 and before._layout.said[1:] == said


def test_at_800x600_the_facts_keep_the_page_rather_than_cut_priority_1_to_a_line(qtbot):
    view = _view(qtbot, (800, 600))
    assert view._layout.facts_alone and view.page_themes(0) == []
    assert view.page_themes(1) == view._layout.themes[:1]
