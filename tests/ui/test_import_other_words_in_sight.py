"""The import confirm page's "rows in other words" note, whose rows "Add them / Leave them out"
answers, was the last of its scrolled words: at 16 pt in the dialog's own 900×640 not a word of
it was in sight, only the choice under it (review 35 R5-2). It comes before the summary, as the
codes note does, so the rows asked about are in sight with the question."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for
from renders import save_render

from tests.ui.settled import settle
from tests.ui.test_import_same_file_edges_said import _imported_then_reworded


def test_the_rows_in_other_words_are_in_sight_with_their_choice(qtbot, tmp_path, font_points):
    font_points(16)
    doc, undo, path, _rows = _imported_then_reworded(qtbot, tmp_path, 11)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(900, 640)  # its own size
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    choice = dialog.confirm_page.other_words
    qtbot.waitUntil(choice.add.isVisible, timeout=10_000)
    settle()
    save_render(dialog, "import_other_words_16pt_900")
    note = choice.label
    assert "Row 2 (P01, 2 statements)" in note.text()
    seen = note.visibleRegion().boundingRect()
    line = note.fontMetrics().lineSpacing()
    # its first lines, which name the rows, are in sight; then the choice itself
    assert seen.top() == 0 and seen.height() >= 2 * line, (seen, line)
    assert choice.add.visibleRegion().boundingRect().height() == choice.add.height()
