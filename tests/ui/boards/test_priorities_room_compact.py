"""The Prioritise room view while the room votes on 15 themes: one compact line a theme (name,
cards, people, votes; the reason only on a chosen row), so the room sees most or all of them
at once. It showed 6 of 15 a page at 1024x768, 60 px rows with ~90 px empty at the foot, and
two pages at 1920x1080. Type stays 24 real px or more; names stay whole. (The demo's names are
long, two lines at 1024x768, and its subtitle takes two: a shorter workshop fits more.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from tests.ui.renders import RENDERS
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Priority
from wtfc.ui.boards import priorities_room
from wtfc.ui.boards.priorities_layout import room_order
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.room_paint import text_height

NAMES = ["I feel rushed", "Nobody listens to me", "I can't get about", "I am kept waiting",
         "Things are too complicated"]


def _fifteen(chosen: bool) -> Document:
    """The demo's 10 themes and 5 more (15, as a real workshop has), none chosen while the
    room votes, or its three priorities."""
    ws = load_workshop(demo_path()).workshop
    more = [t.model_copy(update={"id": f"more{i}", "name": name,
                                 "priority": Priority(votes=i)})
            for i, (t, name) in enumerate(zip(ws.themes, NAMES, strict=False))]
    themes = [*ws.themes, *more]
    if not chosen:
        themes = [t.model_copy(update={"priority": Priority(votes=t.priority.votes)})
                  for t in themes]
    return Document(ws.model_copy(update={"themes": themes}))


def _pages(qtbot, monkeypatch, doc: Document, size, name: str):
    drawn: list[list[tuple[str, int, QRectF, bool]]] = [[]]  # a page's words, size, box, whole
    real = priorities_room.draw_text

    def draw(p, rect, text, px=30, *args, bold=False, **kwargs):
        whole = text_height(text, rect.width(), px, bold=bold) <= rect.height() + 1
        drawn[-1].append((text, px, QRectF(rect), whole))
        return real(p, rect, text, px, *args, bold=bold, **kwargs)

    monkeypatch.setattr(priorities_room, "draw_text", draw)
    view = PrioritiesRoomView(doc)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    RENDERS.mkdir(parents=True, exist_ok=True)
    for page in range(view.page_count()):
        view.show_page(page)
        drawn.append([])
        assert view.grab().save(str(RENDERS / f"{name}_p{page + 1}.png"))
        assert min(px for px, _, _ in view.drawn_text) >= 24 - 0.05  # real px
    return view, drawn[1:]


@pytest.mark.parametrize("chosen", [False, True], ids=["voting", "chosen"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_fifteen_themes_take_a_compact_line_each(qtbot, monkeypatch, size, chosen):
    doc = _fifteen(chosen)
    view, pages = _pages(qtbot, monkeypatch, doc, size,
                         f"room_priorities_compact_{'chosen' if chosen else 'voting'}_{size[0]}")
    names = {t.name for t in doc.workshop.themes}
    shown = [[(w, whole) for w, _, _, whole in page if w in names] for page in pages]
    order = [t.name for t in room_order(doc.workshop.themes)]
    assert [w for page in shown for w, _ in page] == order  # each once, in the room's order
    assert all(whole for page in shown for _, whole in page)  # no name cut short
    reasons = [w for page in pages for w, *_ in page if w.startswith("Why: ")]
    assert len(reasons) == (3 if chosen else 0)  # only on chosen rows
    # before: 1024x768 4 pages, 5 themes on the first (with three priorities' three-line
    # reasons 5 pages, 2 first); 1366x768 3 pages, 6 first (4); 1920x1080 2 pages, 11 (9)
    # then, in pages filled one by one, 9+6 and 10+5 while voting, the last page a third empty
    most = {(1024, 768): (2, 3), (1366, 768): (2, 2), (1920, 1080): (1, 1)}
    assert view.page_count() <= most[size][chosen]
    rows = [len(page) for page in shown]
    if not chosen:  # like rows: as many on each page, give or take one
        assert max(rows) - min(rows) <= 1, rows
    else:  # the priorities' reasons make their rows taller: fewer of them on a page
        # (1024x768: 5+5+5; 4+6+5 while the symbols' key had a line of its own: the ranks'
        # heading "Priority" leaves it no room beside the counts' headings, and it now ends
        # the subtitle's last line)
        assert rows == {(1024, 768): [5, 5, 5], (1366, 768): [6, 9], (1920, 1080): [15]}[size]


def test_themes_that_fit_roomy_rows_keep_them(qtbot, monkeypatch):
    """The demo's 10 themes at 1920x1080 keep the full-size rows: names at the body size."""
    ws = load_workshop(demo_path()).workshop
    view, pages = _pages(qtbot, monkeypatch, Document(ws), (1920, 1080), "room_priorities_roomy")
    names = {t.name for t in ws.themes}
    assert view.page_count() == 1
    assert {px for w, px, _, _ in pages[0] if w in names} >= {30}
