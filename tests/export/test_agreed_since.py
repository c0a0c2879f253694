"""What the room agreed, in next time's letter and report: an action reworded since is listed in
the words agreed with the change said, a moved date keeps the date agreed beside it, and an
action done after that date says so, in its line and in the tally (R5 S2: the new date made it
"on time", the new words read as agreed, and done late read just "Done")."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import since_words
from wtfc.export.report import report_pdf
from wtfc.model.document import Document
from wtfc.model.last_time_parts import printed_parts
from wtfc.model.operations.actions import edit_action, move_status
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

HELD = dt.date(2026, 10, 1)
LATER = dt.date(2027, 5, 12)  # the officer records what changed
TODAY = dt.date(2027, 5, 20)  # next time's letter and report
ISF = "Develop Individual Service Funds."
NARROWER = "Develop Individual Service Funds with one provider first."
HEARD = "Carers say the diaries showed the late visits."


def _last_time() -> Workshop:
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="I never know who is coming")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not sure who is coming or when",
                    card_ids=["c1"])]
    actions = [Action(id="isf", theme_id="t1", role=Role.COMMISSIONERS, what=ISF,
                      by_when=dt.date(2026, 10, 1), status=ActionStatus.IN_PROGRESS,
                      checked_on=LATER),
               Action(id="diary", theme_id="t1", role=Role.PEOPLE_AND_CARERS,
                      what="Keep a diary.", by_when=dt.date(2027, 1, 31),
                      status=ActionStatus.IN_PROGRESS, checked_on=dt.date(2027, 1, 10)),
               Action(id="club", theme_id="t1", role=Role.OTHER, what="Start a lunch club.",
                      by_when=dt.date(2027, 9, 1), status=ActionStatus.DONE)]
    doc = Document(Workshop(title="Autumn", date=HELD, cards=cards, themes=themes,
                            actions=actions))
    edit_action(doc, action_id="isf", what=NARROWER, by_when=dt.date(2027, 10, 1),
                today=LATER).do(doc)
    move_status(doc, action_id="diary", status=ActionStatus.DONE, today=LATER).do(doc)
    edit_action(doc, action_id="diary", heard_at_check=HEARD, today=LATER).do(doc)
    return doc.workshop


def test_the_letter_lists_the_words_agreed_and_says_what_changed_and_done_late():
    since = since_words(_last_time(), TODAY)
    said = {w.what: w.happened for _, was in since.themes for w in was}
    assert said == {
        ISF: f"In progress. We changed this: it is now '{NARROWER[:-1]}'. The date we agreed, "
             "1 October 2026, has moved to 1 October 2027.",
        "Keep a diary.": "Done, 3 months after the date agreed.",
        "Start a lunch club.": "Done."}
    assert "2 are done, 1 of them after the date we agreed." in since.tally
    text = all_text(reader(feedback_sheet_pdf(make_workshop(), today=TODAY,
                                              previous=_last_time())))
    assert squash(ISF) in text and squash("it is now") in text
    assert squash("Done, 3 months after the date agreed.") in text
    so_far = {w.what: w.so_far for _, was in since.themes for w in was}
    assert so_far["Keep a diary."] == f"What people told us at the check: {HEARD}"
    guarded = since_words(_last_time(), TODAY, guard=str.upper)  # through the names guard
    assert {w.what: w.so_far for _, was in guarded.themes for w in was}["Keep a diary."] == \
        f"What people told us at the check: {HEARD.upper()}"


def test_the_report_keeps_the_date_agreed_and_says_done_late():
    text = all_text(reader(report_pdf(make_workshop(), today=TODAY, previous=_last_time())))
    at = text.index(squash("Last time's action"))
    assert squash("1 October 2027 (agreed: 1 October 2026)") in text[at:]
    assert squash(f"Changed since the workshop: was '{ISF}'") in text[at:]
    assert squash("Done, 3 months after the date agreed") in text[at:]
    assert squash("2 done (1 after the date agreed)") in text
    assert squash(f"What people told us at the check: {HEARD}") in text[at:]


def test_the_words_agreed_and_heard_are_read_for_personal_details_before_printing():
    parts = [(part.what, part.text) for part in printed_parts(_last_time(), make_workshop())]
    assert ("action", ISF) in parts and ("action", NARROWER) in parts
    assert ("progress", HEARD) in parts
    assert ("progress", HEARD) in [(part.what, part.text) for part in printed_parts(
        _last_time(), make_workshop(), "feedback")]
