"""The Plan and Act room views with a big borough's 150 actions: shown on the projector they lay
out in well under a second (Act's took 2.7-7 s, the facilitator's window frozen on every move
to Act and every Space with the room view shown: the same words were measured ~200,000 times
over the layout's trials), and what they keep between trials never outlives an edit: after
Space or new words the view shows what a view built afresh shows. The speed is held by the
words measured (counted: a loaded machine stretches seconds), ``make bench`` times it."""

from __future__ import annotations

import pytest

from benchmarks.bench_plan_room import TODAY, _workshop
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action, move_status
from wtfc.model.workshop import ActionStatus, Stage
from wtfc.ui.boards import plan_card_words, plan_room_lane, room_paint
from wtfc.ui.boards.plan_room import PlanRoomView


def _view(qtbot, doc: Document, size: tuple[int, int] = (1920, 1080)) -> PlanRoomView:
    view = PlanRoomView(doc, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    return view


@pytest.fixture
def measures(monkeypatch) -> list[int]:
    """How many times the room views' words are measured (laid out in C++, the time it took)."""
    count, real = [0], room_paint.text_height

    def counted(*args, **kwargs) -> float:
        count[0] += 1
        return real(*args, **kwargs)

    for module in (plan_card_words, plan_room_lane):
        monkeypatch.setattr(module, "text_height", counted)
    return count


@pytest.mark.parametrize("stage", [Stage.PLAN, Stage.ACT])
def test_the_room_view_of_150_actions_is_laid_out_and_drawn_within_a_second(
        qtbot, stage, measures):
    doc = Document(_workshop())
    doc.workshop.stage = stage
    view = _view(qtbot, doc)
    pages = view.page_count()
    view.grab()
    # at most ten words measured an action: each once, kept between the layout's trials (Plan
    # 121, Act 597; measured at every trial, 3,046 and 47,037)
    assert measures[0] <= 10 * 150
    assert pages > 1  # (150 actions go on over pages)


def _same(view: PlanRoomView, fresh: PlanRoomView) -> None:
    assert view.page_count() == fresh.page_count()
    for page in range(view.page_count()):
        assert [a.id for a in view.page_actions(page)] == [a.id for a in fresh.page_actions(page)]


def test_after_space_and_new_words_the_room_view_shows_what_a_fresh_one_does(qtbot, measures):
    doc = Document(_workshop())
    doc.workshop.stage = Stage.ACT
    view = _view(qtbot, doc, (1366, 768))
    view.page_count()
    action = doc.workshop.actions[3]
    measures[0] = 0
    move_status(doc, action_id=action.id, status=ActionStatus.DONE, today=TODAY).do(doc)
    view.page_count()
    assert measures[0] <= 10 * 150  # Space with the room view shown took seconds (27,694)
    edit_action(doc, action_id=action.id, progress_note="The first " + "long " * 90
                + "note.", what=action.what + " And then tell everyone how it went.").do(doc)
    fresh = _view(qtbot, doc, (1366, 768))
    _same(view, fresh)
    page = next(p for p in range(view.page_count())
                if action.id in [a.id for a in view.page_actions(p)])
    view.show_page(page)
    fresh.show_page(page)
    assert view.grab().toImage() == fresh.grab().toImage()  # the new words and note, as drawn
