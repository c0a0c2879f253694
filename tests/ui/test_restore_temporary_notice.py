# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The laptop died with an e-mail attachment's workshop open (a copy in a temporary folder):
restoring the work over that file says so, as opening it did, with Save As… first (review 32
A1 3; F10 left it): the day's work would otherwise be saved back where the mail program
deletes it, with no word."""

from __future__ import annotations

from test_recovery_dialog import _crashed_copy
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.temporary_place import ROOTS_ENV
from wtfc.ui import temporary_notice
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def _restore(window) -> None:
    assert offer_recovery(window, ask=lambda dialog: Choice.RESTORE)


def test_restoring_over_an_attachments_file_gives_the_notice(
        make_window, recovery_folder, workshop_file, monkeypatch):
    monkeypatch.setenv(ROOTS_ENV, str(workshop_file.parent))
    shown = []
    monkeypatch.setattr(temporary_notice, "_chosen", lambda box: (shown.append(box), False)[1])
    _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    window = make_window()
    _restore(window)
    assert window.files.path == workshop_file and window.isWindowModified()
    [box] = shown
    assert box.windowTitle() == temporary_notice.TITLE
    assert "'spring.wtfc'" in box.text()


def test_restoring_over_a_file_in_an_ordinary_folder_says_nothing_of_it(
        make_window, recovery_folder, workshop_file, monkeypatch):
    shown = []
    monkeypatch.setattr(temporary_notice, "_chosen", lambda box: (shown.append(box), False)[1])
    _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    window = make_window()
    _restore(window)
    assert window.files.path == workshop_file and shown == []
