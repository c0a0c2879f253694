# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop open read-only because another copy on this computer has it: when that copy is
killed (``kill -9``, a laptop that lost power) its lock stays until the file is opened again,
and the read-only window was never offered the file. The watch now says that copy stopped,
with "Open it to work on it", whose Open offers the stopped copy's unsaved work. Another
computer's lock cannot be judged: nothing is said of it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from settled import until
from test_read_only_watch import _answer_read_only, _button, _cards, _notice
from test_recovery_dialog import _crashed_copy
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.ui import read_only_watch, recovery_dialog
from wtfc.ui.recovery_dialog import Choice

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a process killed with SIGKILL")

HOLD = ("import sys, time\nfrom PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\nprint(lock.tryLock(0), flush=True)\ntime.sleep(60)\n")


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(read_only_watch, "CHECK_MS", 20)  # a few seconds in use


@pytest.fixture
def holder(workshop_file):
    """Another process on this computer holding the workshop's lock, as a copy of wtfc does."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, f"{workshop_file}.lock"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        yield child
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def _looks(monkeypatch) -> list[object]:
    """Each look the watch got back."""
    seen: list[object] = []
    real = read_only_watch.ReadOnlyWatch._seen

    def counted(watch, found):
        seen.append(found)
        real(watch, found)
    monkeypatch.setattr(read_only_watch.ReadOnlyWatch, "_seen", counted)
    return seen


def _read_only_and_quiet(qtbot, window, path, monkeypatch) -> None:
    """``path`` opened read-only in ``window`` while its holder runs: three looks, none said."""
    looks = _looks(monkeypatch)
    _answer_read_only()
    assert window.files.open_path(path)
    assert window.undo.read_only
    until(qtbot, lambda: len(looks) >= 3)
    assert _notice(window) == ""


def test_a_holder_killed_is_said_and_opening_offers_its_unsaved_work(
        qtbot, make_window, workshop_file, recovery_folder, holder, monkeypatch):
    window = make_window()
    _crashed_copy(recovery_folder, workshop_file)  # its unsaved work: 3 cards the file lacks
    _read_only_and_quiet(qtbot, window, workshop_file, monkeypatch)  # that copy runs

    holder.kill()  # SIGKILL: its lock file stays, naming a process that is gone
    holder.wait()
    until(qtbot, lambda: "stopped" in _notice(window))
    assert _notice(window) == (
        "The other wtfc window on this computer stopped without closing 'spring.wtfc': nobody "
        "has it open now. Opening it here offers any work it had not saved.")
    assert _button(window).text() == "Open it to work on it"
    assert window.undo.read_only and _cards(window) == ["My carer is kind"]  # nothing taken

    asked: list[str] = []

    def restore(dialog) -> Choice:
        asked.append(dialog.text.text())
        return Choice.RESTORE
    monkeypatch.setattr(recovery_dialog, "_exec", restore)
    _button(window).click()
    assert len(asked) == 1 and "3 more cards" in asked[0]  # the stopped copy's work, offered
    assert _cards(window) == ["My carer is kind", "Late card 0", "Late card 1", "Late card 2"]
    assert not window.undo.read_only and window.files.lock.guarding
    assert _notice(window) == ""  # the watch ended with the file open to work on


def test_a_holder_killed_after_a_save_says_what_the_save_had(
        qtbot, make_window, workshop_file, holder, monkeypatch):
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.model.workshop import Card, Kind

    window = make_window(autosave=False)
    _answer_read_only()
    assert window.files.open_path(workshop_file)
    saved = load_workshop(workshop_file).workshop
    save_workshop(saved.model_copy(update={"cards": [
        *saved.cards, Card(id="c2", kind=Kind.WORKING, text="Nobody rings me back")]}),
        workshop_file)  # as that copy's Save wrote it
    until(qtbot, lambda: "still shows it" in _notice(window))
    holder.kill()
    holder.wait()
    until(qtbot, lambda: "stopped" in _notice(window))
    said = _notice(window)
    assert said.startswith("'spring.wtfc' was saved in the other wtfc window at ")
    assert said.endswith(" (1 more card), then that window stopped without closing it: nobody "
                         "has it open now. Opening it here offers any work it had not saved.")
    _button(window).click()
    assert not window.undo.read_only
    assert _cards(window) == ["My carer is kind", "Nobody rings me back"]


def test_another_computers_lock_is_never_judged(qtbot, make_window, workshop_file, holder,
                                                monkeypatch):
    holder.kill()
    holder.wait()  # its process is gone, but the lock says another computer: not provable
    lock = workshop_file.with_name("spring.wtfc.lock")
    pid, app = lock.read_text().split("\n")[:2]  # its host and machine id another's
    lock.write_text("\n".join([pid, app, "LAPTOP-7F", "0" * 32, "1" * 36, ""]))
    _read_only_and_quiet(qtbot, make_window(autosave=False), workshop_file, monkeypatch)
