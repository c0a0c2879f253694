"""The import's mapping step says when no column gives the person, and offers a column of
person codes it left out ("Our ref": P01, p7…) with a button the keys reach. Imported as
guessed, a walkthrough's sheet gave every card "no person recorded", and nothing said so."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for, workbook
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from wtfc.importing.mapping import Field
from wtfc.ui.import_person_offer import NO_PERSON

ALT = Qt.KeyboardModifier.AltModifier
OFFER = f"{NO_PERSON} “Our ref” looks like person codes: use it as Person?"
ROWS = [["Our ref", "Kind", "Statement", "Reviewer"],
        ["P01", "Working", "My carer has time for a chat", "JB"],
        ["P01", "Not working", "I never know who is coming", "JB"],
        ["p7", "Important to me in future", "To get out to the shops", "KM"],
        ["R12", "Working", "The lunch club", "KM"]]


@pytest.fixture
def doc():
    return collect_document()


def mapping_step(qtbot, doc, undo, path, rows):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))  # a laptop less its taskbar
    dialog.load_file(workbook(path, {"Reviews": rows}))
    wait_for(qtbot, dialog, "mapping")
    return dialog, dialog.mapping_step


def test_a_left_out_column_of_codes_is_offered_and_alt_p_takes_it(qtbot, doc, undo, tmp_path):
    dialog, step = mapping_step(qtbot, doc, undo, tmp_path / "reviews.xlsx", ROWS)
    assert step.mapping.fields == (Field.IGNORE, Field.KIND, Field.TEXT, Field.IGNORE)
    offer = step.person_offer
    assert offer.isVisible() and offer.text() == OFFER
    assert offer.button.isVisible() and offer.button.text() == "Use “Our ref” as &Person"
    save_render(dialog, "import_person_offer")
    step.grid.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: step.mapping.fields[0] == Field.PERSON)  # a mnemonic's click waits
    assert not offer.isVisible()
    assert QApplication.focusWidget() is step.field_box(0)  # the box that now says Person
    assert step.field_box(0).currentText() == "Person"
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = doc.workshop.cards[-4:]
    assert [c.text for c in added][-1] == "The lunch club"
    assert all(c.person for c in added) and len({c.person for c in added}) == 3


def test_tab_reaches_the_offer_after_the_columns(qtbot, doc, undo, tmp_path):
    _dialog, step = mapping_step(qtbot, doc, undo, tmp_path / "reviews.xlsx", ROWS)
    step.field_box(3).setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is step.person_offer.button
    qtbot.keyClick(step.person_offer.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: step.mapping.fields[0] == Field.PERSON)


def test_choosing_leave_out_for_the_person_brings_the_offer_back(qtbot, doc, undo, tmp_path):
    rows = [["Ref no.", *ROWS[0][1:]], *ROWS[1:]]
    _dialog, step = mapping_step(qtbot, doc, undo, tmp_path / "reviews.xlsx", rows)
    assert step.mapping.fields[0] == Field.PERSON and not step.person_offer.isVisible()
    step.set_field(0, Field.IGNORE)
    assert step.person_offer.text() == OFFER.replace("Our ref", "Ref no.")


def test_with_no_column_of_codes_it_says_how_to_choose_one(qtbot, doc, undo, tmp_path):
    rows = [[cell for cell in row[1:]] for row in ROWS]
    _dialog, step = mapping_step(qtbot, doc, undo, tmp_path / "reviews.xlsx", rows)
    # every heading known but a kind value: the step opened to ask about it
    assert step.person_offer.text() == (
        f"{NO_PERSON} If a column holds a code for each person (never a name), choose Person "
        "above it.")
    assert not step.person_offer.button.isVisible()


def test_the_ready_to_import_page_says_no_column_gives_the_person(qtbot, doc, undo, tmp_path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(workbook(tmp_path / "anon.xlsx", {"Post-its": [
        ["Kind", "Statement"], ["Working", "My carer is kind"], ["Future", "See the sea"]]}))
    wait_for(qtbot, dialog, "confirm")
    said = dialog.confirm_label.text()
    assert f"⚠ {NO_PERSON} If the sheet has a code for each person" in said
    assert said.index(NO_PERSON) < said.index("Click <b>Import</b>")
    save_render(dialog, "import_ready_no_person")


def test_the_ready_to_import_page_says_nothing_of_it_with_a_person(qtbot, doc, undo, tmp_path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(workbook(tmp_path / "coded.xlsx", {"Reviews": [
        ["Ref no.", "Kind", "Statement"], ["P01", "Working", "My carer is kind"]]}))
    wait_for(qtbot, dialog, "confirm")
    assert "No column gives the person" not in dialog.confirm_label.text()
