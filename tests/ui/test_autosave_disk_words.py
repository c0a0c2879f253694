# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""What the status bar says when wtfc cannot keep its recovery copy: the reason in plain words
(a full disk, a drive that stopped answering), never the system's."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
from types import SimpleNamespace

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.ui import file_lock
from wtfc.ui.autosave import FAILED, Autosaver
from wtfc.ui.main_window import MainWindow


def _recovery_refusing(monkeypatch, autosaver, code: int) -> None:
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).startswith(str(autosaver.recovery_dir)):
            raise OSError(code, os.strerror(code))
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", replace)


def _said_after_an_edit(window) -> str:
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    window.files.autosaver.snapshot_now()
    window.files.autosaver.wait()
    return window.statusBar().currentMessage()


@pytest.mark.parametrize("code", [errno.EIO, errno.ESTALE, errno.ENOTCONN],
                         ids=errno.errorcode.get)
def test_a_recovery_drive_that_stopped_answering_is_named(make_window, monkeypatch, code):
    window = make_window()
    _recovery_refusing(monkeypatch, window.files.autosaver, code)
    said = _said_after_an_edit(window)
    assert said.startswith(FAILED) and os.strerror(code) not in said
    assert "the drive or network folder stopped answering" in said


def test_a_recovery_drive_over_its_quota_is_full(make_window, monkeypatch):
    window = make_window()
    _recovery_refusing(monkeypatch, window.files.autosaver, errno.EDQUOT)
    said = _said_after_an_edit(window)
    assert said == f"{FAILED} (the disk is full). Save the workshop to keep your work safe."


@contextlib.contextmanager
def _no_file_may_grow():
    """Every write to a file fails, as on a full disk: the lock file's few bytes too."""
    import resource

    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    signalled = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails, not the process
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, limits[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, signalled)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file size limits: Linux")
def test_a_full_disk_that_takes_no_lock_file_is_said_as_full(qtbot, recovery_folder,
                                                              monkeypatch):
    """Qt calls a lock file it could not write "unknown": on a full disk that was said as "it
    may not write to the folder", sending the facilitator after a permissions problem."""
    monkeypatch.setattr(file_lock.shutil, "disk_usage",
                        lambda _folder: SimpleNamespace(total=10 << 20, used=10 << 20, free=0))
    window = MainWindow()
    qtbot.addWidget(window)
    with _no_file_may_grow():
        window.files.autosaver = autosaver = Autosaver(window, recovery_folder)
        said = _said_after_an_edit(window)
    assert autosaver.last_error == said
    assert said == f"{FAILED} (the disk is full). Save the workshop to keep your work safe."
