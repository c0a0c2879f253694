"""A person who withdrew, imported by name this session: the same spreadsheet of names again,
through the import dialog, keeps their rows out (the report counts them, never quoting them),
where the removal's forgetting of their name gave them a new code and put their words back."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for, workbook

from wtfc.model.document import Document
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

NAMES = [["Person", "Kind", "Statement"],
         ["Mrs Ada Brown", "Not working", "I feel like a package"],
         ["Carl Dean", "Working", "My carer is kind"]]


def _import(qtbot, doc, undo, path) -> str:
    """``path`` imported through the dialog: its report as shown."""
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage != "reading", timeout=10_000)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    said = dialog.report_page.text.toPlainText()
    dialog.close()
    return said


def test_the_same_names_again_keeps_the_withdrawn_persons_rows_out(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    _import(qtbot, doc, undo, workbook(tmp_path / "north.xlsx", {"Reviews": NAMES}))
    ada = next(c.person for c in doc.workshop.cards if c.text == "I feel like a package")
    undo.push(remove_person(doc, code=ada))
    longer = workbook(tmp_path / "north v2.xlsx", {"Reviews": [
        *NAMES, ["Carl Dean", "Future", "Walks in the park"]]})
    said = _import(qtbot, doc, undo, longer)
    assert sorted(c.text for c in doc.workshop.cards) == ["My carer is kind",
                                                          "Walks in the park"]
    assert "a person who withdrew" in said
    assert "package" not in said and "Ada" not in said
    assert {p.id for p in doc.workshop.people}.isdisjoint({ada})
