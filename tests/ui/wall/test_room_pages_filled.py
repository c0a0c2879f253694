"""A room wall in pages fills its columns: a kind whose pages leave a column empty before its
last page is laid out in fewer, wider columns where that takes no more pages (review 24 method
F6: at 1280×720 the demo's first page split its first theme over two of three columns,
"(continued)", and left the right third empty)."""

from __future__ import annotations

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.wall import room_kinds
from wtfc.ui.wall.room_layout import layout_room_wall

# the demo's pages, as before: filling the columns never costs a page
DEMO_PAGES = {(1024, 768): 7, (1280, 720): 7, (1366, 768): 6, (1920, 1080): 3}


def _demo() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _columns_used(layout, page: int) -> set[float]:
    return {block.rect[0] for block in layout.blocks if layout.page_at(block.rect[0]) == page}


def test_the_demo_s_first_page_at_1280x720_is_its_first_themes_whole(qapp):
    layout, m = layout_room_wall(_demo(), viewport=(1280.0, 720.0))
    first = [b for b in layout.blocks if layout.page_at(b.rect[0]) == 0]
    assert [b.count for b in first] == [7, 5]  # two Working themes, every card, side by side
    assert not any(b.continued for b in first)
    assert sum(len(b.card_ids) for b in first) == 12
    assert len(_columns_used(layout, 0)) == 2 and m.font_px >= 24


@pytest.mark.parametrize("size", list(DEMO_PAGES))
def test_the_demo_takes_no_more_pages(qapp, size):
    layout, _m = layout_room_wall(_demo(), viewport=(float(size[0]), float(size[1])))
    assert len(layout.pages) == DEMO_PAGES[size]


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_fewer_columns_only_where_no_page_is_added(qapp, monkeypatch, size):
    doc = _demo()
    viewport = (float(size[0]), float(size[1]))
    filled, _m = layout_room_wall(doc, viewport=viewport)
    with monkeypatch.context() as patch:
        patch.setattr(room_kinds, "fuller", lambda plan, *_: plan)
        most, _m = layout_room_wall(doc, viewport=viewport)
    assert len(filled.pages) <= len(most.pages)
    empty = [sum(not _columns_used(layout, p) for p in range(len(layout.pages)))
             for layout in (filled, most)]
    assert empty[0] == 0 == empty[1]  # every page shows something
    continued = [sum(b.continued for b in layout.blocks) for layout in (filled, most)]
    assert continued[0] <= continued[1]
    placed = sorted(c for b in filled.blocks for c in b.card_ids)
    assert placed == sorted(c for b in most.blocks for c in b.card_ids)  # each card, once
