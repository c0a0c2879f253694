"""What the room (older people, carers, staff) reads on the projector: what is there, in
people's words, never instructions meant for the facilitator's laptop."""

from __future__ import annotations

import pytest

from tests.ui.boards.conftest import TODAY, sample_workshop, save_render
from wtfc.model.document import Document
from wtfc.model.workshop import Action, Card, Kind, Role, Theme
from wtfc.ui.boards import plan_room, review_room, room_paint
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.review_room import ReviewRoomView

BOARD_WORDS = ("board", "choose", "“show”", "see the", "click", "press", "ctrl")


@pytest.fixture
def drawn(monkeypatch):
    """Every piece of text the room views draw, in order."""
    texts: list[str] = []
    real = room_paint.draw_text

    def record(p, rect, text, *args, **kwargs):
        texts.append(text)
        return real(p, rect, text, *args, **kwargs)

    for module in (room_paint, plan_room, review_room):
        monkeypatch.setattr(module, "draw_text", record)
    return texts


def _show(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    return view


def _busy_plan() -> Document:
    ws = sample_workshop()
    more = [Action(id=f"m{i}", theme_id="package", role=Role.PROVIDERS,
                   what=f"Ask each home care team about visit length, part {i}")
            for i in range(30)]
    return Document(ws.model_copy(update={"actions": [*ws.actions, *more]}))


@pytest.mark.parametrize("theme_id", [None, "package"])
def test_the_plan_room_says_how_many_more_actions_and_nothing_for_the_facilitator(
        qtbot, drawn, theme_id):
    view = _show(qtbot, PlanRoomView(_busy_plan(), today=lambda: TODAY, theme_id=theme_id))
    drawn.clear()
    view.grab()
    more = [t for t in drawn if t.startswith("… and")]
    assert len(more) == 1 and more[0].endswith("more actions"), more
    assert not [t for t in drawn if any(w in t.lower() for w in BOARD_WORDS)], drawn
    if theme_id is None:
        save_render(view, "room_plan_busy")


def test_the_review_room_counts_the_themes_left_out_without_pointing_at_a_board(qtbot, drawn):
    ws = sample_workshop()
    old = [Card(id=f"o{i}", kind=Kind.NOT_WORKING, text=f"Old worry {i}", person="P01")
           for i in range(20)]
    gone = [Theme(id=f"g{i}", kind=Kind.NOT_WORKING, name=f"A worry from last time, {i}",
                  card_ids=[f"o{i}"]) for i in range(20)]
    previous = Document(ws.model_copy(update={"title": "Spring review 2024",
                                              "cards": [*ws.cards, *old],
                                              "themes": [*ws.themes, *gone]}))
    view = _show(qtbot, ReviewRoomView(Document(ws), previous, today=lambda: TODAY))
    drawn.clear()
    view.grab()
    more = [t for t in drawn if t.startswith("… and")]
    assert more and more[0].endswith("more changed themes"), more
    assert not [t for t in drawn if any(w in t.lower() for w in BOARD_WORDS)], drawn
    save_render(view, "room_review_busy")
