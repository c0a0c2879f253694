"""Each export lets go of its copy of the workshop once it has ended: kept, a day of exports
held one copy each until the window closed, and after opening another file they kept the closed
workshop's cards alive too (11 workshops, 2,096 cards after 10 exports)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import background, export_actions
from wtfc.ui.background import BackgroundTask
from wtfc.ui.export_actions import ExportController
from wtfc.ui.export_run import ExportProgress, ExportRun


@pytest.fixture
def copies(monkeypatch) -> list[weakref.ref[Workshop]]:
    """Every copy of the workshop an export takes, weakly: those still alive are kept."""
    made: list[weakref.ref[Workshop]] = []
    real = export_actions.snapshot_workshop

    def recorded(workshop: Workshop) -> Workshop:
        copy = real(workshop)
        made.append(weakref.ref(copy))
        return copy

    monkeypatch.setattr(export_actions, "snapshot_workshop", recorded)
    return made


@pytest.fixture
def quick(monkeypatch):
    """The PDF exports written at once (a real one takes seconds, and what is kept is the same)."""
    real = export_actions.run_export_now

    def written(key, workshop, output, progress, previous=None, **_more):  # names: feedback
        if key == "data":
            return real(key, workshop, output, progress, previous)
        progress(1, 1)
        output.write_bytes(b"%PDF-1.4 quick")
        return [output]

    monkeypatch.setattr(export_actions, "run_export_now", written)


@pytest.fixture
def exports(qtbot) -> ExportController:
    ws = Workshop(title="Spring workshop",
                  cards=[Card(id=f"c{i}", kind=Kind.WORKING, text=f"Card {i}") for i in range(40)])
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExportController(Document(ws), parent)


def alive(made: list[weakref.ref[Workshop]]) -> int:
    """The copies still alive after the event loop's turn and, only if some are, the collector
    (the same count: it frees nothing counting references has; in a whole suite's memory each
    full collection, one after each export, was most of this file's time)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if any(ref() is not None for ref in made):
        gc.collect()
    return sum(ref() is not None for ref in made)


def saved(message_boxes) -> int:
    return sum(text.startswith("Export saved") for kind, text in message_boxes)


def left_over(exports: ExportController) -> list[object]:
    """Tasks, runs and progress dialogs still there (the dialogs are never shown: too quick)."""
    window = exports.parent_widget
    return [*exports.findChildren(BackgroundTask), *window.findChildren(ExportRun),
            *window.findChildren(ExportProgress)]


def test_ten_exports_keep_no_copy_of_the_workshop_once_each_has_ended(
        qtbot, tmp_path, exports, copies, quick, message_boxes):
    keys = ["data", "report", "feedback", "data", "report"] * 2
    for n, key in enumerate(keys, 1):
        task = exports.export(key, tmp_path / f"{n} {key}.{'xlsx' if key == 'data' else 'pdf'}")
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass
        qtbot.waitUntil(lambda n=n: saved(message_boxes) == n, timeout=5000)
        del task
        assert alive(copies) == 0, f"after export {n}"
    assert len(copies) == 10 and len(list(tmp_path.iterdir())) == 10
    assert left_over(exports) == []


def test_an_export_started_before_the_last_ones_thread_has_ended_leaves_nothing_behind(
        qtbot, tmp_path, exports, copies, quick, message_boxes, monkeypatch):
    """"Export saved" comes before the worker's thread ends; a new export asked for in those
    few ms starts, and the first one still goes (with its progress dialog) once its thread ends."""
    threads_may_end = threading.Event()
    real = background.resume_collector

    def held() -> None:  # the last thing a worker does before its thread ends
        assert threads_may_end.wait(30)
        real()

    monkeypatch.setattr(background, "resume_collector", held)
    first = exports.export("report", tmp_path / "first.pdf")
    qtbot.waitUntil(lambda: saved(message_boxes) == 1, timeout=5000)
    assert first is not None and first.is_running() is False  # its end is said
    second = exports.export("feedback", tmp_path / "second.pdf")
    assert second is not None  # not refused as "already running"
    qtbot.waitUntil(lambda: saved(message_boxes) == 2, timeout=5000)
    assert not [text for _kind, text in message_boxes if "already running" in text]
    with qtbot.waitSignals([first.finished, second.finished], timeout=30_000):
        threads_may_end.set()
    del first, second
    assert alive(copies) == 0
    assert left_over(exports) == []
