"""Collect → Import on a workbook with one "x" typed far off in column XFD: the window used to
vanish mid-workshop (calamine asked for gigabytes and the process ended). The dialog now says
which cell, and how to clear it; the workshop is as it was."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for
from openpyxl import Workbook
from renders import save_render


@pytest.fixture
def doc():
    return collect_document()


def test_a_stray_far_cell_is_named_in_the_dialog_and_the_workshop_is_untouched(
        qtbot, doc, undo, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Person", "What is working"])
    for row in range(2, 4001):
        sheet.append([f"P{row}", f"My carer knows how I like my tea {row}"])
    sheet["XFD4001"] = "x"
    path = tmp_path / "reviews.xlsx"
    book.save(path)
    before = doc.workshop.model_copy(deep=True)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "failed")
    assert dialog.failure.text() == (
        "reviews.xlsx has something in cell XFD4001, far to the right of the statements. In "
        "Excel (or LibreOffice), press Ctrl+End to go to it, clear it, save, and import again.")
    assert doc.workshop == before and undo.stack.count() == 0
    save_render(dialog, "import_far_cell")
