"""Where a theme's card going on over pages in the Review room view breaks, and what it says.

A success statement with no spaces (Chinese; a pasted link) longer than a page ran off the
bottom of the screen under "Page 3 of 15", the rest on no page: its pieces broke only between
spaces. Page turns fell mid-sentence ("“Our …" then "… contracts reward …") at 25 of 26 breaks
at 800x600; they now fall between statements where that keeps about two thirds of the page.
The "…, continued" name took 3 of the card's 9 lines on every page at 800x600; it is one line.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtGui import QColor

from tests.ui.boards.test_review_room_goes_on import _big_yardsticks
from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective, SuccessStatement, Workshop
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.review_room_pieces import continued_name, piece_text
from wtfc.ui.boards.room_paint import SMALL_PX, text_height
from wtfc.ui.style import WALL_BACKGROUND
from wtfc.ui.wall.room_measure import FLOOR_PX

TODAY = dt.date(2026, 11, 29)
ZH = "我希望每天都有人准时来照顾我，并且告诉我他们什么时候到达。如果迟到，请打电话给我。" * 20
URL = "https://example.org/carers/" + "a1b2c3d4e5" * 300


def _one_long(text: str) -> Workshop:
    """Last time's demo workshop, priority 1's older people's statement ``text``."""
    last = load_workshop(demo_previous_path()).workshop
    p1 = next(t for t in last.themes if t.priority.chosen and t.priority.rank == 1)
    return last.model_copy(update={"success": [
        *(s for s in last.success if s.theme_id != p1.id),
        SuccessStatement(theme_id=p1.id, perspective=Perspective.OLDER_PEOPLE, text=text)]})


def _view(qtbot, last: Workshop, size: tuple[int, int]) -> ReviewRoomView:
    view = ReviewRoomView(Document(load_workshop(demo_path()).workshop), Document(last),
                          today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize(("size", "said", "name"), [((800, 600), ZH[:600], "zh"),
                                                    ((1366, 768), ZH[:880], "zh"),
                                                    ((1024, 768), URL, "link")],
                         ids=["zh-800x600", "zh-1366x768", "link-1024x768"])
def test_a_statement_with_no_spaces_goes_on_over_pages_on_the_screen(qtbot, size, said, name):
    view = _view(qtbot, _one_long(said), size)
    background = QColor(WALL_BACKGROUND).rgb()
    drawn = []
    for page in saved_pages(view, f"review_breaks_{name}_{size[0]}"):  # looked at
        image = view.grab().toImage()
        foot = image.height() - 2  # the screen's last row, left of the page label
        assert all(image.pixel(x, foot) == background
                   for x in range(0, view.page_label.geometry().left() - 4, 2)), page
        assert all(px >= FLOOR_PX - 0.01 for px, _w, _c in view.drawn_text)
        drawn += [(words, cut) for _px, words, cut in view.drawn_text]
    layout = view._layout
    pieces = next(p for p in layout.pieces if len(p) > 1)  # priority 1's: on several cards
    whole = layout.success[layout.themes[0].previous_id]
    assert said in whole
    assert _bare("".join(pieces)) == _bare(whole)  # every letter once, in order
    for k in range(len(pieces)):
        assert [cut for words, cut in drawn if words == piece_text(pieces, k)] == [False]


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768), (1920, 1080)],
                         ids=lambda s: f"{s[0]}x{s[1]}")
def test_pages_turn_between_statements_under_a_one_line_name(qtbot, size):
    """32 statements a priority: each page ends after a statement ("…” …", or the " · "
    before the next perspective, the next page naming whose words follow), never "“Our …"."""
    view = _view(qtbot, _big_yardsticks(), size)
    layout = view._layout
    width = layout.columns.theme_text
    line = text_height("Ag", width, SMALL_PX)
    breaks = 0
    for t, pieces in zip(layout.themes, layout.pieces, strict=True):
        for k in range(len(pieces) - 1):
            assert pieces[k].endswith(("”", "·")), pieces[k][-40:]
            assert not pieces[k + 1].startswith("·")
            breaks += 1
        if len(pieces) > 1:
            rank = layout.ranks.get(t.current_id)
            named = continued_name(t, rank, width)
            assert named.endswith(", continued") and text_height(named, width, SMALL_PX) == line
            assert named.startswith(f"Priority {rank} · " if rank else "Was priority ")
            assert "…" not in named or named.split("…")[0][-1:] != " "  # (no "with …")
    assert breaks >= 3


def test_a_long_name_goes_whole_where_it_fits_one_line(qtbot):
    """At 1920x1080 the continued card's name is the card's, whole."""
    view = _view(qtbot, _big_yardsticks(), (1920, 1080))
    layout = view._layout
    t = layout.themes[0]
    rank = layout.ranks.get(t.current_id)
    assert continued_name(t, rank, layout.columns.theme_text).startswith(
        f"Priority {rank} · was priority ")
