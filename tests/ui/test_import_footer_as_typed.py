"""The import dialog's footer ("Left out: …", "Import will skip …"), its "Making cards from …"
line and the person offer's button tooltip show a sheet's headings, cells and file name as
written (code review A3 F3, F7): a heading "Ref no. <b>R&D</b>" read "Left out: Ref no. R&D"
with its tags eaten and a bold "R&D", and so did the button's tooltip."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import QRect, Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.shown_words import as_shown

HEAD = "Ref no. <b>R&D</b>"
PLAIN = Qt.TextFormat.PlainText


@pytest.fixture
def doc():
    return collect_document()




def test_the_footer_and_the_offer_say_the_sheet_as_written(qtbot, doc, undo, tmp_path):
    rows = [[HEAD, "Kind", "Statement"]]
    rows += [[f"R{n:02d}", "Working", f"Person {n} says a thing"] for n in range(1, 5)]
    rows.append(["R05", "<i>amber</i>", "The bus is late"])
    path = tmp_path / "reviews <b>v2.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")
    offer = dialog.mapping_step.person_offer
    assert offer.isVisible()
    note = dialog.skip_note
    settle()
    save_render(dialog, "import_footer_as_typed")
    assert note.textFormat() == PLAIN
    assert f"Left out: {HEAD} (5 cells with words)" in note.text()
    assert "“<i>amber</i>”" in note.text()
    assert as_shown(offer.button.toolTip()) == (
        f"Read the column “{HEAD}” as each card's person (Alt+P)")
    # the import itself: one step, undone and redone
    before = len(doc.workshop.cards)
    dialog.import_now()
    busy = dialog.busy_label
    assert busy.textFormat() == PLAIN and busy.text() == "Making cards from reviews <b>v2.csv…"
    save_render(busy, "import_busy_as_typed")
    wait_for(qtbot, dialog, "report")
    assert len(doc.workshop.cards) == before + 4  # "<i>amber</i>" is no kind: skipped
    undo.stack.undo()
    assert len(doc.workshop.cards) == before
    undo.stack.redo()
    assert len(doc.workshop.cards) == before + 4
