"""The Review room's kinds key on page 1 goes at its subtitle's end where it fits there
(``review_room_key.key_up``): under "Themes" it took the room the demo's first theme needed at
1024x768 beside the timer, and page 1 showed the facts alone, its first theme a page later."""

from __future__ import annotations

import datetime as dt

from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.review_room import ReviewRoomView


def test_page_one_shows_a_theme_at_1024x768_beside_the_timer(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    previous = Document(load_workshop(demo_previous_path()).workshop)
    view = ReviewRoomView(doc, previous, today=lambda: dt.date(2026, 11, 28))
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.keep_timer(True)
    view.grab()
    assert view.page_rows(0)
