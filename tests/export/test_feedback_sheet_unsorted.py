"""The letter says it tells people what is working, not working and important for the future.
A day that ran out of time before the green and blue cards were themed listed only what is not
working, and said nothing of the rest (R3 S1): two-thirds of what people said vanished without
a word. Each kind with cards keeps its heading, with "not sorted yet" where none of it is in a
named theme, and cards left out of every theme are said once."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_unsorted import NOT_SORTED, SOME_NOT_SORTED
from wtfc.export.feedback_sheet_words import HEADINGS, HEARD_INTRO, feedback_words
from wtfc.model.workshop import Kind

TODAY = dt.date(2026, 12, 1)
RED = ["I am not treated with respect or as an individual by my paid carers (7 people)",
       "I am not sure who is coming or when (6 people)", "I feel lonely and cut off (4 people)",
       "I don't know who to contact when things change or go wrong (4 people)"]


def _red_only():
    """The demo with its green and blue themes taken off: their cards stay on the wall."""
    ws = demo_workshop()
    return ws.model_copy(update={"themes": [t for t in ws.themes
                                            if t.kind == Kind.NOT_WORKING]})


def test_a_kind_not_themed_yet_keeps_its_heading_and_says_it_is_not_sorted():
    text = all_text(reader(feedback_sheet_pdf(_red_only(), today=TODAY)))
    working, future = squash(HEADINGS[Kind.WORKING]), squash(HEADINGS[Kind.FUTURE])
    red = squash(HEADINGS[Kind.NOT_WORKING])
    assert working in text and future in text
    at = text.index(working)
    assert text.index(squash(NOT_SORTED), at) < text.index(red)  # right under its heading
    assert text.index(squash(NOT_SORTED), text.index(future)) > text.index(future)
    assert text.count(squash(NOT_SORTED)) == 2
    # the not-working list as it was, in its order, under its own heading
    places = [text.index(squash(line)) for line in RED]
    assert places == sorted(places) and places[0] > text.index(red)
    assert squash(f"{HEARD_INTRO} {SOME_NOT_SORTED}") in text  # 5 red cards are in no theme


def test_cards_in_no_theme_are_said_once_and_only_when_there_are_some():
    ws = demo_workshop()
    words = feedback_words(ExportContent(ws, today=TODAY))
    assert words.some_loose and not words.unsorted  # 15 green and 14 blue cards in no theme
    placed = {c for t in ws.themes for c in t.card_ids}
    themed = ws.model_copy(update={"cards": [c for c in ws.cards if c.id in placed]})
    words = feedback_words(ExportContent(themed, today=TODAY))
    assert not words.some_loose and not words.unsorted


def test_a_kind_with_no_cards_at_all_is_not_mentioned():
    ws = _red_only()
    ws = ws.model_copy(update={"cards": [c for c in ws.cards if c.kind != Kind.FUTURE]})
    words = feedback_words(ExportContent(ws, today=TODAY))
    assert words.unsorted == {Kind.WORKING}
