"""Which page the import opens on, and what the confirm page says: a file whose headings are
all known but whose kind values are not opens on the mapping step with those values to map; a
file imported twice says there is nothing new, with Import off."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for, workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wtfc.importing.mapping import Field
from wtfc.model.workshop import Kind

KNOWN_HEADINGS_UNKNOWN_KINDS = [["Person", "Kind", "Statement"],
                                ["P70", "Amber", "The day centre is closing"],
                                ["P71", "Gwyrdd", "My carer is kind"],
                                ["P72", "Working", "The lunch club"],
                                ["P73", "Amber", "Cold dinners"]]


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def dialog(qtbot, doc, undo):
    return shown_dialog(qtbot, doc, undo)


def test_known_headings_with_unknown_kind_values_open_on_the_mapping_step(qtbot, dialog, doc,
                                                                           tmp_path):
    path = workbook(tmp_path / "council.xlsx", {"Reviews": KNOWN_HEADINGS_UNKNOWN_KINDS})
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage != "reading", timeout=10_000)
    assert dialog.stage == "mapping"  # not "Ready to import" with 3 of 4 rows to be skipped
    step = dialog.mapping_step
    assert step.reason.isVisible()
    assert step.reason.text().startswith(
        "wtfc knows every column heading, but not which kind these words mean: “Amber”, "
        "“Gwyrdd”.")
    assert "How the kinds are written" in step.reason.text()
    assert step.kinds_box.title() == "How the &kinds are written"
    assert dialog.skip_note.text().startswith("⚠ Import will skip 3 rows: their kind (“Amber”, "
                                              "“Gwyrdd”)")
    # the keys start on the first value to map
    qtbot.waitUntil(lambda: QApplication.focusWidget() is step.kind_box("Amber"))
    step.set_kind_value("Amber", Kind.NOT_WORKING)
    assert "“Gwyrdd”" in step.reason.text() and "“Amber”" not in step.reason.text()
    step.set_kind_value("Gwyrdd", Kind.WORKING)
    assert step.reason.text() == ("Every kind is known now: click Import to add the "
                                  "statements.")
    assert not dialog.skip_note.isVisible()
    before = len(doc.workshop.cards)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert len(doc.workshop.cards) == before + 4


def test_known_headings_and_kinds_still_open_on_the_confirm_page(qtbot, dialog, tmp_path):
    rows = [row if row[1] != "Amber" and row[1] != "Gwyrdd" else [row[0], "Working", row[2]]
            for row in KNOWN_HEADINGS_UNKNOWN_KINDS]
    dialog.load_file(workbook(tmp_path / "council.xlsx", {"Reviews": rows}))
    wait_for(qtbot, dialog, "confirm")
    assert not dialog.mapping_step.reason.isVisible()


def test_the_reason_is_not_said_for_a_file_that_needed_the_mapping_step_anyway(qtbot, dialog,
                                                                                tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text("Ref,Colour,Words,Reviewer notes\nP01,amber,A new carer every week,x\n",
                    encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    assert not dialog.mapping_step.reason.isVisible()


TEMPLATE_ROWS = [["Person", "Kind", "Statement"], ["P80", "Working", "The lunch club"],
                 ["P80", "Not working", "Cold dinners"]]


def test_a_file_imported_twice_says_nothing_new_and_import_is_off(qtbot, doc, undo, tmp_path):
    path = workbook(tmp_path / "reviews.xlsx", {"Reviews": TEMPLATE_ROWS})
    first = shown_dialog(qtbot, doc, undo)
    first.load_file(path)
    wait_for(qtbot, first, "confirm")
    first.import_now()
    wait_for(qtbot, first, "report")
    first.accept()
    again = shown_dialog(qtbot, doc, undo)
    again.load_file(path)
    wait_for(qtbot, again, "confirm")
    assert again.confirm_page.heading.text() == "Ready to import"
    again.import_now()
    qtbot.waitUntil(lambda: again.stage != "reading", timeout=10_000)
    assert again.stage == "confirm" and undo.stack.count() == 1
    assert again.confirm_page.heading.text() == "Nothing new to import"
    assert "already in the workshop" in again.confirm_label.text()
    assert not again.import_button.isEnabled()
    assert again.close_button.isEnabled() and again.close_button.text() == "Close"
    assert QApplication.focusWidget() is again.close_button
    qtbot.keyClick(again.close_button, Qt.Key.Key_Return)  # Enter no longer imports
    assert undo.stack.count() == 1


def test_import_stays_off_on_the_mapping_step_until_the_mapping_changes(qtbot, dialog, doc,
                                                                        undo, tmp_path):
    path = tmp_path / "again.csv"  # its one statement is on the wall already
    path.write_text("Person,Kind,Statement,Notes\nP01,NW,Different carers every week,x\n",
                    encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage != "reading", timeout=10_000)
    assert dialog.stage == "mapping" and undo.stack.count() == 0
    assert "already in the workshop" in dialog.mapping_step.problems.text()
    assert not dialog.import_button.isEnabled()
    dialog.mapping_step.set_field(3, Field.TEXT)  # the notes are statements too
    assert dialog.import_button.isEnabled()


def test_the_confirm_page_names_the_sheet_it_reads_and_the_others(qtbot, dialog, tmp_path):
    """A workbook's other sheet (instructions first, or an old hidden one) is named, with a
    way to choose it: the wrong sheet is never imported with no word said."""
    path = workbook(tmp_path / "reviews.xlsx", {"Data": TEMPLATE_ROWS,
                                                "Instructions": [["How to fill this in"]]})
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    text = dialog.confirm_label.text()
    assert "It reads the sheet <b>Data</b>." in text
    assert "The workbook has 1 other sheet: <b>Instructions</b>." in text
    page = dialog.confirm_page
    assert page.sheet_button.isVisible() and "Choose another sheet" in text
    page.sheet_button.click()
    step = dialog.mapping_step
    assert dialog.stage == "mapping" and step.sheet_box.view().isVisible()  # its list open
    step.sheet_box.hidePopup()
    assert QApplication.focusWidget() is step.sheet_box
    step.sheet_box.setCurrentIndex(step.sheet_box.findData("Instructions"))
    step.sheet_box.activated.emit(step.sheet_box.currentIndex())
    qtbot.waitUntil(lambda: dialog.stage != "reading" and dialog.source.sheet == "Instructions",
                    timeout=10_000)


def test_sheets_named_after_people_are_named_by_kind_on_the_confirm_page(qtbot, dialog,
                                                                          tmp_path):
    path = workbook(tmp_path / "reviews.xlsx", {"Mrs Patricia Jones": TEMPLATE_ROWS,
                                                "Mr Patel": [["x"]], "Notes": [["y"]]})
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    text = dialog.confirm_label.text()
    assert "It reads the sheet <b>[name]</b>." in text
    assert "The workbook has 2 other sheets: <b>[name]</b>, <b>Notes</b>." in text
    assert "Patricia" not in text and "Patel" not in text


def test_a_file_with_one_sheet_says_nothing_of_sheets(qtbot, dialog, tmp_path):
    dialog.load_file(workbook(tmp_path / "reviews.xlsx", {"Data": TEMPLATE_ROWS}))
    wait_for(qtbot, dialog, "confirm")
    assert "sheet" not in dialog.confirm_label.text()
    assert not dialog.confirm_page.sheet_button.isVisible()


def test_a_hidden_sheet_is_said_to_be_hidden(qtbot, dialog, tmp_path):
    from openpyxl import load_workbook

    path = workbook(tmp_path / "reviews.xlsx", {"Old": [["Person", "Kind", "Statement"],
                                                        ["X9", "Working", "OLD HIDDEN DATA"]],
                                                "Data": TEMPLATE_ROWS})
    book = load_workbook(path)
    book["Old"].sheet_state = "hidden"
    book.active = 1
    book.save(path)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    assert dialog.source.sheet == "Data"  # the reader passes the hidden one over
    assert "1 other sheet: <b>Old</b> (hidden)." in dialog.confirm_label.text()
    box = dialog.mapping_step.sheet_box
    assert [box.itemText(i) for i in range(box.count())] == ["Old (hidden)", "Data"]
