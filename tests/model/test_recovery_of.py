"""recovery_of: the recovery copies of one workshop file, found by their header alone."""

from __future__ import annotations

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.recovery_of import recovery_copies_of
from wtfc.model.workshop import Workshop


def _copy(folder, name, **names):
    session = folder / name
    session.mkdir(parents=True)
    header = SnapshotHeader(title="Spring", instance_id=name, **names)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(Workshop(title="Spring"),
                                                                 header), session)
    return session


def test_copies_of_a_file_by_its_own_path_or_the_one_its_save_was_writing(tmp_path):
    path = tmp_path / "spring.wtfc"
    path.write_text("{}")
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
