"""After an import a screen reader hears the report page's summary, then each note of the report
that asks the facilitator to do something, then the next step. Before, it heard only "3 cards
added… Next: go to 3 Theme": never that P01 may be another care manager's person (Undo takes
the import out), that rows were taken as an earlier import's, or that rows were added where
cards had other words (review keys_new, session 27). Past three such notes it hears how many
more the report holds (review code-a1 #6). The counts, the skipped rows and
the notes with nothing to do stay in the report, to read."""

from __future__ import annotations

from io import BytesIO

import pytest
from import_fixtures import shown_dialog, wait_for, workbook
from openpyxl import load_workbook

from wtfc.importing.template import template_bytes
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop
from wtfc.ui import import_said
from wtfc.ui.undo import UndoAdapter

NORTH = [["P01", "Older person", "North", "", "", "I like the garden", None, "Cold house", None,
          "Warm home", None]]
SOUTH = [["P01", "Older person", "South", "", "", "Lunch club", None, "Lonely at weekends",
          None, "See family", None]]
CODES = [["Person", "Kind", "Statement"], ["P07", "Working", "I like the garden."],
         ["P08", "Working", "My neighbour helps"], ["P09", "Future", "A bus on Sundays"],
         ["P10", "Not working", "No dentist"], ["P11", "Working", "The library van"]]
UNNAMED = [["Kind", "Statement"], ["Not working", "I feel lonely"], ["Working", "Good food"],
           ["Working", "Day centre"]]


@pytest.fixture
def heard(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(import_said, "announce", lambda _widget, text, **_: said.append(text))
    return said


@pytest.fixture
def workshop():
    doc = Document(Workshop())
    return doc, UndoAdapter(doc)


def _template(tmp_path, name, rows):
    book = load_workbook(BytesIO(template_bytes(".xlsx")))
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / name)
    return tmp_path / name


def _import(qtbot, doc, undo, path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("confirm", "mapping"), timeout=10_000)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    return dialog


def _page(dialog) -> tuple[str, str]:
    return dialog.report_heading.text(), dialog.next_step.text()


def test_a_plain_import_is_heard_as_its_summary_and_next_step(qtbot, heard, workshop, tmp_path):
    dialog = _import(qtbot, *workshop, _template(tmp_path, "north.xlsx", NORTH))
    heading, next_step = _page(dialog)
    assert heading.startswith("3 cards added") and next_step.startswith("Next: go to 3 Theme")
    # "1 person added" and "Cards give their source as…" are in the report: nothing to do
    assert "Cards give their source" in dialog.report_text.toPlainText()
    assert heard[-1] == f"{heading} {next_step}"


def test_p01_perhaps_another_care_managers_person_is_heard_before_the_next_step(
        qtbot, heard, workshop, tmp_path):
    doc, undo = workshop
    _import(qtbot, doc, undo, _template(tmp_path, "north.xlsx", NORTH))
    dialog = _import(qtbot, doc, undo, _template(tmp_path, "south.xlsx", SOUTH))
    heading, next_step = _page(dialog)
    note = ("P01 already has cards from import 1, and a code is the same person in every file. "
            "P01 is “North” on People and “South” on this sheet. If this sheet is from another "
            "area or care manager, this is another person: Undo takes this import out; then "
            "import the sheet again and tick “Give this sheet's people codes of their own”. If "
            "it is more from the same person, nothing needs doing.")
    kept = ("Already on People with another role or tag, which is kept (change it on Collect → "
            "People if the sheet is newer; if the sheet is another area's, it may be another "
            "person with the same code, to import again with codes of their own): P01's "
            "“Locality”: “North”, the sheet “South” (row 8).")
    assert note in dialog.report_text.toPlainText()
    assert heard[-1] == f"{heading} {note} {kept} {next_step}"  # in the report's order
    # and Undo does take it out, as heard
    undo.stack.undo()
    assert [c.text for c in doc.workshop.cards] == ["I like the garden", "Cold house", "Warm home"]
    undo.stack.redo()
    assert len(doc.workshop.cards) == 6


def test_rows_taken_as_an_earlier_imports_are_heard(qtbot, heard, workshop, tmp_path):
    """A sheet with no person column, its rows where import 1's were, and one row more."""
    doc, undo = workshop
    _import(qtbot, doc, undo, workbook(tmp_path / "north.xlsx", {"Sheet1": UNNAMED}))
    more = [*UNNAMED, ["Future", "More buses"]]
    dialog = _import(qtbot, doc, undo, workbook(tmp_path / "north2.xlsx", {"Sheet1": more}))
    heading, next_step = _page(dialog)
    assert heading.startswith("1 card added from 4 rows; 3 skipped")
    said = heard[-1]
    assert said.startswith(heading + " ") and said.endswith(" " + next_step)
    assert ("3 rows were taken as import 1's rows again (the same words at the same rows) and "
            "skipped. If this is another sheet, with other people saying the same things, add a "
            "blank row above its headings, save, and import it again;") in said
    assert "Skipped as" not in said and "Row 2" not in said  # in the report, to read


def test_rows_added_where_cards_have_other_words_are_heard(qtbot, heard, workshop, tmp_path):
    doc, undo = workshop
    _import(qtbot, doc, undo, workbook(tmp_path / "codes.xlsx", {"Sheet1": CODES}))
    garden = next(c for c in doc.workshop.cards if c.text == "I like the garden.")
    assert undo.push(edit_card(doc, card_id=garden.id, text="The garden is lovely"))
    later = [*CODES, ["P12", "Working", "Lunch club"]]
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(workbook(tmp_path / "codes.xlsx", {"Sheet1": later}))
    qtbot.waitUntil(lambda: dialog.stage in ("confirm", "mapping"), timeout=10_000)
    dialog.import_now()
    qtbot.waitUntil(dialog.confirm_page.other_words.isVisible, timeout=10_000)  # Add them?
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    heading, next_step = _page(dialog)
    assert len(doc.workshop.cards) == 7  # the reworded card's row is added again, and said
    note = ("1 statement was added, as chosen, from row 2, where an earlier import made the "
            "card in other words: reworded on the wall since, or changed in the sheet. If it is "
            "the same statement, delete the extra card on Collect.")
    assert heard[-1] == f"{heading} {note} {next_step}"


def test_past_three_notes_it_hears_how_many_more_the_report_holds(qtbot, heard, workshop,
                                                                  tmp_path):
    """A Role column of free text ('Friend type 12'): a note for each value not read as a role.
    300 of them were heard in one announcement of 36,384 characters (review code-a1 #6)."""
    rows = [["Person code", "Role", "Statement", "Kind"]] + [
        [f"P{i:03}", f"Friend type {i}", f"Statement number {i} about the bus", "Not working"]
        for i in range(300)]
    dialog = _import(qtbot, *workshop, workbook(tmp_path / "roles.xlsx", {"Sheet1": rows}))
    heading, next_step = _page(dialog)
    asks = dialog.plan.report.lines(asks_only=True)
    assert len(asks) > 100  # all still in the report, to read
    assert all(note in dialog.report_text.toPlainText() for note in asks)
    more = f"{len(asks) - 3:,} more notes in the report."
    assert heard[-1] == " ".join([heading, *asks[:3], more, next_step])
    assert len(heard[-1]) < 1_500
