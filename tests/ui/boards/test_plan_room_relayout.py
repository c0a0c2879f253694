"""The Plan and Act room views lay themselves out again only when an edit changes what they
draw: with Act's room view shown, every edit laid out a big plan's 150 actions again (0.1-0.3 s),
even one the room cannot see (a card's words, a theme's comment, Prepare's venue). An edit it
shows (status, owner, words, date, role, the priorities' order, a linked cause's words) is
drawn as a view built afresh draws it, after do, undo and redo alike."""

from __future__ import annotations

import datetime as dt
import gc
import weakref

import pytest
from PySide6.QtGui import QImage

from benchmarks.bench_plan_room import TODAY, _workshop
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action, move_status
from wtfc.model.operations.cards import edit_card
from wtfc.model.operations.causes import edit_cause
from wtfc.model.operations.details import edit_details, set_stage
from wtfc.model.operations.themes import add_theme_comment, rank_priorities, set_priority
from wtfc.model.storage import workshop_to_bytes
from wtfc.model.workshop import ActionStatus, Card, Kind, Role, Stage
from wtfc.ui.boards.plan_room import PlanRoomView

SIZE = (1366, 768)


@pytest.fixture
def doc() -> Document:
    workshop = _workshop(24)
    workshop.cards.append(Card(id="k1", kind=Kind.NOT_WORKING, text="Nobody rings back."))
    workshop.stage = Stage.ACT
    return Document(workshop)


def _view(qtbot, doc: Document) -> PlanRoomView:
    view = PlanRoomView(doc, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()  # (a hidden view is sent a resize, so laid out, at each grab)
    qtbot.waitExposed(view)
    return view


def _counted(view: PlanRoomView, monkeypatch) -> list[float]:
    """The heights ``view`` is laid out for from now on, one for each layout."""
    heights: list[float] = []
    lay_out = view.lay_out

    def counting(height: float) -> int:
        heights.append(height)
        return lay_out(height)

    monkeypatch.setattr(view, "lay_out", counting)
    return heights


def _unlinked_cause(doc: Document) -> str:
    linked = {a.cause_id for a in doc.workshop.actions}
    return next(c.id for c in doc.workshop.causes if c.id not in linked)


UNSEEN = {
    "a card's words": lambda doc: edit_card(doc, card_id="k1", text="Nobody ever rings back."),
    "a theme's comment": lambda doc: add_theme_comment(doc, theme_id="t1",
                                                       comment="Ask the GPs too."),
    "an unlinked cause's words": lambda doc: edit_cause(
        doc, cause_id=_unlinked_cause(doc), text="The rota is made a week late."),
    "Prepare's venue": lambda doc: edit_details(doc, venue="Town hall"),
    "an action's first step": lambda doc: edit_action(
        doc, action_id="a3", first_step="Ring the three GP surgeries."),
    "a priority's votes": lambda doc: set_priority(doc, theme_id="t2", votes=3),
}


@pytest.mark.parametrize("edit", UNSEEN.values(), ids=UNSEEN.keys())
def test_an_edit_the_room_view_does_not_show_leaves_its_layout_alone(qtbot, monkeypatch, doc,
                                                                     edit):
    view = _view(qtbot, doc)
    before = view.grab().toImage()
    pages = [view.page_actions(page) for page in range(view.page_count())]
    layouts = _counted(view, monkeypatch)
    command = edit(doc)
    command.do(doc)
    assert layouts == []  # not laid out again: the same pages of the same actions
    assert all(view.page_actions(page) == mine and all(
        a is b for a, b in zip(view.page_actions(page), mine, strict=True))
        for page, mine in enumerate(pages))
    assert view.grab().toImage() == before
    command.undo(doc)
    assert layouts == []
    assert view.grab().toImage() == before


def _linked_cause(doc: Document) -> str:
    cause_id = doc.workshop.actions[0].cause_id
    assert cause_id is not None
    return cause_id


SHOWN = {
    "status": lambda doc: move_status(doc, action_id="a0", status=next(
        s for s in ActionStatus if s != doc.get("actions", "a0").status), today=TODAY),
    "owner": lambda doc: edit_action(doc, action_id="a0", owner="Head of Housing"),
    "what": lambda doc: edit_action(doc, action_id="a0",
                                    what="Ring everyone on the list back within a day."),
    "by when": lambda doc: edit_action(doc, action_id="a0", by_when=dt.date(2025, 1, 2)),
    "role": lambda doc: edit_action(doc, action_id="a0", role=Role.HEALTH),
    "progress note": lambda doc: edit_action(doc, action_id="a1",
                                             progress_note="Half the calls are made."),
    "priorities' order": lambda doc: rank_priorities(doc, theme_ids=[
        t.id for t in reversed(doc.workshop.themes)]),
    "linked cause's words": lambda doc: edit_cause(doc, cause_id=_linked_cause(doc),
                                                   text="Nobody owns the call-back list."),
    "stage": lambda doc: set_stage(doc, stage=Stage.PLAN),
}


def _pages(view: PlanRoomView) -> list[QImage]:
    """Each page of ``view`` as drawn; then back to its first."""
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        drawn.append(view.grab().toImage())
    view.show_page(0)
    return drawn


def _as_fresh(qtbot, view: PlanRoomView, doc: Document) -> list[QImage]:
    """``view``'s pages, as a view built afresh draws them."""
    pages = _pages(view)
    assert pages == _pages(_view(qtbot, doc))
    return pages


@pytest.mark.parametrize("edit", SHOWN.values(), ids=SHOWN.keys())
def test_an_edit_the_room_view_shows_is_laid_out_and_drawn_after_do_undo_and_redo(
        qtbot, monkeypatch, doc, edit):
    view = _view(qtbot, doc)
    before, was = _pages(view), workshop_to_bytes(doc.workshop)
    layouts = _counted(view, monkeypatch)
    command = edit(doc)
    command.do(doc)
    view.page_count()
    assert layouts  # laid out again
    after, done = _as_fresh(qtbot, view, doc), workshop_to_bytes(doc.workshop)
    assert after != before  # and it shows
    # undo and redo give back workshops already drawn afresh (``before`` by a view just
    # built): the same workshop, the same pages as a view built afresh (2 views fewer to build)
    command.undo(doc)
    assert workshop_to_bytes(doc.workshop) == was and _pages(view) == before
    command.do(doc)  # redo
    assert workshop_to_bytes(doc.workshop) == done and _pages(view) == after


def test_another_workshop_opened_is_laid_out(qtbot, doc):
    view = _view(qtbot, doc)
    before = _pages(view)
    other = _workshop(30)
    other.stage = Stage.ACT
    doc.replace_workshop(other)
    assert _as_fresh(qtbot, view, doc) != before


def test_a_room_view_let_go_is_not_kept_alive_by_the_document(qapp, doc):
    """(nor laid out again at each edit after it has gone)"""
    view = PlanRoomView(doc, today=lambda: TODAY)
    gone = weakref.ref(view)
    del view
    gc.collect()
    assert gone() is None
    edit_action(doc, action_id="a0", owner="Head of Housing").do(doc)


def test_a_font_lent_since_lays_it_out_again_at_the_next_edit(qtbot, monkeypatch, doc):
    """A font another view lent (a workshop's Urdu words, say) draws this view's words
    otherwise: the next edit lays it out again, even one it does not show, as every edit did."""
    from wtfc.ui import screen_fonts

    view = _view(qtbot, doc)
    layouts = _counted(view, monkeypatch)
    monkeypatch.setattr(screen_fonts, "_LENT", [*screen_fonts._LENT, "Lent Sans"])
    add_theme_comment(doc, theme_id="t1", comment="Ask the GPs too.").do(doc)
    assert layouts  # laid out again (a layout may try more than one height)
