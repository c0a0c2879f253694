"""People… → Take off people with no cards (review R4 R1): a new cycle's rows for last time's
codes, which a sheet with names could not match, go as one step, Ctrl+Z and Ctrl+Shift+Z
following in the view; no one is recorded as withdrawn, and the button is greyed with no such
row and on a read-only workshop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from settled import until

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop
from wtfc.ui.people_dialog import PeopleDialog
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def doc() -> Document:
    """Cycle 3 of a names sheet: P001-P004 and P005-P008 carried, P009-P010 this time's."""
    people = [Person(id=f"P{n:03d}", voice=Voice.OLDER_PERSON, locality="North")
              for n in range(1, 11)]
    cards = [Card(id=f"c{n}", kind=Kind.WORKING, text=f"Kind carer {n}", person=f"P{n:03d}")
             for n in (9, 10)]
    return Document(Workshop(people=people, cards=cards, withdrawn_codes=["P050"]))


def _dialog(show, doc: Document, *, read_only: bool = False) -> PeopleDialog:
    undo = UndoAdapter(doc)
    undo.read_only = read_only
    return show(PeopleDialog(doc, undo), 900, 560)


def _rows(dialog: PeopleDialog) -> list[str]:
    return [dialog.model.person_at(row).id for row in range(dialog.model.rowCount())]


def test_the_rows_with_no_cards_go_as_one_step_and_come_back_with_undo(show, qtbot, doc):
    dialog = _dialog(show, doc)
    dialog.activateWindow()  # the dialog's own Ctrl+Z works inside it only
    until(qtbot, dialog.isActiveWindow)
    button = dialog.take_off_button
    assert button.text() == "&Take off people with no cards" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _rows(dialog) == ["P009", "P010"]
    assert doc.workshop.withdrawn_codes == ["P050"]  # not a withdrawal
    said = "Take off 8 people with no cards: not recorded as withdrawn. Ctrl+Z takes it back."
    assert dialog.done_line.isVisible() and dialog.done_line.text() == said
    assert not button.isEnabled()  # no one left to take off
    assert dialog.table.currentIndex().isValid()  # the keys go on
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(_rows(dialog)) == 10 and button.isEnabled()
    assert not dialog.done_line.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _rows(dialog) == ["P009", "P010"]


def test_greyed_with_no_row_to_take_off_or_read_only(show, doc):
    carded = Document(doc.workshop.model_copy(update={"people": doc.workshop.people[8:]}))
    assert not _dialog(show, carded).take_off_button.isEnabled()
    assert not _dialog(show, doc, read_only=True).take_off_button.isEnabled()


def test_its_alt_key_is_its_own(show, doc):
    dialog = _dialog(show, doc)
    keys = [b.text().split("&")[1][0].lower() for b in dialog.findChildren(type(
        dialog.take_off_button)) if "&" in b.text()]
    assert sorted(keys) == sorted(set(keys)) and "t" in keys
