# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Every copy of a workshop (review 36 R6 R2, R3): Remove earlier versions… names and deletes
the damaged file set aside and the recovery copies a stopped wtfc left of this file; File →
Delete this workshop and its copies… deletes the file and every copy wtfc made of it, asked
once, leaving the user's own files, another workshop's and its name in the settings."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from test_remove_earlier_versions import Asked
from window_fixtures import make_window, recovery_folder  # noqa: F401

import wtfc.ui.remove_earlier_versions as rev
from wtfc.model import recovery, temporary_files
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui import recent_files, review_memory

WORDS = "Mrs Edith Pike said nobody comes"


@pytest.fixture
def asked(monkeypatch, tmp_path) -> Asked:
    (tmp_path / "pictures").mkdir()
    return Asked(monkeypatch, tmp_path / "pictures")


def _workshop(venue: str = "") -> Workshop:
    return Workshop(title="Spring", venue=venue, people=[Person(id="P01"), Person(id="P90")],
                    cards=[Card(id="c1", kind=Kind.WORKING, text="I like my garden",
                                person="P01"),
                           Card(id="c2", kind=Kind.NOT_WORKING, text=WORDS, person="P90")])


def _crashed_copy(recovery_folder: Path, path: Path, name: str = "dead1") -> Path:
    """A recovery copy of ``path`` left by a wtfc that stopped (no lock held)."""
    session = recovery_folder / name
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(path), title="Spring", pid=1,
                            hostname=recovery.this_host(), instance_id=name)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(_workshop("Hall"), header),
                            session)
    return session


def _holding(*folders: Path) -> list[str]:
    return sorted(f.name for folder in folders for f in folder.rglob("*")
                  if f.is_file() and WORDS.encode() in f.read_bytes())


def test_remove_earlier_versions_names_and_deletes_the_damaged_file_and_a_kept_recovery_copy(
        make_window, recovery_folder, tmp_path, asked):
    """R2: 'spring.wtfc.damaged' (set aside when a cut-short file was replaced by its earlier
    version) and a copy kept with Decide later held a withdrawn person's card after Remove
    earlier versions…; nothing named them."""
    folder = tmp_path / "day"
    folder.mkdir()
    path = folder / "spring.wtfc"
    save_workshop(_workshop(), path)
    save_workshop(_workshop("Hall"), path)
    (folder / "spring.wtfc.damaged").write_bytes(path.read_bytes()[:-40])  # cut short
    _crashed_copy(recovery_folder, path)
    other = _crashed_copy(recovery_folder, folder / "autumn.wtfc", "dead2")
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P90"))
    assert window.files.save()
    asked.answers = ["cancel", "remove"]
    assert not rev.remove_earlier_versions(window)
    said = asked.said[0]
    assert "Delete the 3 earlier versions of 'spring.wtfc' kept beside it and wtfc's recovery " \
           "copy of it?" in said
    assert "'spring.wtfc.damaged' is the file of this workshop that would not open, kept for " \
           "someone technical: it still holds what it held." in said
    assert "The recovery copy wtfc kept of this workshop from today at " in said
    assert "the whole workshop as it was then" in said
    assert len(_holding(folder, recovery_folder)) == 5  # Cancel deletes nothing
    assert rev.remove_earlier_versions(window)
    assert _holding(folder, recovery_folder) == ["snapshot.wtfc-recovery"]  # autumn's
    assert sorted(p.name for p in folder.iterdir()) == ["spring.wtfc", "spring.wtfc.lock"]
    assert other.is_dir()  # autumn's copy stays
    assert window.statusBar().currentMessage() == (
        "Removed 3 earlier versions of 'spring.wtfc'. Removed wtfc's recovery copy of it.")


def _file_menu_action(window) -> QAction:
    menu = next(m for m in window.findChildren(QMenu)
                if any(a.objectName() == "delete_workshop" for a in m.actions()))
    menu.aboutToShow.emit()  # what opening the File menu does
    return next(a for a in menu.actions() if a.objectName() == "delete_workshop")


def test_delete_this_workshop_removes_every_copy_wtfc_made_and_nothing_else(
        make_window, recovery_folder, tmp_path, asked):
    folder = tmp_path / "Spring review"
    folder.mkdir()
    path = folder / "spring.wtfc"
    for venue in ("A", "B", "C", "D"):
        save_workshop(_workshop(venue), path, versions=3)  # .bak, .bak2, .bak3
    made = ["spring.wtfc", "spring.wtfc.bak", "spring.wtfc.bak2", "spring.wtfc.bak3",
            "spring (changed elsewhere 10-20).wtfc", "spring.wtfc.damaged",
            "spring.wtfc.damaged2", "spring.wtfc.empty",
            f".wtfc-{temporary_files._key(path)}ab12cd34.tmp"]
    for name in made[4:-1]:
        (folder / name).write_bytes(path.read_bytes())
    theirs = ["spring notes.docx", "spring (changed elsewhere by Jo).wtfc", "autumn.wtfc",
              "autumn.wtfc.bak", "spring.wtfc.damaged notes", "spring 2.wtfc"]
    for name in theirs:
        (folder / name).write_bytes(b"the user's")
    dead = _crashed_copy(recovery_folder, path)
    autumn_copy = _crashed_copy(recovery_folder, folder / "autumn.wtfc", "dead2")
    last_time = tmp_path / "last year.wtfc"
    review_memory.remember(path, last_time)
    review_memory.remember(folder / "autumn.wtfc", path)  # spring was autumn's last time
    review_memory.remember(folder / "spring 2.wtfc", last_time)
    window = make_window()
    recent_files.remember(folder / "autumn.wtfc")
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P01"))  # unsaved: the question says so
    # a crash mid-save long ago, left after the open tidied (another laptop's, in a synced folder)
    (folder / made[-1]).write_bytes(path.read_bytes())
    stale = time.time() - temporary_files.STALE_SECONDS - 60
    os.utime(folder / made[-1], (stale, stale))

    action = _file_menu_action(window)
    assert action.isEnabled() and "&k" in action.text()  # Alt+F, K
    asked.answers = ["cancel"]
    action.trigger()
    assert asked.defaults == ["Cancel"]  # Enter deletes nothing
    assert sorted(made + theirs) == sorted(p.name for p in folder.iterdir()
                                           if p.suffix != ".lock")
    said = asked.said[0]
    assert "Delete 'spring.wtfc' and every copy wtfc made of it? This cannot be undone." in said
    for name in made:
        assert f"'{name}' (" in said
    for name in theirs:
        assert f"'{name}'" not in said
    for words in ("'spring.wtfc' (the workshop, today at ",
                  "'spring.wtfc.bak3' (an earlier version, today at ",
                  "(a colleague's version a save replaced, today at ",
                  "'spring.wtfc.damaged' (the file that would not open, ",
                  "(left by a save cut short, ", "The recovery copy wtfc kept of this workshop "
                  "from today at ", "(in wtfc's own folder)", "Open recent and Review's memory",
                  "Your changes not saved yet are lost too.", "Undo cannot bring them back",
                  "OneDrive", "clipboard history", "PDFs", "next cycle's workshop"):
        assert words in said, words
    assert dead.is_dir() and window.files.path == path

    asked.answers = ["delete"]
    action.trigger()
    assert sorted(p.name for p in folder.iterdir()) == sorted(theirs)  # no lock file left
    assert not dead.exists() and autumn_copy.is_dir()
    assert window.files.path is None and window.doc.workshop.cards == []
    assert window.windowTitle().startswith("Untitled")
    assert not window.isWindowModified()
    window.files.autosaver.wait()
    assert [p.name for p in recovery_folder.rglob("*.wtfc-recovery")] == ["snapshot.wtfc-recovery"]
    assert recent_files.recent_files() == [str(folder / "autumn.wtfc")]
    assert json.loads(str(review_memory.settings().value(review_memory.KEY))) == {
        str((folder / "spring 2.wtfc").resolve()): str(last_time.resolve())}
    assert window.statusBar().currentMessage().startswith(
        "Deleted 'spring.wtfc' and every copy wtfc made of it (10 files).")
    assert asked.warned == []
    assert not _file_menu_action(window).isEnabled()


def test_delete_is_greyed_with_why_when_unsaved_or_read_only(make_window, tmp_path, asked):
    window = make_window(autosave=False)
    action = _file_menu_action(window)
    assert not action.isEnabled()
    assert action.toolTip() == "The workshop is not saved yet: there is no file of it to delete"
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path)
    save_workshop(_workshop("Hall"), path)
    assert window.files.open_path(path.with_name("spring.wtfc.bak"))  # opens read-only
    action = _file_menu_action(window)
    assert not action.isEnabled()
    assert action.toolTip() == "Not while the workshop is open read-only"
    action.trigger()
    assert asked.said == [] and path.exists()


def _spring(folder: Path) -> Path:
    path = folder / "spring.wtfc"
    save_workshop(_workshop(), path)
    save_workshop(_workshop("Hall"), path)  # spring.wtfc.bak
    return path


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_delete_leaves_a_colleagues_copy_open_in_another_window_and_says_why(
        make_window, tmp_path, asked):
    from wtfc.ui.delete_workshop import delete_workshop

    path = _spring(tmp_path)
    copy = tmp_path / "spring (changed elsewhere 10-20).wtfc"
    save_workshop(_workshop(), copy, backup=False)
    other = make_window(autosave=False)  # working in the colleague's copy
    assert other.files.open_path(copy) and not other.undo.read_only
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    said = asked.said[0]
    assert "'spring (changed elsewhere 10-20).wtfc' is already open in another wtfc window " \
           "on this computer (since " in said
    assert "It is not deleted while it is open there." in said
    assert "'spring (changed elsewhere 10-20).wtfc' (" not in said  # not among those to go
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("spring")) == [
        "spring (changed elsewhere 10-20).wtfc", "spring (changed elsewhere 10-20).wtfc.lock"]


def test_a_file_that_will_not_go_is_said_plainly(make_window, tmp_path, asked, monkeypatch):
    from wtfc.ui.delete_workshop import delete_workshop

    path = _spring(tmp_path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    unlink = Path.unlink

    def held(self, *a, **k):
        if self.name == "spring.wtfc.bak":
            raise PermissionError(13, "Permission denied", str(self))
        return unlink(self, *a, **k)

    monkeypatch.setattr(Path, "unlink", held)
    asked.answers = ["delete"]
    assert not delete_workshop(window)
    [warned] = asked.warned
    assert warned.startswith("wtfc could not delete 1 of the files of 'spring.wtfc':\n"
                             "'spring.wtfc.bak': you may not change files in that folder, or "
                             "another program has it open.\n\nDelete it in the folder ")
    assert "Traceback" not in warned and "Errno" not in warned
    assert not path.exists() and path.with_name("spring.wtfc.bak").exists()
    assert window.files.path is None


def test_remove_earlier_versions_reaches_a_kept_recovery_copy_alone_never_a_running_ones(
        make_window, recovery_folder, tmp_path, asked):
    from test_remove_earlier_versions import _remove_action

    from wtfc.ui.autosave import session_lock

    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)  # no earlier version beside it
    session = _crashed_copy(recovery_folder, path)
    running = session_lock(session)
    assert running.tryLock(0)  # the wtfc that wrote it is still running
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    assert not _remove_action(window).isEnabled()
    running.unlock()  # it stopped without closing
    action = _remove_action(window)
    assert action.isEnabled()
    asked.answers = ["remove"]
    action.trigger()
    assert "Delete wtfc's recovery copy of 'spring.wtfc'?" in asked.said[0]
    assert not session.exists()
    assert window.statusBar().currentMessage() == "Removed wtfc's recovery copy of it."
