"""The Prioritise room view's pages share the themes out evenly, in the room's order: filled
one after another, 15 one-line themes while the room voted went 13 then 2 at 1366x768, 30 went
19 then 11 at 1920x1080 and 13, 13, 4 at 1366x768 (now 8+7, 15+15, 10+10+10). Never more
pages than filling them needs."""

from __future__ import annotations

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Priority
from wtfc.ui.boards import priorities_room
from wtfc.ui.boards.even_pages import even_pages
from wtfc.ui.boards.priorities_layout import room_order
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.room_paint import pack_pages


def _voting(count: int) -> Document:
    """``count`` themes of the demo's kinds, none chosen yet (the room is voting), each name
    one line, so every row is as tall and only their number can differ."""
    ws = load_workshop(demo_path()).workshop
    themes = [ws.themes[i % len(ws.themes)].model_copy(update={
        "id": f"t{i}", "name": f"Theme {i + 1} of the room's {count}",
        "priority": Priority(votes=count - i)}) for i in range(count)]
    return Document(ws.model_copy(update={"themes": themes}))


def _names_by_page(view: PrioritiesRoomView, names: set[str]) -> list[list[str]]:
    pages = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        pages.append([w for _px, w, _cut in view.drawn_text if w in names])
    return pages


@pytest.mark.parametrize(("count", "size"), [
    (15, (1366, 768)), (30, (1920, 1080)), (30, (1366, 768)), (30, (1024, 768))])
def test_the_themes_are_shared_evenly_over_as_few_pages(qtbot, show, monkeypatch, count, size):
    doc = _voting(count)
    names = {t.name for t in doc.workshop.themes}
    with monkeypatch.context() as filled:  # each page filled before the next, as it was
        filled.setattr(priorities_room, "even_pages", lambda needs, room, **_: pack_pages(
            needs, room))
        before = _names_by_page(show(PrioritiesRoomView(doc), *size), names)
    view = show(PrioritiesRoomView(doc), *size)
    pages = _names_by_page(view, names)
    assert len(pages) == len(before) > 1  # no page more
    assert [w for page in pages for w in page] == [t.name for t in
                                                   room_order(doc.workshop.themes)]
    rows = [len(page) for page in pages]
    assert max(rows) - min(rows) <= 1, ([len(page) for page in before], rows)
    assert min(px for px, _w, _cut in view.drawn_text) >= 24 - 0.05  # the room's floor
    assert not any(cut for _px, w, cut in view.drawn_text if w in names)  # names whole


def test_even_rows_keep_the_order_and_fit_each_page():
    assert [len(p) for p in even_pages([10.0] * 15, 100, by_rows=True)] == [8, 7]
    # two tall rows first: as even in number as fits, not as even in height
    heights = [45.0, 45, *[10.0] * 10]
    pages = even_pages(heights, 100, by_rows=True)
    assert [len(p) for p in pages] == [3, 9]  # 45+45+10 is full; 8+4 would leave 70 empty
    assert [i for page in pages for i in page] == list(range(len(heights)))
    for room in (60, 100, 150):
        pages = even_pages(heights, room, by_rows=True)
        assert all(sum(heights[i] for i in page) <= room for page in pages)
        assert len(pages) == len(pack_pages(heights, room))
