"""Plan's room view on an 800x600 projector showed one action a page (the demo: thirteen
pages). Where a page would hold a single card, one card across, the plan is laid out again
drawn at the room's 24 px floor with compact cards (the priority's mark begins the status
line): two actions then share a page wherever both fit whole, and the demo takes eight."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.plan_room_shown import shown_plan_room
from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Action, Role, Stage
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.wall.room_measure import FLOOR_PX

TODAY = dt.date(2026, 11, 29)


def _view(qtbot, doc: Document, size: tuple[int, int]) -> PlanRoomView:
    return shown_plan_room(qtbot, doc, size, TODAY, Stage.PLAN)


def _every_page(view: PlanRoomView, name: str) -> list[tuple[list[Action], list]]:
    return [(view.page_actions(page), list(view.drawn_text)) for page in saved_pages(view, name)]


def test_the_demo_on_an_800_projector_has_two_actions_a_page(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    view = _view(qtbot, doc, (800, 600))
    pages = _every_page(view, "room_plan_share_800")
    assert len(pages) <= 8  # was 13
    assert sum(len(actions) == 2 for actions, _ in pages) >= 5
    seen = []
    for actions, drawn in pages:
        whole = {words for _px, words, cut in drawn if not cut}
        said = " ".join(words for _px, words, _cut in drawn)
        for action in actions:
            assert action.what in whole, action.id  # the words whole
            assert action.owner in said, action.id
            rank = doc.theme(action.theme_id).priority.rank
            assert f"Priority {rank}" in said, action.id  # which priority it answers
        assert all(px >= FLOOR_PX - 0.05 for px, _words, _cut in drawn)
        seen += actions
    assert sorted(a.id for a in seen) == sorted(a.id for a in doc.workshop.actions)


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)])
def test_two_short_actions_share_a_page(qtbot, size):
    ws = load_workshop(demo_path()).workshop
    theme = ws.actions[0].theme_id
    short = [Action(id=f"s{i}", theme_id=theme, role=Role.HEALTH, owner="GP practice manager",
                    what=f"Ring everyone over eighty living alone, round {i}")
             for i in range(2)]
    doc = Document(ws.model_copy(update={"actions": short}))
    view = _view(qtbot, doc, size)
    assert view.page_count() == 1
    assert [a.id for a in view.page_actions(0)] == ["s0", "s1"]


def test_a_big_screen_keeps_its_larger_type(qtbot):
    """At 1920x1080 three cards sit across a lane: nothing is drawn smaller there."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _view(qtbot, doc, (1920, 1080))
    for _actions, drawn in _every_page(view, "room_plan_share_1920"):
        assert min(px for px, _words, _cut in drawn) >= 28 - 0.05
