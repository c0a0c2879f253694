"""Closing the window while an export is written, and Cancel (or Esc) on its progress dialog.

The export is held at its first step by a ``threading.Event``, then let go while the UI thread
is busy, so its last steps and its end arrive together, as after a frozen close: the dialog's
``setValue`` then delivered the end inside itself, opened "Export saved" there and crashed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle
from wtfc.ui import export_actions, export_run
from wtfc.ui.export_run import ExportProgress


@pytest.fixture(autouse=True)
def show_soon(monkeypatch):
    """Progress windows show after 50 ms, not 400: the tests wait for them on screen."""
    monkeypatch.setattr(export_run, "SHOW_AFTER_MS", 50)


@pytest.fixture
def gate(monkeypatch):
    """Exports wait at their first step until ``gate.set()``, then run as they do."""
    gate = threading.Event()
    real = export_actions.run_export_now

    def held(key, workshop, output, progress, previous=None):
        progress(0, 4)
        assert gate.wait(30)
        return real(key, workshop, output, progress, previous)

    monkeypatch.setattr(export_actions, "run_export_now", held)
    return gate


def shown_dialog(qtbot) -> ExportProgress:
    qtbot.waitUntil(lambda: any(isinstance(w, ExportProgress) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, ExportProgress) and w.isVisible())


def let_go_while_busy(gate) -> None:
    """Let the export finish while the UI thread hears nothing, so its end queues up: the UI
    thread waits for the worker's thread to end (a fixed second's sleep was mostly idle, and
    on a loaded machine could end before the export did)."""
    from wtfc.ui import background

    gate.set()
    for worker in list(background._started):  # every worker not yet seen finished
        assert worker.wait(30_000)


def no_export_dialog() -> bool:
    return not any(isinstance(w, ExportProgress) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_closing_mid_export_says_so_finishes_and_closes_with_no_box(
        qtbot, demo_window, tmp_path, message_boxes, gate, capfd):
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    task = demo_window.exports.export("report", out)
    dialog = shown_dialog(qtbot)
    assert demo_window.close() is False  # not yet: the export is being written
    assert demo_window.isVisible() and dialog.isVisible()
    assert dialog.labelText() == ("Finishing the report before closing…\n"
                                  "Cancel (or Esc) stops it, and nothing is written.")
    assert demo_window.statusBar().currentMessage() == "Finishing the report before closing…"
    let_go_while_busy(gate)
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=20_000)
    settle()  # anything still queued would open its box now
    assert not task.is_running()
    assert out.read_bytes().startswith(b"%PDF")  # the export was finished, not dropped
    assert not [m for m in message_boxes if m[0] != "question"]  # no "Export saved" after
    # no window left up, so the app quits (lastWindowClosed is emitted only within exec):
    # a box after the window had gone kept a hidden wtfc running
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert no_export_dialog()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "RuntimeError" not in err


def test_a_failure_while_closing_is_said_before_the_window_goes(
        qtbot, demo_window, tmp_path, message_boxes, monkeypatch):
    from wtfc.export.errors import ExportError

    gate = threading.Event()

    def fails(key, workshop, output, progress, previous=None):
        progress(0, 4)
        assert gate.wait(30)
        raise ExportError("The folder is full.")

    monkeypatch.setattr(export_actions, "run_export_now", fails)
    seen = []
    monkeypatch.setattr(
        export_actions.ExportController, "say_failed",
        lambda self, exc: seen.append((str(exc), self.parent_widget.isVisible())))
    demo_window.exports.export("report", tmp_path / "report.pdf")
    shown_dialog(qtbot)
    assert demo_window.close() is False
    let_go_while_busy(gate)
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=20_000)
    assert seen == [("The folder is full.", True)]  # said while the window was still there


def test_esc_stops_the_export_and_nothing_is_written(qtbot, demo_window, tmp_path, gate,
                                                     message_boxes):
    folder = tmp_path / "out"
    folder.mkdir()
    task = demo_window.exports.export("report", folder / "report.pdf")
    dialog = shown_dialog(qtbot)
    assert "Cancel (or Esc) stops it, and nothing is written." in dialog.labelText()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    # up until the worker has stopped, saying so: hidden, it seemed stopped while it ran on
    assert dialog.isVisible()
    assert dialog.labelText() == "Stopping the export… nothing is written."
    let_go_while_busy(gate)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20_000)
    qtbot.waitUntil(no_export_dialog, timeout=5000)
    assert demo_window.statusBar().currentMessage() == "Export stopped: nothing was written."
    assert list(folder.iterdir()) == []  # no file, and no temporary beside it
    assert not [m for m in message_boxes if m[0] != "question"]  # no box: Esc was asked for
    # and a new export starts at once, not refused as "already running"
    again = demo_window.exports.export("data", folder / "data.xlsx")
    assert again is not None
    with qtbot.waitSignal(again.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: any(m[1].startswith("Export saved") for m in message_boxes))


def test_a_normal_export_still_says_export_saved_once_its_dialog_is_gone(
        qtbot, demo_window, tmp_path, message_boxes, gate, monkeypatch, capfd):
    from PySide6.QtWidgets import QMessageBox

    out = tmp_path / "report.pdf"
    dialogs_up = []
    shown = []

    def information(_parent, title, text, *args):
        dialogs_up.append(not no_export_dialog())
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    task = demo_window.exports.export("report", out)
    shown_dialog(qtbot)
    let_go_while_busy(gate)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    settle()
    assert shown == [f"Export saved: Saved:\n{out}"] and dialogs_up == [False]
    assert demo_window.isVisible()
    assert "Traceback" not in capfd.readouterr().err


def test_cancel_pressed_after_the_last_step_says_the_file_was_written(
        qtbot, demo_window, tmp_path, message_boxes, monkeypatch):
    """An export past its last step writes its file: the box says so, not that it stopped."""
    from wtfc.export.output import write_file

    gate = threading.Event()

    def past_its_last_step(key, workshop, output, progress, previous=None):
        progress(4, 4)
        assert gate.wait(30)
        return [write_file(b"%PDF-1.4 written", output)]

    monkeypatch.setattr(export_actions, "run_export_now", past_its_last_step)
    out = tmp_path / "report.pdf"
    task = demo_window.exports.export("report", out)
    # Esc once the last step is heard, so the worker is past its last check for a stop
    dialog = shown_dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.maximum() == dialog.value() == 4, timeout=5000)
    dialog.reject()  # Esc
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: any(m[0] == "information" for m in message_boxes), timeout=5000)
    assert out.exists()
    assert ("information", "Export saved: It had been written before Cancel could stop it.\n\n"
            f"Saved:\n{out}") in message_boxes
