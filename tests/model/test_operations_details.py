"""The workshop's own details and its stage — each edit done, undone, redone."""

from __future__ import annotations

import datetime as dt

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.operations.details import edit_details, set_stage
from wtfc.model.workshop import Stage


def test_edit_details():
    doc = sample_document()
    edit = edit_details(doc, title=" Autumn reviews ", date=dt.date(2027, 10, 4),
                        venue="Town hall")
    assert edit.label == "Edit workshop details"

    def done(d):
        ws = d.workshop
        assert (ws.title, ws.date, ws.venue) == ("Autumn reviews", dt.date(2027, 10, 4),
                                                 "Town hall")

    do_undo_redo(doc, edit, done, changed={}, details=["title", "date", "venue"])


def test_unchanged_details_make_an_empty_edit():
    doc = sample_document()
    edit = edit_details(doc, title="Spring reviews", venue="")
    assert edit.is_empty


def test_edit_details_rejects_fields_that_are_not_details():
    doc = sample_document()
    with pytest.raises(TypeError, match="not workshop details"):
        edit_details(doc, stage=Stage.ACT)


def test_go_to_a_stage():
    doc = sample_document()
    edit = set_stage(doc, stage=Stage.IDENTIFY_SUCCESS)
    assert edit.label == "Go to stage 'Identify success'"

    def done(d):
        assert d.workshop.stage == Stage.IDENTIFY_SUCCESS

    do_undo_redo(doc, edit, done, changed={}, details=["stage"])
    edit.undo(doc)
    assert doc.workshop.stage == Stage.PREPARE


def test_a_blank_title_is_refused_and_nothing_changes():
    from wtfc.model.errors import EditRefused

    doc = sample_document()
    for blank in ("", "   "):
        with pytest.raises(EditRefused, match="A workshop needs a title"):
            edit_details(doc, title=blank)
    assert doc.workshop.title == "Spring reviews"


def test_record_how_the_room_agreed_to_work_and_decide():
    """Format 5: the ground rules and how decisions are made (the method's Principles 2 and 4)
    are one of the workshop's details, an undoable edit like its purpose."""
    doc = sample_document()
    edit = edit_details(doc, agreements="  One voice at a time.\nPriorities: five dots each. ")
    assert edit.label == "Edit workshop details"

    def done(d):
        assert d.workshop.agreements == "One voice at a time.\nPriorities: five dots each."

    do_undo_redo(doc, edit, done, changed={}, details=["agreements"])
    edit.undo(doc)
    assert doc.workshop.agreements == ""
