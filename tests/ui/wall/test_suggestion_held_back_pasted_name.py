"""A name held back on a card stays a name in the theme checks whatever the pasted rule says of
its words (privacy first): with Sue Wood pasted and "My daughter Sue Wood never visits" held
back, Accept took "Visits from the Wood family" and "The Bishop visits" (the pasted rule reads a
surname after "the" as the everyday word), and nothing stopped the name reaching the wall and
the PDFs. The check also built the held-back names' matcher again for every theme (F46)."""

from __future__ import annotations

import pytest
from suggestion_helpers import suggested

from wtfc.importing import known_names
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.card_guard import fresh_findings
from wtfc.ui.wall.suggestion_state import held_back_name_check, name_check

pytestmark = pytest.mark.usefixtures("word_table")

NW = Kind.NOT_WORKING
PASTED = ("Pat Hall", "Sue Wood", "Ray Bishop")
TEXTS = ["My daughter Sue Wood never visits", "Ray Bishop never rings me back",
         "I am lonely", "I feel lonely at night", "Lonely since my husband died",
         "I cannot pay the gas bill this winter", "The electric bill frightens me every month",
         "Money is so tight I worry about every bill"]
# read as the everyday word by the pasted rule ("the" before it), yet the card's own person
HELD_NAMES = ["Visits from the Wood family", "The Wood family", "The Bishop visits"]


@pytest.fixture
def page(qtbot, wall, undo):
    doc = wall.doc
    doc.replace_workshop(Workshop(title="n", cards=[Card(id=f"c{i}", kind=NW, text=t)
                                                   for i, t in enumerate(TEXTS)]))
    doc.names_to_watch = PASTED
    undo.push(store_fresh_findings(doc, findings=fresh_findings(doc.workshop.cards, PASTED)))
    assert doc.card("c0").held_back and doc.card("c1").held_back
    return suggested(qtbot, wall)


@pytest.mark.parametrize("name", HELD_NAMES)
def test_accept_refuses_the_held_back_persons_surname_with_the(page, name):
    said: list[str] = []
    page.status.connect(said.append)
    page.list.setCurrentRow(0)
    page._acted_at = 0  # a fresh gesture
    page.rename(name)
    assert not page.accept_current()
    assert not page.doc.workshop.themes
    assert page.name.text() == name  # still in the box to change
    assert said and "Wood" not in said[-1] and "Bishop" not in said[-1]
    assert held_back_name_check(page.doc)(name)


def test_a_pasted_surname_on_no_held_back_card_is_read_by_the_pasted_rule(page):
    page.list.setCurrentRow(0)
    page._acted_at = 0
    page.rename("Trips to the Village Hall")  # Pat Hall pasted, on no card
    assert page.accept_current()
    assert [t.name for t in page.doc.workshop.themes] == ["Trips to the Village Hall"]


def test_a_held_back_name_counts_also_where_it_is_pasted_too():
    """The check's own lists: the held-back names, then the pasted ones ("Sue Wood" twice)."""
    says = name_check(["Sue Wood", *PASTED], PASTED)
    assert says("Visits from the Wood family")
    assert not says("Trips to the Village Hall")  # Pat Hall is pasted, held back on no card


def test_the_held_back_names_are_read_once_per_check(monkeypatch):
    built: list[tuple[str, ...]] = []
    real = known_names.name_matcher
    monkeypatch.setattr(known_names, "name_matcher",
                        lambda names: built.append(tuple(names)) or real(names))
    says = name_check(["Sue Wood", "Mr Greenhalgh", *PASTED], PASTED)  # read by no other test
    themes = [f"Trips to the Village Hall {i}" for i in range(30)]
    assert not any(says(t) for t in themes)
    assert len(built) <= 2  # every name, and the held-back ones: not once more per theme
