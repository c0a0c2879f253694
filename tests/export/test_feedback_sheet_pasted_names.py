"""Names pasted to watch for ("Grace Lee", "Bill Jones") and an Act note "Grace and Bill met the
provider…": the letter, which goes to people's homes, printed "Grace and [name] met…". The
guard reads a sentence's first "Grace" as the word unless said of a person; a name pasted to
watch for is a name wherever it stands capitalised, as the check's list and History have it
(code review A1 S2)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.importing.typed_details import question, shown_as_kinds, typed_details
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

TODAY = dt.date(2027, 5, 12)
NAMES = ("Grace Lee", "Bill Jones")
NOTE = "Grace and Bill met the provider; the new rota starts in June."


def _noted(ws: Workshop, note: str) -> Workshop:
    actions = [a.model_copy(update={"progress_note": note}) for a in ws.actions]
    return ws.model_copy(update={"actions": actions})


def _last_time(note: str) -> Workshop:
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="I never know who is coming")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not sure who is coming or when",
                    card_ids=["c1"])]
    actions = [Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Keep a diary.",
                      by_when=dt.date(2024, 1, 31), status=ActionStatus.DONE,
                      progress_note=note)]
    return Workshop(title="Spring", date=dt.date(2024, 4, 1), cards=cards, themes=themes,
                    actions=actions)


def test_the_letter_prints_neither_pasted_name_first_in_a_sentence():
    now = _noted(make_workshop(), NOTE)
    last = _last_time("Bill and Grace rang round the day centres.")
    # as the app makes it (``export_actions``): the names pasted on Collect
    pdf = feedback_sheet_pdf(now, today=TODAY, previous=last,
                             guard=lambda text: shown_as_kinds(text, NAMES))
    text = all_text(reader(pdf))
    assert squash("[name] and [name] met the provider; the new rota starts in June.") in text
    assert squash("[name] and [name] rang round the day centres.") in text
    assert "Grace" not in text and "Bill" not in text


def test_the_letters_question_quotes_the_note_as_the_letter_prints_it():
    said = question(typed_details(_noted(make_workshop(), NOTE), "feedback", NAMES))
    assert "“[name] and [name] met the provider" in said and "Grace" not in said


def test_a_lower_case_word_and_a_name_not_pasted_stay_as_typed():
    assert shown_as_kinds("You may grace us with a visit", ("May Hill", "Grace Lee")) == (
        "You may grace us with a visit")
    assert shown_as_kinds(NOTE) == NOTE.replace("Bill", "[name]")  # nothing pasted
