"""The confirm page says, before Import, that a second care manager's one-row-per-person sheet
uses codes whose cards all came from another import in other words, with what to do: the
report said it only after Import (tests/ui/test_import_other_sheet_codes.py). And the same
sheet imported again after some of its cards were reworded on the wall (Edit card) says
nothing of other people: Import asks whether to add those rows (the sheet corrected) or leave
them out (the cards reworded) (tests/ui/test_import_other_words_choice.py)."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for
from renders import save_render

from tests.importing.import_files import SIX_ONE_ROW_REVIEWS, template_sheet
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

NORTH = SIX_ONE_ROW_REVIEWS
SOUTH = [["P01", "Older person", "South", "", "", "Lunch club", None, "Lonely at weekends",
          None, "See family", None],
         ["P02", "Older person", "South", "", "", "Day centre", None, "No bus", None,
          "A break", None]]
# no locality in either sheet, new words: nothing in it says other people, so said calmly
# (no ⚠, no warning look), once, with the choice (code review A24 R1)
SAID = ("P01 and P02 already have cards from import 1: this sheet's rows join them, as a code "
        "is the same person in every file. If the sheet is another area's or care manager's, "
        "tick “Give this sheet's people codes of their own” below (P01 → P03, P02 → P04).")


def _confirm(qtbot, doc, undo, path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(900, 640)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=10_000)
    settle()  # the answer is delivered queued
    return dialog


def _import(qtbot, doc, undo, path):
    dialog = _confirm(qtbot, doc, undo, path)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage in ("report", "confirm"), timeout=10_000)
    return dialog


def test_the_confirm_page_says_p01_may_be_someone_else_before_import(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    first = _confirm(qtbot, doc, undo, template_sheet(tmp_path, "north.xlsx", NORTH[:2]))
    assert not first.confirm_page.codes_label.isVisible()  # nothing imported before it
    first.import_now()
    wait_for(qtbot, first, "report")
    first.close()
    dialog = _confirm(qtbot, doc, undo, template_sheet(tmp_path, "south.xlsx", SOUTH))
    note = dialog.confirm_page.codes_label
    assert note.isVisible() and note.text() == SAID
    assert dialog.import_button.isEnabled()  # said, never refused
    save_render(dialog, "import_codes_note_confirm", always=True)
    assert len(doc.workshop.cards) == 6  # nothing added until Import
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert "P01 and P02 already have cards from import 1" in \
        dialog.report_page.text.toPlainText()
    assert len(doc.workshop.cards) == 12
    undo.stack.undo()
    assert len(doc.workshop.cards) == 6


def test_a_first_import_says_nothing_of_it(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    dialog = _confirm(qtbot, doc, undo, template_sheet(tmp_path, "north.xlsx", NORTH))
    assert not dialog.confirm_page.codes_label.isVisible()
    assert not dialog.codes_note.busy


def test_the_same_sheet_after_rewording_on_the_wall_says_nothing_of_others(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    path = template_sheet(tmp_path, "north.xlsx", NORTH)
    _import(qtbot, doc, undo, path).close()
    for words in ("The garden 1", "Cold house 1", "Warm home 1"):  # Edit card, on the wall
        card = next(c for c in doc.workshop.cards if c.text == words)
        assert undo.push(edit_card(doc, card_id=card.id, text=f"{words}, as the room put it"))
    longer = [*NORTH, ["P07", "Older person", "", "", "", "The library", None, "Stairs", None,
                       "A stairlift", None]]
    dialog = _confirm(qtbot, doc, undo, template_sheet(tmp_path, "longer.xlsx", longer))
    assert not dialog.confirm_page.codes_label.isVisible()
    dialog.import_now()
    qtbot.waitUntil(dialog.confirm_page.other_words.isVisible, timeout=10_000)  # Add them?
    assert "already has cards" not in dialog.confirm_page.other_words.label.text()
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    report = dialog.report_page.text.toPlainText()
    assert ("3 statements were added, as chosen, from row 8, where an earlier import made the "
            "cards in other words: reworded on the wall since, or changed in the sheet. If they "
            "are the same statements, delete the extra cards on Collect.") in report
    assert "already has cards" not in report
    save_render(dialog, "import_reworded_since_report", always=True)
    assert len(doc.workshop.cards) == 24
    undo.stack.undo()
    assert len(doc.workshop.cards) == 18
    assert sum("as the room put it" in c.text for c in doc.workshop.cards) == 3
    undo.stack.redo()
    assert len(doc.workshop.cards) == 24
