# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A settings folder wtfc may not write to (XDG_CONFIG_HOME read-only; a locked-down roaming
profile): Open recent was empty after every save and every restart, the window's place and
Review's pairings forgotten too, and nothing said (review R5-M1 of session 31). The first
workshop not remembered now says so in the status bar, once, after the save's own words."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from PySide6.QtCore import QSettings
from settled import until
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.ui.recent_files import NOT_KEPT, recent_files


def _settings_in(folder) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))


def _saved_twice(qtbot, window, path) -> tuple[str, str]:
    """What the foot of the window says after a first save, then after a second."""
    bar = window.statusBar()
    assert window.files.save_to(path)
    until(qtbot, lambda: NOT_KEPT in bar.currentMessage(), timeout=2000)
    first = bar.currentMessage()
    assert window.files.save_to(path)
    qtbot.wait(50)  # (what would be said is said at the next turn of the event loop)
    return first, bar.currentMessage()


def test_settings_that_cannot_be_written_are_said_once(make_window, qtbot, tmp_path):
    """Where the settings folder should be there is a file: no folder can be made there, even
    by an administrator."""
    (tmp_path / "in the way").write_text("")
    _settings_in(tmp_path / "in the way")
    window = make_window(autosave=False)
    first, second = _saved_twice(qtbot, window, tmp_path / "autumn.wtfc")
    assert first == f"Saved. {NOT_KEPT}"  # the save's own word kept in front
    assert "settings folder is read-only" in NOT_KEPT
    assert NOT_KEPT not in second and second.startswith("Saved.")  # once, not at each save


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="a read-only folder binds no administrator; no POSIX modes")
def test_a_read_only_settings_folder_is_said(make_window, qtbot, tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        _settings_in(folder)
        window = make_window(autosave=False)
        first, _ = _saved_twice(qtbot, window, tmp_path / "autumn.wtfc")
        assert NOT_KEPT in first
    finally:
        folder.chmod(stat.S_IRWXU)


def test_settings_kept_say_nothing_more(make_window, qtbot, tmp_path):
    window = make_window(autosave=False)
    assert window.files.save_to(tmp_path / "autumn.wtfc")
    qtbot.wait(50)  # (what would be said is said at the next turn of the event loop)
    assert window.statusBar().currentMessage() == "Saved."
    assert recent_files() == [str(tmp_path / "autumn.wtfc")]
