"""The feedback letter goes to people's homes: the Act stage's notes, written months after the day
by an officer ("Mrs Patel told us her carer Linda…; call 07700 900123"), are printed with the
guard's placeholders, this time's and last time's, and the letter promises it names no one only
when the guard finds nothing in what it prints. The export's warning shows every flagged span of
such a note, the phone number too, not only what fits round the first name."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.importing.typed_details import shown_as_kinds, typed_details
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

TODAY = dt.date(2027, 5, 12)
NOTE = ("Finished in April. Mrs Patel told us her carer Linda now rings when she is late; "
        "call 07700 900123 for the diary sheets.")
PROMISE = "it names no one"


def _last_time(note: str = NOTE, status: ActionStatus = ActionStatus.DONE) -> Workshop:
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="I never know who is coming")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not sure who is coming or when",
                    card_ids=["c1"])]
    actions = [Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Keep a diary.",
                      by_when=dt.date(2027, 1, 31), status=status, progress_note=note)]
    return Workshop(title="Autumn", date=dt.date(2026, 10, 1), cards=cards, themes=themes,
                    actions=actions)


def _letter(ws: Workshop, previous: Workshop | None = None, guarded: bool = True) -> str:
    pdf = feedback_sheet_pdf(ws, today=TODAY, previous=previous,
                             guard=shown_as_kinds if guarded else None)
    return all_text(reader(pdf))


def _with_note(ws: Workshop, note: str, **update: object) -> Workshop:
    actions = [ws.actions[0].model_copy(update={"progress_note": note, **update}),
               *ws.actions[1:]]
    return ws.model_copy(update={"actions": actions})


def test_last_times_note_is_printed_with_placeholders_and_no_promise_is_broken():
    text = _letter(make_workshop(), _last_time())
    assert "Patel" not in text and "Linda" not in text and "900123" not in text
    assert squash("Finished in April. [name] told us her carer [name] now rings") in text
    assert squash("call [phone] for the diary sheets.") in text
    assert squash(PROMISE) in text  # what it prints names no one now


def test_this_times_note_and_a_stopped_actions_why_are_printed_with_placeholders():
    ws = _with_note(make_workshop(), NOTE)
    assert "Patel" not in _letter(ws) and squash("call [phone]") in _letter(ws)
    stopped = _with_note(make_workshop(), "Mrs Patel's agency closed.",
                         status=ActionStatus.DROPPED)
    text = _letter(stopped)
    assert squash("We have stopped this: [name]") in text and "Patel" not in text
    # last time's, stopped
    text = _letter(make_workshop(), _last_time("Ring 07700 900123.", ActionStatus.DROPPED))
    assert squash("We have stopped this: Ring [phone].") in text


def test_no_promise_while_the_letter_prints_a_flagged_detail_or_without_a_guard():
    assert squash(PROMISE) in _letter(make_workshop())
    # an action's words are printed as typed (the facilitator chose to export anyway)
    named = make_workshop()
    named = named.model_copy(update={"actions": [
        named.actions[0].model_copy(update={"what": "Ask Mrs Patel to chair the group."}),
        *named.actions[1:]]})
    text = _letter(named)
    assert "Patel" in text and squash(PROMISE) not in text
    assert squash("It does not say who said what.") in text
    # without the guard the letter cannot know what its notes hold: it promises nothing
    text = _letter(make_workshop(), _last_time(), guarded=False)
    assert squash(PROMISE) not in text and "Patel" in text


def test_the_warning_quotes_every_flagged_span_of_a_long_note():
    found = [d.where for d in typed_details(_with_note(make_workshop(), NOTE), "feedback")]
    (note,) = [w for w in found if w.startswith("What has happened so far")]
    assert note.count("[name]") == 2 and "[phone]" in note
    assert "Patel" not in note and "900123" not in note
