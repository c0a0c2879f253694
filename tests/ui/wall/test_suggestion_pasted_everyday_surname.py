"""Accept reads a theme's name as the letter to homes reads it (``watch_guard``'s one rule):
with Pat Hall and June Day pasted and their cards held back, "Trips to the Village Hall" was
refused as naming Pat Hall while the letter printed it as typed. A surname that is an everyday
word made a thing or a place by the words around it is the word; said of a person it is
still refused, and every name the old check caught is caught still (F42). A name held back on
a card stays a name there whatever the pasted rule says of it, privacy first (F46)."""

from __future__ import annotations

import pytest
from suggestion_helpers import suggested

from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.card_guard import fresh_findings
from wtfc.ui.wall.suggestion_state import name_check

pytestmark = pytest.mark.usefixtures("word_table")

NW = Kind.NOT_WORKING
PASTED = ("Pat Hall", "June Day")
TEXTS = ["Pat Hall never rings me back", "I rang June Day about the bus",
         "I am lonely", "I feel lonely at night", "Lonely since my husband died",
         "I cannot pay the gas bill this winter", "The electric bill frightens me every month",
         "Money is so tight I worry about every bill"]
# names the check caught before and catches still: said of a person, beside a name, in capitals
STILL_NAMES = ["Hall never rings back", "Thanks to Hall", "Trips with Hall", "I rang Hall",
               "Day is always cheerful", "Ask Day about the bus", "Hall and Day help",
               "Hall's visits stopped", "I miss June's visits", "Mrs Hall is kind",
               "HALL NEVER RINGS BACK", "Best wishes from Hall"]


@pytest.fixture
def page(qtbot, wall, undo):
    doc = wall.doc
    doc.replace_workshop(Workshop(title="n", cards=[Card(id=f"c{i}", kind=NW, text=t)
                                                   for i, t in enumerate(TEXTS)]))
    doc.names_to_watch = PASTED
    undo.push(store_fresh_findings(doc, findings=fresh_findings(doc.workshop.cards, PASTED)))
    assert doc.card("c0").held_back and doc.card("c1").held_back
    return suggested(qtbot, wall)


def accepted(page, name: str) -> bool:
    page.list.setCurrentRow(0)
    page._acted_at = 0  # a fresh gesture, not the second click of the last one
    page.rename(name)
    return page.accept_current()


def test_a_surname_made_a_place_or_thing_is_accepted(page):
    assert accepted(page, "Day centre trips")
    assert [t.name for t in page.doc.workshop.themes] == ["Day centre trips"]


def test_a_name_held_back_on_a_card_stays_a_name_there(page):
    """Pat Hall's card is held back: his surname is a name wherever it stands, privacy first
    (F46; "Trips to the Village Hall" is taken with Pat Hall on no card:
    test_suggestion_held_back_pasted_name)."""
    assert not accepted(page, "Trips to the Village Hall")
    assert not page.doc.workshop.themes


def test_the_surname_said_of_a_person_is_refused_and_kept_in_the_box(page):
    said: list[str] = []
    page.status.connect(said.append)
    assert not accepted(page, "Hall never rings back")
    assert not page.doc.workshop.themes
    assert page.name.text() == "Hall never rings back"
    assert said and "Hall" not in said[-1]  # the refusal is said, without the name


@pytest.mark.parametrize("name", STILL_NAMES)
def test_every_name_the_old_check_caught_is_caught_still(name):
    # the old reading (no names to watch for's rule) and the new one agree on real names
    assert name_check(list(PASTED), PASTED, watching=())(name)
    assert name_check(list(PASTED), PASTED)(name)
    # a card held back for them (its detail "Hall") reads by the pasted names' rule too
    assert name_check(["Hall", "June Day", *PASTED], PASTED)(name)


def test_a_name_held_back_by_the_guard_itself_still_counts_there():
    """"Hall" held back on a card for a Mr Hall nobody pasted: not read by June Day's rule."""
    says = name_check(["Mr Hall", "June Day"], ("June Day",))
    assert says("Trips to the Village Hall")  # as before: no pasted name makes it a word
    assert not says("Day centre trips")
