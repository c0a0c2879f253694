"""A stage move with no undo step (while steps wait to be redone): the views told as for an
edit, so the page, the stage list and the room view follow, and autosave counts it."""

from __future__ import annotations

from workshop_builders import sample_document

from wtfc.model.operations.details import move_stage
from wtfc.model.workshop import Stage


def _told(doc) -> list[str]:
    heard: list[str] = []
    doc.events.details_changed.connect(lambda name: heard.append(name))
    doc.events.edited.connect(lambda: heard.append("edited"))
    return heard


def test_a_stage_move_is_done_at_once_and_told():
    doc = sample_document()
    heard = _told(doc)
    assert move_stage(doc, stage=Stage.UNDERSTAND)
    assert doc.workshop.stage == Stage.UNDERSTAND
    assert heard == ["stage", "edited"]


def test_going_to_the_stage_already_there_tells_nothing():
    doc = sample_document()
    heard = _told(doc)
    assert not move_stage(doc, stage=doc.workshop.stage)
    assert heard == []
