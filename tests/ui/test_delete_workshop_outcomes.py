# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Delete this workshop and its copies… says what happened (review 36 A5 S1, R1, M2):
the workshop is closed, its unsaved work and recovery copy let go and it leaves Open recent only
when its own file went; a file that cannot be reached is said so with nothing closed; a file
changed elsewhere since it was opened is named so in the question."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_every_copy_of_a_workshop import _crashed_copy, _spring, _workshop, asked  # noqa: F401
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import save_workshop
from wtfc.ui import recent_files
from wtfc.ui.delete_workshop import delete_workshop


def test_a_file_changed_elsewhere_since_it_was_opened_is_said_so(make_window, tmp_path, asked):
    path = _spring(tmp_path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    # a colleague on another computer saves an afternoon's work over it (a synced folder)
    save_workshop(_workshop("Colleague's whole afternoon"), path, backup=False)
    later = os.stat(path).st_mtime + 5
    os.utime(path, (later, later))
    asked.answers = ["cancel"]
    assert not delete_workshop(window)
    assert "'spring.wtfc' (the workshop, changed elsewhere since this window last opened or " \
           "saved it, perhaps on another computer, today at " in asked.said[0]
    assert "what it holds now is not in this window" in asked.said[0]


def test_a_file_unchanged_since_it_was_opened_is_not_said_to_have_changed(
        make_window, tmp_path, asked):
    path = _spring(tmp_path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["cancel"]
    delete_workshop(window)
    assert "'spring.wtfc' (the workshop, today at " in asked.said[0]
    assert "changed elsewhere" not in asked.said[0]


@pytest.mark.parametrize("error", [(30, "Read-only file system"), (13, "Permission denied")])
def test_a_file_that_will_not_go_leaves_the_workshop_open_and_nothing_deleted(
        make_window, recovery_folder, tmp_path, asked, monkeypatch, error):
    """A read-only share, a folder it may not change, a file another program holds."""
    path = _spring(tmp_path)
    dead = _crashed_copy(recovery_folder, path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    recent_files.remember(path)
    window.undo.push(remove_person(window.doc, code="P01"))  # unsaved work

    def refused(self, *a, **k):
        raise (PermissionError if error[0] == 13 else OSError)(*error, str(self))

    monkeypatch.setattr(Path, "unlink", refused)
    asked.answers = ["delete"]
    assert not delete_workshop(window)
    assert window.files.path == path and window.isWindowModified()
    assert "P01" in window.doc.workshop.withdrawn_codes  # the unsaved work is still here
    assert str(path) in recent_files.recent_files()
    assert dead.is_dir() and path.with_name("spring.wtfc.bak").exists()
    [warned] = asked.warned
    assert warned.startswith("'spring.wtfc' was not deleted: ")
    assert "Nothing was deleted, and the workshop is still open." in warned
    assert "Deleted" not in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage().startswith("'spring.wtfc' was not deleted")


def test_a_file_that_cannot_be_reached_is_said_so_and_nothing_is_closed(
        make_window, recovery_folder, tmp_path, asked):
    """The USB stick is pulled out while the workshop is open (or the network share drops)."""
    stick = tmp_path / "E"
    stick.mkdir()
    path = _spring(stick)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    recent_files.remember(path)
    dead = _crashed_copy(recovery_folder, path)
    stick.rename(tmp_path / "E-unplugged")
    asked.answers = []  # not asked: nothing can be deleted
    assert not delete_workshop(window)
    assert asked.said == []
    [warned] = asked.warned
    assert warned.startswith("'spring.wtfc' cannot be reached")
    assert "Nothing was deleted or closed" in warned
    assert dead.is_dir() and window.files.path == path
    assert str(path) in recent_files.recent_files()
    assert "Deleted" not in window.statusBar().currentMessage()


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need rights on Windows")
def test_a_link_is_named_as_a_link_and_the_file_it_points_to_is_not_said_deleted(
        make_window, tmp_path, asked):
    (tmp_path / "elsewhere").mkdir()
    real = _spring(tmp_path / "elsewhere")
    (tmp_path / "desk").mkdir()
    link = tmp_path / "desk" / "spring.wtfc"
    link.symlink_to(real)
    window = make_window(autosave=False)
    assert window.files.open_path(link)
    asked.answers = ["delete"]
    delete_workshop(window)
    assert "'spring.wtfc' (a link to '" in asked.said[0]
    assert "the link is deleted, not the file it leads to" in asked.said[0]
    assert not link.is_symlink() and real.exists()
    assert window.statusBar().currentMessage().startswith("Deleted the link 'spring.wtfc'")


def test_a_colleagues_version_goes_with_its_own_earlier_version(make_window, tmp_path, asked):
    """M4: once opened and saved, 'spring (changed elsewhere 10-20).wtfc' keeps its own .bak,
    which holds the same names: it was left while the done-line said 'every copy'."""
    path = _spring(tmp_path)
    colleague = tmp_path / "spring (changed elsewhere 10-20).wtfc"
    save_workshop(_workshop("Jo"), colleague, backup=False)
    save_workshop(_workshop("Jo again"), colleague)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    assert "'spring (changed elsewhere 10-20).wtfc.bak' (an earlier version of the colleague's " \
           "version, today at " in asked.said[0]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("spring")) == []
    assert window.statusBar().currentMessage().startswith(
        "Deleted 'spring.wtfc' and every copy wtfc made of it (4 files).")
