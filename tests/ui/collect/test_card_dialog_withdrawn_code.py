"""A card typed by hand for a withdrawn person's code is refused in the dialog, before Save, so
the words typed are still there: refused after the dialog had closed (038cc1fc), they were lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from wtfc.model.operations.withdraw import remove_person


def test_a_withdrawn_code_greys_save_and_keeps_the_words(page):
    person = next(c.person for c in page.doc.workshop.cards if c.person)
    remove_person(page.doc, code=person).do(page.doc)
    cards = len(page.doc.workshop.cards)
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText("The minibus is always late")
    dialog.person.setText(person)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert "belongs to someone who withdrew" in dialog.problem()
    assert "belongs to someone who withdrew" in dialog.verdict.text()
    assert dialog.text() == "The minibus is always late"  # still there to give another code
    dialog.person.setText("P77")
    assert save.isEnabled()
    dialog.accept()
    assert len(page.doc.workshop.cards) == cards + 1
    assert page.doc.workshop.cards[-1].person == "P77"
