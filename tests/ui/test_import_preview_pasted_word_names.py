"""Import's preview reads a card's words as the import does: with Grace Okonkwo pasted, "Grace
helps every Tuesday" is held back, so the preview (on a screen that may be projected) shows
"[name] helps every Tuesday", not the name (code review A5 S3, session 32)."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, workbook
from test_import_privacy import opened_on_mapping

ROWS = [["Name", "Kind", "Statement"],
        ["P01", "Working", "Grace helps every Tuesday"],
        ["P02", "Working", "May always phones ahead"],
        ["P03", "Working", "I said grace before dinner"]]


@pytest.fixture
def doc():
    return collect_document()


def test_a_pasted_given_name_that_is_a_word_shows_as_its_kind(qtbot, doc, undo, tmp_path):
    dialog = shown_dialog(qtbot, doc, undo, names=["Grace Okonkwo", "May Chen"])
    opened_on_mapping(qtbot, dialog, workbook(tmp_path / "cards.xlsx", {"Cards": ROWS}))
    grid = dialog.mapping_step.grid
    assert [grid.item(r, 3).text() for r in range(1, 4)] == [
        "[name] helps every Tuesday", "[name] always phones ahead", "I said grace before dinner"]
