"""A view that fails as it is told of an edit keeps nothing else from hearing of it.

A History jump back over a stage move made the wall fail as its page was shown (review 34 R1
S1): the error stopped ``Document.holding`` there, so the cards the jump took were never told and
``edited`` never went out. Autosave keeps its recovery copy by ``edited``: a crash then brought
back the state before the jump. Every signal is sent; the first error is raised after them.
"""

from __future__ import annotations

import pytest
from workshop_builders import EventLog, sample_document

from wtfc.model.operations.cards import delete_cards
from wtfc.model.operations.details import set_stage
from wtfc.model.workshop import Stage


def _failing_on_stage(doc) -> list[str]:
    """A view that raises as the stage is told (as the wall did), after noting it was told."""
    heard: list[str] = []

    def on_details_changed(field: str) -> None:
        heard.append(field)
        if field == "stage":
            raise KeyError("n5")

    doc.events.details_changed.connect(on_details_changed)
    return heard


def test_a_jump_over_a_stage_move_is_told_whole_when_a_view_fails():
    doc = sample_document()
    steps = [delete_cards(doc, card_ids=["n5"]), set_stage(doc, stage=Stage.UNDERSTAND)]
    with doc.holding():
        for step in steps:
            step.do(doc)
    log = EventLog.watching(doc)
    heard = _failing_on_stage(doc)
    with pytest.raises(Exception, match="n5"), doc.holding():  # back to the start: a jump
        for step in reversed(steps):
            step.undo(doc)
    assert heard == ["stage"]
    assert log.details == ["stage"]
    assert log.changed() == {"cards": frozenset({"n5"})}  # told after the stage, all the same
    assert log.edited == 1  # autosave hears of it
    assert not doc.telling
    assert doc.workshop.stage == sample_document().workshop.stage


def test_one_step_is_told_whole_when_a_view_fails():
    doc = sample_document()
    log = EventLog.watching(doc)
    _failing_on_stage(doc)
    with pytest.raises(Exception, match="n5"):
        set_stage(doc, stage=Stage.PLAN).do(doc)
    assert (log.details, log.edited) == (["stage"], 1)
    assert doc.workshop.stage == Stage.PLAN
