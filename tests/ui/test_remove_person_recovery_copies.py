# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""People → Remove this person… reaches the recovery copies of this workshop left when wtfc
stopped without closing (review 36 R6 S1): it names them and takes the person's cards out of
them, their other unsaved work kept. Before, a copy kept with Decide later still held the
cards (names, phone numbers) after the removal, Save and Remove earlier versions…, and was
offered at every start as changed 'perhaps on another computer'."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialog
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.errors import EditRefused
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Stage, Workshop
from wtfc.ui import people_dialog
from wtfc.ui.people_table import Column
from wtfc.ui.recovery_dialog import Choice, offer_recovery
from wtfc.ui.remove_person import RemoveQuestion

WORDS = "Mrs Edith Pike said nobody comes"


def _day(tmp_path, recovery_folder, *, based_on: bool = True):
    """spring.wtfc with P90's card; a crashed session's copy of it with two unsaved cards
    (one P90's, one P01's), kept with Decide later; ``based_on``: the copy knows which version
    of the file it started from."""
    path = tmp_path / "spring.wtfc"
    ws = Workshop(title="Spring", people=[Person(id="P01"), Person(id="P90")], cards=[
        Card(id="c1", kind=Kind.WORKING, text="I like my garden", person="P01"),
        Card(id="c2", kind=Kind.NOT_WORKING, text=WORDS, person="P90")])
    save_workshop(ws, path)
    stamp = path.stat()
    later = ws.model_copy(update={"cards": [
        *ws.cards, Card(id="c3", kind=Kind.NOT_WORKING, text="Edith Pike fell", person="P90"),
        Card(id="c4", kind=Kind.WORKING, text="The lunch club", person="P01")]})
    session = recovery_folder / "dead1"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=1,
                            hostname=recovery.this_host(), instance_id="dead1",
                            based_on=[stamp.st_mtime_ns, stamp.st_size] if based_on else None)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(later, header), session)
    return path, session


def _remove(window, code, monkeypatch):
    """People → Remove this person… on ``code``, answered Remove; the question's words."""
    asked = []

    def answer(box):
        asked.append(box.words.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RemoveQuestion, "exec", answer)
    page = window.page(Stage.COLLECT)
    page.open_people()
    dialog = page.people_dialog
    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(code), Column.CODE))
    assert dialog.remove_person()
    dialog.close()
    return " ".join(asked[0].split())


def test_remove_this_person_takes_their_cards_out_of_a_kept_recovery_copy(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path, session = _day(tmp_path, recovery_folder)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked = _remove(window, "P90", monkeypatch)
    assert re.search(r"Their cards are also taken out of the recovery copy of this workshop "
                     r"from today at \d\d:\d\d, kept when wtfc stopped without closing", asked)
    assert "Undo puts their cards back into it" in asked
    assert window.files.save()
    holding = [f for f in recovery_folder.rglob("*") if f.is_file()
               and b"Edith Pike" in f.read_bytes()]
    assert holding == []
    # the copy's other unsaved work stays, and it is still of spring.wtfc, from when it was
    copy = recovery.read_snapshot(session)
    assert [c.text for c in copy.workshop.cards] == ["I like my garden", "The lunch club"]
    assert copy.header.original_path == str(path) and copy.header.instance_id == "dead1"
    # offered: no other computer blamed for the removal made here, and nothing of P90 back
    window.files.new()
    said = []

    def restore(dialog):
        said.append(" ".join(re.sub(r"<[^>]+>", " ", dialog.text.text()).split()))
        return Choice.RESTORE

    assert offer_recovery(window, ask=restore)
    assert "another computer" not in said[0]
    assert "It was saved again after this copy was taken, with a person removed" in said[0]
    assert "P90 withdrew after this copy was taken" in said[0]
    ws = window.doc.workshop
    assert [c.text for c in ws.cards] == ["I like my garden", "The lunch club"]
    assert ws.withdrawn_codes == ["P90"]


def test_another_files_copy_is_left_alone_and_a_damaged_one_is_named(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path, session = _day(tmp_path, recovery_folder)
    other = recovery_folder / "other"
    other.mkdir()
    header = SnapshotHeader(original_path=str(tmp_path / "autumn.wtfc"), title="Autumn",
                            instance_id="other")
    autumn = Workshop(title="Autumn", people=[Person(id="P90")], cards=[
        Card(id="c9", kind=Kind.WORKING, text="Autumn words", person="P90")])
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(autumn, header), other)
    kept = (other / recovery.SNAPSHOT_NAME).read_bytes()
    broken = recovery_folder / "broken"
    broken.mkdir()
    line = SnapshotSerializer().snapshot_bytes(Workshop(), SnapshotHeader(
        original_path=str(path), title="Spring", instance_id="broken")).partition(b"\n")[0]
    (broken / recovery.SNAPSHOT_NAME).write_bytes(line + b"\n{\"cards\": [")
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked = _remove(window, "P90", monkeypatch)
    assert "the recovery copy of this workshop" in asked
    assert re.search(r"1 recovery copy of this workshop from today at \d\d:\d\d cannot be "
                     r"read here \(damaged, or made by a newer wtfc\), so wtfc cannot take "
                     r"their cards out of it: choose Discard", asked)
    assert (other / recovery.SNAPSHOT_NAME).read_bytes() == kept  # autumn.wtfc's: not this
    assert b"Edith" not in (session / recovery.SNAPSHOT_NAME).read_bytes()


def test_no_copy_no_words(make_window, recovery_folder, tmp_path, monkeypatch):
    path, session = _day(tmp_path, recovery_folder)
    (session / recovery.SNAPSHOT_NAME).unlink()
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    assert "recovery copy" not in _remove(window, "P90", monkeypatch)


@pytest.mark.parametrize("refused", ["read-only", "refused"])
def test_a_removal_refused_leaves_the_copies_as_they_were(make_window, recovery_folder,
                                                         tmp_path, monkeypatch, refused):
    """Answered Remove, but the removal is not made (the workshop open read-only, or the edit
    refused): the copies keep their cards, as the workshop does. Before, they were rewritten as
    Remove was answered, before the removal was pushed."""
    path, session = _day(tmp_path, recovery_folder)
    kept = (session / recovery.SNAPSHOT_NAME).read_bytes()
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    if refused == "read-only":
        window.undo.read_only = True
    else:
        def refuse(_doc, *, code):
            raise EditRefused(f"{code} cannot be removed now.")

        monkeypatch.setattr(people_dialog, "remove_person", refuse)
    monkeypatch.setattr(RemoveQuestion, "exec", lambda _box: QDialog.DialogCode.Accepted)
    page = window.page(Stage.COLLECT)
    page.open_people()
    dialog = page.people_dialog
    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of("P90"), Column.CODE))
    assert not dialog.remove_person()
    dialog.close()
    assert [c.person for c in window.doc.workshop.cards] == ["P01", "P90"]
    assert (session / recovery.SNAPSHOT_NAME).read_bytes() == kept
