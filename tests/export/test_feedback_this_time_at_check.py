"""The letter to homes made again at the check, months after the day, printed this time's
reworded action with its moved date as if the room had agreed it ("… in two areas. By 29
January 2027. Not started yet.") and left out what people told us at the check (W1 R1). The
report and action poster made the same minute said both. On the day nothing more is printed."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_guard import PROMISE, with_promise
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import Action, Kind, Role, Theme, Workshop

DAY = dt.date(2026, 5, 31)
LATER = dt.date(2026, 11, 30)  # six months on: a check's interval and more
AGREED = "Pilot small teams of named carers"
NOW = "Pilot small teams of named carers in two areas"
HEARD = "Nobody came to the first two sessions"


def _workshop(heard: str = HEARD) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I never know who is coming")
    theme.priority.chosen, theme.priority.rank = True, 1
    return Workshop(title="Spring", date=DAY, themes=[theme], actions=[
        Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what=AGREED,
               by_when=dt.date(2026, 8, 29)),
        Action(id="a2", theme_id="t1", role=Role.COMMISSIONERS, what="Change the contract",
               by_when=dt.date(2026, 7, 1))])


def _at_the_check(heard: str = HEARD) -> Workshop:
    doc = Document(_workshop())
    edit_action(doc, action_id="a1", what=NOW, by_when=dt.date(2027, 1, 29),
                heard_at_check=heard, checked_on=LATER, today=LATER).do(doc)
    return doc.workshop


def _lines(workshop: Workshop, today: dt.date, guard=None) -> dict[str, str]:
    words = feedback_words(ExportContent(workshop, today=today), guard)
    [doing_for] = words.priorities
    return {d.what: f"{d.when} {d.status} {d.so_far}".replace("\xa0", " ")
            for d in doing_for.actions}


def test_the_letter_says_the_rooms_words_and_date_and_what_changed():
    lines = _lines(_at_the_check(), LATER)
    said = lines[AGREED]  # listed by the words the room agreed, as last time's part is
    assert said.startswith("By 29 August 2026. Not started yet. We")
    assert f"We changed this: it is now '{NOW}'." in said
    assert "The date we agreed, 29 August 2026, has moved to 29 January 2027." in said
    assert f"What people told us at the check: {HEARD}" in said


def test_the_pdf_prints_them():
    text = squash(all_text(reader(feedback_sheet_pdf(_at_the_check(), today=LATER))))
    assert squash(f"{AGREED} Who: Care providers") in text  # the room's words head the action
    assert squash("has moved to 29 January 2027") in text and squash(HEARD) in text


def test_what_people_told_us_goes_through_the_guard_and_the_promise_reads_it():
    def guard(text: str) -> str:
        return text.replace("Mrs Patel", "[name]")

    workshop = _at_the_check("Mrs Patel said nobody came")
    lines = _lines(workshop, LATER, guard)
    assert "What people told us at the check: [name] said nobody came" in lines[AGREED]
    content = ExportContent(workshop, today=LATER)
    words = feedback_words(content, guard)
    assert with_promise(words, None, "", guard).intro[-1] == PROMISE  # redacted: names no one
    # the new words, quoted in the status line, are read too
    doc = Document(workshop)
    edit_action(doc, action_id="a1", what="Mrs Patel's team of named carers",
                by_when=dt.date(2027, 1, 29), today=LATER).do(doc)
    words = feedback_words(ExportContent(doc.workshop, today=LATER), guard)
    assert with_promise(words, None, "", guard).intro[-1] != PROMISE


def test_on_the_day_nothing_more_is_printed():
    text = squash(all_text(reader(feedback_sheet_pdf(_workshop(), today=DAY))))
    for words in ("We changed this", "The date we agreed", "What people told us"):
        assert squash(words) not in text
    assert squash("By 29 August 2026. Not started yet.") in text
