"""recovery_of: the recovery copies of one workshop file, found by their header alone."""

from __future__ import annotations

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.recovery_of import copies_by_name, recovery_copies_of
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop

SPRING = Workshop(title="Spring", people=[Person(id="P01")],
                  cards=[Card(id="c1", kind=Kind.WORKING, text="x", person="P01")])


def _copy(folder, name, **names):
    session = folder / name
    session.mkdir(parents=True)
    header = SnapshotHeader(title="Spring", instance_id=name, **names)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(SPRING, header), session)
    return session


def test_copies_of_a_file_by_its_own_path_or_the_one_its_save_was_writing(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(SPRING, path)  # (a card shared: the copies are this workshop's)
    folder = tmp_path / "recovery"
    mine = _copy(folder, "a", original_path=str(path))
    saving = _copy(folder, "b", original_path="", saving_to=str(path))
    _copy(folder, "c", original_path=str(tmp_path / "autumn.wtfc"))
    _copy(folder, "own", original_path=str(path))
    damaged = folder / "d"
    damaged.mkdir()
    (damaged / recovery.SNAPSHOT_NAME).write_bytes(b"not a header\n{")
    found = recovery_copies_of(tmp_path / "." / "spring.wtfc", [folder, tmp_path / "none"],
                               own="own")
    assert sorted(c.folder for c in found) == [mine, saving]
    assert all(c.taken is not None for c in found)


def _copy_holding(folder, name, path, cards, **header):
    session = folder / name
    session.mkdir(parents=True)
    workshop = Workshop(title="Spring", people=[Person(id="P01")],
                        cards=[Card(id=c, kind=Kind.WORKING, text=c, person="P01")
                               for c in cards])
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(workshop, SnapshotHeader(
        original_path=str(path), title="Spring", instance_id=name, **header)), session)
    return session


def test_a_copy_sharing_no_card_with_the_workshop_is_an_earlier_workshops(tmp_path):
    """Review 36 A5 S2: last cycle's copy of a file now holding this cycle's workshop."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring 2026", people=[Person(id="P01")], cards=[
        Card(id="new1", kind=Kind.WORKING, text="x", person="P01")]), path)
    folder = tmp_path / "recovery"
    this = _copy_holding(folder, "a", path, ["new1", "new2"])
    last_year = _copy_holding(folder, "b", path, ["old1"])
    # no cards, and not taken from the file: no evidence it is this one's (code review M2)
    empty = _copy_holding(folder, "c", path, [])
    taken_from_it = _copy_holding(folder, "d", path, ["typed1"],
                                  based_on_sha256=recovery.file_digest(path))
    found = copies_by_name(path, [folder])
    assert sorted(c.folder for c in found.of) == [this, taken_from_it]
    assert [c.folder for c in found.another_workshop] == [last_year, empty]
    assert [c.folder for c in recovery_copies_of(path, [folder])] == [this, taken_from_it]
    # the open workshop's cards, when given, are what is compared
    given = copies_by_name(path, [folder], card_ids=["old1"])
    assert sorted(c.folder for c in given.of) == [last_year, taken_from_it]
