"""A card typed for a code merged into another earlier (P05 into P02) is saved as P02's, so the
card dialog says so as the code is typed, and counts P02's top two. It said nothing and counted
P05's (none), and the card went quietly to someone the facilitator had not typed."""

from __future__ import annotations

import shutil
from pathlib import Path

from collect_fixtures import save_render
from PySide6.QtWidgets import QApplication

from wtfc.model.operations.people import rename_person
from wtfc.model.workshop import Card, Kind, Person

W, F = Kind.WORKING, Kind.FUTURE
SHOTS = Path("/tmp/mergefix")
MERGED = "⚠ P05 was merged into P02 earlier: this card will be P02's."
TOP_TWO = "P02 already has 2 'working' cards; the method takes each person's top two."


def _merge_p05(doc, undo):
    doc.workshop.people.append(Person(id="P05"))
    doc.workshop.cards.append(Card(id="c9", kind=F, text="A bus on Sundays", person="P05"))
    doc.replace_workshop(doc.workshop)
    undo.push(rename_person(doc, old="P05", new="P02"))


def test_the_dialog_says_whose_card_it_will_be_and_saves_it_there(shown_page, doc, undo):
    _merge_p05(doc, undo)
    page = shown_page(1366, 700)
    page._last_added = (W, "")
    page.add_card()
    dialog = page.card_dialog
    dialog.person.setText("P05")
    # P02 has two working cards (c3, c4): this would be a third of theirs, not P05's first
    assert dialog.hint.text() == f"{MERGED} {TOP_TWO}"
    assert dialog.hint.label.isVisible() and not dialog.hint.use_button.isVisible()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(F.value))
    assert dialog.hint.text() == MERGED  # P02's one future card (merged from P05)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(W.value))
    dialog.person.setText("P02")
    assert dialog.hint.text() == f"⚠ {TOP_TWO}"
    dialog.person.setText("P05")
    dialog.words.setPlainText("My neighbour")
    QApplication.processEvents()
    path = save_render(dialog, "card_dialog_merged_code")
    if SHOTS.is_dir():
        shutil.copy(path, SHOTS / path.name)
    dialog.accept()
    new = doc.workshop.cards[-1]
    assert (new.text, new.person) == ("My neighbour", "P02")
    assert "P05" not in {p.id for p in doc.workshop.people}
    undo.stack.undo()
    assert "My neighbour" not in {c.text for c in doc.workshop.cards}
    undo.stack.redo()
    assert [c.person for c in doc.workshop.cards if c.text == "My neighbour"] == ["P02"]


def test_a_code_not_merged_says_nothing_of_merges(shown_page, doc, undo):
    _merge_p05(doc, undo)
    undo.stack.undo()  # the merge undone: P05 is a person of their own again
    page = shown_page(1366, 700)
    page.add_card()
    dialog = page.card_dialog
    dialog.person.setText("P05")
    assert "merged" not in dialog.hint.text()
