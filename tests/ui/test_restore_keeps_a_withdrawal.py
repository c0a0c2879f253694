# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A recovery copy taken before People → Remove this person…: Restore leaves the person's cards
out and keeps the withdrawal, and the offer says so without blaming another computer for the
change wtfc made here (review 36 R6 S1: Restore brought their 5 cards back, name and phone
number included, and emptied withdrawn_codes)."""

from __future__ import annotations

import re

from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.recovery_dialog import Choice, offer_recovery

WORDS = "Mrs Edith Pike said nobody comes"


def _day(tmp_path, recovery_folder, *, based_on: bool):
    """spring.wtfc with P90's card; a crashed session's copy of it (one unsaved card more),
    kept; ``based_on``: the copy knows which version of the file it started from."""
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
    return path


def _withdraw_and_restore(window, path):
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P90"))
    assert window.files.save()
    window.files.new()
    said = []

    def restore(dialog):
        said.append(re.sub(r"<[^>]+>", " ", dialog.text.text()))
        return Choice.RESTORE

    assert offer_recovery(window, ask=restore)
    return " ".join(said[0].split())


def test_restore_never_brings_a_withdrawn_person_back(make_window, recovery_folder, tmp_path):
    path = _day(tmp_path, recovery_folder, based_on=False)
    window = make_window(autosave=False)
    offer = _withdraw_and_restore(window, path)
    ws = window.doc.workshop
    assert [c.text for c in ws.cards if c.person == "P90"] == []
    assert [p.id for p in ws.people] == ["P01"]
    assert "P90" in ws.withdrawn_codes
    assert [c.text for c in ws.cards] == ["I like my garden", "The lunch club"]  # the work kept
    assert ("P90 withdrew after this copy was taken (People → Remove this person…): Restore "
            "leaves their cards out") in offer
    assert "The recovery copy has 1 more card." in offer
    # counted as Restore opens it: P01's two cards, not P90's two as well
    assert re.search(r"Recovery copy: \d\d:\d\d — 2 cards, 0 themes, 0 actions\.", offer)


def test_the_offer_blames_no_other_computer_for_a_withdrawal(make_window, recovery_folder,
                                                            tmp_path):
    path = _day(tmp_path, recovery_folder, based_on=True)
    window = make_window(autosave=False)
    offer = _withdraw_and_restore(window, path)
    assert "another computer" not in offer and "another wtfc window" not in offer
    assert "It was saved again after this copy was taken, with a person removed from it." \
        in offer
    assert "this copy has 1 card that the saved file does not" in offer.lower()
    assert [c.person for c in window.doc.workshop.cards] == ["P01", "P01"]
