"""The Import dialog says beside Import how many answers are only "N/A", "See above"… and
skips them, as the command line does (review 34 R4 R2)."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog

from tests.ui.renders import save_render
from tests.ui.settled import settle

ROWS = [("Person ID", "Question", "Answer"),
        ("P01", "What is working?", "N/A"), ("P02", "What is working?", "See above"),
        ("P03", "What is not working?", "Nothing works"), ("P04", "What is working?", "No")]


@pytest.fixture
def doc():
    return collect_document()


def test_the_dialog_forecasts_and_skips_the_no_answers(qtbot, doc, undo, tmp_path):
    path = tmp_path / "mosaic.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(ROWS)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    settle()
    save_render(dialog, "import_no_answer")
    assert dialog.skip_note.text() == (
        "⚠ Import will skip 2 rows: 2 with no answer (such as “N/A” or “See above”).")
    before = {card.id for card in doc.workshop.cards}
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    assert [c.text for c in doc.workshop.cards if c.id not in before] == ["Nothing works", "No"]
    report = dialog.report_page.text.toPlainText()
    assert "Skipped as no answer: 2." in report and "Row 3: no answer ('See above')" in report
