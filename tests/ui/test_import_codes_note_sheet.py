"""The confirm page's codes check (another care manager's P01?) and another sheet: choosing one
stops the last sheet's check at once, not only once the new sheet reaches the confirm page (a
sheet whose columns are not all known stops at the mapping step, and the check ran on, its
plan and the names in it kept: review code-a4 #3); and a failure of the check's build after
Import took it is said as Import's own ("making cards from south.xlsx"), never as a check the
facilitator did not ask for (code-a4 #2)."""

from __future__ import annotations

import threading
from io import BytesIO

from import_fixtures import shown_dialog, wait_for
from openpyxl import load_workbook
from test_import_codes_note_stops import NORTH, _confirm_after_an_earlier_import, _sheet

from wtfc.importing.template import template_bytes
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui import import_codes_note
from wtfc.ui.undo import UndoAdapter


def _two_sheets(tmp_path):
    """'Wide' (a one-row-per-person sheet) and 'Notes', whose columns wtfc cannot tell."""
    workbook = load_workbook(BytesIO(template_bytes(".xlsx")))
    workbook.active.title = "Wide"
    for n in range(1, 4):
        workbook.active.append([f"N0{n}", "Older person", "", "", "", f"Mrs Zbigniew Wojcik {n}",
                                None, "Cold", None, "Warm", None])
    notes = workbook.create_sheet("Notes")
    notes.append(["Who", "What they said"])
    notes.append(["Anne", "Lovely garden"])
    workbook.save(tmp_path / "two.xlsx")
    return tmp_path / "two.xlsx"


def test_another_sheet_stops_the_last_sheets_check(qtbot, tmp_path, monkeypatch):
    real, stopped = import_codes_note.build_import, threading.Event()

    def build(*args, stop, **kwargs):  # a big sheet's check, still running until told
        stop.wait(20)
        stopped.set()
        return real(*args, stop=stop, **kwargs)

    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    first = shown_dialog(qtbot, doc, undo)
    first.load_file(_sheet(tmp_path, "north.xlsx", NORTH))  # an earlier such import
    wait_for(qtbot, first, "confirm")
    first.import_now()
    wait_for(qtbot, first, "report")
    first.close()
    monkeypatch.setattr(import_codes_note, "build_import", build)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(_two_sheets(tmp_path), sheet="Wide")
    wait_for(qtbot, dialog, "confirm")
    assert dialog.codes_note.busy and not stopped.is_set()
    dialog._sheet_chosen("Notes")  # "Choose another sheet", Notes
    assert stopped.wait(2)  # told to stop as the other sheet is read, not left to run
    wait_for(qtbot, dialog, "mapping")  # Notes' columns are asked for: no confirm page
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=5_000)
    assert not dialog.confirm_page.codes_label.isVisible()
    assert dialog.codes_note._plan is None  # the Wide sheet's plan (its names) is not held


def test_a_failure_while_import_waits_for_the_check_names_imports_build(qtbot, tmp_path,
                                                                       monkeypatch):
    go = threading.Event()

    def build(*args, **kwargs):  # a big sheet on a small laptop
        go.wait(20)
        raise MemoryError

    monkeypatch.setattr(import_codes_note, "build_import", build)
    _, _, dialog = _confirm_after_an_earlier_import(qtbot, tmp_path)
    dialog.import_now()
    assert dialog.busy_label.text() == "Making cards from south.xlsx…"
    go.set()
    wait_for(qtbot, dialog, "failed")
    said = dialog.failure.text()
    assert "not enough memory for making cards from south.xlsx" in said
    assert "person codes" not in said


def test_a_failing_check_no_one_waits_for_says_nothing(qtbot, tmp_path, monkeypatch):
    """Before Import, the check's failure is not the facilitator's concern: the page stays,
    and Import builds the cards itself (and says its own problem, if any)."""
    monkeypatch.setattr(import_codes_note, "build_import",
                        lambda *a, **k: (_ for _ in ()).throw(MemoryError))
    doc, _, dialog = _confirm_after_an_earlier_import(qtbot, tmp_path)
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=5_000)
    assert dialog.stage == "confirm"
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert len(doc.workshop.cards) == 18
