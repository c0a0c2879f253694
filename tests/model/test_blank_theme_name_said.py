"""A theme named only a zero-width space (or joiner, word joiner, byte-order mark), kept from a
file saved before one was refused, was quoted as a name with nothing between the quotes where
one with no name at all is said to have none: Remove this person's question ("'' (Priority 2)
goes from …", and "A cause of the theme" quoting ""), and the note on opening a file whose
priorities were renumbered ("'' is Priority 1"). Each now says it as a theme with no name yet,
as it says an empty one."""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.operations.withdraw import plan_remove_person
from wtfc.model.priority_numbers import number_priorities
from wtfc.model.reused_words import reused_words
from wtfc.model.workshop import Card, Cause, Kind, Person, Priority, Theme, Workshop

BLANKS = ["\u200b", "\u200d", "\u2060", "\ufeff", " \u200b\u200c ", ""]
PACKAGE = "I feel like a package, nobody asks me what I want"


def _workshop(name: str, rank: int = 2) -> Workshop:
    """P05's card in the priority "t1", with a cause quoting it; "t1" named ``name`` as an
    older file loads it (the model keeps what the file holds)."""
    cards = [Card(id="m0", kind=Kind.NOT_WORKING, text=PACKAGE, person="P05"),
             Card(id="o0", kind=Kind.NOT_WORKING, text="The rota is late", person="P01")]
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I feel rushed", card_ids=["m0", "o0"],
                  priority=Priority(chosen=True, rank=rank))
    ws = Workshop(people=[Person(id="P01"), Person(id="P05")], cards=cards, themes=[theme],
                  causes=[Cause(theme_id="t1", text="They feel like a package, nobody asks")])
    return ws.model_copy(update={"themes": [theme.model_copy(update={"name": name})]})


@pytest.mark.parametrize("name", BLANKS)
def test_remove_this_person_says_a_theme_with_no_name_yet(name):
    plan = plan_remove_person(Document(_workshop(name)), code="P05")
    assert [t.said() for t in plan.themes] == [
        "'A theme with no name yet' (Priority 2) goes from 2 people (2 cards) to "
        "1 person (1 card)"]


@pytest.mark.parametrize("name", BLANKS)
def test_words_reused_in_a_cause_say_a_theme_with_no_name_yet(name):
    found = [(r.where, r.theme) for r in reused_words(_workshop(name), ["m0"])]
    assert found == [("A cause of a theme with no name yet", "")]


@pytest.mark.parametrize("name", BLANKS)
def test_renumbering_on_opening_says_a_theme_with_no_name_yet(name):
    said = number_priorities(_workshop(name, rank=3))
    assert "a theme with no name yet is Priority 1." in said


def test_a_named_theme_is_still_quoted():
    assert "'I feel rushed' is Priority 1." in number_priorities(_workshop("I feel rushed", 3))
    plan = plan_remove_person(Document(_workshop("\u200bI feel rushed")), code="P05")
    assert plan.themes[0].said().startswith("'\u200bI feel rushed' (Priority 2)")
