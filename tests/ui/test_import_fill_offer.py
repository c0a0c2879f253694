"""A CSV saved from a sheet whose person codes were merged down each person's rows keeps each
code on the first row only. The confirm page says so; the mapping step offers to fill each
blank from the row above (Alt+F), shows the filled cells as filled, and takes it back (Alt+L).
The import was made with the blanks as no one's, and only the report said it, afterwards.
A wide sheet (a row per person) is never offered it: a blank there is someone else."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

ALT = Qt.KeyboardModifier.AltModifier
KINDS = ("Working", "Not working", "Future")
SAID = ("Ref no.” is blank on 8 rows under a code on the row above, as merged cells saved as "
        "CSV leave it: those cards would have no person.")
FILL = "Fill the blanks from the row above"


@pytest.fixture
def doc():
    return collect_document()


def _merged_csv(path):
    rows = [["Ref no.", "Kind", "Statement"]]
    for person in range(1, 5):
        for k, kind in enumerate(KINDS):
            rows.append([f"R{person:02d}" if k == 0 else "", kind,
                         f"Person {person} says thing {k + 1}"])
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _mapping_step(qtbot, doc, undo, tmp_path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))  # a laptop less its taskbar
    dialog.load_file(_merged_csv(tmp_path / "reviews.csv"))
    wait_for(qtbot, dialog, "confirm")  # every heading known: the confirm page first
    assert f"⚠ “{SAID} To fill each blank from the row above, click <b>Check the columns " \
           "first</b>." in dialog.confirm_label.text()
    save_render(dialog, "import_fill_confirm")
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    return dialog, dialog.mapping_step


def test_alt_f_fills_the_blanks_alt_l_takes_it_back_and_import_is_one_undo(
        qtbot, doc, undo, tmp_path):
    before = len(doc.workshop.cards)
    dialog, step = _mapping_step(qtbot, doc, undo, tmp_path)
    offer = step.fill_offer
    assert offer.isVisible() and offer.text() == f"“{SAID} Fill each blank from the row above?"
    assert offer.button.text() == "&Fill the blanks from the row above"
    assert step.grid.item(2, 1).text() == ""  # row 3: blank, as read
    save_render(dialog, "import_fill_offer")
    step.grid.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: step.mapping.fill_person_down)
    assert offer.text() == ("Each blank in “Ref no.” takes the code from the row above (8 "
                            "rows, marked ↑ above), as merged cells would show it.")
    assert offer.button.text() == "&Leave the blanks"
    assert QApplication.focusWidget() is offer.button
    assert step.grid.item(2, 1).text() == "↑ R01"
    assert step.grid.item(2, 1).toolTip() == "R01, from the row above"
    save_render(dialog, "import_fill_offer_filled")
    qtbot.keyClick(offer.button, Qt.Key.Key_L, ALT)  # taken back, then chosen again
    qtbot.waitUntil(lambda: not step.mapping.fill_person_down)
    assert step.grid.item(2, 1).text() == ""
    qtbot.keyClick(offer.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: step.mapping.fill_person_down)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    added = doc.workshop.cards[before:]
    assert [c.person for c in added] == [f"R{p:02d}" for p in range(1, 5) for _ in KINDS]
    assert ("“Ref no.” was blank on 8 rows below a person's code: each took the code from the "
            "row above, as chosen.") in dialog.report_page.text.toPlainText()
    undo.stack.undo()
    assert len(doc.workshop.cards) == before
    undo.stack.redo()
    assert [c.person for c in doc.workshop.cards[before:]] == [c.person for c in added]


def test_left_as_read_the_report_says_how_to_fill_them(qtbot, doc, undo, tmp_path):
    before = len(doc.workshop.cards)
    dialog, _step = _mapping_step(qtbot, doc, undo, tmp_path)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert sum(1 for c in doc.workshop.cards[before:] if not c.person) == 8
    report = dialog.report_page.text.toPlainText()
    assert f"then import the file again, click Check the columns and “{FILL}”." in report


def test_choosing_another_person_column_takes_the_choice_back(qtbot, doc, undo, tmp_path):
    from wtfc.importing.mapping import Field

    _dialog, step = _mapping_step(qtbot, doc, undo, tmp_path)
    step.set_fill_down(True)
    step.set_field(0, Field.IGNORE)
    assert not step.mapping.fill_person_down and not step.fill_offer.isVisible()
    step.set_field(0, Field.PERSON)
    assert not step.mapping.fill_person_down and step.fill_offer.isVisible()


def test_a_wide_sheet_with_anonymous_reviews_is_never_offered_the_fill(
        qtbot, doc, undo, tmp_path):
    """Each row one person's review: a blank "Ref" is someone who gave no code, and filling it
    gave their words to the person above, as the step offered ("as merged cells …")."""
    rows = [["Ref", "Working", "Not working", "Future"]]
    for i in range(8):
        rows.append([f"R{i // 2 + 1:02d}" if i % 2 == 0 else "", f"Review {i + 1}: kind carer",
                     f"Review {i + 1}: late visits", f"Review {i + 1}: the club"])
    path = tmp_path / "wide.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    before = len(doc.workshop.cards)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    assert "merged" not in dialog.confirm_label.text()
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    assert step.mapping.layout == "wide"
    assert not step.fill_offer.isVisible() and not step.fill_offer.text()
    save_render(dialog, "import_fill_wide_not_offered")
    step.grid.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)  # nothing to press
    assert not step.mapping.fill_person_down
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert sum(1 for c in doc.workshop.cards[before:] if not c.person) == 12
    report = dialog.report_page.text.toPlainText()
    assert "Each row here is one person's review, so a blank is a person with no code" in report
    assert FILL not in report
