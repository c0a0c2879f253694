# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The recovery copy's lock refused on a drive with room: what the system says to a 1-byte file
there is the reason the status bar gives (a network home over its quota, no inodes left, the
drive gone), not "it may not write to the folder", which sent people after permissions. And a
drive that stopped answering is said without brackets in brackets or a USB stick (the copies
are kept in the user's own profile)."""

from __future__ import annotations

import errno
import os
import tempfile
from types import SimpleNamespace

import pytest
from test_autosave_disk_words import _recovery_refusing, _said_after_an_edit
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.ui import autosave, file_lock
from wtfc.ui.autosave import FAILED, Autosaver
from wtfc.ui.main_window import MainWindow

ROOMY = SimpleNamespace(total=100 << 30, used=50 << 30, free=50 << 30)  # 50 GB free


def _lock_refused(qtbot, recovery_folder, monkeypatch, probe_says: int | None) -> str:
    """The session lock is refused (as Qt's "unknown" error) on a drive with 50 GB free; a new
    file there gets ``probe_says`` (None: it goes in)."""
    monkeypatch.setattr(file_lock.shutil, "disk_usage", lambda _folder: ROOMY)
    monkeypatch.setattr(autosave, "take_lock", lambda _lock: False)
    made = []
    real = tempfile.TemporaryFile

    def new_file(*args, **kwargs):
        made.append(kwargs.get("dir"))
        if probe_says is not None:
            raise OSError(probe_says, os.strerror(probe_says))
        return real(*args, **kwargs)
    monkeypatch.setattr(file_lock.tempfile, "TemporaryFile", new_file)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.autosaver = Autosaver(window, recovery_folder)
    said = _said_after_an_edit(window)
    assert made and all(folder == window.files.autosaver.session for folder in made)
    return said


@pytest.mark.parametrize("code", [errno.EDQUOT, errno.ENOSPC], ids=errno.errorcode.get)
def test_a_drive_full_for_this_user_is_said_as_full(qtbot, recovery_folder, monkeypatch, code):
    said = _lock_refused(qtbot, recovery_folder, monkeypatch, code)
    assert said == f"{FAILED} (the disk is full). Save the workshop to keep your work safe."
    assert "may not write" not in said


def test_a_drive_gone_under_the_lock_is_said_as_stopped(qtbot, recovery_folder, monkeypatch):
    said = _lock_refused(qtbot, recovery_folder, monkeypatch, errno.EIO)
    assert said == (f"{FAILED} (the drive or network folder stopped answering). Save the "
                    f"workshop to keep your work safe.")


def test_a_folder_that_takes_the_probe_is_still_said_as_refusing(qtbot, recovery_folder,
                                                                 monkeypatch):
    said = _lock_refused(qtbot, recovery_folder, monkeypatch, None)
    assert "it may not write to the folder for recovery copies" in said
    assert list(recovery_folder.rglob("tmp*")) == []  # the probe's file went with it


def test_a_recovery_drive_that_stopped_answering_reads_plainly(make_window, monkeypatch):
    window = make_window()
    _recovery_refusing(monkeypatch, window.files.autosaver, errno.EIO)
    said = _said_after_an_edit(window)
    assert said.startswith(FAILED) and "stopped answering" in said
    assert "((" not in said and "))" not in said
    assert "USB stick" not in said  # the copies are never kept on the stick
