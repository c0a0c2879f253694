"""Act's room view on an 800x600 projector took thirteen pages for the demo, one action a page:
its question ("Is each action happening, and on time?") took two lines, and the facts under it
a second line naming the lanes with no actions, so no page had room for a second card. The
question is one line where the full one would wrap ("Is each action on track?"), the cards
compact in the same type, the idle lanes' line under the last page with room for it: nine
pages, nothing smaller and nothing cut."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan_room import ACT_SHORT_TITLE, ACT_TITLE, PlanRoomView
from wtfc.ui.boards.room_paint import SMALL_PX, canvas_size

TODAY = dt.date(2026, 11, 29)


def _act(qtbot, size: tuple[int, int]) -> tuple[Document, PlanRoomView]:
    doc = Document(load_workshop(demo_path()).workshop)
    doc.workshop.stage = Stage.ACT
    view = PlanRoomView(doc, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return doc, view


@pytest.mark.parametrize(("size", "most", "title"), [((800, 600), 9, ACT_SHORT_TITLE),
                                                     ((1024, 768), 6, ACT_SHORT_TITLE),
                                                     ((1280, 720), 7, ACT_TITLE)])
def test_fewer_pages_in_the_same_type_with_every_word_whole(qtbot, size, most, title):
    doc, view = _act(qtbot, size)
    least = SMALL_PX * canvas_size(*size)[0]  # the room's small type, not drawn smaller
    seen, titles, idle = [], set(), []
    for page in saved_pages(view, f"room_act_pages_{size[0]}"):
        drawn = view.drawn_text
        assert [words for _px, words, cut in drawn if cut] == [], page
        assert all(px >= least - 0.01 for px, _words, _cut in drawn), page
        whole = [words for _px, words, _cut in drawn]
        said = " ".join(whole)  # (a long owner is on two lines)
        for action in view.page_actions(page):
            assert action.what in whole, action.id
            assert all(word in said for word in action.owner.split()), action.id
            if action.progress_note:
                assert f"So far: {action.progress_note}" in said, action.id
        titles |= {words for _px, words, _ in drawn if words in (ACT_TITLE, ACT_SHORT_TITLE)}
        seen += view.page_actions(page)
        idle += [words for _px, words, _ in drawn if "Nothing planned for: Other" in words]
    assert view.page_count() <= most  # 13, 6 (at the 24 px floor) and 8 before
    assert sorted(a.id for a in seen) == sorted(a.id for a in doc.workshop.actions)
    assert titles == {title}  # one line: the full question where it fits one
    assert idle  # the lane with no actions is named, on a page or in the facts


def test_the_full_question_where_it_fits_one_line(qtbot):
    _doc, view = _act(qtbot, (1920, 1080))
    view.grab()
    assert ACT_TITLE in [words for _px, words, _ in view.drawn_text]
