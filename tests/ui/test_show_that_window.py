# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""'Already open in another wtfc window on this computer' offers Show that window (the
default): the window that has the workshop comes forward, and a wtfc started only to open that
file quits instead of leaving a blank Untitled window. A window that does not answer is said
plainly, and the other choices stay (review R4-3). One that does not listen at all (an earlier
wtfc: none released before format 6 listens) is told apart: asking again never helps, so the
box says so and Show that window goes (review R1-3 of session 31)."""

from __future__ import annotations

import sys

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.ui import application, window_call
from wtfc.ui.window_call import BUSY, NO_ANSWER, NOT_LISTENING

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="offscreen activation")


def _answer(*buttons: str, seen: list[QMessageBox] | None = None) -> None:
    """Press ``buttons`` in turn, each in the next 'Workshop already open' box shown."""
    left, tries = list(buttons), [500]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not left:
            return
        if not isinstance(box, QMessageBox) or not box.isVisible():
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, answer)
            return
        if seen is not None:
            seen.append(box)
        button = box.findChild(QPushButton, left.pop(0))
        assert button is not None
        QTimer.singleShot(0, button.click)
        QTimer.singleShot(50, answer)  # the next box (asked again), if any
    QTimer.singleShot(0, answer)


def _holder(make_window, workshop_file, monkeypatch) -> tuple[object, list[str]]:
    first = make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    first.showMinimized()  # behind the projector, or on the taskbar
    called: list[str] = []
    monkeypatch.setattr(first, "activateWindow", lambda: called.append("activated"))
    return first, called


def test_show_that_window_brings_the_holder_forward(make_window, workshop_file, monkeypatch):
    first, called = _holder(make_window, workshop_file, monkeypatch)
    second = make_window(autosave=False)
    seen: list[QMessageBox] = []
    _answer("show_window", seen=seen)
    assert not second.files.open_path(workshop_file)
    [box] = seen
    assert box.defaultButton().objectName() == "show_window"
    assert box.defaultButton().text() == "Show that window"
    assert called == ["activated"] and not first.isMinimized()
    assert second.files.path is None and second.files.sent_away


def test_a_start_on_that_file_quits_once_the_holder_is_shown(make_window, workshop_file,
                                                             monkeypatch):
    first, called = _holder(make_window, workshop_file, monkeypatch)
    monkeypatch.delenv("WTFC_TEST_SCRIPT", raising=False)
    monkeypatch.setattr(application, "make_application", QApplication.instance)
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("the event loop ran"))
    _answer("show_window")
    before = set(QApplication.topLevelWidgets())
    assert application.run_app(file=str(workshop_file)) == 0  # as `wtfc spring.wtfc` exits
    assert called == ["activated"]
    assert [w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()] == []
    assert first.files.lock.guarding  # still the holder's


def test_a_window_not_listening_is_said_and_show_that_window_goes(make_window, workshop_file,
                                                                  monkeypatch):
    first, called = _holder(make_window, workshop_file, monkeypatch)
    first.files.lock._listener.server.close()  # one that cannot listen
    second = make_window(autosave=False)
    seen: list[QMessageBox] = []
    _answer("show_window", "open_read_only", seen=seen)
    assert second.files.open_path(workshop_file)
    box = seen[-1]  # shown again, saying why
    assert box.informativeText() == NOT_LISTENING and "try again" not in NOT_LISTENING
    assert box.findChild(QPushButton, "show_window") is None
    assert box.defaultButton().objectName() == "open_read_only"
    assert second.undo.read_only and called == []


def test_an_earlier_wtfc_holding_the_file_cannot_be_shown(make_window, workshop_file):
    """The lock as an earlier wtfc takes it (a plain QLockFile beside the file), and nothing
    listening: the box says it is an earlier version, not "try again"."""
    earlier = QLockFile(str(workshop_file.with_name(workshop_file.name + ".lock")))
    assert earlier.tryLock(0)
    window = make_window(autosave=False)
    seen: list[QMessageBox] = []
    _answer("show_window", "open_read_only", seen=seen)
    assert window.files.open_path(workshop_file)
    earlier.unlock()
    assert seen[-1].informativeText() == NOT_LISTENING
    assert "an earlier version of wtfc" in NOT_LISTENING and window.undo.read_only
    assert seen[-1].findChild(QPushButton, "show_window") is None


def test_a_busy_window_keeps_show_that_window_to_try_again(make_window, workshop_file,
                                                          monkeypatch):
    first, called = _holder(make_window, workshop_file, monkeypatch)
    first.files.lock._listener.server.close()
    silent = QLocalServer()  # takes the call and never answers: saving, exporting
    assert silent.listen(window_call.call_name(workshop_file))
    asked = window_call.answer_to_show
    monkeypatch.setattr(window_call, "answer_to_show", lambda path: asked(path, wait_ms=100))
    second = make_window(autosave=False)
    seen: list[QMessageBox] = []
    _answer("show_window", "show_window", "open_read_only", seen=seen)
    assert second.files.open_path(workshop_file)
    silent.close()
    assert seen[-1].informativeText() == NO_ANSWER
    assert len(seen) == 3  # Show that window was there to press again
    assert seen[-1].findChild(QPushButton, "show_window").isVisibleTo(seen[-1])
    assert second.undo.read_only and called == []


def test_a_busy_window_is_waited_for_about_a_second_at_most(qtbot, workshop_file):
    silent = QLocalServer()  # takes the call and never answers
    QLocalServer.removeServer(window_call.call_name(workshop_file))
    assert silent.listen(window_call.call_name(workshop_file))
    assert window_call.answer_to_show(workshop_file, wait_ms=100) == BUSY
    silent.close()
    assert window_call.answer_to_show(workshop_file, wait_ms=100) == NOT_LISTENING


def test_the_listener_goes_with_the_lock(make_window, workshop_file, tmp_path):
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    assert window_call.ask_to_show(workshop_file)
    window.files.new()  # another workshop: the file is no longer this window's to show
    assert not window_call.ask_to_show(workshop_file, wait_ms=100)
