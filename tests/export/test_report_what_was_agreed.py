"""The report lists what was agreed in one place, after the priorities (review 34 R5 F1, F3):
a commissioner who was not in the room finds who does what by when, and what each action
needs, without turning every chapter's last page; a blank "needs" says "Not recorded yet",
never nothing, so it cannot read as "nothing needed"."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_report_pdf, demo_workshop, outline_titles, page_texts, reader, squash

from wtfc.export.report import report_pdf
from wtfc.export.report_agreed import HEADING, NOT_RECORDED
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 29)
FIRST_CHAPTER = squash("Every theme, in people's own words")


def _agreed(data: bytes) -> str:
    """The report's text from "What was agreed" up to the first theme chapter."""
    text = squash("".join(page_texts(data)))
    start = text.index(squash(HEADING))
    return text[start:text.index(FIRST_CHAPTER)]


def test_every_action_is_listed_with_its_owner_and_date_before_the_chapters():
    ws = demo_workshop()
    section = _agreed(demo_report_pdf(TODAY))
    for action in ws.actions:
        assert squash(action.what) in section
        assert squash(action.owner) in section
    assert squash("31 March 2027") in section  # a date, with its status
    # grouped by priority, in their order
    firsts = [section.index(squash(f"Priority {n}:")) for n in (1, 2, 3)]
    assert firsts == sorted(firsts)


def test_an_action_with_no_resources_says_not_recorded_yet():
    section = _agreed(demo_report_pdf(TODAY))
    isf = section.index(squash("Develop Individual Service Funds"))
    assert section[isf:].index(squash(f"What it needs: {NOT_RECORDED}")) < 400
    # one with resources says them
    assert squash("What it needs: Two facilitators from Age UK") in section


def test_the_section_is_a_bookmark():
    assert HEADING in outline_titles(reader(demo_report_pdf(TODAY)))


def test_no_actions_no_section(workshop: Workshop):
    ws = workshop.model_copy(update={"actions": []})
    text = squash("".join(page_texts(report_pdf(ws, today=TODAY))))
    assert squash(HEADING) not in text
