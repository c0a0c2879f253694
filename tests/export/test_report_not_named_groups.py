"""Two workshops each with a group made and not named yet, "Group 1 (not named yet)", of one
kind: one about the day centre closing on Thursdays, the other about bingo and quizzes. Review
paired them by name as one theme carried on ("same", matched by "name") and the report told
commissioners 'About the same as last time (= 4 themes): …, “Group 1 (not named yet)”'.
A placeholder name pairs nothing: only the groups' cards can (code review 24 A, F1)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.report import report_pdf
from wtfc.model.compare import Change, compare_workshops
from wtfc.model.demo import demo_previous_path
from wtfc.model.document import Document
from wtfc.model.operations.themes import create_theme
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, Workshop

TODAY = dt.date(2026, 11, 28)
GROUP = "Group 1 (not named yet)"
CLOSING, BINGO = "The day centre is closing on Thursdays", "It's all bingo and quizzes"


def _grouped(ws: Workshop, starts: str) -> Workshop:
    """``ws`` with the not-working card starting ``starts`` moved into a group with no name."""
    doc = Document(ws)
    card = next(c for c in ws.cards if c.text.startswith(starts))
    source = next((t.id for t in ws.themes if card.id in t.card_ids), None)
    create_theme(doc, kind=Kind.NOT_WORKING, name="", card_ids=[card.id],
                 from_theme_id=source).do(doc)
    return doc.workshop


def _two() -> tuple[Workshop, Workshop]:
    previous = _grouped(load_workshop(demo_previous_path()).workshop, CLOSING)
    current = _grouped(demo_workshop(), BINGO)
    assert GROUP in {t.name for t in previous.themes} & {t.name for t in current.themes}
    return previous, current


def test_two_groups_not_named_yet_are_not_paired_by_their_name():
    previous, current = _two()
    for t in compare_workshops(previous, current, today=TODAY).themes:
        assert t.matched_by != "name" or GROUP not in (t.name, t.previous_name)
        assert not (t.change is Change.SAME and t.name == GROUP)


def test_the_report_does_not_say_a_group_not_named_yet_is_about_the_same():
    previous, current = _two()
    text = all_text(reader(report_pdf(current, today=TODAY, previous=previous)))
    line = text[text.find(squash("About the same as last time")):]
    line = line.split(squash("Last time's actions"))[0]
    assert line.startswith(squash("About the same as last time (="))
    assert squash(GROUP) not in line
