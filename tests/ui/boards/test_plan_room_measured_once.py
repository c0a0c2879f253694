"""Act's room view of the demo at 1366x768 takes pages, so it is laid out twice (at the full
height, then clear of the page label), each time in ~15 trial layouts: every row of cards and
the heading were measured again in each, ~40 % of the view's time. Each is measured once a
layout now, and an edit still lays the view out with its new words."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards import plan_room_memo
from wtfc.ui.boards.plan_room import PlanRoomView

TODAY = dt.date(2026, 11, 29)


def test_each_row_and_heading_is_measured_once_a_layout(qtbot, monkeypatch):
    doc = Document(load_workshop(demo_path()).workshop)
    doc.workshop.stage = Stage.ACT
    rows: Counter = Counter()
    headings: Counter = Counter()
    card_height, heading_bottom = plan_room_memo.card_height, plan_room_memo.heading_bottom

    def row_measured(actions, width, extra=0, **kw):
        rows[(tuple(a.id for a in actions), width, extra, tuple(sorted(kw.items())))] += 1
        return card_height(actions, width, extra, **kw)

    def heading_measured(subtitle=True, **kw):
        headings[(subtitle, tuple(sorted(kw.items())))] += 1
        return heading_bottom(subtitle, **kw)

    monkeypatch.setattr(plan_room_memo, "card_height", row_measured)
    monkeypatch.setattr(plan_room_memo, "heading_bottom", heading_measured)
    view = PlanRoomView(doc, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    assert view.page_count() > 1  # laid out twice: the page label's look too
    assert rows and max(rows.values()) == 1 and max(headings.values()) == 1
    words = [a.what for a in view.page_actions(0)]

    rows.clear()
    headings.clear()
    first = view.page_actions(0)[0]
    edit_action(doc, action_id=first.id, what="Ring everyone on the list by Friday.").do(doc)
    assert max(rows.values()) == 1 and max(headings.values()) == 1  # measured afresh
    assert [a.what for a in view.page_actions(0)] == \
        ["Ring everyone on the list by Friday.", *words[1:]]
