"""The import's mapping step on a 1024×768 screen at 16 pt with a busy care-system sheet (a
name and an NHS number column left out, "N/A" and "<p>" cells, cells of two answers, each
answer after its question): its notes were squeezed below their size and drawn over each
other, and the preview showed no row of cells (review 34 R6-2). Now the step scrolls, every
note whole, and the preview keeps its column boxes and 3 rows in sight."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from tests.ui.renders import save_render
from tests.ui.settled import settle

QUESTIONS = ["What is working?", "What is not working?",
             "What is important to you for the future?"]
ANSWERS = ["My carers are kind", "The bus into town stopped", "To stay in my own home"]
SMALL_LAPTOP = QRect(0, 0, 1024, 728)  # a 1024×768 screen less its taskbar


@pytest.fixture
def doc():
    return collect_document()


def _busy_rows() -> list[tuple[str, ...]]:
    rows = [("Person ID", "Client name", "NHS number", "Response", "Form status")]
    for n in range(40):
        text = f"{QUESTIONS[n % 3]} - {ANSWERS[n % 3]} {n}"
        text = ("N/A" if n % 13 == 0 else f"<p>{text}</p>" if n % 9 == 1
                else f"{text}.\nI like the day centre a lot." if n % 11 == 2 else text)
        rows.append((f"P{n // 3 + 1:02d}", f"Ann Example{n // 3}", f"{4857773456 + n}", text,
                     "Complete"))
    return rows


def _mapping(qtbot, doc, undo, path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=10_000)
    settle()
    return dialog


def test_on_a_small_screen_at_16_pt_every_note_is_whole_and_3_rows_show(
        qtbot, doc, undo, tmp_path, font_points):
    font_points(16)
    dialog = _mapping(qtbot, doc, undo, tmp_path / "E.csv", _busy_rows())
    dialog.fit_to_screen(SMALL_LAPTOP)
    dialog.layout().activate()
    settle()
    step = dialog.mapping_step
    assert step.split_offer.isVisible() and step.asked.isVisible()
    save_render(dialog, "import_mapping_short_screen")
    # no note squeezed below the lines its words need
    for label in step.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    # the preview: its column boxes' row and 3 rows of cells in its own view
    grid = step.grid
    last = grid.rowViewportPosition(3) + grid.rowHeight(3)
    assert grid.rowCount() > 4 and last <= grid.viewport().height()
    # nothing drawn over the preview: the notes below it start below it
    page = grid.parentWidget()
    below = [step.kinds_box, step.split_offer, step.asked]
    assert all(w.mapTo(page, QPoint(0, 0)).y() >= grid.geometry().bottom()
               for w in below if w.isVisible())
    # the keys reaching the preview bring all of it into sight
    step.heading_box.setFocus()
    qtbot.keyClick(step.heading_box, Qt.Key.Key_Tab)
    settle()
    assert grid.hasFocus()
    save_render(dialog, "import_mapping_short_screen_grid")
    area = grid.visibleRegion().boundingRect()
    assert area.height() == grid.height() and area.width() > 0



@pytest.mark.parametrize("screen", [SMALL_LAPTOP, QRect(0, 0, 1366, 728)])
def test_the_note_beside_import_leaves_3_rows_of_the_preview_in_sight(
        qtbot, doc, undo, tmp_path, font_points, screen):
    # beside Import the whole note took 8 lines at 16 pt and the step showed one row of cells
    # before it had to be scrolled (review 34 R6-2, F26's leftover)
    font_points(16)
    dialog = _mapping(qtbot, doc, undo, tmp_path / "E.csv", _busy_rows())
    dialog.fit_to_screen(screen)
    dialog.layout().activate()
    settle()
    step, grid = dialog.mapping_step, dialog.mapping_step.grid
    save_render(dialog, f"import_mapping_note_counted_{screen.width()}")
    area = next(a for a in step.findChildren(QScrollArea) if a.parentWidget() is step)
    assert area.verticalScrollBar().value() == 0  # as the step opens
    third = grid.viewport().mapTo(area.viewport(), QPoint(0, grid.rowViewportPosition(3)))
    assert third.y() + grid.rowHeight(3) <= area.viewport().height()
    # beside Import, what is counted; the whole note under the preview, and in Import's words
    counted = dialog.skip_counted
    assert counted.isVisible() and counted.text() == (
        "⚠ Import will skip 4 rows and leave out 3 columns: see under the preview.")
    assert abs(counted.geometry().center().y()
               - dialog.import_button.geometry().center().y()) < 20
    note = dialog.skip_note
    assert note.isVisible() and note.text().startswith("⚠ Import will skip 4 rows: 4 with no ")
    assert "Left out: Client name (40 cells with words)" in note.text()
    page = grid.parentWidget()
    assert note.mapTo(page, QPoint(0, 0)).y() >= grid.geometry().bottom()
    assert "Left out: Client name" in dialog.import_button.accessibleDescription()
