"""A sheet whose rows sit where an earlier import made cards, now in other words: the cards
were reworded on the wall since, or the sheet was corrected (or is another care manager's with
the same codes). wtfc cannot tell, so Import comes back to the confirm page with those rows
listed and a choice: Add them (chosen at first) or Leave them out; Import again does it, and the
report says what was chosen. 8e91e2d8 skipped them unasked and a corrected sheet lost its new
statements (review code-a1 #1)."""

from __future__ import annotations

import pytest
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import Qt
from renders import save_render

from tests.importing.import_files import SIX_ONE_ROW_REVIEWS, template_sheet
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop
from wtfc.ui import import_other_words
from wtfc.ui.undo import UndoAdapter

NORTH = SIX_ONE_ROW_REVIEWS
LONGER = [*NORTH, ["P07", "Older person", "", "", "", "The library", None, "Stairs", None,
                   "A stairlift", None]]
ASKED = ("⚠ 3 statements of this sheet sit where an earlier import made cards, in other words: "
         "Row 8, Working 1 (P01); Row 8, Not working 1 (P01); Row 8, Future 1 (P01). If the "
         "cards were reworded on the wall since, they are the same statements; if the sheet was "
         "corrected, or is another care manager's with the same codes, they are new. Choose, "
         "then click Import.")


@pytest.fixture
def heard(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(import_other_words, "announce", lambda _w, text, **_: said.append(text))
    return said


def _import(qtbot, doc, undo, path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(900, 640)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage in ("report", "confirm"), timeout=10_000)
    return dialog


def _reworded_then_asked(qtbot, tmp_path, rows=LONGER):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    _import(qtbot, doc, undo, template_sheet(tmp_path, "north.xlsx", NORTH)).close()
    for words in ("The garden 1", "Cold house 1", "Warm home 1"):  # Edit card, on the wall
        card = next(c for c in doc.workshop.cards if c.text == words)
        assert undo.push(edit_card(doc, card_id=card.id, text=f"{words}, as the room put it"))
    dialog = _import(qtbot, doc, undo, template_sheet(tmp_path, "longer.xlsx", rows))
    return doc, undo, dialog


def test_import_asks_about_them_and_adds_them_by_default(qtbot, tmp_path, heard):
    doc, undo, dialog = _reworded_then_asked(qtbot, tmp_path)
    choice = dialog.confirm_page.other_words
    assert dialog.stage == "confirm" and choice.isVisible()
    assert choice.label.text() == ASKED
    assert choice.add.isChecked() and choice.add.hasFocus()
    assert heard[-1] == ASKED.removeprefix("⚠ ")
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert len(doc.workshop.cards) == 18  # nothing added until Import
    save_render(dialog, "import_other_words_choice", always=True)
    dialog.import_now()  # Add them: the plan already built
    wait_for(qtbot, dialog, "report")
    report = dialog.report_page.text.toPlainText()
    assert "3 statements were added, as chosen, from row 8, where an earlier import made the " \
        "cards in other words" in report
    assert len(doc.workshop.cards) == 24
    undo.stack.undo()
    assert len(doc.workshop.cards) == 18
    assert sum("as the room put it" in c.text for c in doc.workshop.cards) == 3
    undo.stack.redo()
    assert len(doc.workshop.cards) == 24


def test_they_can_be_left_out_by_the_keys_alone(qtbot, tmp_path):
    doc, undo, dialog = _reworded_then_asked(qtbot, tmp_path)
    choice = dialog.confirm_page.other_words
    qtbot.keyClick(choice.add, Qt.Key.Key_Down)  # the other of the two
    assert choice.leave.isChecked()
    qtbot.keyClick(choice.leave, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(choice.add.isChecked, timeout=2_000)  # (a mnemonic clicks after a moment)
    qtbot.keyClick(choice.add, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(choice.leave.isChecked, timeout=2_000)
    assert choice.leave.hasFocus()
    qtbot.keyClick(choice.leave, Qt.Key.Key_Return)  # Import is the default button
    wait_for(qtbot, dialog, "report")
    report = dialog.report_page.text.toPlainText()
    assert ("3 statements were left out, as chosen: row 8, where an earlier import made the "
            "cards in other words. The cards keep the words on the wall; if the sheet's are the "
            "right ones, edit them on Collect.") in report
    assert "Row 8, Working 1: left out, as chosen: the card made from it has other words now" \
        in report
    assert "Skipped as duplicate of a card already there: 18 (3 of them left out, as chosen)." \
        in report
    save_render(dialog, "import_other_words_left_out", always=True)
    assert [c.text for c in doc.workshop.cards][-3:] == ["The library", "Stairs", "A stairlift"]
    assert len(doc.workshop.cards) == 21
    undo.stack.undo()
    assert len(doc.workshop.cards) == 18
    undo.stack.redo()
    assert len(doc.workshop.cards) == 21


def test_all_of_them_left_out_says_nothing_new_was_added(qtbot, tmp_path):
    doc, _, dialog = _reworded_then_asked(qtbot, tmp_path, NORTH)
    dialog.confirm_page.other_words.leave.setChecked(True)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.confirm_page.heading.text() == "Nothing new to import",
                    timeout=10_000)
    assert "3 statements were left out, as chosen" in dialog.confirm_label.text()
    assert not dialog.confirm_page.other_words.isVisible()
    assert len(doc.workshop.cards) == 18


def test_another_mapping_lets_the_plan_go_and_asks_again(qtbot, tmp_path):
    """Check the columns, then Import from there: built afresh, and asked again."""
    doc, _, dialog = _reworded_then_asked(qtbot, tmp_path)
    dialog.confirm_page.other_words.leave.setChecked(True)
    dialog.confirm_page.check_button.click()
    assert dialog.stage == "mapping"
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.confirm_page.other_words.isVisible(), timeout=10_000)
    assert dialog.confirm_page.other_words.add.isChecked()
    assert len(doc.workshop.cards) == 18


def test_leave_them_out_finishes_the_plan_the_page_holds(qtbot, tmp_path, monkeypatch):
    """The sheet is read and its rows judged once for this import: the confirm page's check of
    the codes works out the plan, Import takes it, and Leave them out, then Import, finishes it
    without them (each was built again, 5 s more each on 100,000 statements)."""
    from wtfc.importing import building
    from wtfc.ui import import_codes_note, import_dialog

    builds, reads = [], []
    build, read = building.build_import, building.read_statements
    for module in (import_dialog, import_codes_note):
        monkeypatch.setattr(module, "build_import",
                            lambda *a, **k: builds.append(k) or build(*a, **k))
    monkeypatch.setattr(building, "read_statements",
                        lambda *a, **k: reads.append(a) or read(*a, **k))
    doc, undo, dialog = _reworded_then_asked(qtbot, tmp_path)
    assert (len(builds), len(reads)) == (2, 2)  # the first import, and this one's plan
    dialog.confirm_page.other_words.leave.setChecked(True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert (len(builds), len(reads)) == (2, 2)
    assert "3 statements were left out, as chosen" in dialog.report_page.text.toPlainText()
    assert [c.text for c in doc.workshop.cards][-3:] == ["The library", "Stairs", "A stairlift"]
    undo.stack.undo()
    assert len(doc.workshop.cards) == 18
    undo.stack.redo()
    assert len(doc.workshop.cards) == 21
