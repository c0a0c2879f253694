"""Import double-clicked on the mapping step of a small sheet: the first click builds the plan
(in a few ms), comes back to the confirm page with its warning ('P01 (“North”) is on People with
another locality…') and the Import button in the same place, and the second click of the
double-click imports past the warning nobody had time to read (code review A4, session 37)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication
from test_import_area_box import _confirm, _csv, _localities
from test_import_mapping_area_note import _area_on_mapping_step

from tests.importing.test_sheet_area import NORTH
from wtfc.model.document import Document
from wtfc.model.workshop import Person, Workshop
from wtfc.ui.undo import UndoAdapter


def test_the_second_click_of_a_double_click_does_not_pass_the_warning(qtbot, tmp_path):
    doc = Document(Workshop(people=[Person(id="P01", locality="North"),
                                    Person(id="P02", locality="South")]))
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    _area_on_mapping_step(qtbot, dialog, "South")
    start = time.monotonic()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.stage == "confirm", timeout=10_000)
    within = (time.monotonic() - start) * 1000
    assert within < QApplication.doubleClickInterval()  # back before a double-click ends
    assert dialog.import_button.isVisible() and dialog.area_box.said.text().startswith(
        "P01 (“North”) is on People with another locality")
    dialog.import_button.click()  # the double-click's second click
    qtbot.wait(50)
    assert dialog.stage == "confirm", "imported past the warning within a double-click"
    assert _localities(doc) == {"P01": "North", "P02": "South"} and not doc.workshop.cards
    qtbot.wait(QApplication.doubleClickInterval())  # read: Import imports
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    assert _localities(doc) == {"P01": "South", "P02": "South"}
