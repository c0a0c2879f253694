"""The app's import report says which person cells were not codes and the new code each was
given, by row ("row 2 → P001"), as `wtfc import` prints it
(tests/importing/test_person_cells_not_codes.py); the cells themselves are not shown."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for

ROWS = [
    ("Person", "Kind", "Statement"),
    ("Ł01", "Working", "Dobrze mi tu"),
    ("ک01", "Working", "یہ اچھا ہے"),
    ("P\u200b02", "Working", "zero width in code"),
    ("P03", "Not working", "The bus is late"),
]


@pytest.fixture
def doc():
    return collect_document()


def test_the_report_page_lists_the_rows_given_new_codes(qtbot, doc, undo, tmp_path):
    path = tmp_path / "codes.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    before = len(doc.workshop.cards)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    codes = [c.person for c in doc.workshop.cards[before:]]
    report = dialog.report_page.text.toPlainText()
    given = ", ".join(f"row {row} → {code}" for row, code in zip((2, 3, 4), codes, strict=False))
    assert (f"3 person cells were not codes and were given new ones: {given}. A code is up to "
            "six letters A to Z and up to six digits, such as P07") in report
    assert not any(cell in report for cell in ("Ł01", "ک01", "P\u200b02"))
    save_render(dialog, "import_not_codes")
    undo.stack.undo()
    assert len(doc.workshop.cards) == before
