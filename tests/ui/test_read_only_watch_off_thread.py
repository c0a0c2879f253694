# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The read-only watch looks at the disk on a worker: a shared folder that stopped answering
holds a stat for tens of seconds, and the window (often the one on the projector) froze with
it every few seconds. One look at a time, however long it takes."""

from __future__ import annotations

import threading

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QTimer
from settled import until
from test_read_only_watch import _answer_read_only, _notice
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.child_env import child_env
from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind
from wtfc.ui import read_only_look, read_only_watch


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(read_only_watch, "CHECK_MS", 20)


def test_a_share_that_stops_answering_never_freezes_the_window(qtbot, make_window,
                                                              workshop_file, monkeypatch):
    first, second = _open_twice(make_window, workshop_file)
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
        answered: list[bool] = []
        QTimer.singleShot(0, lambda: answered.append(_look_held()))
        until(qtbot, lambda: bool(answered))
        assert answered == [True]  # the window answers with the stat still held
        assert asked == [False]  # on a worker, and never a second look while one is out
        assert _notice(second) == ""
    finally:
        answering.set()  # the share answers: the save is told
    until(qtbot, lambda: "(1 more card)" in _notice(second))


def _look_held() -> bool:
    """Whether a look is out on its worker (held by the share): asked instead of timing the
    window's answer or close, which a loaded machine stretches. Had the window waited for the
    look, it would answer only once the look had ended."""
    return any(t.name == "wtfc read-only look" and t.is_alive() for t in threading.enumerate())


def _open_twice(make_window, path) -> tuple:
    """``path`` open in one window, then read-only in a second (whose watch looks)."""
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(path)
    _answer_read_only()
    assert second.files.open_path(path)
    return first, second


def _held_share(monkeypatch) -> tuple[threading.Event, list[int]]:
    """disk_stamp as on a share that stopped answering: held until the event is set."""
    answering, asked = threading.Event(), []
    real = read_only_look.disk_stamp

    def hung_share(path):
        asked.append(1)
        answering.wait(10)
        return real(path)

    monkeypatch.setattr(read_only_look, "disk_stamp", hung_share)
    return answering, asked


def test_closing_the_window_never_waits_for_a_held_look(qtbot, make_window, workshop_file,
                                                        monkeypatch):
    """The read-only window (often the projector's) closed while the share is stuck goes at
    once: its close waited for the look, frozen as long as the stat was held (A5 R1)."""
    _first, second = _open_twice(make_window, workshop_file)
    answering, asked = _held_share(monkeypatch)
    try:
        until(qtbot, lambda: bool(asked))
        second.close()
        assert _look_held()  # closed without waiting for it
        assert not second.isVisible()
    finally:
        answering.set()


def test_a_look_that_ends_after_its_watch_is_gone_is_dropped(qtbot, make_window,
                                                            workshop_file, monkeypatch):
    """The share answers after the watch was deleted with no stop() (as a deleted window
    deletes it): nothing is said and nothing is sent to the deleted watch."""
    first, second = _open_twice(make_window, workshop_file)
    first.undo.push(add_card(first.doc, kind=Kind.WORKING, text="Nobody rings me back"))
    assert first.files.save()  # the look, when it ends, has news to tell
    answering, asked = _held_share(monkeypatch)
    until(qtbot, lambda: bool(asked))
    watch = second.findChild(read_only_watch.ReadOnlyWatch)
    gone: list[bool] = []
    watch.destroyed.connect(lambda *_: gone.append(True))
    watch.deleteLater()
    until(qtbot, lambda: bool(gone))
    looks = [t for t in threading.enumerate() if t.name == "wtfc read-only look"]
    answering.set()
    for thread in looks:
        thread.join(5)  # the look has ended: had it sent its answer, it is queued by now
    qtbot.wait(50)
    assert _notice(second) == ""


CLOSE_AND_EXIT = """
import os, sys, threading, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import read_only_look, read_only_watch
from wtfc.ui.main_window import MainWindow

read_only_watch.CHECK_MS = 20

folder = Path(sys.argv[1])
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                  str(folder / "settings"))
app = QApplication([])
path = folder / "spring.wtfc"
save_workshop(Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.WORKING, text="Kind")]),
              path)
first, second = MainWindow(), MainWindow()
first.show(); second.show()
assert first.files.open_path(path)

def answer():
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(10, answer)
    else:
        box.findChild(QPushButton, "open_read_only").click()
QTimer.singleShot(0, answer)
assert second.files.open_path(path)
asked = threading.Event()

def hung_share(path):  # never answers: a close or an exit that waits for it never ends
    asked.set()
    threading.Event().wait()

read_only_look.disk_stamp = hung_share
end = time.monotonic() + 20
while not asked.is_set() and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
assert asked.is_set(), "no look started"
second.close()
first.close()
held = any(t.name == "wtfc read-only look" and t.is_alive() for t in threading.enumerate())
print(f"closed, the look held: {held}")
"""


def test_the_app_exits_cleanly_with_a_look_held(tmp_path):
    """Closed while the share holds a look, wtfc ends at once and cleanly: nothing waits for
    the stat, and Qt does not abort on a thread still running ("QThread: Destroyed")."""
    import subprocess
    import sys

    from wtfc.ui.autosave import RECOVERY_DIR_ENV

    env = child_env(QT_QPA_PLATFORM="offscreen")
    env[RECOVERY_DIR_ENV] = str(tmp_path / "recovery")
    # the look is never answered: a close or an exit that waited for it would run into this
    # bound on the wait (not a measure of speed: a loaded machine starts the child slowly)
    done = subprocess.run([sys.executable, "-c", CLOSE_AND_EXIT, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "QThread" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "closed, the look held: True" in done.stdout, done.stdout
