"""The facilitator's notes on the day's plan never reach the projector: every room view of the
demo, with a note on every stage, is drawn pixel for pixel as it is with no notes at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage, StagePlan, Workshop
from wtfc.ui.render import parse_view, render_view

VIEWS = [
    "wall",
    "room",
    "readout",
    "theme:I feel lonely and cut off",
    "priorities",
    "causes:I feel lonely and cut off",
    "success:I feel lonely and cut off",
    "plan",
    "review",
]


def _demo(**update) -> Workshop:
    return load_workshop(demo_path()).workshop.model_copy(update=update)


@pytest.mark.parametrize("view", VIEWS)
def test_a_room_view_draws_no_note(qapp, view):
    previous = Document(load_workshop(demo_path().with_name("demo-previous.wtfc")).workshop)
    notes = [
        StagePlan(stage=s, minutes=30, notes="Quokka marmalade at the break " * 20) for s in Stage
    ]
    size = QSize(1366, 768)
    noted = render_view(Document(_demo(agenda=notes)), parse_view(view, previous), size)
    bare = render_view(Document(_demo(agenda=[])), parse_view(view, previous), size)
    assert noted == bare
