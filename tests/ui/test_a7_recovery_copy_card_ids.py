# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A7 probes (review 36): the card-id rule of recovery_of.copies_by_name (55dcc301).
"""

from __future__ import annotations

from pathlib import Path

from test_every_copy_of_a_workshop import asked  # noqa: F401
from test_recovery_copy_of_another_workshop import opened_over_last_year
from test_remove_person_recovery_copies import _remove
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer, file_digest
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.delete_workshop import delete_workshop


def _new_cycle(path: Path) -> None:
    """This cycle's workshop, made with New workshop from this one (codes kept, no cards
    yet: the sheet not imported, or imported and not saved), saved under last cycle's name."""
    save_workshop(Workshop(title="Spring 2026", people=[Person(id="P01"), Person(id="P90")]),
                  path)


def test_remove_this_person_before_this_cycles_cards_leaves_last_cycles_copy(
        make_window, recovery_folder, tmp_path, monkeypatch):
    """FAILS at 74ea67a7: no card in the file, so ids == () and the copy counts as this one's."""
    window, session, before = opened_over_last_year(make_window, recovery_folder,
                                                    tmp_path / "spring.wtfc", _new_cycle)
    said = _remove(window, "P90", monkeypatch)
    assert "recovery copy of this workshop" not in said
    assert (session / recovery.SNAPSHOT_NAME).read_bytes() == before  # Arthur's card kept


def test_delete_a_workshop_with_no_cards_leaves_last_cycles_copy(
        make_window, recovery_folder, tmp_path, asked):
    """FAILS at 74ea67a7: card_ids=[] passed, so every copy naming the path is this one's."""
    window, session, _ = opened_over_last_year(make_window, recovery_folder,
                                               tmp_path / "spring.wtfc", _new_cycle)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    assert "The recovery copy wtfc kept of this workshop" not in asked.said[0]
    assert session.is_dir()  # last cycle's unsaved work is not deleted


def test_this_workshops_copy_after_its_cards_were_replaced_is_still_its_own(
        make_window, recovery_folder, tmp_path, monkeypatch):
    """The wrong sheet imported and saved; wtfc stopped (Decide later); reopened, every card
    deleted, the right sheet imported, saved. The kept copy (taken from the file the .bak now
    holds) still holds P90's cards: Remove P90 must take them out of it.
    FAILS at 74ea67a7: the copy shares no card id and the file changed, so it is 'another
    workshop's', left with Edith's words, and offered at the next start."""
    path = tmp_path / "spring.wtfc"
    wrong = Workshop(title="Spring", people=[Person(id="P01"), Person(id="P90")], cards=[
        Card(id="w1", kind=Kind.WORKING, text="Bus pass", person="P01"),
        Card(id="w2", kind=Kind.NOT_WORKING, text="Mrs Edith Pike: nobody comes",
             person="P90")])
    save_workshop(wrong, path)
    stamp = path.stat()
    session = recovery_folder / "dead1"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=1,
                            hostname=recovery.this_host(), instance_id="dead1",
                            based_on=[stamp.st_mtime_ns, stamp.st_size],
                            based_on_sha256=file_digest(path))
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(wrong, header), session)
    right = wrong.model_copy(update={"cards": [
        Card(id="r1", kind=Kind.WORKING, text="Lunch club", person="P01"),
        Card(id="r2", kind=Kind.NOT_WORKING, text="Nobody rings back", person="P90")]})
    save_workshop(right, path)  # spring.wtfc.bak now holds the version the copy was taken from
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    said = _remove(window, "P90", monkeypatch)
    assert "recovery copy of this workshop" in said
    assert b"Edith" not in (session / recovery.SNAPSHOT_NAME).read_bytes()


def test_delete_after_the_cards_were_replaced_deletes_this_workshops_copy(
        make_window, recovery_folder, tmp_path, asked):
    """R1 on Delete: the same day as above, then Delete this workshop and its copies….
    FAILS at 74ea67a7: the kept copy (Edith's words) is named 'of an earlier workshop saved
    under this name: it is left as it is' and stays, offered at the next start with the file
    gone."""
    path = tmp_path / "spring.wtfc"
    wrong = Workshop(title="Spring", people=[Person(id="P01"), Person(id="P90")], cards=[
        Card(id="w1", kind=Kind.NOT_WORKING, text="Mrs Edith Pike: nobody comes",
             person="P90")])
    save_workshop(wrong, path)
    session = recovery_folder / "dead1"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=1,
                            hostname=recovery.this_host(), instance_id="dead1",
                            based_on_sha256=file_digest(path))
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(wrong, header), session)
    save_workshop(wrong.model_copy(update={"cards": [
        Card(id="r1", kind=Kind.WORKING, text="Lunch club", person="P01")]}), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    assert "earlier workshop" not in asked.said[0]
    assert not session.exists()
