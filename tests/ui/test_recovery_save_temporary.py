# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Recovery's Save elsewhere… into a temporary folder (browsing back to the e-mail attachment's
folder, or %TEMP%): the foot said "File → Open recent opens it", but Open recent never lists
such a file, and the recovery copy was let go, leaving the only copy of the lost work in a
folder cleared without asking. It now says the folder is temporary, and the copy is kept."""

from __future__ import annotations

from test_recovery_save_says_where import _saved_elsewhere
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.ui.test_recovery_dialog import _crashed_copy
from wtfc.model import recovery
from wtfc.model.temporary_place import ROOTS_ENV
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recent_files import recent_files


def _temporary_folder(tmp_path, monkeypatch):
    temp = tmp_path / "Temp"
    temp.mkdir()
    monkeypatch.setenv(ROOTS_ENV, str(temp))
    return temp


def test_a_workshop_saved_there_is_said_to_be_there_and_the_copy_kept(
        make_window, recovery_folder, workshop_file, monkeypatch, tmp_path):
    temp = _temporary_folder(tmp_path, monkeypatch)
    _crashed_copy(recovery_folder, workshop_file)
    window = make_window()
    heard = _saved_elsewhere(window, monkeypatch, temp / "rescued")
    assert (temp / "rescued.wtfc").exists()
    foot = window.statusBar().currentMessage()
    assert "rescued.wtfc" in foot and "'Temp'" in foot and "temporary folder" in foot
    assert "Open recent opens it" not in foot and "Open recent does not list it" in foot
    assert "recovery copy is kept" in foot
    assert heard == [foot]
    assert recent_files() == []
    [kept] = crashed_sessions(recovery_folder)  # offered again at the next start
    assert kept.snapshot is not None
    kept.keep()


def test_a_damaged_copy_saved_there_keeps_the_recovery_copy(
        make_window, recovery_folder, workshop_file, monkeypatch, tmp_path):
    temp = _temporary_folder(tmp_path, monkeypatch)
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    snapshot = session / recovery.SNAPSHOT_NAME
    head, body = snapshot.read_bytes().split(b"\n", 1)
    snapshot.write_bytes(head + b"\n" + body[: len(body) // 2])  # cut short
    window = make_window()
    heard = _saved_elsewhere(window, monkeypatch, temp / "rescued")
    foot = window.statusBar().currentMessage()
    assert "rescued.wtfc-damaged" in foot and "someone technical" in foot
    assert "temporary folder" in foot and "recovery copy is kept" in foot
    assert heard == [foot]
    assert session.exists()


def test_saved_in_a_lasting_folder_the_copy_goes(make_window, recovery_folder, workshop_file,
                                                 monkeypatch, tmp_path):
    _temporary_folder(tmp_path, monkeypatch)
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    window = make_window()
    _saved_elsewhere(window, monkeypatch, tmp_path / "rescued")
    assert "temporary" not in window.statusBar().currentMessage()
    assert crashed_sessions(recovery_folder) == [] and not session.exists()
