# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Garbage made while an autosave write or an import runs is freed on the UI thread, never on
the worker: a collection there that reached a cycle holding Qt widgets destroyed them off the
UI thread ("Timers cannot be stopped from another thread", and Qt may abort mid-workshop).
Every autosave write and every import used to end with one on its own thread."""

from __future__ import annotations

import gc
import threading

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.importing.errors import ImportFailed
from wtfc.model import recovery
from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind
from wtfc.ui.import_worker import BackgroundJob


class _Cycle:
    """Garbage only the cyclic collector frees; notes the thread that frees it."""

    def __init__(self, freed_on: list[str]) -> None:
        self.freed_on = freed_on
        self.me = self

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _garbage_while_it_runs(started: threading.Event, go: threading.Event) -> list[str]:
    """Once the worker has started, leave 2,000 cycles on the UI thread (the collector is off,
    but they count towards its next run), then let the worker finish."""
    assert started.wait(10)
    freed_on: list[str] = []
    for _ in range(2000):
        _Cycle(freed_on)
    go.set()
    return freed_on


def _freed_here(qtbot, freed_on: list[str]) -> None:
    qtbot.waitUntil(gc.isenabled, timeout=10_000)  # turned back on by the UI thread
    # The youngest generation is enough, and a full collection of the suite's heap took 0.3 s:
    # a garbage cycle never outlives a collection, so any not yet freed are still in it.
    gc.collect(0)
    assert len(freed_on) == 2000
    assert set(freed_on) == {threading.main_thread().name}


def test_an_autosave_write_leaves_collection_to_the_ui_thread(make_window, qtbot, monkeypatch):
    window = make_window(delay_ms=60_000, max_ms=60_000)  # written when the test says
    started, go = threading.Event(), threading.Event()
    real_write = recovery.write_snapshot

    def slow_write(*args):
        started.set()
        go.wait(10)
        real_write(*args)

    monkeypatch.setattr(recovery, "write_snapshot", slow_write)
    window.undo.push(add_card(window.doc, kind=Kind.FUTURE, text="A garden"))
    assert window.files.autosaver.snapshot_now()
    freed_on = _garbage_while_it_runs(started, go)
    window.files.autosaver.wait()
    _freed_here(qtbot, freed_on)


@pytest.mark.parametrize("refused", [False, True], ids=["read", "refused"])
def test_an_import_leaves_collection_to_the_ui_thread(qtbot, refused):
    started, go = threading.Event(), threading.Event()

    def read():
        started.set()
        go.wait(10)
        if refused:
            raise ImportFailed("reviews.xlsx is empty: there is nothing to import.")
        return [object() for _ in range(10)]

    job = BackgroundJob()
    answers: list[str] = []
    job.finished.connect(lambda _result: answers.append("read"))
    job.failed.connect(answers.append)
    job.start(read, what="reading reviews.xlsx")
    freed_on = _garbage_while_it_runs(started, go)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    _freed_here(qtbot, freed_on)
