"""A workshop file chosen in the import dialog (File → Import statements…) is refused in plain
words that say what to do instead: it was read as a CSV, and the demo's one row of JSON said
'demo.wtfc has more than 200 columns. Keep the columns with the statements…', while a small
workshop went on to the column step with its JSON as headings."""

from __future__ import annotations

import shutil

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for

from wtfc.model.demo import demo_path
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Stage, Workshop


@pytest.fixture
def doc():
    return collect_document()


# How to bring another area's cards in, as wtfc import says it: it said only "To open it, use
# File → Open", and a facilitator after the other workshop's cards had no way forward (F4's note)
REFUSAL = (
    "is a wtfc workshop, not a spreadsheet. To open it, use File → Open. To bring its cards "
    "into this workshop, open it, export its data (File → Export → Data for commissioners), "
    "then come back and import that file's Cards sheet, ticking “Give this sheet's people "
    "codes of their own” if its person codes may be another area's people. Held-back cards are "
    "not in the export, and a locality or other tag it hides (fewer than 5 people have it) "
    "arrives blank. To import statements, choose a spreadsheet (.xlsx, .ods or .xls) or a .csv "
    "file."
)


@pytest.mark.parametrize("name", ["demo.wtfc", "small.wtfc", "saved as.csv"])
def test_a_workshop_file_is_refused_with_what_to_do(qtbot, doc, undo, tmp_path, name):
    path = tmp_path / name
    if name == "demo.wtfc":
        shutil.copy(demo_path(), path)
    else:  # a new workshop: a few lines of JSON, read as a CSV's columns
        save_workshop(Workshop(title="Last time"), path, backup=False)
    before = doc.workshop.model_copy(deep=True)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "failed")
    assert dialog.failure.text() == f"{name} {REFUSAL}"
    assert dialog.retry_button.text() == "Choose &another file…"
    assert doc.workshop == before and undo.stack.count() == 0
    if name == "demo.wtfc":
        save_render(dialog, "import_workshop_file_refused")


def test_import_statements_names_the_same_kinds_of_file(demo_window):
    """The File menu's status tip and Collect's button tip said "an .xlsx or .csv file"."""
    file_menu = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in file_menu.actions() if a.text() == "&Import statements…")
    page = demo_window.page(Stage.COLLECT)
    kinds = "from a spreadsheet (.xlsx, .ods or .xls) or a .csv file"
    assert action.statusTip().endswith(kinds) and page.import_button.toolTip().endswith(kinds)
