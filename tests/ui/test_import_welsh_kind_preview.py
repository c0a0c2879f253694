"""The import's preview shows a Welsh kind cell as written: "Beth sydd ddim yn gweithio" is
one of wtfc's own kind phrases ("Beth" is Welsh for "what"), where it showed "[name] sydd ddim
yn gweithio". A name in a kind cell, or "Beth" in a statement, is still hidden: there the
name and the word cannot be told apart. So is the kind cell a skipped row's reason quotes
("unknown kind ('Beth Jones')"), which the guard alone missed in its quotes and brackets."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for, workbook
from renders import save_render

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

ROWS = [["Person", "Kind", "Statement"],
        ["P01", "Beth sydd ddim yn gweithio", "Mae'r bws yn hwyr"],
        ["P02", "Beth sy'n gweithio", "Beth sy'n dda yw'r cinio"],
        ["P03", "Beth Jones", "Beth Jones helps me"]]


def test_a_welsh_kind_phrase_is_shown_and_names_still_hidden(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = shown_dialog(qtbot, doc, UndoAdapter(doc))
    dialog.resize(1000, 600)
    dialog.load_file(workbook(tmp_path / "cymraeg.xlsx", {"Taflen1": ROWS}))
    wait_for(qtbot, dialog, "mapping")  # "Beth Jones" is no kind: asked about
    grid = dialog.mapping_step.grid
    cells = [[grid.item(row, column).text() for column in (2, 3)] for row in (1, 2, 3)]
    assert cells[0][0] == "Beth sydd ddim yn gweithio"
    assert cells[1][0] == "Beth sy'n gweithio"
    assert cells[2][0] != "Beth Jones" and "[name]" in cells[2][0]
    assert "[name]" in cells[2][1]
    # the skipped row's reason quotes its kind cell: hidden too (the guard alone missed it)
    becomes = grid.item(3, 0)
    assert becomes.text() == "skipped: unknown kind ('[name]')"
    assert "Beth" not in becomes.toolTip()
    save_render(dialog, "import_welsh_kind_preview", always=True)


def test_the_confirm_page_says_how_welsh_kinds_are_read_as_written(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = shown_dialog(qtbot, doc, UndoAdapter(doc))
    dialog.resize(1000, 600)
    dialog.load_file(workbook(tmp_path / "cymraeg.xlsx", {"Taflen1": ROWS[:3]}))
    wait_for(qtbot, dialog, "confirm")
    said = dialog.confirm_label.text().replace("\u00a0", " ")
    assert "“Beth sydd ddim yn gweithio” → ✗ Not working" in said
    assert "[name]" not in said
    save_render(dialog, "import_welsh_kind_confirm", always=True)
