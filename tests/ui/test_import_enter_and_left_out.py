"""The import dialog with the keys alone: Enter imports on the preview (Cancel had the keys,
and Enter cancelled), and closes on the report. Beside Import, and in the report, every column
of words left out is named: two statement columns were dropped with no word said."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for, workbook
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog

from wtfc.importing.mapping import Field

# The reviewer's sheet (odd.xlsx): a title row, a blank row, then the headings
ODD = [
    ["Northtown home care reviews - October (do not share)"],
    [],
    *(
        line.split(" | ")
        for line in (
            "Review date | Client ref | Worker | Top thing working | Second thing working | "
            "Not working (1) | Not working (2) | Hopes for the future",
            "03/10/2026 | NT-104 | J. Smith | My carers are kind | I like my meals | "
            "They come too early | I feel lonely | To go to the garden centre",
            "05/10/2026 | NT-117 | J. Smith | My son helps with shopping |  | "
            "Carers change every week | Nobody tells me | To stay in my own home",
            "09/10/2026 | NT-122 | A. Khan | Sarah Jenkins from the agency is lovely | "
            "The day centre | I can't get to church |  | To see my friends more",
            "12/10/2026 | NT-131 | A. Khan | My cat | My neighbour pops in | "
            "The office never rings back | My tea | To go out on the bus",
        )
    ),
]
TOP, SECOND = 3, 4  # the columns "Top thing working" and "Second thing working"
# the workers' names are watched for on the cards (``name_columns``)
WATCHED = (" Cards are checked against the names in “Worker” (a card naming someone is held "
           "back); the names are not kept.")


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def preview(qtbot, doc, undo, tmp_path):
    """The reviewer's sheet on the mapping step, in a 911×512 window (a 1366×768 laptop at
    150%)."""
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 911, 552))
    dialog.load_file(workbook(tmp_path / "odd.xlsx", {"Reviews Oct": ODD}))
    wait_for(qtbot, dialog, "mapping")
    return dialog


def enter(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_the_working_columns_are_read_and_the_left_out_ones_named_beside_import(preview):
    step = preview.mapping_step
    assert [step.field_box(c).currentText() for c in (TOP, SECOND)] == [
        "Working statements",
        "Working statements",
    ]
    assert preview.skip_note.isVisible()
    assert preview.skip_note.text() == "Left out: Worker (4 cells with words)." + WATCHED
    # every card a row becomes is counted where only the first one or two fit
    assert step.grid.item(1, 0).text().startswith("5 cards: ✓ Working: My carers are kind | ")
    assert step.grid.item(1, 0).toolTip().count("\n") == 4
    save_render(preview, "import_working_columns_911x512")
    step.set_field(TOP, Field.IGNORE)  # left out by hand: said, not silent
    assert preview.skip_note.text() == (
        "Left out: Worker (4 cells with words), Top thing working (4 cells with words)." + WATCHED
    )
    assert "Top thing working (4 cells" in preview.import_button.accessibleDescription()


def test_enter_on_the_preview_imports_and_enter_on_the_report_closes(qtbot, preview, doc):
    assert QApplication.focusWidget() is preview.import_button
    assert preview.import_button.isDefault() and not preview.close_button.isDefault()
    before = len(doc.workshop.cards)
    enter(qtbot)
    wait_for(qtbot, preview, "report")
    assert len(doc.workshop.cards) == before + 18
    report = preview.report_text.toPlainText()
    assert report.splitlines()[1] == "Left out: Worker (4 cells with words)." + WATCHED
    assert QApplication.focusWidget() is preview.close_button
    assert preview.close_button.isDefault() and preview.close_button.text() == "Close"
    save_render(preview, "import_working_report_911x512")
    enter(qtbot)
    assert not preview.isVisible() and preview.result() == QDialog.DialogCode.Rejected
    assert len(doc.workshop.cards) == before + 18  # closing keeps the import


def test_a_column_left_out_by_hand_is_named_in_the_report(qtbot, preview):
    preview.mapping_step.set_field(TOP, Field.IGNORE)
    preview.mapping_step.set_field(SECOND, Field.IGNORE)
    preview.import_now()
    wait_for(qtbot, preview, "report")
    assert (
        "Left out: Worker (4 cells with words), Top thing working (4 cells with words), "
        "Second thing working (3 cells with words)."
    ) in preview.report_text.toPlainText()


def test_when_import_cannot_go_ahead_enter_does_not_cancel(qtbot, doc, undo, tmp_path):
    """No kind column: the keys start on the preview, where it is chosen, not on Cancel."""
    path = tmp_path / "no_kinds.csv"
    path.write_text("Person,Statement\nP01,Late again\n", encoding="utf-8")
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    assert not dialog.import_button.isEnabled()
    assert QApplication.focusWidget() is dialog.mapping_step.grid
    enter(qtbot)
    assert dialog.isVisible() and dialog.stage == "mapping"
