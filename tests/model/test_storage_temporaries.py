"""What a save cut short leaves beside a file is cleared the next time it is safe to (on open,
before an export), and nothing else: a file of the user's that only looks like one stays, and
so does another file's temporary (its save may be under way). The temporary's name is short
and the same length whatever the file's, so a name that fits in a deep folder can be saved."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from workshop_builders import sample_workshop

from wtfc.model import atomic_save
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import remove_stale_temporaries, save_workshop
from wtfc.model.temporary_files import TEMPORARY_NAME_CHARS, temporary_beside


def _left_by_a_crash(path: Path, monkeypatch) -> Path:
    """The half-written copy a save leaves when the computer stops before its rename: the
    name write_atomically gave it, kept (a failed save removes it; a crash cannot)."""
    names: list[str] = []

    def cut_short(source: str, _target: Path) -> None:
        names.append(source)
        raise OSError("the computer stopped")

    with monkeypatch.context() as patch:
        patch.setattr(atomic_save, "replace_retrying", cut_short)
        with pytest.raises(WorkshopFileError):
            save_workshop(sample_workshop(), path)
    leftover = Path(names[0])
    leftover.write_bytes(b'{"schema_version": 2, "ti')
    _an_hour_old(leftover)  # by the time the file is opened again
    return leftover


def _an_hour_old(path: Path) -> None:
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))


def test_only_what_a_save_left_is_removed(tmp_path, monkeypatch):
    path = tmp_path / "report.pdf"
    leftover = _left_by_a_crash(path, monkeypatch)
    before_update = tmp_path / ".report.pdf.k3j4l5m6.tmp"  # an earlier wtfc's name for one
    before_update.write_bytes(b"the whole card sheet")
    fd, others_own = temporary_beside(tmp_path / "spring.wtfc")  # another file's save
    Path(others_own).write_bytes(b"a save under way")
    users = [
        ".report.pdf.notes.tmp",
        ".report.pdf.my-notes.tmp",
        ".report.pdf.old.v2.tmp",
        ".report.pdf..tmp",
        ".other.pdf.abcd1234.tmp",
        "report.pdf.abcd1234.tmp",
        ".wtfc-notes.tmp",
        Path(others_own).name,
    ]
    for name in users[:-1]:
        (tmp_path / name).write_bytes(b"the user's own")
    remove_stale_temporaries(path)
    assert not leftover.exists() and not before_update.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(users)
    os.close(fd)


def test_a_crash_leftover_is_found_whatever_case_the_name_is_spelled_in_next(tmp_path,
                                                                            monkeypatch):
    """Windows may hand back 'Spring.wtfc' for what was saved as 'spring.wtfc'."""
    leftover = _left_by_a_crash(tmp_path / "spring.wtfc", monkeypatch)
    remove_stale_temporaries(tmp_path / "Spring.wtfc")
    assert not leftover.exists()


@pytest.mark.parametrize("name", ["Older peoples services Working Together for Change 12 "
                                  "November 2026 – theme posters on A4 sheets.pdf",
                                  "spring 2026 workshop.wtfc"])
def test_a_temporary_is_never_a_longer_path_than_a_name_of_22_characters_or_more(tmp_path,
                                                                                 name):
    """It was '.NAME.xxxxxxxx.tmp', 14 characters longer: a name ending 246-259 characters
    into a Windows path fitted, and its save failed at the temporary."""
    fd, temporary = temporary_beside(tmp_path / name)
    os.close(fd)
    assert len(Path(temporary).name) == TEMPORARY_NAME_CHARS == 22
    assert len(temporary) <= len(str(tmp_path / name))


def test_a_name_sharing_the_key_keeps_its_save_under_way_and_its_crash_leftover_goes(tmp_path):
    """The key has 65,536 values: these two names share one. Opening one must not fail the
    other's save that another window is making now; what a crash left an hour ago goes."""
    opened = tmp_path / "february 2027 workshop - copy.wtfc"
    saving = tmp_path / "november 2026 workshop - copy.wtfc"
    fd, under_way = temporary_beside(saving)
    os.close(fd)
    fd, crash_left = temporary_beside(saving)
    os.close(fd)
    assert Path(under_way).name[:10] == Path(crash_left).name[:10]  # the same key
    _an_hour_old(Path(crash_left))
    remove_stale_temporaries(opened)
    assert Path(under_way).exists() and not Path(crash_left).exists()
