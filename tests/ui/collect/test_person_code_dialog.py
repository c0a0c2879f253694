"""Rename person code…: the dialog offers the code in use that one looks like, says what will
happen (a merge, and how many cards) before it is done, and refuses a name."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop, save_render

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person
from wtfc.ui.person_code_dialog import PersonCodeDialog


@pytest.fixture
def doc():
    ws = collect_workshop()
    ws.people.append(Person(id="p1"))  # P01 typed another way
    ws.cards.append(Card(id="c7", kind=Kind.WORKING, text="My carer is kind", person="p1"))
    return Document(ws)


def test_a_code_typed_another_way_is_offered_its_merge(show, doc):
    dialog = show(PersonCodeDialog(doc, code="p1"))
    assert [dialog.code_box.itemText(i) for i in range(dialog.code_box.count())] == [
        "P01 (2 cards)",
        "p1 (1 card)",
        "P02 (2 cards)",
        "P03 (2 cards)",
    ]
    assert dialog.new() == "P01" and dialog.ok.text() == "Merge" and dialog.ok.isEnabled()
    assert dialog.summary.text() == (
        "P01 is already used for 2 cards, so this merges: p1's 1 card becomes P01's, and the "
        "two count as one person (3 cards). The workshop remembers it: a file imported later "
        "that says p1 gives its rows to P01."
    )
    save_render(dialog, "collect_person_code_merge")


def test_a_new_code_renames_and_a_name_is_refused(show, doc):
    dialog = show(PersonCodeDialog(doc, code="P02"))
    assert dialog.new() == ""  # nothing like P02 in use
    assert not dialog.ok.isEnabled()
    dialog.new_code.setText("P20")
    assert (dialog.ok.text(), dialog.summary.text()) == (
        "Rename",
        "P02 becomes P20 on its 2 cards.",
    )
    dialog.new_code.setText("Mrs Jones")
    assert not dialog.ok.isEnabled() and "never a name" in dialog.summary.text()
