# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A recovery copy with no cards is this workshop's only by positive evidence (code review M2,
session 36): last cycle's 'spring.wtfc' crashed before its sheet was imported (people, no
cards) and the copy was kept with Decide later; this cycle's workshop was then saved under the
same name. Remove this person… took last cycle's P90 row out of that copy, and Delete this
workshop… deleted it, as a copy with no cards 'could not be told apart'. Now a card-less copy is
this workshop's only when it was taken from the file or one of its kept versions."""

from __future__ import annotations

from pathlib import Path

from test_every_copy_of_a_workshop import asked  # noqa: F401
from test_remove_person_recovery_copies import _remove
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer, file_digest
from wtfc.model.recovery_of import copies_by_name
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.delete_workshop import delete_workshop

PEOPLE = [Person(id="P01"), Person(id="P90", locality="Arthur's street")]


def _copy(recovery_folder: Path, path: Path, name: str, workshop: Workshop,
          based_on_sha256: str = "") -> Path:
    session = recovery_folder / name
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title=workshop.title, pid=1,
                            hostname=recovery.this_host(), instance_id=name,
                            based_on_sha256=based_on_sha256)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(workshop, header), session)
    return session


def _this_cycle(path: Path) -> None:
    save_workshop(Workshop(title="Spring 2026", people=PEOPLE, cards=[
        Card(id="new1", kind=Kind.NOT_WORKING, text="Edith: nobody comes", person="P90")]),
        path)


def test_a_card_less_copy_is_this_workshops_only_when_taken_from_its_file(tmp_path):
    path = tmp_path / "spring.wtfc"
    folder = tmp_path / "recovery"
    last_cycle = _copy(folder, path, "last", Workshop(title="Spring 2025", people=PEOPLE))
    _this_cycle(path)
    taken_from_it = _copy(folder, path, "this", Workshop(title="Spring 2026", people=PEOPLE),
                          based_on_sha256=file_digest(path))
    _this_cycle(path)  # saved again: the copy was taken from what spring.wtfc.bak holds now
    found = copies_by_name(path, [folder])
    assert [c.folder for c in found.of] == [taken_from_it]
    assert [c.folder for c in found.another_workshop] == [last_cycle]


def test_remove_this_person_leaves_last_cycles_card_less_copy_alone(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    session = _copy(recovery_folder, path, "lastyear", Workshop(title="Spring 2025",
                                                                 people=PEOPLE))
    before = (session / recovery.SNAPSHOT_NAME).read_bytes()
    _this_cycle(path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    said = _remove(window, "P90", monkeypatch)
    assert "recovery cop" not in said
    assert (session / recovery.SNAPSHOT_NAME).read_bytes() == before  # P90's row kept


def test_delete_leaves_last_cycles_card_less_copy_and_names_it(
        make_window, recovery_folder, tmp_path, asked):
    path = tmp_path / "spring.wtfc"
    session = _copy(recovery_folder, path, "lastyear", Workshop(title="Spring 2025",
                                                                 people=PEOPLE))
    _this_cycle(path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    assert "The recovery copy wtfc kept of this workshop" not in asked.said[0]
    assert "was of an earlier workshop saved under this name: it is left as it is." \
        in asked.said[0]
    assert session.is_dir() and not path.exists()
