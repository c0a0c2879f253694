"""Saving keeps the previous file safe (a ``.bak``, an atomic write, a failed save changes
nothing), and opening a file, good or bad, never writes to its folder."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import pytest
from storage_checks import json_bytes, sample_json
from workshop_builders import sample_workshop

from wtfc.model import storage
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import (
    load_workshop,
    save_workshop,
    workshop_to_bytes,
)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# -- saving -------------------------------------------------------------------------------------


def test_saving_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / "spring.wtfc"
    first = sample_workshop()
    second = first.model_copy(update={"title": "Second"})
    third = first.model_copy(update={"title": "Third"})
    save_workshop(first, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring.wtfc"]
    save_workshop(second, path)
    save_workshop(third, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring.wtfc", "spring.wtfc.bak"]
    assert load_workshop(path).workshop.title == "Third"
    assert load_workshop(tmp_path / "spring.wtfc.bak").workshop.title == "Second"


def test_the_backup_is_kept_where_files_cannot_be_hard_linked(tmp_path, monkeypatch):
    # USB sticks (FAT) and many network drives refuse hard links.
    monkeypatch.setattr(os, "link", _failing(errno.EPERM))
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    save_workshop(sample_workshop().model_copy(update={"title": "Second"}), path)
    assert load_workshop(path).workshop.title == "Second"
    assert load_workshop(tmp_path / "spring.wtfc.bak").workshop == sample_workshop()


def test_saving_without_backup(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path, backup=False)
    save_workshop(sample_workshop(), path, backup=False)
    assert [p.name for p in tmp_path.iterdir()] == ["spring.wtfc"]


def _failing(code: int):
    def fail(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))
    return fail


@pytest.mark.parametrize(("patched", "code", "expected"), [
    ("replace", errno.ENOSPC, "The disk is full, so 'spring.wtfc' could not be saved. "
                              "The previous copy is untouched"),
    ("fsync", errno.ENOSPC, "The disk is full"),
    ("replace", errno.EACCES, "wtfc may not write to"),
    ("replace", errno.EROFS, "use Save As to save it somewhere else"),
    ("fsync", errno.EIO, "'spring.wtfc' could not be saved: the drive or network folder "
                         "stopped answering"),
])
def test_a_failed_save_leaves_the_previous_file_intact(tmp_path, monkeypatch, patched, code,
                                                        expected):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    save_workshop(sample_workshop(), path)  # so there is a backup too
    before = _snapshot(tmp_path)
    monkeypatch.setattr(os, patched, _failing(code))
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop().model_copy(update={"title": "Lost"}), path)
    monkeypatch.undo()
    assert expected in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring.wtfc", "spring.wtfc.bak"]
    assert _snapshot(tmp_path)["spring.wtfc"] == before["spring.wtfc"]
    assert load_workshop(path).workshop == sample_workshop()


def test_a_failed_first_save_leaves_no_file_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", _failing(errno.ENOSPC))
    with pytest.raises(WorkshopFileError, match="disk is full"):
        save_workshop(sample_workshop(), tmp_path / "new.wtfc")
    assert list(tmp_path.iterdir()) == []


def test_saving_into_a_missing_folder_names_it_and_says_what_to_do(tmp_path):
    with pytest.raises(WorkshopFileError) as caught:  # a USB stick pulled out, say
        save_workshop(sample_workshop(), tmp_path / "gone" / "spring day.wtfc")
    assert caught.value.problem.startswith(f"The folder '{tmp_path / 'gone'}' cannot be found")
    assert "'spring day.wtfc' could not be saved" in caught.value.problem
    assert caught.value.advice == "Your workshop is safe in wtfc: use Save As to save it " \
                                  "somewhere else."


# -- opening never writes -----------------------------------------------------------------------


def test_opening_files_good_bad_and_newer_never_writes(tmp_path):
    raw_newer = sample_json()
    raw_newer["schema_version"] = 7
    broken = sample_json()
    broken["themes"][0]["card_ids"].append("nope")
    files = {"good.wtfc": workshop_to_bytes(sample_workshop()),
             "newer.wtfc": json_bytes(raw_newer), "broken.wtfc": json_bytes(broken),
             "cut.wtfc": workshop_to_bytes(sample_workshop())[:99], "empty.wtfc": b""}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    os.utime(tmp_path, ns=(1, 1))
    for name in files:
        os.utime(tmp_path / name, ns=(1, 1))
    before = _snapshot(tmp_path)
    for name in files:
        with contextlib.suppress(WorkshopFileError):
            load_workshop(tmp_path / name)
    assert _snapshot(tmp_path) == before
    assert tmp_path.stat().st_mtime_ns == 1


@pytest.mark.parametrize(("name", "expected"), [
    ("missing.wtfc", "does not exist (it may have been moved or renamed)"),
    ("a folder", "is a folder, not a workshop file"),
])
def test_opening_what_is_not_a_file(tmp_path, name, expected):
    (tmp_path / "a folder").mkdir()
    with pytest.raises(WorkshopFileError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        load_workshop(tmp_path / name)


def test_a_file_saved_again_with_a_byte_order_mark_opens(tmp_path: Path):
    """Notepad adds a byte-order mark when it saves: the workshop still opens, whole."""
    path = tmp_path / "notepad.wtfc"
    storage.save_workshop(sample_workshop(), path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert storage.load_workshop(path).workshop == sample_workshop()
