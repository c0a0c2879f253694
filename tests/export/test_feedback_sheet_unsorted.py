"""The letter says it tells people what is working, not working and important for the future.
A day that ran out of time before the green and blue cards were themed listed only what is not
working, and said nothing of the rest (R3 S1): two-thirds of what people said vanished without
a word. A kind with cards but none of it in a named theme is said to be not sorted yet, and
cards left out of every theme are said once, in the lists' opening words (not under a heading of
its own, which moved the lists to page 2: A25 M5, A29 M1)."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_unsorted import SOME_NOT_SORTED
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


def test_one_kind_not_themed_yet_is_said_in_the_opening_words():
    """One kind not sorted is said in the lists' opening words, as two are: it had a heading
    with "We have not finished sorting this part yet" under it (A29 M1)."""
    ws = _red_only()
    ws = ws.model_copy(update={"themes": [*ws.themes, *(t for t in demo_workshop().themes
                                                        if t.kind == Kind.FUTURE)]})
    text = all_text(reader(feedback_sheet_pdf(ws, today=TODAY)))
    assert squash(HEADINGS[Kind.WORKING]) not in text
    assert text.count(squash("not finished sorting")) == 1 and squash(SOME_NOT_SORTED) not in text
    assert squash(f"{HEARD_INTRO} We have not finished sorting the rest of what you told us, "
                  "including what is working. We will tell you when we have.") in text
    assert text.index(squash(HEARD_INTRO)) < text.index(squash(HEADINGS[Kind.NOT_WORKING]))
    placed = {c for t in ws.themes for c in t.card_ids}
    every_other_placed = ws.model_copy(update={"cards": [
        c for c in ws.cards if c.kind == Kind.WORKING or c.id in placed]})
    text = all_text(reader(feedback_sheet_pdf(every_other_placed, today=TODAY)))
    assert squash(f"{HEARD_INTRO} We have not finished sorting what you told us is working. "
                  "We will tell you when we have.") in text


def test_two_kinds_not_themed_yet_are_said_once_in_the_opening_words():
    """Two kinds not sorted are said once, in the lists' opening words (A25 M5: a heading each,
    with the same line under each, grew a one-page letter to two saying "not yet" three times);
    with cards of a listed kind in no group too, as "the rest of what you told us"."""
    text = all_text(reader(feedback_sheet_pdf(_red_only(), today=TODAY)))
    red = squash(HEADINGS[Kind.NOT_WORKING])
    assert squash(HEADINGS[Kind.WORKING]) not in text and squash(HEADINGS[Kind.FUTURE]) not in text
    assert text.count(squash("not finished sorting")) == 1 and squash(SOME_NOT_SORTED) not in text
    assert squash(f"{HEARD_INTRO} We have not finished sorting the rest of what you told us, "
                  "including what is working and what is important for the future. We will "
                  "tell you when we have.") in text  # 5 red cards are in no theme
    # the not-working list as it was, in its order, under its own heading
    places = [text.index(squash(line)) for line in RED]
    assert places == sorted(places) and places[0] > text.index(red)
    ws = _red_only()
    placed = {c for t in ws.themes for c in t.card_ids}
    every_red_placed = ws.model_copy(update={"cards": [
        c for c in ws.cards if c.kind != Kind.NOT_WORKING or c.id in placed]})
    text = all_text(reader(feedback_sheet_pdf(every_red_placed, today=TODAY)))
    assert squash(f"{HEARD_INTRO} We have not finished sorting what you told us is working, or "
                  "what is important for the future. We will tell you when we have.") in text


def test_green_themes_alone_and_no_priority_make_a_one_page_letter():
    """The demo with only its green themes made and no priority: 2 pages, the second saying
    "not finished sorting" under a heading of its own and "not chosen yet" (A25 M5)."""
    ws = demo_workshop()
    themes = [t.model_copy(update={"priority": t.priority.model_copy(
        update={"chosen": False, "rank": None})}) for t in ws.themes if t.kind == Kind.WORKING]
    ws = ws.model_copy(update={"themes": themes, "actions": [], "causes": [], "success": []})
    pdf = reader(feedback_sheet_pdf(ws, today=TODAY))
    assert len(pdf.pages) == 1
    assert all_text(pdf).count(squash("We have not finished sorting")) == 1


@pytest.mark.parametrize(("kinds", "unsorted"), [
    ((Kind.WORKING, Kind.NOT_WORKING), "what is not working"),
    ((Kind.WORKING, Kind.FUTURE), "what is important for the future")])
def test_one_kind_left_unsorted_beside_a_sorted_one_makes_a_one_page_letter(kinds, unsorted):
    """The demo's cards of two kinds, only the green themed, no priority chosen: the letter was
    2 pages, page 1 only the opening and the "We will look again" box with its lower half blank,
    while the same with all three kinds and two unsorted fitted on one (A29 M1)."""
    ws = demo_workshop()
    themes = [t for t in ws.themes if t.kind == Kind.WORKING]
    kept = {t.id for t in themes}
    ws = ws.model_copy(update={
        "cards": [c for c in ws.cards if c.kind in kinds], "themes": themes,
        **{part: [x for x in getattr(ws, part) if x.theme_id in kept]
           for part in ("causes", "success", "actions")}})
    pdf = reader(feedback_sheet_pdf(ws, today=TODAY))
    text = all_text(pdf)
    assert len(pdf.pages) == 1
    assert text.count(squash("not finished sorting")) == 1
    assert squash(f"{HEARD_INTRO} We have not finished sorting the rest of what you told us, "
                  f"including {unsorted}. We will tell you when we have.") in text
    assert text.index(squash(HEARD_INTRO)) < text.index(squash(HEADINGS[Kind.WORKING]))


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
