"""The Import dialog on a care system's export: "Mosaic ID" is the person, not the "Review ID"
beside it, so one person reviewed twice is one person (review 34 R4 R5)."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for, workbook
from PySide6.QtCore import QRect

from wtfc.importing.mapping import Field

QUESTIONS = ("What is working?", "What is not working?", "What is important for the future?")
# R4's E7: a Review ID per review (three answers), 1000231 reviewed twice: 9 people
ROWS = [["Review ID", "Mosaic ID", "Question", "Answer"],
        *[[f"RV{5000 + n // 3}", str(1000231 + min(n, 26) // 3) if n < 27 else "1000231",
           QUESTIONS[n % 3], f"Answer number {n} about my carers"] for n in range(30)]]


@pytest.fixture
def doc():
    return collect_document()


def test_mosaic_id_is_the_person_in_the_dialog(qtbot, doc, undo, tmp_path):
    before = {p.id for p in doc.workshop.people}
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))
    dialog.load_file(workbook(tmp_path / "export.xlsx", {"Sheet1": ROWS}))
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    assert step.mapping.fields == (Field.IGNORE, Field.PERSON, Field.KIND, Field.TEXT)
    assert not step.person_offer.isVisible()  # nothing to choose: the person is found
    save_render(dialog, "import_care_system_person")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = doc.workshop.cards[-30:]
    assert len({c.person for c in added}) == 9
    assert len({p.id for p in doc.workshop.people} - before) == 9
