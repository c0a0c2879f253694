"""A given name before a surname that is also a street's or a ward's word (Lane, Ward, Way,
Grove, Gate, Row) was read as a place: "Thanks to Mary Ward for the lift." went to the wall
as typed (the import held nothing back) and to the letter and the room views whole, even with
"Ann Ward" pasted to watch for; "Mary Lane rang the office." printed "Mary [name] rang…"
(review 32 R1a D1). And "At the Village Hall Mrs Long sang." printed "At the Village [name]
[name] sang." with Pat Hall and June Long pasted (D2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.guard_scoring import read_labelled_statements, score_guard
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.document import Document

CARDS = Path(__file__).parent / "data" / "guard_review_r1a_statements.txt"


def test_the_labelled_cards_find_every_such_name_and_flag_only_a_ward_and_a_street_so_named():
    score = score_guard(read_labelled_statements(CARDS))
    assert score.recall == 1.0, score.missed
    # the price, one click each: a ward or a street named after a given name reads as a person
    assert sorted(f.text for _, f in score.false_alarms) == ["Mary Lane", "Mary Ward"]


def _held(statements: list[str]) -> list[bool]:
    table = SourceTable(rows=[("Person", "Kind", "Statement"),
        *((f"P{n:02d}", "Not working", t) for n, t in enumerate(statements, 1))],
        source_name="r.csv")
    doc = Document()
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    return [c.held_back for c in doc.workshop.cards]


def test_an_import_holds_back_the_cards_naming_such_a_person_and_not_the_places():
    assert _held([
        "Thanks to Mary Ward for the lift.", "Our driver is Tom Ward.",
        "Dorothy Grove came late again.", "Ask Janet Gate about the rota.",
        "The shops on Mary Ward Lane are closed.", "We walked up George Street to the bus.",
    ]) == [True, True, True, True, False, False]


@pytest.mark.parametrize(("text", "names", "shown"), [
    ("Thanks to Mary Ward for the lift.", ("Ann Ward",), "Thanks to [name] for the lift."),
    ("Our driver is Tom Ward.", ("Ann Ward",), "Our driver is [name]."),
    ("Mary Lane rang the office.", ("Ann Lane",), "[name] rang the office."),
    ("Susan Lane from the agency is always on time.", ("Ann Lane",),
     "[name] from the agency is always on time."),
    ("I miss Peter Way since he retired.", ("Ann Way",), "I miss [name] since he retired."),
    ("Brian Row fixed the hoist at last.", ("Ann Row",), "[name] fixed the hoist at last."),
    # a surname the guard leaves a street's by itself, hidden by the team's word, and the
    # given name before it with it
    ("Thanks to George Street for the lift.", ("Tom Street",),
     "Thanks to [name] [name] for the lift."),
    ("George Street rang the office.", ("Tom Street",), "[name] [name] rang the office."),
    # when in doubt, hidden: a street named after a given name too
    ("We walked down Mary Lane to the shop.", ("Ann Lane",),
     "We walked down [name] to the shop."),
])
def test_the_letter_and_the_room_views_hide_the_whole_name(text, names, shown):
    assert shown_as_kinds(text, names) == shown  # the letter's
    assert watched_redacted(text, names) == shown  # Act's and Review's room views'
    assert shown_as_kinds(text) == shown or "Street" in text  # the guard alone, unpasted


@pytest.mark.parametrize(("text", "names"), [
    ("The shops on Mary Ward Lane are closed.", ("Ann Ward",)),
    ("I was in St Mary Ward for a week.", ("Ann Ward",)),
    ("At the Albert Hall we sang.", ("Pat Hall",)),
    ("We walked up George Street to the bus.", ()),
    ("Day centre at the Village Hall reopens", ("Pat Hall", "Bill Day")),
    ("In May Hall 2 reopens.", ("Pat Hall", "May Jones")),
])
def test_a_place_named_after_a_given_name_stays_as_typed(text, names):
    assert shown_as_kinds(text, names) == text


@pytest.mark.parametrize(("text", "names", "shown"), [
    ("At the Village Hall Mrs Long sang.", ("Pat Hall", "June Long"),
     "At the Village Hall [name] sang."),
    ("On Christmas Day Mrs Long sang.", ("Bill Day", "June Long"),
     "On Christmas Day [name] sang."),
    # a name before it still makes it one: "Grace Long", "Hall and Long"
    ("We met Grace Long at the Village Hall.", ("Pat Hall", "Grace Long"),
     "We met [name] at the Village Hall."),
    ("Then Long and Hall sang.", ("Pat Hall", "June Long"), "Then [name] and [name] sang."),
])
def test_a_place_before_a_name_is_not_hidden_with_it(text, names, shown):
    assert shown_as_kinds(text, names) == shown
    assert watched_redacted(text, names) == shown
