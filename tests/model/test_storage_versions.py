"""Saving keeps the last few versions, and a file another program holds for a moment (OneDrive,
antivirus) is tried again briefly; no other failure is retried, and none harms the old file."""

from __future__ import annotations

import errno
import os

import pytest
from workshop_builders import sample_workshop

from wtfc.model import storage, temporary_files
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.temporary_files import is_sharing_error


def _titled(title: str):
    return sample_workshop().model_copy(update={"title": title})


def test_the_last_three_versions_are_kept(tmp_path):
    path = tmp_path / "spring.wtfc"
    for n in range(1, 6):
        save_workshop(_titled(f"Version {n}"), path, versions=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "spring.wtfc", "spring.wtfc.bak", "spring.wtfc.bak2", "spring.wtfc.bak3"]
    titles = [load_workshop(p).workshop.title for p in
              (path, backup_path(path, 1), backup_path(path, 2), backup_path(path, 3))]
    assert titles == ["Version 5", "Version 4", "Version 3", "Version 2"]


class _Busy(OSError):
    """What Windows raises when OneDrive holds the file: a sharing violation."""

    winerror = 32


@pytest.fixture
def no_sleep(monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(temporary_files.time, "sleep", waits.append)
    return waits


def _replace_failing(monkeypatch, errors: list[OSError]):
    real = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if errors:
            raise errors.pop(0)
        return real(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    return calls


@pytest.mark.parametrize("error", [OSError(errno.EBUSY, "Device or resource busy"),
                                   _Busy(13, "The process cannot access the file")])
def test_a_file_held_for_a_moment_is_saved_on_a_retry(tmp_path, monkeypatch, no_sleep, error):
    path = tmp_path / "spring.wtfc"
    save_workshop(_titled("First"), path)
    calls = _replace_failing(monkeypatch, [error, error])
    save_workshop(_titled("Second"), path)
    assert load_workshop(path).workshop.title == "Second"
    assert calls.count(path) == 3 and no_sleep == [0.1, 0.3]  # then the old one became .bak


def test_a_file_held_for_long_is_not_saved_and_says_what_to_do(tmp_path, monkeypatch, no_sleep):
    path = tmp_path / "spring.wtfc"
    save_workshop(_titled("First"), path)
    before = path.read_bytes()
    calls = _replace_failing(monkeypatch, [OSError(errno.EBUSY, "busy")] * 10)
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(_titled("Lost"), path)
    assert len(calls) == 4 and sum(no_sleep) == pytest.approx(1.0)
    message = str(caught.value)
    assert "Another program" in message and "try Save again" in message and "Save As" in message
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES, errno.EIO])
def test_other_failures_are_not_retried(tmp_path, monkeypatch, no_sleep, code):
    path = tmp_path / "spring.wtfc"
    save_workshop(_titled("First"), path)
    calls = _replace_failing(monkeypatch, [OSError(code, os.strerror(code))] * 10)
    with pytest.raises(WorkshopFileError):
        save_workshop(_titled("Lost"), path)
    assert len(calls) == 1 and no_sleep == []
    assert load_workshop(path).workshop.title == "First"


def test_sharing_errors_are_told_apart():
    assert is_sharing_error(OSError(errno.EBUSY, "busy"))
    assert is_sharing_error(_Busy(13, "sharing violation"))
    assert not is_sharing_error(OSError(errno.ENOSPC, "full"))
    assert not is_sharing_error(PermissionError(errno.EACCES, "denied"))


def test_a_saved_file_keeps_who_may_read_it(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(_titled("First"), path)
    os.chmod(path, 0o640)
    save_workshop(_titled("Second"), path)
    assert path.stat().st_mode & 0o777 == 0o640


def _contents(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_failed_saves_leave_the_earlier_versions_as_they_were(tmp_path, monkeypatch, no_sleep):
    """Each failed save used to shift .bak → .bak2 → .bak3 first: three tries of a save that
    failed (OneDrive holding the file, then a full disk) left v4 in all three."""
    path = tmp_path / "spring.wtfc"
    for n in range(1, 5):
        save_workshop(_titled(f"Version {n}"), path, versions=3)
    before = _contents(tmp_path)
    real = os.replace
    failures = [OSError(errno.EBUSY, "busy")] * 4 + [OSError(errno.EBUSY, "busy")] * 4 + [
        OSError(errno.ENOSPC, "full")]

    def replace(src, dst):
        if os.fspath(dst) == os.fspath(path) and failures:
            raise failures.pop(0)
        return real(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    for _ in range(3):
        with pytest.raises(WorkshopFileError):
            save_workshop(_titled("Not saved"), path, versions=3)
    assert not failures
    assert _contents(tmp_path) == before  # nothing left behind either

    save_workshop(_titled("Version 5"), path, versions=3)
    titles = [load_workshop(p).workshop.title for p in
              (path, backup_path(path, 1), backup_path(path, 2), backup_path(path, 3))]
    assert titles == ["Version 5", "Version 4", "Version 3", "Version 2"]
    assert sorted(_contents(tmp_path)) == sorted(before)


def _saved_four_times(tmp_path):
    path = tmp_path / "spring.wtfc"
    for n in range(1, 5):
        save_workshop(_titled(f"Version {n}"), path, versions=3)
    return path


def _titles(path) -> list[str]:
    return [load_workshop(p).workshop.title for p in
            (path, backup_path(path, 1), backup_path(path, 2), backup_path(path, 3))]


def test_a_save_cut_short_after_the_replace_is_finished_by_the_next(tmp_path):
    """A crash after the new file is in place, before the one it replaced became .bak:
    the next save keeps that version rather than losing it."""
    path = _saved_four_times(tmp_path)
    aside = tmp_path / ".spring.wtfc.previous"
    os.replace(path, aside)  # as the crash left it: Version 4 set aside, Version 5 saved
    path.write_bytes(storage.workshop_to_bytes(_titled("Version 5")))
    save_workshop(_titled("Version 6"), path, versions=3)
    assert _titles(path) == ["Version 6", "Version 5", "Version 4", "Version 3"]
    assert not aside.exists()


@pytest.mark.parametrize("linked", [True, False])
def test_a_save_cut_short_before_the_replace_changes_no_version(tmp_path, linked):
    path = _saved_four_times(tmp_path)
    aside = tmp_path / ".spring.wtfc.previous"
    if linked:
        os.link(path, aside)
    else:  # where there are no hard links the file was copied
        aside.write_bytes(path.read_bytes())
    save_workshop(_titled("Version 5"), path, versions=3)
    assert _titles(path) == ["Version 5", "Version 4", "Version 3", "Version 2"]
    assert not aside.exists()


def test_a_missing_version_is_a_gap_filled_not_a_reason_to_drop_the_oldest(tmp_path):
    path = _saved_four_times(tmp_path)
    backup_path(path, 1).unlink()  # deleted by hand, or a crash mid-way through moving them up
    save_workshop(_titled("Version 5"), path, versions=3)
    assert _titles(path) == ["Version 5", "Version 4", "Version 2", "Version 1"]
