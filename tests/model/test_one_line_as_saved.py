"""code-d2 #2: a workshop as wtfc itself saved it (workshop_to_bytes writes U+2028/U+2029/NEL as
raw UTF-8, a newline as \\n) keeps the pasted line break in its venue and an action's owner on
opening: the commit's test writes the file with json.dumps, which escapes U+2028 as '\\u2028',
the only form storage's _has_controls looks for. Fails at 614be88a for all four."""
import pytest
from workshop_builders import sample_workshop

from wtfc.model.storage import workshop_from_bytes, workshop_to_bytes


@pytest.mark.parametrize("line_break", ["\u2028", "\u2029", "\x85", "\n"])
def test_a_file_wtfc_saved_opens_with_one_line_fields_on_one_line(line_break):
    ws = sample_workshop()
    ws.venue = f"Town Hall{line_break}Room 2"  # as a wtfc before on_one_line kept it
    ws.actions[0].owner = f"Adult Social Care{line_break}North team"
    back = workshop_from_bytes(workshop_to_bytes(ws), name="old.wtfc").workshop
    assert back.venue == "Town Hall Room 2"
    assert back.actions[0].owner == "Adult Social Care North team"


def test_marking_an_old_action_done_as_wtfc_saved_it_is_still_called_so():
    from wtfc.model.document import Document
    from wtfc.model.operations.actions import edit_action
    from wtfc.model.workshop import ActionStatus
    ws = sample_workshop()
    ws.actions[0].owner = "Adult Social Care\u2028North team"
    doc = Document(workshop_from_bytes(workshop_to_bytes(ws), name="old.wtfc").workshop)
    action = doc.workshop.actions[0]
    fields = {key: getattr(action, key) for key in (
        "owner", "what", "first_step", "how_we_know", "resources", "progress_note", "role",
        "by_when", "checked_on", "cause_id", "success_id", "theme_id")}
    edit = edit_action(doc, action_id=action.id, **fields, status=ActionStatus.DONE)
    assert edit.label.startswith("Mark "), edit.label
