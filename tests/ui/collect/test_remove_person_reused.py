"""Remove this person… lists where the room's typed words reuse theirs (a theme named from
their card, a cause quoting them), quoted through the guard and never their whole card, so the
facilitator can reword them; and says plainly that across sessions no name leads to their
code."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.operations.withdraw import plan_remove_person
from wtfc.model.workshop import Card, Cause, Kind, Person, PersonalDetail, Theme, Workshop
from wtfc.ui.remove_person import SHOWN_REUSED, question

PACKAGE = "I feel like a package, nobody asks me what I want"
ZEBEDEE = "Zebedee told me I feel like a package every single day"


def _doc(causes: list[str], name: str = "I feel like a package") -> Document:
    cards = [Card(id="m1", kind=Kind.NOT_WORKING, text=PACKAGE, person="P05"),
             Card(id="m2", kind=Kind.NOT_WORKING, text=ZEBEDEE, person="P05",
                  personal_details=[PersonalDetail(start=0, end=7, category="name",
                                                   text="Zebedee")]),
             Card(id="o1", kind=Kind.NOT_WORKING, text="The bus is late", person="P01")]
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name=name, card_ids=["m1", "m2", "o1"])
    return Document(Workshop(people=[Person(id="P01"), Person(id="P05")], cards=cards,
                             themes=[theme],
                             causes=[Cause(theme_id="t1", text=t) for t in causes]))


def test_the_question_lists_where_their_words_are_reused_quoted_through_the_guard():
    _, more = question(plan_remove_person(
        _doc(["Zebedee told me I feel like a package"]), code="P05"))
    assert ("Their words are also in what was typed during the workshop, which this does not "
            "change (reword them if they should go too):\n"
            "• The name of a ✗ Not working theme reuses “I feel like a package”\n"
            "• A cause of the theme “I feel like a package” reuses "
            "“[name] told me I feel like a package”") in more
    assert "Zebedee" not in more  # the guard's stand-in, as held back on their card
    assert "nobody asks" not in more and "every single day" not in more  # never their card


def test_many_places_are_counted_after_the_first_few():
    causes = [f"Cause {n}: I feel like a package" for n in range(SHOWN_REUSED + 3)]
    _, more = question(plan_remove_person(_doc(causes), code="P05"))
    assert more.count(" reuses “") == SHOWN_REUSED
    assert "• and 4 more places" in more


def test_no_list_when_nothing_reuses_their_words():
    _, more = question(plan_remove_person(_doc([], name="Late buses"), code="P05"))
    assert "Their words are also in" not in more


def test_the_question_says_no_name_leads_to_their_code_in_a_later_session():
    _, more = question(plan_remove_person(_doc([]), code="P05"))
    assert "Nor does wtfc keep their name once it closes or opens another workshop (names are " \
           "never saved): a sheet with names instead of codes imported after that brings " \
           "their rows back under a new code, so take their rows out of it first." in more
