# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The rule 'a copy sharing no card and not taken from the file or a kept version is an
earlier workshop's' (recovery_of) misjudges THIS workshop's copy once its cards were imported
again: wtfc stopped after the sheet was imported, before a Save; the copy was kept with Decide
later; the facilitator imported the sheet again (card ids are new each time) and saved four
times (.bak3 no longer holds what the copy was taken from). Then P90 withdraws: Remove this
person… neither names the copy nor takes P90's words out of it, and it is offered at every
start, Restore bringing the withdrawn person's words back."""

from __future__ import annotations

from test_remove_person_recovery_copies import WORDS, _remove
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer, file_digest
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop

PEOPLE = [Person(id="P01"), Person(id="P90")]


def _cards(prefix: str) -> list[Card]:
    return [Card(id=f"{prefix}1", kind=Kind.WORKING, text="I like my garden", person="P01"),
            Card(id=f"{prefix}2", kind=Kind.NOT_WORKING, text=WORDS, person="P90")]


def test_remove_this_person_reaches_this_workshops_copy_after_a_second_import(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring", people=PEOPLE), path)  # prepared, no sheet yet
    session = recovery_folder / "dead1"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=1,
                            hostname=recovery.this_host(), instance_id="dead1",
                            based_on_sha256=file_digest(path))
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(
        Workshop(title="Spring", people=PEOPLE, cards=_cards("first")), header), session)
    for venue in "abcd":  # imported again, and the day's work saved four times
        save_workshop(Workshop(title="Spring", venue=venue, people=PEOPLE,
                               cards=_cards("again")), path, versions=3)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    said = _remove(window, "P90", monkeypatch)
    assert WORDS.encode() not in (session / recovery.SNAPSHOT_NAME).read_bytes() \
        or "recovery cop" in said, said
    # (with the patch: named, so the facilitator can Discard it when it is offered)
    assert "1 recovery copy kept under this file's name from today at " in said, said
    assert "choose Discard when wtfc offers it as it starts." in said
