"""Names in a person column keep their codes for the session: a longer copy of a spreadsheet
of names, imported again, adds only its new rows (each import opens a new dialog, so the codes
live on the document; never saved, and forgotten when another workshop is opened)."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for, workbook

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

NAMES = [["Person", "Kind", "Statement"],
         ["Mrs Ada Brown", "Not working", "I feel lonely"],
         ["Carl Dean", "Working", "My carer is kind"]]


def _import(qtbot, doc, undo, path) -> int:
    dialog = shown_dialog(qtbot, doc, undo)
    before = len(doc.workshop.cards)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage != "reading", timeout=10_000)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    dialog.close()
    return len(doc.workshop.cards) - before


def test_a_longer_copy_of_a_file_of_names_adds_only_its_new_rows(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    assert _import(qtbot, doc, undo, workbook(tmp_path / "north.xlsx", {"Reviews": NAMES})) == 2
    longer = workbook(tmp_path / "north v2.xlsx", {"Reviews": [
        *NAMES, ["Carl Dean", "Future", "Walks in the park"]]})
    assert _import(qtbot, doc, undo, longer) == 1
    walks = next(c for c in doc.workshop.cards if c.text == "Walks in the park")
    kind = next(c for c in doc.workshop.cards if c.text == "My carer is kind")
    assert walks.person == kind.person  # the same person, the same code


def test_another_workshop_forgets_the_codes():
    doc = Document(Workshop())
    doc.import_person_codes["ada brown"] = "P001"
    doc.replace_workshop(doc.workshop)  # the same workshop again: kept
    assert doc.import_person_codes == {"ada brown": "P001"}
    doc.replace_workshop(Workshop(title="Another"))
    assert doc.import_person_codes == {}


def test_after_undo_another_files_people_never_take_the_first_files_names(qtbot, tmp_path):
    """Import a file, Undo, import another file, then the first again: Zed Young was given
    Ada Brown's old code, which the session must not then hand back to Ada (her 'I feel
    lonely' was dropped as Zed's, and the two were one person)."""
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    a = workbook(tmp_path / "a.xlsx", {"R": NAMES})
    b = workbook(tmp_path / "b.xlsx", {"R": [["Person", "Kind", "Statement"],
                                             ["Zed Young", "Not working", "I feel lonely"],
                                             ["Yan Hill", "Working", "Garden is nice"]]})
    assert _import(qtbot, doc, undo, a) == 2
    undo.stack.undo()
    assert _import(qtbot, doc, undo, b) == 2
    assert _import(qtbot, doc, undo, a) == 2
    cards = doc.workshop.cards
    assert len({(c.person, c.text) for c in cards}) == 4
    assert len({c.person for c in cards}) == len(doc.workshop.people) == 4
    # and Undo of that last import, then Redo: the same four
    undo.stack.undo()
    undo.stack.redo()
    assert len({c.person for c in doc.workshop.cards}) == 4
