# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""What the status bar says when wtfc cannot keep its safety copy: the reason in plain words
(a full disk, a drive that stopped answering), never the system's."""

from __future__ import annotations

import errno
import os

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.ui.autosave import FAILED


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
