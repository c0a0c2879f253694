# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Go back to an earlier version, to a version saved before People → Remove this
person…: the person's cards stay out and the withdrawal stays recorded, and the step says so
(review 36 R6 S2: their cards came back and withdrawn_codes was emptied, without a word)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.versions import versions_to_go_back_to
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.earlier_versions_menu import go_back

WORDS = "Mrs Edith Pike said nobody comes"


def _withdrawn(make_window, tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring", people=[Person(id="P01"), Person(id="P90")], cards=[
        Card(id="c1", kind=Kind.WORKING, text="I like my garden", person="P01"),
        Card(id="c2", kind=Kind.NOT_WORKING, text=WORDS, person="P90")]), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P90"))
    assert window.files.save()
    return window, path


def test_going_back_to_an_earlier_version_keeps_a_withdrawal(make_window, tmp_path,
                                                             monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    window, path = _withdrawn(make_window, tmp_path)
    assert go_back(window, versions_to_go_back_to(path)[0])
    ws = window.doc.workshop
    assert [c.text for c in ws.cards if c.person == "P90"] == []
    assert "P90" in ws.withdrawn_codes
    assert [c.text for c in ws.cards] == ["I like my garden"]
    assert said == ["P90 withdrew (People → Remove this person…): their cards stay out of the "
                    "version you went back to."]
    # History may be on the projector: the step says a person's cards stayed out, not whose
    label = window.undo.stack.undoText()
    assert label.startswith("Go back to the version saved today at ")
    assert label.endswith(", a withdrawn person's cards left out") and "P90" not in label
    assert window.files.save()
    assert WORDS not in path.read_text()
    assert load_workshop(path).workshop.withdrawn_codes == ["P90"]


def test_undo_and_redo_of_the_go_back(make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window, path = _withdrawn(make_window, tmp_path)
    before = window.doc.workshop
    assert go_back(window, versions_to_go_back_to(path)[0])
    after = window.doc.workshop
    window.undo.stack.undo()
    assert window.doc.workshop is before
    window.undo.stack.redo()
    assert window.doc.workshop is after
    assert [c.person for c in window.doc.workshop.cards] == ["P01"]
    assert window.doc.workshop.withdrawn_codes == ["P90"]
    # undoing the removal too brings P90 back, as Undo always did
    window.undo.stack.undo()
    window.undo.stack.undo()
    assert [c.text for c in window.doc.workshop.cards] == ["I like my garden", WORDS]
    assert window.doc.workshop.withdrawn_codes == []


def test_a_version_with_nobody_withdrawn_since_says_nothing(make_window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    path = tmp_path / "spring.wtfc"
    ws = Workshop(title="Spring", people=[Person(id="P01")], cards=[
        Card(id="c1", kind=Kind.WORKING, text="I like my garden", person="P01")])
    save_workshop(ws, path)
    save_workshop(ws.model_copy(update={"venue": "Hall"}), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    assert go_back(window, versions_to_go_back_to(path)[0])
    assert said == [] and "withdrawn" not in window.undo.stack.undoText()
    assert window.doc.workshop.venue == ""
