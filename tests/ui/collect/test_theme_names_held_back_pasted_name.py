"""A name the check holds back on a card stays a name in the themes' names whatever the pasted
rule says of its words (privacy first): with Ray Bishop pasted and his card held back, "The
Bishop visits" was not listed and History quoted it in full, so it stayed on the wall, the room
view and the posters (the pasted rule reads a surname after "the" as the word) (F46)."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.undo import UndoAdapter

NW = Kind.NOT_WORKING


def test_the_held_back_persons_surname_is_listed_and_hidden_in_history(qtbot, show):
    doc = Document(Workshop(title="n", cards=[
        Card(id="c0", kind=NW, text="Ray Bishop never rings me back"),
        Card(id="c1", kind=NW, text="Sunday trips stopped")]))
    undo = UndoAdapter(doc)
    undo.push(create_theme(doc, name="The Bishop visits", kind=NW, card_ids=["c0"]))
    undo.push(create_theme(doc, name="Trips to the Village Hall", kind=NW, card_ids=["c1"]))
    page = show(CardsPage(doc, undo), 1500, 720)
    box = page.watch_names
    box.names_box.setPlainText("Ray Bishop\nPat Hall")
    box.check_button.click()
    assert doc.card("c0").held_back and not doc.card("c1").held_back
    listed = box.theme_names
    assert listed is not None and [t.name for t in listed.themes()] == ["The Bishop visits"]
    assert [b.text() for b in listed.buttons] == ["Rename Theme 1 of ✗ Not working (1 card)…"]
    assert undo.stack.text(0) == "Create theme 'The [name] visits' from 1 card"
    # Pat Hall is pasted but held back on no card: the pasted rule reads the place, as before
    assert undo.stack.text(1) == "Create theme 'Trips to the Village Hall' from 1 card"
