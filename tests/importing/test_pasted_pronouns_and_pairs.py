"""Names pasted from an Outlook To line carry pronouns and teams in brackets ('"Khan, Aisha
(she/her)" <…>', '"Patel, Priya (Home Care)" <…>'): their words became names to watch for, so
"My husband was my carer until he died" was held back and the letter printed "…until [name]
died" (code review A2 #2). And a pasted surname that is a word went up whole said with an adverb
("Green is always late") or first of a pair ("Hall and Long were late" held only "Long"):
code review A2 #10."""

from __future__ import annotations

import pytest

from wtfc.importing.watch_guard import watched_redacted
from wtfc.ui.card_guard import details_in, parse_names

TO_LINE = ('"Khan, Aisha (she/her)" <ak@riverside.gov.uk>; "Jones, Tom (he/him)" <tj@z.org>; '
           '"Patel, Priya (Home Care)" <pp@z.org>; "Quarrie, Zebulon (External)" <zq@x.org>; '
           '"Lee, Sam [EXT]" <sam@y.org>; "Green, Hope (Adult Social Care, Riverside)" <h@r.org>')
NAMES = tuple(parse_names(TO_LINE))
CLEAR = [
    "My husband was my carer until he died",
    "My daughter does everything and she is exhausted",
    "My son wants to move me closer to him.",
    "Care home was lovely",
    "Home care is always late",
    "External agencies are better",
    "The social worker never rings back",
    "Carers from Home Instead were kinder",
    "My carer is lovely and I like her",
]
TEAM = ("Pat Hall", "June Long", "Hope Green", "Ann Ward")


def _names(text: str, names: tuple[str, ...]) -> list[str]:
    return [d.text for d in details_in(text, names) if d.category == "name"]


def test_the_to_line_gives_the_names_without_pronouns_or_teams():
    assert NAMES == ("Khan", "Aisha", "Jones", "Tom", "Patel", "Priya", "Quarrie", "Zebulon",
                     "Lee", "Sam", "Green", "Hope")
    assert parse_names("Hope Green (carer)\nSam Lee they/them\nshe/her") == [
        "Hope Green", "Sam Lee"]


def test_a_bracket_that_is_the_name_or_part_of_it_is_kept():
    assert parse_names("(Zebulon Quarrie)") == ["Zebulon Quarrie"]
    assert parse_names("[Zebulon Quarrie] (he/him)") == ["Zebulon Quarrie"]
    # and a name in brackets is a name of its own too (code review A6 S1)
    assert parse_names("Robert (Bob) Smith") == ["Robert Bob Smith", "Bob"]
    assert parse_names("Mary Smith (n\u00e9e Jones)") == ["Mary Smith Jones", "Jones"]


@pytest.mark.parametrize("text", CLEAR)
def test_pronouns_and_teams_pasted_hold_back_and_hide_nothing(text):
    assert _names(text, NAMES) == []
    assert watched_redacted(text, NAMES) == text  # the letter, the room views


def test_the_names_of_that_to_line_are_still_watched_for():
    assert _names("aisha rang", NAMES) == ["aisha"]
    assert _names("the carer, quarrie, never rang", NAMES) == ["quarrie"]
    assert watched_redacted("Priya from Home Care never came", NAMES) == \
        "[name] from Home Care never came"


@pytest.mark.parametrize(("text", "found"), [
    ("Green is always late", ["Green"]),
    ("Hall is always late", ["Hall"]),
    ("Ward is always late", ["Ward"]),
    ("Long is very rude", ["Long"]),
    ("Hall and Long were late", ["Hall", "Long"]),
    ("Green and Ward were late", ["Green", "Ward"]),
])
def test_a_surname_that_is_a_word_said_with_an_adverb_or_first_of_a_pair_is_held(text, found):
    assert _names(text, TEAM) == found
    shown = watched_redacted(text, TEAM)  # the letter, the room views
    assert not any(name in shown for name in found), shown


@pytest.mark.parametrize("text", [
    "Long waits for the bus", "Green Lane shops are closed", "Hall is always cold",
    "Ward is very clean", "Green and Pleasant Land",
])
def test_such_a_surname_read_as_the_word_stays_clear(text):
    assert _names(text, TEAM) == []
