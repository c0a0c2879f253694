"""The feedback letter's kinds not sorted yet (session 35, b98fc884; mutation check M1): a kind
whose cards are grouped but whose groups have no "I" statement yet is said to be not sorted yet
like one with no group at all (it was left out: nothing in the letter said people told us what
is working; since A29 M1 both are said in the lists' opening words, not under a heading); and
"Some of what people told us is not in a group yet" is said only for a kind whose groups are
listed, not again for one already said to be not sorted."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_unsorted import SOME_NOT_SORTED
from wtfc.export.feedback_sheet_words import HEARD_INTRO, feedback_words
from wtfc.model.workshop import Kind

TODAY = dt.date(2026, 12, 1)


def test_a_kind_whose_groups_are_not_named_yet_is_said_not_sorted():
    ws = demo_workshop()
    ws = ws.model_copy(update={"themes": [
        t.model_copy(update={"name": ""}) if t.kind == Kind.WORKING else t for t in ws.themes]})
    assert Kind.WORKING in feedback_words(ExportContent(ws, today=TODAY)).unsorted
    text = all_text(reader(feedback_sheet_pdf(ws, today=TODAY)))
    assert squash(f"{HEARD_INTRO} We have not finished sorting the rest of what you told us, "
                  "including what is working. We will tell you when we have.") in text


def test_loose_cards_only_of_kinds_said_not_sorted_are_not_said_again():
    ws = demo_workshop()
    ws = ws.model_copy(update={"themes": [t for t in ws.themes if t.kind == Kind.NOT_WORKING]})
    placed = {c for t in ws.themes for c in t.card_ids}
    ws = ws.model_copy(update={"cards": [c for c in ws.cards
                                         if c.kind != Kind.NOT_WORKING or c.id in placed]})
    words = feedback_words(ExportContent(ws, today=TODAY))
    assert words.unsorted == {Kind.WORKING, Kind.FUTURE}
    assert not words.some_loose
    assert squash(SOME_NOT_SORTED) not in all_text(reader(feedback_sheet_pdf(ws, today=TODAY)))
