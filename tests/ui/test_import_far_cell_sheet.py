"""The import dialog, before Import, on a workbook whose statements sheet has a stray far-off
cell: it stops on "Nothing was imported" with the Ctrl+End advice and a button that reads the
other sheet when the facilitator asks, never on its own; a "Notes" sheet passed over is said on
the confirm page (review code-b2 #1)."""

from __future__ import annotations

import os
from pathlib import Path

from import_fixtures import shown_dialog, wait_for

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

_PICTURES = os.environ.get("WTFC_TEST_PICTURES", "")


def _book(path: Path, first: str, first_rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = first
    for row in first_rows:
        sheet.append(row)
    sheet["XFD4001"] = " "
    other = book.create_sheet("Autumn 2025")
    other.append(["Person", "What is working"])
    for row in range(2, 9):
        other.append([f"P{row:02}", f"Last autumn: day centre {row}"])
    book.save(path)
    return path


def _dialog(qtbot):
    doc = Document(Workshop())
    dialog = shown_dialog(qtbot, doc, UndoAdapter(doc))
    dialog.resize(900, 640)
    return dialog


def test_the_statements_sheet_refused_offers_the_other_only_as_a_choice(qtbot, tmp_path):
    rows = [["Person", "What is working"], *([f"P{r:02}", f"This spring {r}"] for r in range(2, 9))]
    path = _book(tmp_path / "rounds.xlsx", "Spring 2026", rows)
    dialog = _dialog(qtbot)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "failed")
    said = dialog.failure.text()
    assert "cell XFD4001 of the sheet 'Spring 2026'" in said and "Ctrl+End" in said
    assert said.endswith("If they are on 'Autumn 2025', click Read ‘Autumn 2025’ instead.")
    button = dialog.failed_page.instead_button
    assert button.isVisible() and button.text() == "&Read ‘Autumn 2025’ instead"
    assert not dialog.import_button.isVisible()  # nothing to import until they choose
    if _PICTURES:
        dialog.grab().save(f"{_PICTURES}/far_cell_refused.png")
    button.click()
    wait_for(qtbot, dialog, "confirm")
    assert dialog.source is not None and dialog.source.sheet == "Autumn 2025"
    assert not dialog.doc.workshop.cards  # read, not imported: Import is still theirs


def test_another_failure_hides_the_button(qtbot, tmp_path):
    rows = [["Person", "What is working"], ["P01", "I like it"]]
    dialog = _dialog(qtbot)
    dialog.load_file(_book(tmp_path / "rounds.xlsx", "Spring 2026", rows))
    wait_for(qtbot, dialog, "failed")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 a damaged workbook")
    dialog.load_file(tmp_path / "bad.xlsx")
    qtbot.waitUntil(lambda: dialog.stage == "failed" and "XFD4001" not in dialog.failure.text(),
                    timeout=10_000)
    assert not dialog.failed_page.instead_button.isVisible()


def test_a_notes_sheet_passed_over_is_said_before_import(qtbot, tmp_path):
    path = _book(tmp_path / "notes.xlsx", "Notes", [["Notes for the team"]])
    dialog = _dialog(qtbot)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    assert dialog.source is not None and dialog.source.sheet == "Autumn 2025"
    said = dialog.confirm_label.text()
    assert ("⚠ The sheet <b>Notes</b> could not be read: something is in a cell far off (in "
            "Excel, Ctrl+End goes to it). Its first rows hold no statements, so wtfc reads "
            "<b>Autumn 2025</b>.") in said
    if _PICTURES:
        dialog.grab().save(f"{_PICTURES}/notes_passed.png")
    dialog._show("mapping")
    assert "⚠ The sheet <b>Notes</b> could not be read" in dialog.mapping_step.passed_label.text()
