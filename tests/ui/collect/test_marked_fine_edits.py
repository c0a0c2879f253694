"""A card marked as fine stays fine when its words are corrected, and each mark is told apart
in Edit → History by the card's words."""

from __future__ import annotations


def _edit(page, card_id: str, words: str) -> None:
    page.select_cards([card_id])
    page.edit_selected()
    page.card_dialog.words.setPlainText(words)
    page.card_dialog.accept()


def test_a_typo_fixed_in_a_card_marked_fine_keeps_it_shown(page, doc, undo):
    page.select_cards(["c2"])  # "Mrs Jones never comes on time", held back
    page.mark_selected_fine()
    assert not doc.card("c2").held_back
    _edit(page, "c2", "Mrs Jones never comes on time!")
    assert doc.card("c2").text == "Mrs Jones never comes on time!"
    assert not doc.card("c2").held_back  # not held back again for the words already seen
    assert undo.stack.count() == 2
    undo.stack.undo()
    assert doc.card("c2").text == "Mrs Jones never comes on time" and not doc.card("c2").held_back
    undo.stack.redo()
    assert doc.card("c2").text.endswith("!") and not doc.card("c2").held_back


def test_a_name_added_to_a_card_marked_fine_holds_it_back(page, doc):
    page.select_cards(["c2"])
    page.mark_selected_fine()
    _edit(page, "c2", "Mrs Jones and Dennis Grimshaw never come on time")
    assert doc.card("c2").held_back


def test_each_mark_as_fine_in_history_names_its_card(page, undo):
    page.select_cards(["c2"])
    page.mark_selected_fine()
    assert undo.stack.undoText() == "Mark '[name] never comes on time' as fine to show"
    page.select_cards(["c5"])
    page.mark_selected_fine()
    assert undo.stack.undoText() == "Mark 'Ring me on [phone] before you come' as fine to show"
    page.select_cards(["c2", "c5"])
    undo.stack.undo()
    undo.stack.undo()
    page.select_cards(["c2", "c5"])
    page.mark_selected_fine()
    assert undo.stack.undoText() == "Mark 2 cards as fine to show"


def test_the_edit_dialog_says_a_card_marked_fine_stays_shown(page):
    """It said 'The card will be held back…' on opening a card marked fine, before any change,
    although the card stays shown for the details already seen; a new detail still warns."""
    page.select_cards(["c2"])
    page.mark_selected_fine()
    page.select_cards(["c2"])
    page.edit_selected()
    dialog = page.card_dialog
    assert "You marked these as fine to show, so the card stays shown" in dialog.verdict.text()
    assert "held back" not in dialog.verdict.text()
    dialog.words.setPlainText("Mrs Jones and Dennis Grimshaw never come on time")
    assert "will be held back" in dialog.verdict.text()
    dialog.reject()
