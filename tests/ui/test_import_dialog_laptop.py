"""The import dialog on a 1366×768 council laptop (Import and Cancel stay on screen), and what
it says beside Import and after it: rows it will skip, the report of pasted cells, the next
step."""

from __future__ import annotations

import pytest
from collect_fixtures import LONG_CSV, collect_document, save_render
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import QPoint, QRect

from wtfc.importing.mapping import Field
from wtfc.model.workshop import Kind
from wtfc.ui.import_dialog import ImportDialog
from wtfc.ui.screen_fit import (
    available_geometry,  # not dialog.screen(): see test_screen_kept_after_a_dialog
)


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def dialog(qtbot, doc, undo):
    return shown_dialog(qtbot, doc, undo)


LAPTOP_FREE_AREA = QRect(0, 0, 1366, 728)  # a 1366×768 screen less a 40-pixel taskbar
TITLE_BAR = 40  # the window manager's title bar and frame, outside the dialog's own geometry


def many_kinds_csv(path):
    """A sheet whose kind column holds 15 words the import does not know: the mapping step at
    its tallest (the kind values to map, and a problem line)."""
    lines = ["Person,Colour,What they said,Notes"]
    lines += [f"P{i:02d},shade {i},Statement number {i},note" for i in range(15)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_window_fits_the_screen_it_opens_on(qtbot, doc, undo, tmp_path):
    dialog = ImportDialog(doc, undo)
    qtbot.addWidget(dialog)
    dialog.show()
    free = available_geometry(dialog)
    assert dialog.width() <= free.width() and dialog.height() <= free.height() - TITLE_BAR


def test_on_a_small_laptop_import_and_cancel_stay_on_screen(qtbot, dialog, tmp_path):
    dialog.load_file(many_kinds_csv(tmp_path / "shades.csv"))
    wait_for(qtbot, dialog, "mapping")
    dialog.mapping_step.set_field(1, Field.IGNORE)  # a problem line shows too
    dialog.mapping_step.set_field(1, Field.KIND)
    dialog.fit_to_screen(LAPTOP_FREE_AREA)
    dialog.layout().activate()
    assert dialog.width() <= LAPTOP_FREE_AREA.width()
    assert dialog.height() <= LAPTOP_FREE_AREA.height() - TITLE_BAR
    for button in (dialog.import_button, dialog.close_button):
        bottom = button.mapTo(dialog, QPoint(0, button.height())).y()
        assert button.isVisible() and bottom <= dialog.height()
    # the twelve kind values shown scroll inside their box rather than push the buttons off
    step = dialog.mapping_step
    assert step.kinds_scroll.verticalScrollBar().maximum() > 0
    assert step.grid.height() >= 150  # the preview keeps room to be read
    save_render(dialog, "import_mapping_laptop")


def test_rows_that_will_be_skipped_are_counted_beside_import(qtbot, dialog, tmp_path):
    path = tmp_path / "reviews.csv"
    # 30 rows: the amber ones are past the 20 rows the preview shows, and still counted
    rows = [f"P{i:02d},red,Statement {i},North,"for i in range(28)]
    rows += ["P40,amber,I wait in all morning,South,", "P41,amber,Cold dinners,South,"]
    path.write_text(LONG_CSV.splitlines()[0] + "\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    note = dialog.skip_note
    assert dialog.import_button.isEnabled() and note.isVisible()
    assert note.text() == ("⚠ Import will skip 2 rows: their kind (“amber”) is not known. "
                           "Say what it means under “How the kinds are written” to keep them.")
    # counted beside Import, said in full under the preview (F28: at 16 pt on a small screen
    # the whole note beside Import left the preview one row)
    counted = dialog.skip_counted
    assert counted.text() == "⚠ Import will skip 2 rows: see under the preview."
    assert counted.parentWidget() is dialog.import_button.parentWidget()
    assert abs(counted.geometry().center().y()
               - dialog.import_button.geometry().center().y()) < 20
    grid = dialog.mapping_step.grid
    assert note.parentWidget() is grid.parentWidget() and note.y() >= grid.geometry().bottom()
    assert "skip 2 rows" in dialog.import_button.accessibleDescription()
    save_render(dialog, "import_mapping_skip_note")
    kind_box = dialog.mapping_step.kind_box("amber")
    kind_box.setCurrentIndex(kind_box.findData(Kind.NOT_WORKING.value))
    kind_box.activated.emit(kind_box.currentIndex())
    assert not note.isVisible() and dialog.import_button.accessibleDescription() == ""
    assert not counted.isVisible()


def test_the_report_of_pasted_cells_reads_plainly_and_ends_with_what_to_do_next(qtbot,
                                                                                 dialog, doc):
    dialog.start_paste("Person\tKind\tStatement\nP30\tWorking well\tMy garden\n"
                       "P30\tNot working well\tMrs Jones never comes on time\n")
    dialog.read_pasted()
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    assert dialog.busy_label.text() == "Making cards from the pasted cells…"
    wait_for(qtbot, dialog, "report")
    report = dialog.report_text.toPlainText()
    assert report.splitlines()[0] == "Imported from the pasted cells."
    assert "Pasted text" not in report and "tabs" not in report and "encoding" not in report
    # the workshop held 2 back already ("Only cards held back" shows the 3)
    assert dialog.next_step.text() == (
        "Next: check the 1 card held back from this import (3 in all; tick “Only cards held "
        "back”), then go to 3 Theme (Ctrl+3).")
    assert dialog.next_step.isVisible()
    # the summary heading wraps rather than widening the window past the screen
    assert dialog.width() <= available_geometry(dialog).width()
    save_render(dialog, "import_report_pasted")


def test_with_nothing_held_back_the_next_step_is_the_theme_stage(qtbot, dialog, tmp_path):
    path = tmp_path / "more.csv"
    path.write_text("Person,Kind,Statement\nP40,WW,My new walking frame\n", encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert dialog.next_step.text() == ("Next: go to 3 Theme (Ctrl+3) to group the cards into "
                                       "themes.")


def test_two_columns_read_as_the_kind_are_named_with_what_to_change(qtbot, dialog, tmp_path):
    """A Notes column holding "x" is read as a second kind column: the screen names both
    columns and the choice that ends it, not only "Only one column can hold the kind"."""
    path = tmp_path / "messy.csv"
    path.write_text("Person,What,Type,Notes\nP1,I like my carer,working,\n"
                    "P1,Late visits,red,x\nP3,The bus stopped,not working,\n", encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    step.set_field(3, Field.KIND)  # as the guess made it, whatever the guess is today
    assert step.problems.text() == ("⚠ Two columns are set to the kind of statement: 'Type' "
                                    "and 'Notes'. Set one of them to 'Leave out'.")
    assert not dialog.import_button.isEnabled()
    save_render(dialog, "import_two_kind_columns")
    step.set_field(3, Field.IGNORE)
    assert not step.problems.isVisible() and dialog.import_button.isEnabled()


def test_two_columns_with_the_same_heading_are_told_apart_by_their_letters(qtbot, dialog,
                                                                            tmp_path):
    """Council sheets repeat a heading (two 'Notes'): "'Notes' and 'Notes'" did not say which
    to change, as the grid's two headings are the same word; their letters do."""
    path = tmp_path / "notes twice.csv"
    path.write_text("Person,What,Notes,Notes\nP1,Late visits,not working,red\n"
                    "P2,My carer,working,green\n", encoding="utf-8")
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    step.set_field(2, Field.KIND)
    step.set_field(3, Field.KIND)  # as the guess made it, whatever the guess is today
    assert step.problems.text() == ("⚠ Two columns are set to the kind of statement: column C "
                                    "'Notes' and column D 'Notes'. Set one of them to 'Leave "
                                    "out'.")
    save_render(dialog, "import_two_notes_columns")
    step.set_field(3, Field.IGNORE)
    assert not step.problems.isVisible() and dialog.import_button.isEnabled()



@pytest.mark.parametrize(("held", "in_all", "said"), [
    (0, 2, "Next: go to 3 Theme (Ctrl+3) to group the cards into themes."),
    (1, 1, "Next: check the 1 held-back card (tick “Only cards held back”), then go to "
           "3 Theme (Ctrl+3)."),
    (2, 2, "Next: check the 2 held-back cards (tick “Only cards held back”), then go to "
           "3 Theme (Ctrl+3)."),
    (2, 4, "Next: check the 2 cards held back from this import (4 in all; tick “Only cards "
           "held back”), then go to 3 Theme (Ctrl+3)."),
])
def test_the_next_step_counts_the_cards_held_back_before_as_well(held, in_all, said):
    """Ticking "Only cards held back" shows every held-back card, not only this import's: the
    demo holds 2 back, and after an import holding 2 more "check the 2 held-back cards" showed
    a list of 4."""
    from wtfc.importing.report import ImportReport
    from wtfc.ui.import_pages import next_step

    assert next_step(ImportReport("cards.csv", cards_flagged=held), held_in_all=in_all) == said
