"""What the room (older people, carers, staff) reads on the projector: what is there, in
people's words, never instructions meant for the facilitator's laptop."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.workshop import Action, Card, Kind, Role, Theme
from wtfc.ui.boards import plan_room_card, review_room, room_paint
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

    for module in (room_paint, plan_room_card, review_room):
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


def _every_page(view, drawn) -> list[str]:
    """What the view draws on all its pages, with each page's label."""
    texts = []
    for page in range(view.page_count()):
        view.show_page(page)
        drawn.clear()
        view.grab()
        texts += [*drawn, view.page_label.text() if view.page_label.isVisible() else ""]
    return texts


@pytest.mark.parametrize("theme_id", [None, "package"])
def test_the_plan_room_shows_every_action_over_pages_and_nothing_for_the_facilitator(
        qtbot, drawn, theme_id):
    doc = _busy_plan()
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY, theme_id=theme_id))
    texts = _every_page(view, drawn)
    assert view.page_count() > 1 and f"Page 2 of {view.page_count()}" in texts
    assert not [t for t in texts if t.startswith("… and")]  # none left out: on a later page
    assert {a.what for a in view.shown_actions()} <= set(texts)
    assert not [t for t in texts if any(w in t.lower() for w in BOARD_WORDS)], texts
    if theme_id is None:
        view.show_page(0)
        save_render(view, "room_plan_busy")


def test_the_review_room_shows_every_changed_theme_without_pointing_at_a_board(qtbot, drawn):
    ws = sample_workshop()
    old = [Card(id=f"o{i}", kind=Kind.NOT_WORKING, text=f"Old worry {i}", person="P01")
           for i in range(20)]
    gone = [Theme(id=f"g{i}", kind=Kind.NOT_WORKING, name=f"A worry from last time, {i}",
                  card_ids=[f"o{i}"]) for i in range(20)]
    previous = Document(ws.model_copy(update={"title": "Spring review 2024",
                                              "cards": [*ws.cards, *old],
                                              "themes": [*ws.themes, *gone]}))
    view = _show(qtbot, ReviewRoomView(Document(ws), previous, today=lambda: TODAY))
    texts = _every_page(view, drawn)
    assert view.page_count() > 1
    assert not [t for t in texts if t.startswith("… and")]
    assert all(f"✗ A worry from last time, {i}" in texts for i in range(20))
    assert not [t for t in texts if any(w in t.lower() for w in BOARD_WORDS)], texts
    view.show_page(0)
    save_render(view, "room_review_busy")
