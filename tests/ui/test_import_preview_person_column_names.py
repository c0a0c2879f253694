"""Import's preview watches for the names in the sheet's person column (``ScreenWords.
read_names``): a statement that names one of them by the surname alone or in lower case shows
as "[name] never came", as the import then holds it back. Guards import_screen_words.read_names'
``self._matcher = name_matcher(names)`` (36ef0759), which no test fails without (review 33
R1a S5): without it the preview, on a screen that may be projected, shows "Jones never came".
Put in tests/ui/."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, workbook
from test_import_privacy import opened_on_mapping

from wtfc.ui.import_screen_words import ScreenWords

ROWS = [["Person", "Kind", "Statement"],
        ["Mrs Patricia Jones", "Working", "Jones never came"],
        ["Zebulon Quarrie", "Working", "quarrie is always late"],
        ["P03", "Working", "The lunches are good"]]


@pytest.fixture
def doc():
    return collect_document()


def test_the_screens_words_watch_for_the_person_cells_names():
    words = ScreenWords(())
    words.read_names(["Mrs Patricia Jones", "Zebulon Quarrie"])
    assert words.text("Jones never came") == "[name] never came"
    assert words.text("quarrie is always late") == "[name] is always late"
    assert words.text("The lunches are good") == "The lunches are good"


def test_the_preview_hides_a_person_columns_name_in_the_statements(qtbot, doc, undo, tmp_path):
    dialog = shown_dialog(qtbot, doc, undo)
    opened_on_mapping(qtbot, dialog, workbook(tmp_path / "cards.xlsx", {"Cards": ROWS}))
    grid = dialog.mapping_step.grid
    shown = [grid.item(r, c).text() for r in range(grid.rowCount())
             for c in range(grid.columnCount()) if grid.item(r, c) is not None]
    assert "[name] never came" in shown and "[name] is always late" in shown
    assert not any("Jones" in s or "Quarrie" in s or "quarrie" in s for s in shown)
