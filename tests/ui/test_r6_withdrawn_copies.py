# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""R6 (session 36) S1, the reviewer's test: after Remove this person…, Save and Remove earlier
versions…, no recovery copy kept with Decide later still holds the withdrawn person's cards
(fails at b2c8a72e; Remove earlier versions… deletes it since 035999d8). Restore and Go back:
test_restore_keeps_a_withdrawal.py, test_withdrawal_kept_on_go_back.py; through People →
Remove this person…'s question: test_remove_person_recovery_copies.py."""

from __future__ import annotations

from window_fixtures import make_window, recovery_folder  # noqa: F401

import wtfc.ui.remove_earlier_versions as rev
from wtfc.model import recovery
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop

WORDS = "Mrs Edith Pike said nobody comes"


def _day(tmp_path, recovery_folder):
    """spring.wtfc saved twice with P90's card; a crashed session's copy of it, kept."""
    path = tmp_path / "spring.wtfc"
    ws = Workshop(title="Spring", people=[Person(id="P01"), Person(id="P90")], cards=[
        Card(id="c1", kind=Kind.WORKING, text="I like my garden", person="P01"),
        Card(id="c2", kind=Kind.NOT_WORKING, text=WORDS, person="P90")])
    save_workshop(ws, path)
    save_workshop(ws.model_copy(update={"venue": "Hall"}), path)
    later = ws.model_copy(update={"venue": "Hall", "cards": [
        *ws.cards, Card(id="c3", kind=Kind.NOT_WORKING, text="Edith Pike fell", person="P90")]})
    session = recovery_folder / "dead1"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=1,
                            hostname=recovery.this_host(), instance_id="dead1")
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(later, header), session)
    return path


def _withdraw(window, path, monkeypatch):
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P90"))
    assert window.files.save()
    monkeypatch.setattr(rev, "_asked", lambda *a, **k: rev.REMOVE_NOW)
    assert rev.remove_earlier_versions(window)


def test_no_recovery_copy_keeps_a_withdrawn_persons_cards(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path = _day(tmp_path, recovery_folder)
    window = make_window(autosave=False)
    _withdraw(window, path, monkeypatch)
    holding = [f for f in recovery_folder.rglob("*") if f.is_file()
               and b"Edith Pike" in f.read_bytes()]
    assert holding == []  # fails: …/dead1/snapshot.wtfc-recovery
