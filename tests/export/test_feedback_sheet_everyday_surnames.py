"""The letter to people's homes with the team's names pasted, surnames that are everyday words
among them: an Act note "Day centre at the Village Hall reopens" printed as "[name] centre at
the Village [name] reopens" (code review A2 R2). Ordinary words stay; names still go."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.importing.typed_details import shown_as_kinds

NAMES = ("Grace Lee", "Bill Jones", "Sam Long", "June Day", "Pat Hall", "Ann Best")
WORDS = ("Long waits are down to a week. Day centre at the Village Hall reopens. Best news: "
         "the bus is back.")
NOTE = f"{WORDS} Grace and Bill met the provider; Day rang us after."


def _letter(note: str, names: tuple[str, ...]) -> str:
    """The letter's words, every action's progress note ``note``, ``names`` pasted to watch."""
    ws = make_workshop()
    ws = ws.model_copy(update={"actions": [a.model_copy(update={"progress_note": note})
                                           for a in ws.actions]})
    pdf = feedback_sheet_pdf(ws, today=dt.date(2027, 5, 12),
                             guard=lambda text: shown_as_kinds(text, names))
    return all_text(reader(pdf))


def test_the_letter_keeps_everyday_words_and_hides_the_names():
    text = _letter(NOTE, NAMES)
    assert squash(WORDS) in text
    assert squash("[name] and [name] met the provider; [name] rang us after.") in text
    assert "Grace" not in text and "Bill" not in text


def test_the_letter_hides_a_surname_said_of_a_carer_in_ordinary_words():
    """Code review A4 S1: with Pat Hall, June Day, Ken Lane and Ann Young pasted, the letter
    printed "Hall and [name] help on Mondays. Lane drives the minibus. Young visits…"."""
    names = ("Pat Hall", "June Day", "Ken Lane", "Ann Young")
    note = "Hall and Day help on Mondays. Lane drives the minibus. Young visits every week."
    text = _letter(note, names)
    assert squash("[name] and [name] help on Mondays. [name] drives the minibus. [name] visits "
                  "every week.") in text
    for surname in ("Hall", "Lane", "Young"):
        assert surname not in text, surname
