"""Background work leaves garbage collection to the UI thread.

A collection starts on whichever thread allocates: on a worker it could destroy Qt widgets off
the UI thread (Qt aborted during a data export in CI), and on the UI thread while a worker
imported numpy for the first time it crashed too. While any worker runs the collector is off.
"""

from __future__ import annotations

import gc
import threading

from wtfc.ui.background import BackgroundTask


def test_the_collector_is_off_while_a_worker_runs_and_on_after(qtbot):
    release = threading.Event()
    seen = []

    def work(_progress):
        seen.append(gc.isenabled())
        release.wait(10)
        return "done"

    first = BackgroundTask(work)
    second = BackgroundTask(lambda _progress: seen.append(gc.isenabled()))
    first.start()
    assert not gc.isenabled()  # off from the moment it starts, on the UI thread too
    with qtbot.waitSignal(second.finished, timeout=10_000):
        second.start()
    assert not gc.isenabled()  # the first still runs
    with qtbot.waitSignal(first.finished, timeout=10_000):
        release.set()
    assert gc.isenabled() and seen == [False, False]


def test_a_failed_job_turns_the_collector_back_on(qtbot):
    def fail(_progress):
        raise ValueError("broken")

    task = BackgroundTask(fail)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert gc.isenabled()


def test_a_task_is_no_longer_running_once_its_result_arrives(qtbot, monkeypatch):
    """The worker emits its result and then winds down; a second export asked for the moment
    "Export saved" shows must not be refused as "already running" (it was, in CI)."""
    import wtfc.ui.background as background

    real_resume, wind_down = background.resume_collector, threading.Event()

    def slow_wind_down():
        assert wind_down.wait(10)  # the worker is still running after its result is sent
        real_resume()

    monkeypatch.setattr(background, "resume_collector", slow_wind_down)
    task = BackgroundTask(lambda _progress: "done")
    assert not task.is_running()  # not started yet
    seen = []
    task.succeeded.connect(lambda _result: seen.append(task.is_running()))
    try:
        with qtbot.waitSignal(task.succeeded, timeout=10_000):
            task.start()
            assert task.is_running()
        assert seen == [False]
    finally:  # held until the result is checked (it slept 0.5 s), and let go even if it fails
        wind_down.set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert not task.is_running()


def test_a_failed_task_is_no_longer_running_once_its_failure_arrives(qtbot):
    def fail(_progress):
        raise ValueError("broken")

    task = BackgroundTask(fail)
    seen = []
    task.failed.connect(lambda _exc: seen.append(task.is_running()))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert seen == [False]
