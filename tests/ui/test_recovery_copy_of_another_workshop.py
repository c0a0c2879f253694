# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A recovery copy of an earlier workshop saved under the same name is not this one's (review
36 A5 S2): last cycle's 'spring.wtfc' crashed and its copy was kept with Decide later, the file
was archived and this cycle's saved as 'spring.wtfc' in the same folder. Remove this person…
must not cut last cycle's person's cards from it, and Delete this workshop… must not delete it."""

from __future__ import annotations

from pathlib import Path

from test_every_copy_of_a_workshop import asked  # noqa: F401
from test_remove_person_recovery_copies import _remove
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.delete_workshop import delete_workshop


def _last_year(recovery_folder: Path, path: Path) -> Path:
    """Last cycle's copy of a workshop then saved as ``path``, kept from 12 Mar 2025."""
    last_year = Workshop(title="Spring 2025", people=[Person(id="P01"), Person(id="P90")],
                         cards=[Card(id="old1", kind=Kind.WORKING, text="Arthur: day centre",
                                     person="P90"),
                                Card(id="old2", kind=Kind.WORKING, text="Bus pass", person="P01")])
    session = recovery_folder / "lastyear"
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring 2025", pid=1,
                            hostname=recovery.this_host(), instance_id="lastyear")
    data = SnapshotSerializer().snapshot_bytes(last_year, header)  # (sets saved_at to now)
    head, _, body = data.partition(b"\n")
    head = head.replace(header.saved_at.encode(), b"2025-03-12T10:00:00+00:00")
    recovery.write_snapshot(head + b"\n" + body, session)
    return session


def _this_year(path: Path) -> None:
    save_workshop(Workshop(title="Spring 2026", people=[Person(id="P01"), Person(id="P90")],
                           cards=[Card(id="new1", kind=Kind.NOT_WORKING,
                                       text="Edith: nobody comes", person="P90")]), path)


def opened_over_last_year(make_window, recovery_folder, path: Path,
                          save_this_cycle=_this_year):
    """Last cycle's copy kept under ``path``, then this cycle's workshop saved there (by
    ``save_this_cycle``) and opened: (the window, the copy's folder, the copy as it was)."""
    session = _last_year(recovery_folder, path)
    before = (session / recovery.SNAPSHOT_NAME).read_bytes()
    save_this_cycle(path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    return window, session, before


def test_remove_this_person_leaves_last_cycles_copy_under_the_same_name_alone(
        make_window, recovery_folder, tmp_path, monkeypatch):
    window, session, before = opened_over_last_year(make_window, recovery_folder,
                                                    tmp_path / "spring.wtfc")
    said = _remove(window, "P90", monkeypatch)
    assert "taken out of the recovery cop" not in said
    # named as left, never rewritten: it may be this workshop's, its sheet imported again (A2)
    assert "1 recovery copy kept under this file's name from 12 Mar 2025 at " in said
    assert "so wtfc takes it for an earlier workshop's and leaves it as it is." in said
    assert (session / recovery.SNAPSHOT_NAME).read_bytes() == before


def test_delete_this_workshop_leaves_last_cycles_copy_and_names_it(
        make_window, recovery_folder, tmp_path, asked):
    path = tmp_path / "spring.wtfc"
    window, session, _ = opened_over_last_year(make_window, recovery_folder, path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    said = asked.said[0]
    assert "The recovery copy wtfc kept of this workshop" not in said
    assert "A recovery copy from Wed 12 Mar 2025 at " in said
    assert "was of an earlier workshop saved under this name: it is left as it is." in said
    assert session.is_dir() and not path.exists()
