"""A card typed in that names someone with an accent or a letter beyond a to z ("my daughter
Siân", "Mrs Wójcik") is warned about while it is typed and held back when saved, as "Sian"
and "Mrs Wojcik" were (the guard's own tests: tests/importing/test_guard_latin_letters.py)."""

from __future__ import annotations

import pytest

# the words typed, and what the warning names in them
TYPED = [
    ("my daughter Siân helps me", "Siân"),
    ("Mrs Wójcik comes late", "Mrs Wójcik"),
    ("Mr Łukasz Nowak is rude", "Mr Łukasz Nowak"),
    ("Mrs Çelik comes", "Mrs Çelik"),
    ("Mrs Yılmaz visits", "Mrs Yılmaz"),
    ("my carer Zoë is late", "Zoë"),
    ("Seán is my neighbour", "Seán"),
    ("Siobhán brings my shopping", "Siobhán"),
    ("Write to siân@example.cymru about it", "siân@example.cymru"),
]


@pytest.mark.parametrize(("words", "found"), TYPED)
def test_the_card_typed_in_is_warned_about_and_held_back(page, doc, undo, words, found):
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText(words)
    dialog.person.setText("P09")
    assert dialog.verdict.text().startswith(f"⚠ Possible personal details: {found}. The card "
                                            "will be held back from the room")
    dialog.accept()
    card = doc.workshop.cards[-1]
    assert card.text == words and card.held_back
    assert [d.text for d in card.personal_details] == [found]
    undo.stack.undo()
    assert words not in [c.text for c in doc.workshop.cards]


@pytest.mark.parametrize("words", [
    "Rwy’n hoffi’r caffi yng Nghaerdydd", "Dziękuję za pomoc", "Mieszkam w Łódź od lat",
    "Tá mé i mo chónaí i mBaile Átha Cliath", "İstanbul’dan geldim. Çok güzel",
])
def test_a_card_in_welsh_polish_irish_or_turkish_naming_no_one_is_not_warned_about(page, words):
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText(words)
    assert dialog.verdict.text() == "No personal details found."
    dialog.reject()
