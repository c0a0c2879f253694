"""The Import dialog checks the cards against the names in the sheet's own left-out name
column (review 34 W2 S3: "Kemi wants to go home…" on Kemi Quarrie's own row went to the wall
with no name pasted), and says so beside Import and in the report; the names are kept nowhere."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for, workbook

ROWS = [["Ref", "Name", "Kind", "What they said"],
        ["NR1", "Kemi Quarrie", "not working", "Kemi wants to go home from hospital sooner"],
        ["NR1", "Kemi Quarrie", "FUTURE", "Quarrie family want a bigger say"],
        ["NR2", "Dilys Pritchard", "Working well", "Dilys enjoys the lunch club"],
        ["NR3", "Ewart Mbeki-Lowe", "Working well", "The lunch club is warm"]]
WATCHED = ("Cards are checked against the names in “Name” (a card naming someone is held "
           "back); the names are not kept.")


@pytest.fixture
def doc():
    return collect_document()


def test_the_dialog_holds_back_the_cards_naming_the_name_columns_people(qtbot, doc, undo,
                                                                        tmp_path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(workbook(tmp_path / "names-in-cards.xlsx", {"Sheet1": ROWS}))
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm", "failed"), timeout=10_000)
    assert dialog.stage != "failed"
    assert WATCHED in dialog.skip_note.text()  # said before Import
    save_render(dialog, "import_left_out_names_mapping")
    before = {c.id for c in doc.workshop.cards}
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = [c for c in doc.workshop.cards if c.id not in before]
    assert {c.text for c in added if c.held_back} == {r[3] for r in ROWS[1:4]}
    assert [c.text for c in added if not c.held_back] == ["The lunch club is warm"]
    report = dialog.report_text.toPlainText()
    assert WATCHED in report
    assert not any(n in report for n in ("Pritchard", "Mbeki-Lowe", "Kemi Quarrie"))
    assert not any("Quarrie" in c.source or "Dilys" in c.source for c in added)


def test_the_preview_shows_the_name_columns_names_as_name(qtbot, doc, undo, tmp_path):
    # the mapping step may be on the projector: the Name column and the cards naming its
    # people read [name], as the import will hold them back
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(workbook(tmp_path / "names-in-cards.xlsx", {"Sheet1": ROWS}))
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm", "failed"), timeout=10_000)
    if dialog.stage == "confirm":
        dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    grid = dialog.mapping_step.grid
    shown = [grid.item(row, column).text() for row in range(1, grid.rowCount())
             for column in range(grid.columnCount()) if grid.item(row, column)]
    assert "✗ Not working: [name] wants to go home from hospital sooner" in shown
    assert "[name] family want a bigger say" in shown
    assert not any(n in cell for cell in shown for n in ("Kemi", "Quarrie", "Dilys", "Ewart"))
