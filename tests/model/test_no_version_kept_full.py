"""A save on a drive without hard links (a FAT stick) where the version it replaces found no
room: the note says the disk is too full and to free some space, not that wtfc "could not keep
'spring.wtfc.bak'" with an older one sitting right there."""

from __future__ import annotations

import errno
import os
from types import SimpleNamespace

import pytest
from workshop_builders import sample_workshop

from wtfc.model import atomic_save
from wtfc.model.atomic_save import backup_path, no_version_kept
from wtfc.model.storage import load_workshop, save_workshop


@pytest.fixture
def fat_stick(tmp_path, monkeypatch):
    """spring.wtfc saved twice (so an older .bak is there), then no hard links, and the copy
    of the version a save replaces refused with ``code``."""
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop().model_copy(update={"title": "First"}), path)
    save_workshop(sample_workshop().model_copy(update={"title": "Second"}), path)

    def no_links(*_a, **_k):
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))
    monkeypatch.setattr(atomic_save.os, "link", no_links)

    def refuse(code: int) -> None:
        def copy(*_a, **_k):
            raise OSError(code, os.strerror(code))
        monkeypatch.setattr(atomic_save.shutil, "copy2", copy)
    return path, refuse


def _free(monkeypatch, free: int) -> None:
    monkeypatch.setattr(atomic_save.shutil, "disk_usage",
                        lambda _folder: SimpleNamespace(total=1 << 30, used=0, free=free))


def test_no_room_for_the_version_replaced_says_the_disk_is_too_full(fat_stick, monkeypatch):
    path, refuse = fat_stick
    refuse(errno.ENOSPC)
    older = backup_path(path, 1).read_bytes()
    assert save_workshop(sample_workshop().model_copy(update={"title": "Third"}), path) is False
    _free(monkeypatch, path.stat().st_size)  # the version replaced freed its room: one copy
    assert no_version_kept(path) == ("No earlier version was kept: the disk is too full to "
                                      "keep the one this save replaced. Free some space.")
    assert load_workshop(path).workshop.title == "Third"
    assert backup_path(path, 1).read_bytes() == older  # the older one stays as it was


def test_with_room_an_older_version_beside_it_is_not_denied(fat_stick, monkeypatch):
    path, refuse = fat_stick
    refuse(errno.EACCES)
    assert save_workshop(sample_workshop(), path) is False
    _free(monkeypatch, 1 << 30)
    assert no_version_kept(path) == (
        "No earlier version was kept: wtfc could not keep the one this save replaced "
        "('spring.wtfc.bak' is from an earlier save).")
