"""The import's "Headings are in:" box on the dialog as it opens at 1366x768: it read "Row 1:
Car" (the app's own data export, cut mid-word with no sign). It now has the row's room ("Each
row is one statement" beside the file's name above), ends in "…" where the headings run on,
and holds them whole in its tooltip and its list (review smoke24 F6)."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for, workbook

from tests.ui.renders import save_render
from tests.ui.settled import settle

HEADINGS = ["Card id", "Kind", "Text", "Person", "Person's role", "Themes", "Source", "Tags",
            "Age band", "Service type", "Locality"]  # the app's own data export's Cards sheet


@pytest.fixture
def doc():
    return collect_document()


def test_the_heading_row_box_shows_its_headings_and_says_them_whole(qtbot, doc, undo,
                                                                       tmp_path):
    dialog = shown_dialog(qtbot, doc, undo)
    rows = [HEADINGS] + [[f"c{n:02d}", "Working", f"Statement {n}", f"P{n:02d}", "resident",
                          "", "demo", "", "80+", "home care", "North"] for n in range(1, 9)]
    themes = [["Theme id", "Kind", "Theme"], ["t1", "Working", "Friends"]]
    dialog.load_file(workbook(tmp_path / "export-data.xlsx", {"Cards": rows, "Themes": themes}))
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    box = step.heading_box
    settle()
    save_render(dialog, "import_heading_row_box")
    whole = box.currentText()
    # the row's words, cut at 60 letters with a sign that they run on
    assert whole.startswith("Row 1: Card id · Kind · Text · Person · Person's role")
    assert whole.endswith("…")
    # the first headings are readable in the box, not "Row 1: Car"
    assert box.width() >= box.fontMetrics().horizontalAdvance("Row 1: Card id · Kind · Text") + 40
    assert whole in box.toolTip() and box.toolTip().startswith("Which row holds the column")
    assert box.accessibleName() == "Heading row"
    # the sheet and the layout are still said, all within the dialog
    for part in (step.sheet_box, step.layout_label, box):
        assert part.isVisible()
        assert part.mapTo(dialog, part.rect().topRight()).x() <= dialog.width()
    assert "one statement" in step.layout_label.text()
    box.setCurrentIndex(0)  # "No heading row": the tooltip follows the choice
    assert box.toolTip().endswith("No heading row")
