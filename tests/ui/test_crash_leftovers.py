# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""wtfc killed during or just after a save, then started again (review R4, session 28): no
"unsaved work" is offered for a workshop its file already holds, its Save never asks about a
file "changed on disk" that holds the very workshop open, and what the save left in the
folder (a lock beside no file, a hidden whole copy with names, the version it replaced) is
cleared once the copy of wtfc that wrote them is provably gone; a running copy's are kept."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery, temporary_files
from wtfc.model.atomic_save import backup_path
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.temporary_files import aside_beside, export_temporary_beside, temporary_beside
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.file_lock import FileLock
from wtfc.ui.recovery_dialog import Choice, offer_recovery, restore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a lock left by a killed process")


def _never_asked(dialog):
    raise AssertionError(f"offered: {dialog.text.text()}")


def _killed_after_the_save_wrote(window, monkeypatch, path: Path | None = None) -> None:
    """Ctrl+S, and the laptop dies once the file is written, before the recovery copy goes:
    the copy stays, and the process's locks are let go with their files left behind."""
    with monkeypatch.context() as patch:
        patch.setattr(recovery, "remove_snapshot", lambda session: None)
        assert window.files.save_to(path) if path else window.files.save()
        window.files.autosaver.wait()
    window.files.autosaver._lock.unlock()  # its session is a crashed one now
    window.files.lock.release()


def test_a_copy_the_saved_file_holds_is_not_offered(make_window, workshop_file, monkeypatch,
                                                     recovery_folder):
    first = make_window()
    first.files.open_path(workshop_file)
    first.undo.push(add_card(first.doc, kind=Kind.FUTURE, text="A garden"))
    _killed_after_the_save_wrote(first, monkeypatch)
    [crashed] = crashed_sessions(recovery_folder)
    crashed.keep()
    again = make_window()
    again.files.open_path(workshop_file)
    assert not offer_recovery(again, ask=_never_asked)
    assert crashed_sessions(recovery_folder, own=again.files.autosaver.instance_id) == []
    assert not first.files.autosaver.session.exists()
    assert "A garden" in {c.text for c in load_workshop(workshop_file).workshop.cards}


def test_a_new_workshop_saved_just_before_the_crash_is_not_offered_as_never_saved(
        make_window, tmp_path, monkeypatch, recovery_folder):
    first = make_window()
    first.undo.push(add_card(first.doc, kind=Kind.FUTURE, text="A garden"))
    target = tmp_path / "Spring review.wtfc"
    _killed_after_the_save_wrote(first, monkeypatch, target)
    [crashed] = crashed_sessions(recovery_folder)
    assert crashed.snapshot.header.original_path == ""  # taken before the file existed
    assert crashed.snapshot.header.saving_to == str(target)
    crashed.keep()
    assert not offer_recovery(make_window(), ask=_never_asked)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == ["Spring review.wtfc"]


def test_work_the_file_lacks_is_still_offered(make_window, tmp_path, monkeypatch):
    """The save never happened (killed before it wrote): the copy is offered as ever."""
    first = make_window()
    first.undo.push(add_card(first.doc, kind=Kind.FUTURE, text="A garden"))
    first.files.autosaver.snapshot_now(saving_to=tmp_path / "Spring review.wtfc")
    first.files.autosaver.wait()
    first.files.autosaver._lock.unlock()
    asked = []
    assert not offer_recovery(make_window(), ask=lambda d: asked.append(d.text.text())
                              or Choice.LATER)
    assert len(asked) == 1 and "never saved" in asked[0]


def test_restored_its_save_asks_nothing_and_leaves_no_copies(make_window, workshop_file,
                                                              monkeypatch, recovery_folder):
    """A copy restored all the same (an earlier wtfc offered it; Restore was the default): the
    file holds this very workshop, so Save neither asks "changed on disk" nor keeps it."""
    earlier = workshop_file.read_bytes()
    first = make_window()
    first.files.open_path(workshop_file)
    first.undo.push(add_card(first.doc, kind=Kind.FUTURE, text="A garden"))
    _killed_after_the_save_wrote(first, monkeypatch)
    saved = workshop_file.read_bytes()
    [crashed] = crashed_sessions(recovery_folder)
    again = make_window()
    restore(again, crashed)  # its Save once asked, and its "changed elsewhere" copy was third
    assert not again.undo.stack.isClean()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert again.files.save()
    assert again.undo.stack.isClean()
    assert workshop_file.read_bytes() == saved
    assert backup_path(workshop_file, 1).read_bytes() == earlier  # not the same file again
    assert sorted(p.name for p in workshop_file.parent.glob("*.wtfc*")) == [
        "spring.wtfc", "spring.wtfc.bak", "spring.wtfc.lock"]  # the lock: open here
    # and a file whose workshop differs in nothing but its bytes is written over unasked
    again.undo.push(add_card(again.doc, kind=Kind.FUTURE, text="A bench"))
    here = again.doc.workshop
    save_workshop(here, workshop_file, backup=False)  # as another program wrote it
    workshop_file.write_bytes(workshop_file.read_bytes() + b"\n")
    assert again.files.save()
    assert load_workshop(workshop_file).workshop == here
    assert not list(workshop_file.parent.glob("*changed elsewhere*"))


@pytest.fixture(scope="module")
def killed_lock(tmp_path_factory) -> bytes:
    """What a copy of wtfc killed on this computer leaves in its lock file (its process id,
    name and host: nothing of the path), made once for the module: a process each time took
    ~0.3 s of CPU to start Qt."""
    lock = tmp_path_factory.mktemp("killed") / "any.wtfc.lock"
    subprocess.run([sys.executable, "-c",
                    "import os, sys; from PySide6.QtCore import QLockFile; "
                    "lock = QLockFile(sys.argv[1]); lock.tryLock(0); os.kill(os.getpid(), 9)",
                    str(lock)], check=False)
    return lock.read_bytes()


def _lock_of_a_killed_copy(path: Path, killed: bytes) -> Path:
    """``NAME.wtfc.lock`` as a copy of wtfc killed on this computer leaves it."""
    lock = path.with_name(path.name + ".lock")
    lock.write_bytes(killed)
    return lock


def _temporary(path: Path, data: bytes = b'{"schema_version": 2, "people": [{"name": "A') -> Path:
    fd, name = temporary_beside(path)
    os.write(fd, data)
    os.close(fd)
    return Path(name)


def test_a_save_as_into_a_new_folder_cut_short_leaves_the_folder_empty(
        make_window, tmp_path, monkeypatch, killed_lock):
    first = make_window()
    first.undo.push(add_card(first.doc, kind=Kind.FUTURE, text="A garden"))
    target = tmp_path / "New folder" / "Spring review copy.wtfc"
    target.parent.mkdir()
    first.files.autosaver.snapshot_now(saving_to=target)  # as save_to takes it, then dies:
    first.files.autosaver.wait()
    first.files.autosaver._lock.unlock()
    lock, whole_copy = _lock_of_a_killed_copy(target, killed_lock), _temporary(target)
    assert not offer_recovery(make_window(), ask=lambda d: Choice.LATER)  # decided later
    assert list(target.parent.iterdir()) == []  # the copy with names went, and the lock
    assert not lock.exists() and not whole_copy.exists()


def test_what_a_running_copy_is_saving_is_left_alone(make_window, tmp_path):
    first = make_window()
    first.undo.push(add_card(first.doc, kind=Kind.FUTURE, text="A garden"))
    target = tmp_path / "Spring review copy.wtfc"
    first.files.autosaver.snapshot_now(saving_to=target)
    first.files.autosaver.wait()
    first.files.autosaver._lock.unlock()
    with FileLock(tmp_path / "elsewhere") as running:  # another copy, saving there now
        assert running.acquire(target) is None
        under_way = _temporary(target)
        assert not offer_recovery(make_window(), ask=lambda d: Choice.LATER)
        assert under_way.exists() and target.with_name(target.name + ".lock").exists()


def test_opening_after_a_crash_mid_save_clears_its_temporary_and_keeps_the_version(
        make_window, workshop_file, killed_lock):
    """Killed after the rename, before the versions moved: the version it replaced is kept
    as .bak on opening, and its whole hidden copy goes at once, not 10 minutes later."""
    before = Workshop(title="Spring workshop", cards=[Card(id="c0", kind=Kind.WORKING,
                                                           text="Before")])
    save_workshop(before, workshop_file.with_name("old.wtfc"), backup=False)
    aside_beside(workshop_file).write_bytes(workshop_file.with_name("old.wtfc").read_bytes())
    _lock_of_a_killed_copy(workshop_file, killed_lock)
    left = _temporary(workshop_file)
    window = make_window()
    assert window.files.open_path(workshop_file)
    assert not left.exists()
    assert not aside_beside(workshop_file).exists()
    assert load_workshop(backup_path(workshop_file, 1)).workshop == before
    assert not window.undo.read_only


def test_without_a_dead_copy_a_fresh_temporary_waits_its_ten_minutes(make_window,
                                                                    workshop_file):
    left = _temporary(workshop_file)  # whose save this is, nothing says
    assert make_window().files.open_path(workshop_file)
    assert left.exists()


def test_an_export_cut_short_is_cleared_when_a_workshop_there_is_opened(make_window,
                                                                        workshop_file):
    fd, name = export_temporary_beside(workshop_file.with_name("report.pdf"))
    os.write(fd, b"%PDF-1.4 the room's words %%EOF")
    os.close(fd)
    old = os.path.getmtime(name) - 180  # an export takes seconds: this one was cut short
    os.utime(name, (old, old))
    assert make_window().files.open_path(workshop_file)
    assert not Path(name).exists()


def test_an_export_a_gone_copy_was_writing_is_cleared_soon_after_the_restart(
        make_window, workshop_file, monkeypatch, qtbot, killed_lock):
    """Fresh at the restart (it might be another computer's export under way), it goes once
    no export could still be writing it, with nothing more done."""
    # stale at 0 s old, looked at again 1 s after the open: written 0.8 s "ahead" it is fresh
    # at the open and stale at that second look (a whole second sooner than at 1 s old)
    monkeypatch.setattr(temporary_files, "EXPORT_STALE_SECONDS", 0)
    fd, name = export_temporary_beside(workshop_file.with_name("report.pdf"))
    os.write(fd, b"%PDF-1.4 the room's words %%EOF")
    os.close(fd)
    _lock_of_a_killed_copy(workshop_file, killed_lock)
    ahead = time.time() + 3600  # fresh at the open, however long a loaded machine takes to it
    os.utime(name, (ahead, ahead))
    assert make_window().files.open_path(workshop_file)
    assert Path(name).exists()
    past = time.time() - 10  # then stale by the second look, 1 s after the open
    os.utime(name, (past, past))
    qtbot.waitUntil(lambda: not Path(name).exists(), timeout=5000)


def test_a_start_without_the_file_tidies_beside_it_too(make_window, workshop_file, tmp_path,
                                                       killed_lock):
    """wtfc started from its icon, not on the file: what the crashed copy's save left beside
    its workshop goes all the same, and the version it replaced is kept as .bak."""
    before = Workshop(title="Spring workshop", cards=[Card(id="c0", kind=Kind.WORKING,
                                                           text="Before")])
    save_workshop(before, tmp_path / "old.wtfc", backup=False)
    first = make_window()
    first.files.open_path(workshop_file)
    first.undo.push(add_card(first.doc, kind=Kind.FUTURE, text="A garden"))
    first.files.autosaver.snapshot_now()
    first.files.autosaver.wait()
    first.files.autosaver._lock.unlock()
    first.files.lock.release()
    aside_beside(workshop_file).write_bytes((tmp_path / "old.wtfc").read_bytes())  # its save
    assert not backup_path(workshop_file, 1).exists()
    lock, left = _lock_of_a_killed_copy(workshop_file, killed_lock), _temporary(workshop_file)
    asked = []
    assert not offer_recovery(make_window(), ask=lambda d: asked.append(1) or Choice.LATER)
    assert asked == [1]  # "A garden" is in no file: offered, and kept for later
    assert not lock.exists() and not left.exists()
    assert load_workshop(backup_path(workshop_file, 1)).workshop == before
