"""Plan and Act follow the priorities' order: after the room re-ranks them, the "Show:" list
reads "Priority 1: …" first, as the other boards' theme box does, and each lane's actions (on
the board and the room's plan) go by their theme's rank, as the action poster has them."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import TODAY
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.themes import rank_priorities
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Role
from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING, PlanBoard
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.undo import UndoAdapter

RESPECT = "I am not treated with respect or as an individual by my paid carers"
WHEN = "I am not sure who is coming or when"
LONELY = "I feel lonely and cut off"
CONTACT = "I don't know who to contact when things change or go wrong"
FUND = "Fund community transport"  # Commissioners' action on "lonely"
DEVELOP = "Develop Individual Service Funds"  # on "respect"
PAY = "Pay for blocks of time"  # on "not sure who is coming"


@pytest.fixture
def demo():
    doc = Document(load_workshop(demo_path()).workshop)
    return doc, UndoAdapter(doc)


def _show_list(board: PlanBoard) -> list[str]:
    box = board.theme_filter
    return [box.itemText(i) for i in range(box.count())]


def _starts(texts: list[str], starts: list[str]) -> bool:
    return len(texts) == len(starts) and all(t.startswith(s) for t, s in zip(texts, starts,
                                                                            strict=True))


def _lane(board: PlanBoard, role: Role) -> list[str]:
    lane = board.lane(role)
    return [lane.child(i).text(0) for i in range(lane.childCount())]


def _room_lane(view: PlanRoomView, role: Role) -> list[str]:
    return [a.what for a in view.shown_actions() if a.role == role]


@pytest.mark.parametrize("heading", [PLAN_HEADING, ACT_HEADING])
def test_a_re_rank_puts_the_show_list_and_the_lanes_in_priority_order(qtbot, show, demo,
                                                                       heading):
    doc, undo = demo
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=heading), 1600, 720)
    room = PlanRoomView(doc)
    qtbot.addWidget(room)
    assert _show_list(board) == ["All themes", f"Priority 1: {RESPECT}", f"Priority 2: {WHEN}",
                                 f"Priority 3: {LONELY}"]
    assert _starts(_lane(board, Role.COMMISSIONERS), [DEVELOP, PAY, FUND])

    # the room moves "lonely" to the top and adds "who to contact" as 3, as Understand does it
    themes = {t.name: t.id for t in doc.workshop.themes}
    assert undo.push(rank_priorities(doc, theme_ids=[themes[n] for n in (LONELY, RESPECT,
                                                                         CONTACT, WHEN)]))
    assert _show_list(board) == ["All themes", f"Priority 1: {LONELY}", f"Priority 2: {RESPECT}",
                                 f"Priority 3: {CONTACT}", f"Priority 4: {WHEN}"]
    assert _starts(_lane(board, Role.COMMISSIONERS), [FUND, DEVELOP, PAY])
    assert _starts(_room_lane(room, Role.COMMISSIONERS), [FUND, DEVELOP, PAY])
    # within a theme, the order they were written: Providers' two "respect" actions, then
    # the two on "not sure who is coming"
    providers = _lane(board, Role.PROVIDERS)
    assert _starts(providers, ["Write a one-page profile", "Review how staff are supervised",
                               "Send each person a weekly rota", "Buy a text message service"])
    assert [a.what for a in room.shown_actions() if a.role == Role.PROVIDERS] == providers

    undo.stack.undo()
    assert _show_list(board) == ["All themes", f"Priority 1: {RESPECT}", f"Priority 2: {WHEN}",
                                 f"Priority 3: {LONELY}"]
    assert _starts(_lane(board, Role.COMMISSIONERS), [DEVELOP, PAY, FUND])
    assert _starts(_room_lane(room, Role.COMMISSIONERS), [DEVELOP, PAY, FUND])
    undo.stack.redo()
    assert _starts(_lane(board, Role.COMMISSIONERS), [FUND, DEVELOP, PAY])


def test_a_theme_that_is_no_longer_a_priority_comes_after_the_priorities_with_no_number(
        show, demo):
    doc, undo = demo
    board = show(PlanBoard(doc, undo, today=lambda: TODAY), 1600, 720)
    themes = {t.name: t.id for t in doc.workshop.themes}
    board.theme_filter.setCurrentIndex(board.theme_filter.findData(themes[RESPECT]))
    undo.push(rank_priorities(doc, theme_ids=[themes[LONELY], themes[WHEN]]))  # drops "respect"
    assert _show_list(board) == ["All themes", f"Priority 1: {LONELY}", f"Priority 2: {WHEN}",
                                 RESPECT]  # it still has actions
    assert board.theme_filter.currentData() == themes[RESPECT]  # the choice is kept
    board.theme_filter.setCurrentIndex(0)
    assert _starts(_lane(board, Role.COMMISSIONERS), [FUND, PAY, DEVELOP])
