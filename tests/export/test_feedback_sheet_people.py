"""The feedback sheet names no one and points at no one: no member of staff (in the words or the
PDF's Author), no count of one or two people or times, and a theme with cards no one is recorded on
is counted as "at least" so many people, with how often it came up."""

from __future__ import annotations

import datetime as dt
import re

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

TODAY = dt.date(2026, 11, 28)


def sheet(ws: Workshop) -> tuple[str, str]:
    """The sheet's text, squashed, and its Author."""
    pdf = reader(feedback_sheet_pdf(ws, today=TODAY, guard=shown_as_kinds))
    return all_text(pdf), pdf.metadata.author


def test_no_member_of_staff_is_named_in_the_words_or_the_author():
    ws = make_workshop().model_copy(update={"facilitator": "Karen Whitfield"})
    text, author = sheet(ws)
    assert "Whitfield" not in text and "whoranthe" not in text
    assert squash("Questions? Ask your care manager.") in text
    assert squash("it names no one") in text
    assert author == "Working Together for Change workshop"  # as every PDF's: no one's name


def _with_uncoded(coded: int, uncoded: int) -> Workshop:
    """The small workshop with "I have people who know me" on ``coded`` people's cards and
    ``uncoded`` cards with no person recorded."""
    ws = make_workshop()
    cards = [
        Card(id=f"k{i}", kind=Kind.WORKING, text=f"Coded {i}", person=f"P{i + 1:02}")
        for i in range(coded)
    ]
    cards += [Card(id=f"u{i}", kind=Kind.WORKING, text=f"Uncoded {i}") for i in range(uncoded)]
    themes = [
        t.model_copy(update={"card_ids": [c.id for c in cards]}) if t.id == "t3" else t
        for t in ws.themes
    ]
    return ws.model_copy(update={"cards": [*ws.cards, *cards], "themes": themes})


def test_a_theme_with_uncoded_cards_is_at_least_so_many_people():
    """The report says "5 cards from 1 person, 4 with no person recorded": the sheet's "1 person"
    under-counted it. With no one to point at, it says how often it came up."""
    text, _ = sheet(_with_uncoded(1, 4))
    assert squash("I have people who know me (a few people; said 5 times)") in text
    text, _ = sheet(_with_uncoded(3, 2))
    assert squash("I have people who know me (at least 3 people; said 5 times)") in text
    assert squash("1 person") not in text


def test_one_or_two_people_are_a_few_and_sorted_by_people_then_cards():
    ws = make_workshop()
    cards = [
        Card(id="a1", kind=Kind.WORKING, text="Lunch", person="P01"),
        Card(id="b1", kind=Kind.WORKING, text="Club", person="P01"),
        Card(id="b2", kind=Kind.WORKING, text="Club again"),
        Card(id="b3", kind=Kind.WORKING, text="Club once more"),
        Card(id="c1", kind=Kind.WORKING, text="Centre", person="P02"),
        Card(id="c2", kind=Kind.WORKING, text="Centre too", person="P03"),
    ]
    themes = [  # on the wall in the opposite order to the sheet's
        Theme(id="w1", kind=Kind.WORKING, name="I like my lunch", card_ids=["a1"]),
        Theme(id="w2", kind=Kind.WORKING, name="I like the club", card_ids=["b1", "b2", "b3"]),
        Theme(id="w3", kind=Kind.WORKING, name="I like the centre", card_ids=["c1", "c2"]),
    ]
    ws = ws.model_copy(
        update={
            "cards": [*ws.cards, *cards],
            "themes": [t for t in ws.themes if t.id != "t3"] + themes,
        }
    )
    text, _ = sheet(ws)
    assert squash("I like my lunch (a few people)") in text
    assert squash("I like the centre (a few people)") in text
    assert squash("I like the club (a few people; said 3 times)") in text
    # (the introduction's "12 people": P13 of make_workshop has no card, so is not counted)
    assert not re.search(r"(?<!\d)(1person|2people)", text)
    places = [
        text.index(squash(n)) for n in ("I like the centre", "I like the club", "I like my lunch")
    ]
    assert places == sorted(places)  # 2 people; then 1 person on 3 cards before 1 on 1


def test_the_introduction_with_one_person_reads_naturally():
    ws = make_workshop()
    ws = ws.model_copy(update={"people": [Person(id="P01")]})
    text, _ = sheet(ws)
    assert (
        squash(
            "We looked at what was said in reviews: what is working in people's lives, "
            "what is not working, and what is important for the future."
        )
        in text
    )
    assert squash("1 person said") not in text and squash("their review:") not in text


def test_a_theme_said_once_or_twice_with_no_one_recorded_is_said_a_few_times():
    """Saying "This came up once" could point at the one who said it, as "1 person" did."""
    once = _with_uncoded(0, 1)
    text, _ = sheet(once)
    assert squash("I have people who know me (said a few times)") in text
    assert "once" not in text.lower() and not re.search(r"(?<!\d)[12]times", text)
    text, _ = sheet(_with_uncoded(0, 2))
    assert squash("I have people who know me (said a few times)") in text
    text, _ = sheet(_with_uncoded(0, 3))
    assert squash("I have people who know me (said 3 times)") in text
    text, _ = sheet(_with_uncoded(1, 1))  # a few people, and twice: neither is counted aloud
    assert squash("I have people who know me (a few people)") in text
    assert not re.search(r"(?<!\d)[12]times", text)
