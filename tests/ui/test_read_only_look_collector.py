# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A read-only window's watch ended (another workshop opened there) while its share is stuck:
wtfc carried on with Python's collector off until the stat came back, if ever (A6 M1)."""

from __future__ import annotations

import gc
import os
import threading

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from settled import until
from test_read_only_watch import _answer_read_only
from test_read_only_watch_off_thread import _held_share
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui import background, read_only_look, read_only_watch


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(read_only_watch, "CHECK_MS", 20)


def test_leaving_a_held_look_turns_the_collector_back_on(qtbot, make_window, workshop_file,
                                                         monkeypatch):
    other = workshop_file.with_name("autumn.wtfc")
    save_workshop(Workshop(title="Autumn workshop"), other)
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    _answer_read_only()
    assert second.files.open_path(workshop_file)
    answering, asked = _held_share(monkeypatch)
    loads_after_close: list[str] = []
    real_load = read_only_look.load_workshop

    def load(path):
        loads_after_close.append(threading.current_thread().name)
        return real_load(path)

    try:
        until(qtbot, lambda: bool(asked))
        assert not gc.isenabled()  # paused while the look is out, as before
        assert second.files.open_path(other)  # on a local disk: the watch on the share ends
        until(qtbot, gc.isenabled, timeout=1000)  # at once, not when the share answers
        # the file saved elsewhere meanwhile: the late look would read it, collector on
        monkeypatch.setattr(read_only_look, "load_workshop", load)
        stat = workshop_file.stat()
        os.utime(workshop_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    finally:
        answering.set()
    until(qtbot, lambda: not any(t.name == "wtfc read-only look" for t in threading.enumerate()))
    assert background._CollectorPause.running == 0  # resumed once, not twice
    assert gc.isenabled()
    assert loads_after_close == []  # nothing read on the thread once its watch had ended
