"""The Import dialog on a form exported twice (a draft, then complete with a word put right):
each statement once, the draft's rows said (review 34 R4 R8)."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for, workbook
from PySide6.QtCore import QRect

QUESTIONS = ["What is working?", "What is not working?", "What is important for the future?"]
ANSWERS = ["My carers are kind", "The bus into town stopped", "To stay in my own home"]
ROWS = [["Person ID", "Question", "Answer", "Form status"]]
for _p in range(4):
    for _k in range(3):
        _words = f"{ANSWERS[_k]} ({_p})"
        ROWS += [[f"P{_p + 1:02d}", QUESTIONS[_k], _words, "Draft"],
                 [f"P{_p + 1:02d}", QUESTIONS[_k], _words.replace("bus into", "bus in to"),
                  "Complete"]]


@pytest.fixture
def doc():
    return collect_document()


def test_a_form_exported_twice_in_the_dialog(qtbot, doc, undo, tmp_path):
    before = len(doc.workshop.cards)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))
    dialog.load_file(workbook(tmp_path / "export.xlsx", {"Sheet1": ROWS}))
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    qtbot.waitUntil(lambda: "4 said again by a later row" in dialog.skip_note.text())
    save_render(dialog, "import_form_versions_forecast")
    dialog.import_now()
    # the collect workshop's P01-P03 have typed cards with these words: warned before Import,
    # on the confirm page, when Import was clicked on the mapping step (F7)
    wait_for(qtbot, dialog, "confirm")
    assert "P01, P02 and P03 already have cards typed in" in dialog.confirm_page.codes_label.text()
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = [c.text for c in doc.workshop.cards[before:]]
    assert len(added) == 12 and not any("bus into" in text for text in added)
    report = dialog.report_page.text.toPlainText()
    assert "4 of them are the same as a later row of the file" in report
    assert "Row 4: the same as row 5, worded a little differently; the later row's words " \
        "are kept" in report
    save_render(dialog, "import_form_versions_report")
