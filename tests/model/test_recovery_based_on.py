"""A recovery copy records which version of the saved file its work started from, so the
comparison tells a file changed elsewhere since (both may hold work) from one untouched (the
copy is newer), whatever the file's modified time says (review R3 session 27 #1). Qt-free."""

from __future__ import annotations

import os

from wtfc.model import recovery, recovery_compare
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer, compare_with_saved
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Workshop


def _workshop(*texts: str) -> Workshop:
    return Workshop(title="Spring", cards=[Card(id=t, kind=Kind.WORKING, text=t) for t in texts])


def _copy(tmp_path, path, based_on, digest, workshop) -> recovery.Snapshot:
    session = tmp_path / "recovery" / "abc"
    session.mkdir(parents=True, exist_ok=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=os.getpid(),
                            hostname=recovery.this_host(), instance_id="abc",
                            based_on=based_on, based_on_sha256=digest)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(workshop, header), session)
    return recovery.read_snapshot(session)


def _stamp(path) -> list[int]:
    status = path.stat()
    return [status.st_mtime_ns, status.st_size]


def test_a_file_changed_since_is_said_with_what_each_side_has(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop("ours"), path)
    based_on, digest = _stamp(path), recovery.file_digest(path)
    copy = _copy(tmp_path, path, based_on, digest, _workshop("ours", "Jane 1", "Jane 2"))
    save_workshop(_workshop("ours", "B 1", "B 2"), path, backup=False)
    os.utime(path, ns=(based_on[0] - 300 * 10**9,) * 2)  # the other laptop's older time
    comparison = compare_with_saved(copy)
    assert comparison.changed_elsewhere and not comparison.saved_after_copy
    assert comparison.describe_both("the saved file", "this copy") == [
        "the saved file has 2 cards that this copy does not",
        "this copy has 2 cards that the saved file does not"]


def test_the_same_bytes_under_a_new_time_are_the_file_the_work_started_from(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop("ours"), path)
    based_on, digest = _stamp(path), recovery.file_digest(path)
    copy = _copy(tmp_path, path, based_on, digest, _workshop("ours", "Jane 1"))
    os.utime(path, ns=(based_on[0] + 3600 * 10**9,) * 2)  # "saved" an hour after the copy
    comparison = compare_with_saved(copy)
    assert not comparison.changed_elsewhere and not comparison.saved_after_copy
    assert comparison.describe() == "1 more card"


def test_a_header_with_a_stamp_that_is_not_one_reads_as_unknown(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop("ours"), path)
    copy = _copy(tmp_path, path, ["soon", 3], 7, _workshop("ours"))  # hand-edited, say
    assert copy.header.based_on is None and copy.header.based_on_sha256 == ""


def test_counted_joins_the_parts_in_plain_words():
    assert recovery_compare.counted({"cards": 2, "themes": 1}) == "2 cards and 1 theme"
    assert recovery_compare.counted({"cards": 1}) == "1 card"
    assert recovery_compare.counted({"cards": 0}) == ""
