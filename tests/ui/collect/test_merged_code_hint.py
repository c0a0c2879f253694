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
    path = save_render(dialog, "card_dialog_merged_code", always=SHOTS.is_dir())
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


LIKE_MERGED = (
    "⚠ P5 is P05 typed another way, and P05 was merged into P02 earlier: did you mean P02, "
    "not P5?"
)


def test_a_code_typed_like_a_merged_one_asks_for_its_person(shown_page, doc, undo):
    """P5 beside the merged P05 said nothing and made P5 a new person: P05 is no one's code
    now, so the live codes it was compared with had nothing like it. As for a code typed like
    one in use, it asks and offers the code; it never joins them by itself."""
    _merge_p05(doc, undo)
    page = shown_page(1366, 700)
    page._last_added = (F, "")
    page.add_card()
    dialog = page.card_dialog
    dialog.person.setText("P5")
    assert dialog.hint.text() == LIKE_MERGED
    assert dialog.hint.use_button.isVisible() and dialog.hint.use_button.text() == "&Use P02"
    dialog.words.setPlainText("A garden")
    QApplication.processEvents()
    path = save_render(dialog, "card_dialog_like_merged_code", always=SHOTS.is_dir())
    if SHOTS.is_dir():
        shutil.copy(path, SHOTS / path.name)
    dialog.hint.use_button.click()
    assert dialog.person.text() == "P02" and "P5" not in dialog.hint.text()
    dialog.accept()
    assert [c.person for c in doc.workshop.cards if c.text == "A garden"] == ["P02"]
    assert "P5" not in {p.id for p in doc.workshop.people}
    undo.stack.undo()
    assert "A garden" not in {c.text for c in doc.workshop.cards}
    undo.stack.redo()
    assert [c.person for c in doc.workshop.cards if c.text == "A garden"] == ["P02"]


def test_a_code_typed_like_a_merged_one_kept_is_a_new_person(shown_page, doc, undo):
    """Asked, not refused: P5 may be someone new."""
    _merge_p05(doc, undo)
    page = shown_page(1366, 700)
    page.add_card()
    dialog = page.card_dialog
    dialog.person.setText("p-05")
    assert "P05 was merged into P02 earlier: did you mean P02, not p-05?" in dialog.hint.text()
    dialog.words.setPlainText("A garden")
    dialog.accept()
    assert [c.person for c in doc.workshop.cards if c.text == "A garden"] == ["p-05"]
