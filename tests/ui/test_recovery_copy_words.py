# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""An autosave that fails says so at the window's foot. It said "wtfc could not keep a safety
copy of your work (… it may not write to the folder it keeps them in)", while the save-failed
box and the restore dialog call the same copy a "recovery copy", and "them" had nothing to
refer to; an error with no words of its own showed Python's class name, "(OSError)" (review 32
R3 M3). One name for the copy now, and no class name."""

from __future__ import annotations

import errno
import os

from test_autosave_disk_words import _recovery_refusing, _said_after_an_edit
from window_fixtures import make_window, recovery_folder  # noqa: F401

SAVE = "Save the workshop to keep your work safe."


def test_a_folder_refusing_the_copy_names_it_a_recovery_copy(make_window, monkeypatch):
    window = make_window()
    _recovery_refusing(monkeypatch, window.files.autosaver, errno.EACCES)
    said = _said_after_an_edit(window)
    assert said == ("wtfc could not keep a recovery copy of your work (it may not write to the "
                    f"folder for recovery copies). {SAVE}")
    assert "safety" not in said


def test_an_error_with_no_words_shows_no_class_name(make_window, monkeypatch):
    window = make_window()
    folder = str(window.files.autosaver.recovery_dir)
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).startswith(folder):
            raise OSError  # no number, no words: what some network drivers give
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    said = _said_after_an_edit(window)
    assert said == f"wtfc could not keep a recovery copy of your work. {SAVE}"
    assert "Error" not in said and "(" not in said
