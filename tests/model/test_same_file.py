"""On a network drive that gives every file the id 0 (WebDAV/SharePoint mapped drives, sshfs-win,
some NAS shares: python/cpython#78116), os.path.samefile called any two files one, so Review and
`wtfc export --previous` refused last time's workshop as "this workshop's own file". An id of 0
is unknown: the names are compared instead, case ignored where the system ignores it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wtfc.model.same_file import same_file


def give_files_id_zero(monkeypatch, drive: Path) -> None:
    """Every file under ``drive`` says st_ino 0, on one st_dev, as such a drive does."""
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        found = real_stat(path, *args, **kwargs)
        if os.fspath(path).startswith(str(drive)):
            fields = list(found)
            fields[1], fields[2] = 0, 12345
            return os.stat_result(fields)
        return found

    monkeypatch.setattr(os, "stat", stat)


@pytest.fixture
def drive(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "H-drive"
    folder.mkdir()
    give_files_id_zero(monkeypatch, folder)
    return folder


def test_two_files_on_such_a_drive_are_two(drive):
    (drive / "Spring 2026.wtfc").write_text("a")
    (drive / "Autumn 2026.wtfc").write_text("b")
    assert os.path.samefile(drive / "Spring 2026.wtfc", drive / "Autumn 2026.wtfc")  # fooled
    assert not same_file(drive / "Spring 2026.wtfc", drive / "Autumn 2026.wtfc")


def test_one_file_written_two_ways_on_such_a_drive_is_one(drive, monkeypatch):
    (drive / "Spring 2026.wtfc").write_text("a")
    monkeypatch.chdir(drive)
    assert same_file("Spring 2026.wtfc", drive / "sub" / ".." / "Spring 2026.wtfc")


def test_case_is_ignored_where_the_system_ignores_it(drive, monkeypatch):
    (drive / "Spring 2026.wtfc").write_text("a")
    monkeypatch.setattr(os.path, "normcase", str.lower)  # as ntpath.normcase does, and more
    assert same_file(drive / "Spring 2026.wtfc", drive / "SPRING 2026.WTFC")


def test_elsewhere_a_link_is_still_its_file(tmp_path):
    (tmp_path / "spring.wtfc").write_text("a")
    (tmp_path / "link.wtfc").hardlink_to(tmp_path / "spring.wtfc")
    assert same_file(tmp_path / "link.wtfc", tmp_path / "spring.wtfc")
    assert not same_file(tmp_path / "spring.wtfc", tmp_path / "autumn.wtfc")  # not there yet
    assert same_file(tmp_path / "autumn.wtfc", tmp_path / "." / "autumn.wtfc")
