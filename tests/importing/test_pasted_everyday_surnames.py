"""A team's names pasted to watch for hold surnames that are everyday words (Long, Power, Will,
Day, Hall, Green, Best): each capitalised word of any of them went to the letter, the room
views and the exports' questions as "[name]", "[name] centre at the Village [name] reopens"
(code review A2 R2). Such a surname is a name wherever it stands capitalised unless the words
around it make it a thing or a place ("Day centre", "the Village Hall"): "Day is always
cheerful" and "Hall and Day help on Mondays" went to the letter as typed, or with one of the
two hidden (code review A4 S1). A given name that is a word ("May", "Grace") and a name pasted
alone still count wherever they stand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wtfc.importing import pasted_names
from wtfc.importing.guard_scoring import read_labelled_statements
from wtfc.importing.pasted_names import pasted_at
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.watch_guard import watched_findings, watched_redacted

TEAM = ("Grace Long", "Sam Power", "June Will", "Mary Hall", "Tom Green", "Bill Day",
        "Joan Best", "Ann Young", "Pat Little", "Rose Church", "Ken Lane")


@pytest.mark.parametrize("text", [
    "Long waits for the district nurse",
    "Power cut last winter and nobody rang",
    "Will the council fund it?",
    "Day centre at the Village Hall reopens",
    "Green Lane surgery now phones first",
    "Best thing was the lunch club",
    "We meet at the Church Hall. Young people help on Fridays.",
    "The Green never gets mown: there was a Power cut, and the Best news is the Day centre.",
    "We go to Green Lane shops, and Hall 2 at the Church Hall.",
])
def test_everyday_words_stay_as_typed_with_those_surnames_pasted(text):
    assert watched_redacted(text, TEAM) == text


@pytest.mark.parametrize(("text", "shown"), [
    ("Day rang about the rota", "[name] rang about the rota"),
    ("I rang Hall yesterday", "I rang [name] yesterday"),
    ("Mrs Day was late again", "[name] was late again"),
    ("My carer Hall is lovely", "My carer [name] is lovely"),
    ("Grace Long came on Tuesday", "[name] came on Tuesday"),
    ("Long never came back", "[name] never came back"),
    ("Tom and Green met us", "[name] and [name] met us"),
    ("Green and Grace met us", "[name] and [name] met us"),
    ("We thanked Power for the visit", "We thanked [name] for the visit"),
    # in mid-sentence, where nothing makes it a place or a thing, as the guard reads it
    ("The meeting with Long was useful", "The meeting with [name] was useful"),
    ("Then Hall was kind", "Then [name] was kind"),
    # what older people write of a named carer: a name unless something makes it a thing
    ("Day is always cheerful", "[name] is always cheerful"),
    ("Young visits me every week", "[name] visits me every week"),
    ("Little helps with my shopping", "[name] helps with my shopping"),
    ("Lane drives the minibus", "[name] drives the minibus"),
    ("Sometimes Lane drives the minibus", "Sometimes [name] drives the minibus"),
    ("Ask Green about the bus", "Ask [name] about the bus"),
    ("Hall is the best carer", "[name] is the best carer"),
    # two named together: both hidden, never one printed beside a "[name]"
    ("Hall and Day help on Mondays", "[name] and [name] help on Mondays"),
    # an auxiliary opening a question is the word, but "Will Day" may be a whole name
    ("Will Day come on Friday?", "[name] [name] come on Friday?"),
    ("Can Lane drive me there?", "Can [name] drive me there?"),
    ("Thanks to Church for the lift", "Thanks to [name] for the lift"),
    ("I rang Church about it", "I rang [name] about it"),
])
def test_the_surname_said_of_a_person_still_goes(text, shown):
    assert watched_redacted(text, TEAM) == shown


@pytest.mark.parametrize("text", [
    "I like going to Church on Sundays",
    "My daughter takes me to Church",
    "Sunday lunch at Church is lovely",
    "Christmas Day was quiet, and Boxing Day too.",
    "Long Melford has a bus now. Power never came back on after the storm.",
    "Day by day it gets harder, but Young people help.",
])
def test_a_place_one_goes_to_and_a_days_name_stay_as_typed(text):
    """Rose Church pasted: "going to Church" is the place (code review A4 M3), as "Christmas
    Day" is a day; "Thanks to Church" and "I rang Church" above are her."""
    assert watched_redacted(text, TEAM) == text


@pytest.mark.parametrize(("text", "shown"), [
    # "that" before a person, as often as before a thing
    ("I think that Hall is the best carer.", "I think that [name] is the best carer."),
    ("They told me that Lane would come on Monday.",
     "They told me that [name] would come on Monday."),
    ("That Hall is a saint.", "That [name] is a saint."),
    # a day, a month or a festival names no thing with the word after it
    ("On Monday Day is always cheerful.", "On Monday [name] is always cheerful."),
    ("In March Green was off sick.", "In March [name] was off sick."),
    ("At Christmas Hall brought us a cake.", "At Christmas [name] brought us a cake."),
    ("Every Friday Lane drives the minibus.", "Every Friday [name] drives the minibus."),
    # a noun that is a verb said of a person
    ("Hall shops for me every Tuesday.", "[name] shops for me every Tuesday."),
    ("Lane services my wheelchair.", "[name] services my wheelchair."),
    ("Young trips over the rug.", "[name] trips over the rug."),
    ("Day trips over Christmas lights.", "[name] trips over Christmas lights."),
    ("Power bills me for the meals.", "[name] bills me for the meals."),
    ("Can Hall shop for me?", "Can [name] shop for me?"),
    # a day or an amount after, not a thing's name or number
    ("Hall Monday to Friday visits me.", "[name] Monday to Friday visits me."),
    ("Lane 2 hours late again.", "[name] 2 hours late again."),
    ("Lane 20 mins late, Hall 9-5pm.", "[name] 20 mins late, [name] 9-5pm."),
    # a family's word after it: people, after "the" or "a" too (code review A7 S1)
    ("The Hall family", "The [name] family"),
    ("Visits from the Hall family", "Visits from the [name] family"),
    ("The Young family's visits", "The [name] family's visits"),
    ("A Long family visit", "A [name] family visit"),
    ("The Hall children came", "The [name] children came"),
    ("VISITS FROM THE HALL FAMILY", "VISITS FROM THE [name] FAMILY"),
])
def test_a_surname_in_everyday_sentences_about_the_person_goes(text, shown):
    """Code review A5 S1: these went to the letter and the room views as typed."""
    assert watched_redacted(text, TEAM) == shown


# "Day" of Bill Day beside a name is read as a name too (pasted_names' "Hall and Day"), so the
# festival's own "Day" is checked with a team without him
TEAM_BUT_DAY = tuple(name for name in TEAM if name != "Bill Day")


@pytest.mark.parametrize(("text", "shown"), [
    ("On Christmas Day Hall brought a cake", "On Christmas Day [name] brought a cake"),
    ("Since May Day Hall has not been", "Since May Day [name] has not been"),
    ("Christmas Eve Hall rang", "Christmas Eve [name] rang"),
    ("On Boxing Day Lane rang", "On Boxing Day [name] rang"),
    ("New Year's Day Green rang. On New Year Hall rang.",
     "New Year's Day [name] rang. On New Year [name] rang."),
    ("May Day Best came, and on Easter Day Young visited.",
     "May Day [name] came, and on Easter Day [name] visited."),
])
def test_a_surname_after_a_festivals_day_goes(text, shown):
    """Code review A6 S1: a festival's "Day" or "Eve" was read as a place's first word
    ("Village Hall"), and the surname after it went to the letter and the room views as typed.
    With the whole team pasted the surname is hidden all the same."""
    assert watched_redacted(text, TEAM_BUT_DAY) == shown
    whole_team = watched_redacted(text, TEAM)
    assert not any(surname in whole_team for surname in ("Hall", "Lane", "Green", "Best", "Young"))


@pytest.mark.parametrize("text", [
    # sayings (code review A5 M1)
    "Long may it continue.",
    "Young or old, we all need help.",
    "Day and night I worry.",
    "Little or no help at night.",
    "Long ago we had a bus. Long live the lunch club!",
    # what the S1 readings must not take from things and days
    "Hall 2 is ready. Day 3 of no hot water.",
    "We had a party on May Day, and at Christmas the Village Hall was full.",
    "Day trips to the seaside stopped. Power bills went up. Church services are lovely.",
    "On Monday the Day centre shut, and Green spaces matter.",
    # a festival's day before a place or a thing still names them
    "On Christmas Day the Village Hall was full. May Day Power cut. Christmas Day Green Lane.",
    "Christmas Day Young people sang, and on Boxing Day Day centre shut.",
    # "over" a time is no verb's object (code review A6 M1)
    "Day trips over Easter",
    "Day trips over the summer stopped. Green spaces over the winter were lovely.",
])
def test_sayings_days_and_things_stay_as_typed(text):
    assert watched_redacted(text, TEAM) == text


def test_what_f15_hid_is_still_hidden():
    assert watched_redacted("Grace and Bill met the provider", ("Grace Lee", "Bill Jones")) == (
        "[name] and [name] met the provider")
    assert watched_redacted("May is always kind", ("May",)) == "[name] is always kind"
    # a given name that is a word is watched wherever it stands, as May pasted alone is
    assert watched_redacted("Will is always kind", ("Will Long",)) == "[name] is always kind"
    assert watched_redacted("Will is always kind", ("Long, Will",)) == "[name] is always kind"
    # the surname of "June Will", "Mrs Will" or "Will, June" is read as the word
    for pasted in ("June Will", "Mrs Will", "Will, June"):
        assert watched_redacted("Will the council fund it?", (pasted,)) == (
            "Will the council fund it?")


def test_a_surname_that_is_no_word_still_counts_wherever_it_stands():
    assert [t[a:b] for t in ["Jones waits"] for a, b in pasted_at(t, ["Bill Jones"])] == ["Jones"]
    assert pasted_at("Long waits", ["Sam Long"]) == []
    assert pasted_at("Long waits", ["Long"]) == [(0, 4)]  # pasted alone: the facilitator's word
    assert pasted_at("Mr And Mrs Lewis", ["Mr and Mrs Lewis"]) == [(11, 16)]


def test_the_labelled_set_read_with_its_names_pasted_finds_no_more_than_the_guard():
    """The guard's hand-labelled statements, each with the names the set pastes for it: every
    labelled detail is still found, and no word the guard itself lets be is taken for a name
    (four sentence-start words were: "Long waits for carers…", "Power never came back on")."""
    data = Path(__file__).parent / "data" / "personal_details_statements.txt"
    for statement in read_labelled_statements(data):
        if not statement.known_names:
            continue
        watched = watched_findings(statement.text, statement.known_names)
        guard = find_personal_details(statement.text, known_names=statement.known_names)
        assert [(f.start, f.end) for f in watched if f not in guard] == [], statement.text
        for label in statement.expected:
            assert any(f.start < label.end and label.start < f.end for f in watched), label


class _SearchesOf:
    """``re`` for ``pasted_names``, counting its searches through a text this long or longer:
    the names pasted, one a line (its other searches read a word)."""

    def __init__(self, longer_than: int) -> None:
        self.longer_than, self.count = longer_than, 0

    def search(self, pattern, string, flags=0):
        self.count += len(string) > self.longer_than
        return re.search(pattern, string, flags)

    def __getattr__(self, name: str):
        return getattr(re, name)


def test_many_everyday_surnames_pasted_are_read_quickly(monkeypatch):
    """1,700 names pasted, a dozen surnames that are words among them: whether each is some
    name's given name is searched for once, not for every text (the letter reads every note).
    Counted, not timed (a loaded machine stretches seconds): the search through the names
    took 0.5 ms a word, searched for each of a text's six such words."""
    surnames = ["Long", "Hall", "Day", "Green", "Best", "Will", "Power", "Young", "Jones"]
    names = [f"Given{chr(97 + i % 26)}{chr(97 + i // 26 % 26)} {surnames[i % 9]}"
             for i in range(1700)]
    text = "Long waits. Day centre at the Village Hall. Best news: the Green bus. Will it last?"
    searches = _SearchesOf(longer_than=len("\n".join(names)) // 2)
    monkeypatch.setattr(pasted_names, "re", searches)
    for _ in range(50):
        assert pasted_at(text, names) == []
    assert searches.count <= 6  # once for each of the text's six everyday surnames at most
