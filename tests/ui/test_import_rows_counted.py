"""The import's mapping step counts a sheet's rows as its people's rows: those under the
headings with something in them. A sheet of 12 people under a title row and its headings said
"14 rows", and the report then said "from 12 rows" (review 24 firsttime F6)."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, workbook


@pytest.fixture
def doc():
    return collect_document()


def test_the_rows_under_the_headings_are_counted(qtbot, doc, undo, tmp_path):
    path = workbook(tmp_path / "north.xlsx", {"Reviews": [
        ["North locality reviews, spring"],
        ["Person", "What's working", "Not working"],
        ["NT01", "My carer is kind", "The bus stop is too far"],
        ["NT02", "The lunch club", ""],
        ["NT03", "", "Nobody explains my tablets"],
        ["", "", ""],
    ]})
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    if dialog.stage == "confirm":
        dialog.confirm_page.check_button.click()
    step = dialog.mapping_step
    assert step.mapping.header_row == 1
    assert "north.xlsx — 3 rows" in step.source_label.text()
    step.set_header_row(None)  # no headings: every row with words is counted
    assert "north.xlsx — 5 rows" in step.source_label.text()
