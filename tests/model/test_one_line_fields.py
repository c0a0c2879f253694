"""A line break pasted from Word into a one-line box (the workshop's title, venue and
facilitator; an action's What, Owner, First step, How we'll know and Resources) is saved as a
space: kept as a newline it showed as a space while typed but split "Town Hall / Room 2" on the
report, the posters and the projector (review code-b2 #2). Notes of several lines keep it."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.operations.actions import add_action, edit_action
from wtfc.model.operations.details import edit_details
from wtfc.model.workshop import Role

BREAKS = ["\x0b", "\n", "\r\n", "\u2028", "\x85", "\x0c"]


@pytest.mark.parametrize("line_break", BREAKS)
def test_the_title_venue_and_facilitator_read_on_one_line(line_break):
    doc = sample_document()

    def check(doc):
        assert doc.workshop.title == "Spring review North locality"
        assert doc.workshop.venue == "Town Hall Room 2"
        assert doc.workshop.facilitator == "Sam Jones"

    do_undo_redo(doc, edit_details(
        doc, title=f"Spring review{line_break}North locality",
        venue=f"Town Hall{line_break} Room 2", facilitator=f"Sam{line_break}Jones "), check)


def test_an_actions_one_line_fields_read_on_one_line_and_its_note_keeps_lines():
    doc = sample_document()
    edit = add_action(doc, theme_id="staff", role=Role.CARE_MANAGERS,
                      what="Write\x0ba one-page profile", owner="Adult Social Care\x0bNorth team",
                      first_step="Ask\u2028the team", how_we_know="Fewer\ncomplaints",
                      resources="Time\x0band a room", progress_note="Met once\x0bmeet again")
    action_id = edit.changes[-1].part_id

    def check(doc):
        action = next(a for a in doc.workshop.actions if a.id == action_id)
        assert (action.what, action.owner, action.first_step, action.how_we_know,
                action.resources) == ("Write a one-page profile", "Adult Social Care North team",
                                      "Ask the team", "Fewer complaints", "Time and a room")
        assert action.progress_note == "Met once\nmeet again"

    do_undo_redo(doc, edit, check)

    def edited(doc):
        owner = next(a for a in doc.workshop.actions if a.id == action_id).owner
        assert owner == "Adult Social Care South team"

    do_undo_redo(doc, edit_action(doc, action_id=action_id,
                                  owner="Adult Social Care\x0bSouth team"), edited)


def test_a_title_unchanged_but_for_a_pasted_break_is_no_edit():
    doc = sample_document()
    edit_details(doc, title="Spring review").do(doc)
    assert not edit_details(doc, title="Spring\x0breview").changes
