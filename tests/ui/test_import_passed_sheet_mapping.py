"""On the mapping step at 150% on a 1024x768 laptop (683x472 for the dialog), the ⚠ note on a
sheet passed over for a far cell runs across the page in the warnings' box: beside the layout
it was squeezed into a 285 px column, 7 lines, and left the preview 3 rows (review R6 #3)."""

from __future__ import annotations

from import_fixtures import wait_for
from PySide6.QtCore import Qt
from renders import save_render
from test_import_far_cell_sheet import _book, _dialog

from tests.ui.settled import settle


def test_the_passed_over_note_runs_across_and_leaves_the_preview_its_rows(qtbot, tmp_path):
    dialog = _dialog(qtbot)
    dialog.load_file(_book(tmp_path / "notes.xlsx", "Notes", [["Notes for the team"]]))
    wait_for(qtbot, dialog, "confirm")
    dialog.resize(683, 472)
    qtbot.keyClick(dialog.confirm_page.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=5_000)
    settle()
    step = dialog.mapping_step
    note, source = step.passed_label, step.source_label
    save_render(dialog, "import_passed_sheet_mapping_683")
    assert note.isVisible() and note.text().startswith("⚠ The sheet <b>Notes</b>")
    assert "could not be read" not in source.text()  # the file line is the file's name
    assert note.width() >= step.width() - 20  # across the page, not beside the layout
    assert note.height() >= note.heightForWidth(note.width())  # every line of it shown
    assert note.heightForWidth(note.width()) <= 4 * note.fontMetrics().lineSpacing() + 20
    grid = step.grid
    rows_seen = (grid.viewport().height() - grid.rowHeight(0)) // grid.rowHeight(1)
    assert rows_seen >= 4  # 3 before


def test_a_sheet_read_as_it_is_has_no_note(qtbot, tmp_path):
    rows = [["Person", "What is working"], ["P01", "I like it"]]
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "plain.xlsx")
    dialog = _dialog(qtbot)
    dialog.load_file(tmp_path / "plain.xlsx")
    wait_for(qtbot, dialog, "confirm")
    dialog.confirm_page.check_button.click()
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=5_000)
    assert not dialog.mapping_step.passed_label.isVisible()
