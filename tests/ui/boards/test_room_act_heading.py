"""Act's room view on a 1024x768 projector: its title ("Is each action happening, and on
time?") takes two lines there, and the lanes began where a one-line title would end, so the
line of facts under it ("12 actions · 1 overdue …") was drawn behind the first lane."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan_room import ACT_SHORT_TITLE, ACT_TITLE, PLAN_TITLE, PlanRoomView
from wtfc.ui.boards.room_paint import heading_bottom

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(("stage", "title"), [(Stage.ACT, ACT_TITLE), (Stage.PLAN, PLAN_TITLE)])
def test_the_lanes_start_below_the_whole_heading(qtbot, stage, title):
    doc = Document(load_workshop(demo_path()).workshop)
    doc.workshop.stage = stage
    view = PlanRoomView(doc, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.page_count()
    layout = view._layout
    wide = view.canvas_width()
    drawn = view._title(wide)  # Act's question in full where it fits one line
    assert drawn == title or (stage == Stage.ACT and drawn == ACT_SHORT_TITLE)
    needed = heading_bottom(view._subtitle(layout, wide), title=drawn, wide=wide)
    assert layout.top >= needed - 0.5, (layout.top, needed)
