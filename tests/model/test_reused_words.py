"""Where the room's typed words reuse a withdrawing person's (a theme named from their card, a
cause, a success statement, an action, a priority's reason, a comment, a team's summary or the
reflection quoting them): five words or more in a row of one of their cards, or a short card
whole, one of them no everyday word, that no one else's card has."""

from __future__ import annotations

from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.operations.withdraw import plan_remove_person
from wtfc.model.reused_words import reused_words
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    Person,
    Perspective,
    Priority,
    Reflection,
    Role,
    SuccessStatement,
    Team,
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


PARCEL = "I feel like a parcel on a conveyor belt, passed from carer to carer"


def test_a_reason_a_comment_a_team_summary_and_the_reflection_quoting_them_are_found():
    """Each printed in the report ("Why it was chosen", the comments, what a team found,
    Looking back), so each is listed to reword; the room's own words in them are not."""
    workshop = _workshop([PACKAGE, PARCEL], ["The bus never comes on a Sunday morning"])
    theme = workshop.themes[0]
    theme.priority.reason = "As one man put it: I feel like a parcel on a conveyor belt."
    theme.comments = ["The bus never comes on a Sunday morning",  # someone else's card
                      "He said nobody asks me what I want any more"]
    workshop.teams = [Team(name="Team A", summary="People feel like a package, nobody asks")]
    workshop.reflection = Reflection(went_well="Hearing passed from carer to carer said aloud")
    assert _found(workshop) == [
        ("The reason for choosing the theme", "I feel rushed",
         "I feel like a parcel on a conveyor belt"),
        ("A comment on the theme", "I feel rushed", "nobody asks me what I want"),
        ("The summary of the team", "Team A", "feel like a package, nobody asks"),
        ("The reflection's answer to “What went well”", "", "passed from carer to carer")]


def test_a_short_card_reused_whole_is_found():
    """A 3- or 4-word card anywhere in a place; a 2-word one as the whole of a place."""
    assert _found(_workshop(["Lonely since Bert died"], name="Lonely since Bert died")) == [
        ("The name of a ✗ Not working theme (Priority 2)", "", "Lonely since Bert died")]
    found = _found(_workshop(["Scared of stairs", "Feeling lonely"], name="Feeling lonely",
                             cause="She is scared of stairs and feeling lonely at night"))
    assert found == [("The name of a ✗ Not working theme (Priority 2)", "", "Feeling lonely"),
                     ("A cause of the theme", "Feeling lonely", "scared of stairs")]


def test_a_short_card_of_everyday_words_or_others_words_is_not_theirs():
    assert _found(_workshop(["I want my home"], name="I want my home")) == []
    assert _found(_workshop(["Lonely since Bert died"], ["Lonely since Bert died last May"],
                            name="Lonely since Bert died")) == []
    assert _found(_workshop(["Too many carers"], name="Feeling lonely",
                            cause="Too many new carers")) == []  # not their card's words whole


def test_the_demos_list_only_words_reused_from_one_card():
    """Stock phrases of the field ("know what matters to them", "don't know who is coming")
    are anyone's; the previous cycle's reason quoting P02's card is theirs."""
    found = {}
    for path in (demo_path(), demo_previous_path()):
        workshop = load_workshop(path).workshop
        for person in workshop.people:
            mine = [c.id for c in workshop.cards if c.person == person.id]
            for r in reused_words(workshop, mine):
                found[path.name, person.id] = (r.where, r.words)
    assert found == {("demo-previous.wtfc", "P02"): (
        "The reason for choosing the theme", "Since the bus route changed")}
