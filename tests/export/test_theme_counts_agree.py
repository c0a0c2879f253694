"""A theme's cards and people are one number in the room and in every export (review 34 R2
#1, #3, #5): every card is counted, held back or not, and where some cards' words are not shown
the count says how many. The room's Choose priorities board counted the people of held-back
cards; the report, posters, letter and data export did not, so the theme the room saw as
biggest came second in the report and the letter. Never a held-back card's words."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.data import data_tables
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.document import Document
from wtfc.model.workshop import (
    Card,
    Kind,
    Person,
    PersonalDetail,
    Priority,
    Stage,
    Theme,
    Voice,
    Workshop,
)

TODAY = dt.date(2026, 12, 1)
NW = Kind.NOT_WORKING
HELD = ("Mary forgets my tablets", "Anne leaves tablets out", "John from the agency shouted")


def _card(i: int, text: str, person: str = "", held: bool = False) -> Card:
    details = [PersonalDetail(start=0, end=4, category="name", text=text[:4])] if held else []
    return Card(id=f"c{i}", kind=NW, text=text, person=person, personal_details=details)


def flip() -> Workshop:
    """A: P01, P02 shown and P03, P04 whose cards are held back; B: P05-P07; C: P08's one card,
    held back, a priority; D: two cards with no person recorded, a priority."""
    people = [Person(id=f"P0{i}", voice=Voice.OLDER_PERSON) for i in range(1, 9)]
    cards = [_card(1, "I wait all day for my tablets", "P01"), _card(2, "Tablets come late", "P02"),
             _card(3, HELD[0], "P03", True), _card(4, HELD[1], "P04", True),
             _card(5, "Nobody asks me", "P05"), _card(6, "I am not asked", "P06"),
             _card(7, "They decide for me", "P07"), _card(8, HELD[2], "P08", True),
             _card(9, "Nobody rings me"), _card(10, "Nobody rings back")]
    themes = [Theme(id="ta", kind=NW, name="My tablets come late",
                    card_ids=["c1", "c2", "c3", "c4"],
                    priority=Priority(chosen=True, rank=1, votes=4)),
              Theme(id="tb", kind=NW, name="Nobody asks me", card_ids=["c5", "c6", "c7"]),
              Theme(id="tc", kind=NW, name="Held back only", card_ids=["c8"],
                    priority=Priority(chosen=True, rank=2, votes=1)),
              Theme(id="td", kind=NW, name="Nobody rings", card_ids=["c9", "c10"],
                    priority=Priority(chosen=True, rank=3, votes=1))]
    return Workshop(title="Flip", date=dt.date(2026, 11, 20), stage=Stage.UNDERSTAND,
                    people=people, cards=cards, themes=themes)


def test_every_export_counts_a_theme_as_the_room_does():
    ws = flip()
    doc = Document(ws)
    content = ExportContent(ws, today=TODAY)
    for theme in ws.themes:  # the board's and the room view's People figure
        assert content.theme(theme.id).people == doc.people_count(theme), theme.name
        assert content.theme(theme.id).card_count == len(theme.card_ids), theme.name
    themes = {row[2]: row for row in data_tables(ws, today=TODAY)["themes"][1]}
    # Cards, People, Cards held back, Cards with no person recorded
    assert [themes["My tablets come late"][i] for i in (3, 4, 12, 13)] == [4, 4, 2, 0]
    assert [themes["Held back only"][i] for i in (3, 4, 12, 13)] == [1, 1, 1, 0]
    assert [themes["Nobody rings"][i] for i in (3, 4, 12, 13)] == [2, 0, 0, 2]


def test_the_report_ranks_and_counts_the_themes_as_the_room_saw_them():
    text = all_text(reader(report_pdf(flip(), today=TODAY)))
    glance = text.partition(squash("Themes at a glance"))[2].partition(squash("Priorities"))[0]
    # A first, as the room's People column put it: 4 people, 2 of their cards not shown
    assert squash("My tablets come late 4 people (4 cards, 2 not shown)") in glance
    assert glance.index(squash("My tablets come late")) < glance.index(squash("Nobody asks me"))
    assert squash("Held back only 1 person (1 card, 1 not shown)") in glance
    # the priorities table: rank, name, kind, People, votes: never "None" beside cards, and
    # the cards not shown said under the people, as the board says them under its Cards
    table = text.partition(squash("Why it was chosen"))[2].partition(squash("in people's own"))[0]
    assert squash("“My tablets come late” Not working 4 2 cards not shown 4") in table
    assert squash("“Held back only” Not working 1 1 card not shown 1") in table
    assert squash("“Nobody rings” Not working Not recorded 1") in table  # no person recorded
    assert squash("Not working None") not in table
    assert squash("4 cards (2 not shown) from 4 people") in text  # the theme's chapter
    assert not any(squash(words) in text for words in HELD)


def test_the_poster_of_a_held_back_priority_counts_its_card_and_person():
    pages = [squash(page.extract_text())
             for page in reader(theme_posters_pdf(flip(), today=TODAY)).pages]
    held = next(page for page in pages if squash("“Held back only”") in page)
    assert "0people" not in held and "0cards" not in held
    # as read out: the number, then its word
    assert squash("1 person 1 card its words not shown") in held
    tablets = next(page for page in pages if squash("“My tablets come late”") in page)
    assert squash("4 people 4 cards 2 of them not shown") in tablets
    assert not any(squash(words) in page for words in HELD for page in pages)


def test_the_letter_ranks_them_as_the_room_did_and_lists_every_priority_among_them():
    text = all_text(reader(feedback_sheet_pdf(flip(), today=TODAY)))
    told = text.partition(squash("What you told us is not working"))[2]
    told = told.partition(squash("What we chose to work on first"))[0]
    assert squash("My tablets come late (4 people)") in told
    assert told.index(squash("My tablets come late")) < told.index(squash("Nobody asks me"))
    # the priority whose one card is held back is among what people told us, by its name
    assert squash("Held back only (a few people)") in told
    assert not any(squash(words) in text for words in HELD)
