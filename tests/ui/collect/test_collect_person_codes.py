"""Collect: a person's cards typed in a run (the last kind and person carried on, Save and add
another), a code typed another way pointed out, and Rename person code… merging two codes into
one person, undone and redone."""

from __future__ import annotations

from collect_fixtures import save_render
from collect_helpers import summary
from PySide6.QtCore import Qt

from wtfc.model.workshop import Card, Kind, Person


def test_a_persons_cards_in_a_run(page, doc, qtbot):
    page.add_card()
    dialog = page.card_dialog
    assert (dialog.kind(), dialog.person_code()) == (Kind.WORKING, "")  # the first: as before
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.FUTURE.value))
    dialog.words.setPlainText("A garden I can get to")
    dialog.person.setText("P04")
    qtbot.mouseClick(dialog.another, Qt.MouseButton.LeftButton)
    second = page.card_dialog
    assert second is not None and second is not dialog and second.isVisible()
    assert (second.kind(), second.person_code()) == (Kind.FUTURE, "P04")
    second.words.setPlainText("Someone to go to the shops with")
    qtbot.keyClick(second.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.card_dialog is None  # Ctrl+Enter: saved, and no third dialog
    assert [(c.kind, c.person) for c in doc.workshop.cards[-2:]] == [(Kind.FUTURE, "P04")] * 2
    page.add_card()  # the next Add card starts from the last card too
    assert (page.card_dialog.kind(), page.card_dialog.person_code()) == (Kind.FUTURE, "P04")
    page.card_dialog.reject()


def test_a_code_typed_another_way_is_pointed_out(page):
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText("Carers are late")
    dialog.person.setText("p0001")
    assert dialog.hint.text() == "⚠ P01 is already used for 2 cards: did you mean P01, not p0001?"
    dialog.hint.use_button.click()
    assert dialog.person_code() == "P01"
    dialog.reject()


def test_rename_person_code_merges_two_codes_into_one_person(page, doc, undo, qtbot):
    doc.workshop.people.append(Person(id="P1"))  # P01, typed another way on a later card
    doc.workshop.cards.append(Card(id="c7", kind=Kind.NOT_WORKING, text="Late again", person="P1"))
    doc.workshop.themes[0].card_ids.append("c7")
    doc.replace_workshop(doc.workshop)
    theme = doc.workshop.themes[0]
    assert summary(page).startswith("<b>7 cards</b> from 4 people")
    assert doc.people_count(theme) == 2

    page.select_cards(["c7"])
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    dialog = page.person_code_dialog
    assert dialog.old() == "P1" and dialog.new() == "P01" and dialog.ok.text() == "Merge"
    assert "this merges: P1's 1 card becomes P01's" in dialog.summary.text()
    save_render(dialog, "collect_rename_person_code")
    dialog.ok.click()

    def merged():
        assert summary(page).startswith("<b>7 cards</b> from 3 people")
        assert doc.people_count(doc.workshop.themes[0]) == 1
        assert doc.card("c7").person == "P01" and doc.get("people", "P1") is None

    merged()
    assert undo.stack.undoText() == "Merge person P1 into P01 (1 card)"
    undo.stack.undo()
    assert summary(page).startswith("<b>7 cards</b> from 4 people")
    assert doc.card("c7").person == "P1"
    undo.stack.redo()
    merged()


def test_rename_person_code_is_refused_read_only(page, undo):
    undo.read_only = True
    page.rename_button.click()
    assert getattr(page, "person_code_dialog", None) is None
