# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The read-only watch looks at the disk on a worker: a shared folder that stopped answering
holds a stat for tens of seconds, and the window (often the one on the projector) froze with
it every few seconds. One look at a time, however long it takes."""

from __future__ import annotations

import threading
import time

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QTimer
from settled import until
from test_read_only_watch import _answer_read_only, _notice
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind
from wtfc.ui import read_only_look, read_only_watch


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(read_only_watch, "CHECK_MS", 20)


def test_a_share_that_stops_answering_never_freezes_the_window(qtbot, make_window,
                                                              workshop_file, monkeypatch):
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    _answer_read_only()
    assert second.files.open_path(workshop_file)
    first.undo.push(add_card(first.doc, kind=Kind.WORKING, text="Nobody rings me back"))
    assert first.files.save()

    answering, asked = threading.Event(), []
    real = read_only_look.disk_stamp

    def hung_share(path):  # a stat on a share that stopped answering, until it answers
        asked.append(threading.current_thread() is threading.main_thread())
        answering.wait(10)
        return real(path)

    monkeypatch.setattr(read_only_look, "disk_stamp", hung_share)
    ticks = [0]
    second.findChild(read_only_watch.ReadOnlyWatch).timer.timeout.connect(
        lambda: ticks.__setitem__(0, ticks[0] + 1))
    try:
        until(qtbot, lambda: ticks[0] >= 5 and bool(asked))  # the UI thread ticks on meanwhile
        answered: list[float] = []
        start = time.monotonic()
        QTimer.singleShot(0, lambda: answered.append(time.monotonic() - start))
        until(qtbot, lambda: bool(answered))
        assert answered[0] < 0.1  # the window answers at once, the stat still held
        assert asked == [False]  # on a worker, and never a second look while one is out
        assert _notice(second) == ""
    finally:
        answering.set()  # the share answers: the save is told
    until(qtbot, lambda: "(1 more card)" in _notice(second))
