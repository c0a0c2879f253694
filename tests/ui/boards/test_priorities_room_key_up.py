"""The Priorities room view at 1024x768 took the demo three pages (two before the rank became a
number under "Priority", which left the symbols' key no room beside the counts' headings and
gave it a line of its own). The workshop's title leaves most of the subtitle's last line empty
there: the key ends that line, so the demo is two pages again, the key (never colour alone) on
each and nothing smaller than the room's type. The other sizes are as they were."""

from __future__ import annotations

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.wall.room_measure import FLOOR_PX

KEY = "✗ Not working · ✓ Working · ★ Future"
# 800x600's count of themes alone leaves no room for the key, nor 1366x768's one-line
# subtitle; 1920x1080's badges carry their words
PAGES = {(800, 600): 7, (1024, 768): 2, (1366, 768): 2, (1920, 1080): 1}


@pytest.mark.parametrize("size", list(PAGES))
def test_the_key_on_the_subtitles_line_saves_1024x768_a_page(qtbot, size):
    doc = Document(load_workshop(demo_path()).workshop)
    view = PrioritiesRoomView(doc)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    names = {t.name for t in doc.workshop.themes}
    seen = set()
    for _page in saved_pages(view, f"room_priorities_key_{size[0]}"):
        drawn = view.drawn_text
        assert [words for _px, words, cut in drawn if cut] == []
        assert all(px >= FLOOR_PX - 0.01 for px, _words, _cut in drawn)
        keys = [words for _px, words, _cut in drawn if words == KEY]
        assert keys == ([] if size == (1920, 1080) else [KEY])  # on every page, once
        seen |= {words for _px, words, _cut in drawn} & names
    assert view.page_count() == PAGES[size]  # 1024x768: 3 before
    assert seen == names  # every theme on some page, whole
