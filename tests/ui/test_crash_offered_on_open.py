# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A running wtfc opens a file that another copy on this computer had open when it stopped
(killed, the power cut): that copy's unsaved work is offered then, before the file opens, not
at the next start after the facilitator has typed the lost cards again (review R4-2)."""

from __future__ import annotations

import sys

import pytest
from test_crash_leftovers import _lock_of_a_killed_copy, killed_lock  # noqa: F401
from test_recovery_dialog import _crashed_copy
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui import recovery_dialog
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a lock left by a killed process")


def _answering(monkeypatch, choice: Choice) -> list[str]:
    texts: list[str] = []

    def answer(dialog) -> Choice:
        texts.append(dialog.text.text())
        return choice
    monkeypatch.setattr(recovery_dialog, "_exec", answer)
    return texts


def _cards(window) -> list[str]:
    return [card.text for card in window.doc.workshop.cards]


def test_restore_opens_the_stopped_copys_work_as_the_file(make_window, workshop_file,
                                                          recovery_folder, killed_lock,
                                                          monkeypatch):
    window = make_window()
    _crashed_copy(recovery_folder, workshop_file)  # 3 cards the file lacks
    _lock_of_a_killed_copy(workshop_file, killed_lock)
    texts = _answering(monkeypatch, Choice.RESTORE)
    assert window.files.open_path(workshop_file)
    assert len(texts) == 1 and "3 more cards" in texts[0]
    assert _cards(window) == ["My carer is kind", "Late card 0", "Late card 1", "Late card 2"]
    assert window.files.path == workshop_file and not window.undo.read_only
    assert not window.undo.stack.isClean()  # the recovered work is not saved yet
    assert window.files.lock.guarding  # held here: a third copy is told it is open
    assert window.files.save()
    assert crashed_sessions(recovery_folder, own=window.files.autosaver.instance_id) == []


def test_decide_later_opens_the_file_and_keeps_the_copy(make_window, workshop_file,
                                                        recovery_folder, killed_lock,
                                                        monkeypatch):
    window = make_window()
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    _lock_of_a_killed_copy(workshop_file, killed_lock)
    texts = _answering(monkeypatch, Choice.LATER)
    assert window.files.open_path(workshop_file)
    assert len(texts) == 1
    assert _cards(window) == ["My carer is kind"] and window.undo.stack.isClean()
    assert (session / recovery.SNAPSHOT_NAME).exists()  # offered again at the next start


def test_only_that_files_copy_is_offered(make_window, workshop_file, recovery_folder,
                                         killed_lock, monkeypatch):
    other = workshop_file.with_name("autumn.wtfc")
    save_workshop(Workshop(title="Autumn workshop"), other)
    window = make_window()
    autumn, _ = _crashed_copy(recovery_folder, other, name="dead2")
    texts = _answering(monkeypatch, Choice.RESTORE)
    _lock_of_a_killed_copy(workshop_file, killed_lock)
    assert window.files.open_path(workshop_file)  # no copy of spring's: nothing asked
    assert texts == [] and _cards(window) == ["My carer is kind"]
    assert (autumn / recovery.SNAPSHOT_NAME).exists()
    [kept] = crashed_sessions(recovery_folder, own=window.files.autosaver.instance_id)
    kept.keep()  # its lock was let go: the next start can offer it


def test_a_file_nobody_left_open_asks_nothing(make_window, workshop_file, recovery_folder,
                                              monkeypatch):
    """No lock of a stopped copy beside it (a clean close, or another computer's): the
    start-up offer stays the only one."""
    window = make_window()
    _crashed_copy(recovery_folder, workshop_file)
    texts = _answering(monkeypatch, Choice.RESTORE)
    assert window.files.open_path(workshop_file)
    assert texts == [] and _cards(window) == ["My carer is kind"]
