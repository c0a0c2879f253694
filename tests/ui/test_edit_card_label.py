"""Edit → History and the Undo/Redo items name an edited card by its new words: a name the
guard missed and the facilitator edited out is not left on a screen that may be projected."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.undo import UndoAdapter


def test_undo_and_redo_items_never_show_the_words_edited_out(qapp):
    card = Card(kind=Kind.WORKING, text="Tuesdays with Bernadette are the best")
    doc = Document(Workshop(cards=[card]))
    undo = UndoAdapter(doc)
    undo.push(
        edit_card(doc, card_id=card.id, text="Tuesdays with my carer are the best",
                  personal_details=[])
    )
    label = "Edit card 'Tuesdays with my carer are the best'"
    assert undo.stack.text(0) == label  # the History row
    assert undo.stack.undoText() == label
    undo.stack.undo()
    assert doc.card(card.id).text == "Tuesdays with Bernadette are the best"
    assert undo.stack.redoText() == label
    undo.stack.redo()
    assert doc.card(card.id).text == "Tuesdays with my carer are the best"
    assert undo.stack.undoText() == label
