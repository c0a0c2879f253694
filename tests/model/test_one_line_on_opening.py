"""A workshop saved before the one-line boxes flattened a pasted line break (kept as Word's
U+000B, or later as a newline) opens with its title, venue, facilitator and each action's
owner, what, first step, how we'll know and resources on one line: the report's cover read
"Town Hall / Room 2" and "Facilitated by Sam / Jones" on two lines. Marking such an action done
is still recorded as "Mark … as done", not "Edit action" for an owner that only looked changed."""

from __future__ import annotations

import json

import pytest
from workshop_builders import sample_workshop

from wtfc.model.control_characters import one_line_fields
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import ActionStatus


def _old_file(line_break: str) -> bytes:
    raw = json.loads(workshop_to_bytes(sample_workshop()))
    raw.update(title=f"Spring{line_break}review", venue=f"Town Hall{line_break}Room 2",
               facilitator=f"Sam{line_break}Jones")
    action = raw["actions"][0]
    action.update(owner=f"Adult Social Care{line_break}North team",
                  what=f"Ring when{line_break}late", first_step=f"Ask{line_break}the office",
                  how_we_know=f"Fewer complaints{line_break}by May",
                  resources=f"Two hours{line_break}a week")
    return json.dumps(raw).encode("utf-8")


@pytest.mark.parametrize("line_break", ["\x0b", "\r\n", "\u2028", "\x0c"])
def test_one_line_fields_open_on_one_line(line_break):
    loaded = workshop_from_bytes(_old_file(line_break), name="old.wtfc")
    ws = loaded.workshop
    assert (ws.title, ws.venue, ws.facilitator) == ("Spring review", "Town Hall Room 2",
                                                    "Sam Jones")
    action = ws.actions[0]
    assert (action.owner, action.what, action.first_step, action.how_we_know,
            action.resources) == ("Adult Social Care North team", "Ring when late",
                                  "Ask the office", "Fewer complaints by May",
                                  "Two hours a week")
    assert loaded.controls == ""  # quietly: a line break is no control character taken out


def test_marking_an_old_action_done_is_still_called_so():
    doc = Document(workshop_from_bytes(_old_file("\x0b"), name="old.wtfc").workshop)
    action = doc.workshop.actions[0]
    # the action dialog sends every box back as it shows them
    fields = {key: getattr(action, key) for key in (
        "owner", "what", "first_step", "how_we_know", "resources", "progress_note", "role",
        "by_when", "checked_on", "cause_id", "success_id", "theme_id")}
    edit = edit_action(doc, action_id=action.id, **fields, status=ActionStatus.DONE)
    assert edit.label == "Mark 'Ring when late' as done"
    before = action.status
    edit.do(doc)
    done = doc.workshop.actions[0]
    assert done.status == ActionStatus.DONE and done.owner == "Adult Social Care North team"
    edit.undo(doc)
    assert doc.workshop.actions[0].status == before
    edit.do(doc)
    assert doc.workshop.actions[0].status == ActionStatus.DONE


def test_a_newline_in_a_one_line_field_is_flattened_too():
    """Saved between the two fixes, Word's line break was kept as a newline ("\\n" in the
    JSON, no control character): ``one_line_fields`` flattens it as well."""
    raw = json.loads(_old_file("\n"))
    raw["cards"][0]["text"] = "Nobody asks\nme"
    raw["purpose"] = "Hear them\nthen act"
    one_line_fields(raw)
    assert (raw["venue"], raw["actions"][0]["owner"]) == ("Town Hall Room 2",
                                                          "Adult Social Care North team")
    # boxes of lines keep theirs
    assert (raw["cards"][0]["text"], raw["purpose"]) == ("Nobody asks\nme", "Hear them\nthen act")
