# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""An unreadable recovery copy (its workshop cut short: a disk full as it was written) is
'this workshop's' with no evidence (recovery_of: 'cannot be told apart'), unlike a card-less
one since code review M2: last cycle's, under the same name and taken from last cycle's file
(based_on_sha256 no version here has), is named as this workshop's and deleted by Delete this
workshop and its copies…, though the recovery dialog could still save it for rescue."""

from __future__ import annotations

from test_every_copy_of_a_workshop import asked  # noqa: F401
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.delete_workshop import delete_workshop


def test_last_cycles_unreadable_copy_is_not_deleted_as_this_workshops(
        make_window, recovery_folder, tmp_path, asked):
    path = tmp_path / "spring.wtfc"
    session = recovery_folder / "lastyear"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring 2025", pid=1,
                            hostname=recovery.this_host(), instance_id="lastyear",
                            based_on_sha256="0" * 64)  # last cycle's file, archived since
    data = SnapshotSerializer().snapshot_bytes(Workshop(title="Spring 2025", people=[
        Person(id="P90")], cards=[Card(id="old1", kind=Kind.WORKING, text="Arthur: day centre",
                                       person="P90")]), header)
    recovery.write_snapshot(data[:len(data) * 2 // 3], session)  # cut short
    save_workshop(Workshop(title="Spring 2026", people=[Person(id="P90")], cards=[
        Card(id="new1", kind=Kind.WORKING, text="Edith: nobody comes", person="P90")]), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    assert session.is_dir(), asked.said[0]


def test_remove_this_person_still_names_an_unreadable_copy_under_this_name(
        make_window, recovery_folder, tmp_path, monkeypatch):
    from test_remove_person_recovery_copies import _remove

    path = tmp_path / "spring.wtfc"
    session = recovery_folder / "lastyear"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=1,
                            hostname=recovery.this_host(), instance_id="lastyear",
                            based_on_sha256="0" * 64)
    data = SnapshotSerializer().snapshot_bytes(Workshop(title="Spring", people=[
        Person(id="P90")], cards=[Card(id="old1", kind=Kind.WORKING, text="Arthur: day centre",
                                       person="P90")]), header)
    recovery.write_snapshot(data[:len(data) * 2 // 3], session)
    save_workshop(Workshop(title="Spring", people=[Person(id="P90")], cards=[
        Card(id="new1", kind=Kind.WORKING, text="Edith: nobody comes", person="P90")]), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    said = _remove(window, "P90", monkeypatch)
    assert "1 recovery copy kept under this file's name from today at " in said
    assert "cannot be read here (damaged, or made by a newer wtfc)" in said
