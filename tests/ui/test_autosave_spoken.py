# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A screen-reader user hears that autosave cannot keep a recovery copy: the status bar line
is the only other sign, and they are the least likely to look at it."""

from __future__ import annotations

import errno
import os

from spoken_checks import catch_announcements
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.ui.autosave import FAILED


def test_a_failed_autosave_is_said_once_not_on_every_retry(make_window, qtbot, monkeypatch):
    window = make_window(delay_ms=10, max_ms=40)
    autosaver = window.files.autosaver
    real_replace = os.replace
    full = [True]
    tries = []

    def replace(src, dst):
        if full[0] and str(dst).startswith(str(autosaver.recovery_dir)):
            tries.append(dst)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    said = catch_announcements(monkeypatch)

    window.undo.push(edit_details(window.doc, venue="Town hall"))
    qtbot.waitUntil(lambda: len(tries) >= 3, timeout=3000)  # tried again and again
    autosaver.wait()
    failures = [s for s in said if s.startswith(FAILED)]
    assert failures == [window.statusBar().currentMessage()]
    assert "the disk is full" in failures[0] and "Save" in failures[0]

    full[0] = False  # space freed: the copy is kept, and a later failure is news again
    qtbot.waitUntil(lambda: autosaver.last_error == "", timeout=3000)
    full[0] = True
    window.undo.push(edit_details(window.doc, venue="Village hall"))
    qtbot.waitUntil(lambda: len([s for s in said if s.startswith(FAILED)]) == 2, timeout=3000)
