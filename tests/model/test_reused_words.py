"""Where the room's typed words reuse a withdrawing person's (a theme named from their card, a
cause, a success statement or an action quoting them): five words or more in a row of one of
their cards, one of them no everyday word, that no one else's card has."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.operations.withdraw import plan_remove_person
from wtfc.model.reused_words import reused_words
from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    Person,
    Perspective,
    Priority,
    Role,
    SuccessStatement,
    Theme,
    Workshop,
)

PACKAGE = "I feel like a package, nobody asks me what I want"


def _workshop(mine: list[str], others: list[str] = (), *, name: str = "I feel rushed",
              cause: str = "", success: str = "", action: str = "") -> Workshop:
    cards = [Card(id=f"m{i}", kind=Kind.NOT_WORKING, text=t, person="P05")
             for i, t in enumerate(mine)]
    cards += [Card(id=f"o{i}", kind=Kind.NOT_WORKING, text=t, person="P01")
              for i, t in enumerate(others)]
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name=name, card_ids=[c.id for c in cards],
                  priority=Priority(chosen=True, rank=2))
    return Workshop(
        people=[Person(id="P01"), Person(id="P05")], cards=cards, themes=[theme],
        causes=[Cause(theme_id="t1", text=cause)] if cause else [],
        success=[SuccessStatement(theme_id="t1", perspective=Perspective.OLDER_PEOPLE,
                                  text=success)] if success else [],
        actions=[Action(theme_id="t1", role=Role.PROVIDERS, what=action)] if action else [])


def _found(workshop: Workshop) -> list[tuple[str, str, str]]:
    mine = [c.id for c in workshop.cards if c.person == "P05"]
    return [(r.where, r.theme, r.words) for r in reused_words(workshop, mine)]


def test_a_theme_named_from_their_card_is_found_by_its_words():
    assert _found(_workshop([PACKAGE], name="I feel like a package")) == [
        ("The name of a ✗ Not working theme (Priority 2)", "", "I feel like a package")]


def test_a_cause_a_success_statement_and_an_action_quoting_them_are_found():
    found = _found(_workshop(
        [PACKAGE, "The carers never read the folder on the kitchen table"],
        cause="Staff say people feel like a package, nobody asks them",
        success="Nobody feels like a package any more",  # 4 of their words in a row: not theirs
        action="Put the folder on the kitchen table first thing"))
    assert found == [
        ("A cause of the theme", "I feel rushed", "feel like a package, nobody asks"),
        ("An action's what for the theme", "I feel rushed", "the folder on the kitchen table")]


def test_a_success_statement_quoting_them_is_found_in_any_letter_case_and_spacing():
    found = _found(_workshop([PACKAGE],
                             success="No one should FEEL LIKE A PACK\u200bAGE, nobody ASKS"))
    assert [(where, words) for where, _, words in found] == [
        ("A success statement for the theme", "FEEL LIKE A PACK\u200bAGE, nobody ASKS")]


def test_ordinary_words_are_not_flagged():
    """Everyday runs anyone says, however long, are no one's in particular."""
    workshop = _workshop(
        ["I would like to be able to go out more", "I want to stay in my own home",
         "It would be good to have someone to talk to"],
        name="I would like to be able to choose",
        cause="I want to stay in my own home as long as I can",
        success="It would be good to have more time",
        action="Ask what they would like to be able to do")
    assert _found(workshop) == []


def test_words_someone_else_said_too_are_not_theirs_alone():
    workshop = _workshop([PACKAGE], ["Honestly I feel like a package at times"],
                         name="I feel like a package")
    assert _found(workshop) == []


def test_the_plan_carries_them_with_the_names_held_back_for_the_guard():
    doc = Document(_workshop([PACKAGE], name="I feel like a package"))
    doc.names_to_watch = ("Zebedee",)
    plan = plan_remove_person(doc, code="P05")
    assert [r.words for r in plan.reused] == ["I feel like a package"]
    assert plan.names == ("Zebedee",)
    assert plan_remove_person(doc, code="P01").reused == ()


def test_a_theme_with_no_name_yet_is_said_so():
    found = _found(_workshop([PACKAGE], name="", cause="They feel like a package, nobody asks"))
    assert found == [("A cause of a theme with no name yet", "",
                      "feel like a package, nobody asks")]
