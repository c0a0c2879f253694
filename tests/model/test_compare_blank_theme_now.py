"""Last time's action in a theme that, this time, is named only a zero-width space (or joiner,
word joiner, byte-order mark), kept from a file saved before one was refused: where it went was
quoted raw. Split into it, the report read "now “Different times” and “”"; merged into it or
renamed to it, "now “”"; and one with no words then and none now (a zero-width space, then a
byte-order mark) read "now “Unnamed theme” · was “Unnamed theme”" on the Review board, as if
renamed. The theme now is "Unnamed theme", as its row says, and one named as it was is not
called something else."""

from __future__ import annotations

from tests.model.test_compare import LONELY, NW, VISITS, _workshop
from wtfc.model.compare import Change, compare_workshops
from wtfc.model.compare_words import theme_now
from wtfc.model.workshop import Action, Role

BLANK = "\u200b"
TIMES = ["Carers come at different times", "I never know the rota"]
RUSH = ["Carers rush my shower", "Always in a hurry"]
REST = ["Meals arrive cold", "Lonely at weekends", "The garden is overgrown", "No bus to town",
        "Nobody helps with my shopping list", "Hospital discharge was chaotic and frightening",
        "Paperwork for my budget confuses everyone",
        "Daycentre transport keeps changing drivers"]


def _action(theme_id: str, what: str) -> Action:
    return Action(theme_id=theme_id, role=Role.PROVIDERS, what=what)


def test_merged_into_or_carried_on_as_it_reads_unnamed_theme():
    before = _workshop("2024", {"I feel lonely": (NW, LONELY), "Nobody visits": (NW, VISITS)},
                       actions=[_action("Nobody_visit", "Befriending calls"),
                                _action("I_feel_lonel", "Lunch club")])
    after = _workshop("2025", {BLANK: (NW, [*LONELY, *VISITS])})
    calls, lunch = compare_workshops(before, after).actions
    assert (calls.theme_change, theme_now(calls)) == (Change.MERGED, "Unnamed theme")
    assert theme_now(lunch) == "Unnamed theme"


def test_split_into_it_names_each_part():
    before = _workshop("2024", {"My carers": (NW, [*TIMES, *RUSH, *REST])},
                       actions=[_action("My_carers", "A rota by post")])
    after = _workshop("2025", {"Different times": (NW, TIMES), BLANK: (NW, RUSH)})
    (rota,) = compare_workshops(before, after).actions
    assert rota.theme_change is Change.SPLIT
    assert theme_now(rota) in ("Different times” and “Unnamed theme",
                               "Unnamed theme” and “Different times")


def test_no_words_then_and_none_now_is_not_called_renamed():
    before = _workshop("2024", {BLANK: (NW, LONELY)}, actions=[_action(BLANK, "Lunch club")])
    after = _workshop("2025", {"\ufeff": (NW, LONELY)})
    (lunch,) = compare_workshops(before, after).actions
    assert lunch.theme_name == BLANK  # last time's name as stored: the report quotes it so
    assert theme_now(lunch) == ""


def test_a_named_theme_now_is_as_typed():
    before = _workshop("2024", {BLANK: (NW, LONELY)}, actions=[_action(BLANK, "Lunch club")])
    after = _workshop("2025", {"Nobody comes to see me": (NW, LONELY)})
    (lunch,) = compare_workshops(before, after).actions
    assert theme_now(lunch) == "Nobody comes to see me"
