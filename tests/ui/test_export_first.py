# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The first File → Export of the day: what it loads (reportlab, the PDF exports, their fonts,
the guard its questions ask) is loaded on a worker once the window is up, so it holds the window
no longer than the next export; and the work just done is in the recovery copy before its
questions and its start hold the window."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import shiboken6
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.child_env import child_env
from tests.ui.settled import settle
from wtfc.model import recovery
from wtfc.model.operations.details import edit_details

FIRST_EXPORT = """
import json, sys, threading, time
from importlib.abc import MetaPathFinder

loaded = {"worker": [], "ui": []}  # what each thread imported, in order

class Spy(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        on_ui = threading.current_thread() is threading.main_thread()
        loaded["ui" if on_ui else "worker"].append(name)

sys.meta_path.insert(0, Spy())
from PySide6.QtWidgets import QMessageBox
from wtfc.ui import export_actions
export_actions.PRELOAD_AFTER_MS = 0  # the window's first frame is all a test needs
from wtfc.ui import export_preload
export_preload.QUIET_MS = 0  # no facilitator to wait for
from wtfc.ui.application import make_application, open_window
app = make_application()
w = open_window(demo=True)
app.processEvents()
for ask in ("information", "question", "warning"):  # no box waits for a click
    setattr(QMessageBox, ask, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
from wtfc.ui import export_preload
end = time.monotonic() + 30
while export_preload._task is None or not export_preload._task._thread.isFinished():
    app.processEvents(); time.sleep(0.02)
    assert time.monotonic() < end, "no preload"
worker = list(loaded["worker"])
loaded["ui"].clear()
task = w.exports.export("report", __import__("pathlib").Path(sys.argv[1]))
while task.is_running():
    app.processEvents(); time.sleep(0.02)
print(json.dumps({"worker": worker, "ui during export": loaded["ui"],
                  "review board loaded": "wtfc.ui.boards.review" in sys.modules,
                  "written": __import__("os").path.getsize(sys.argv[1]) > 1000}))
"""


def test_a_first_export_finds_its_modules_and_fonts_loaded_on_a_worker(tmp_path):
    """Measured on the demo before: 0.8-1.1 s of imports, font reading and the guard's first
    use on the UI thread (1.4 s in review R4); after: ~20 ms, as a second export."""
    home = tmp_path / "home"
    out = subprocess.run(
        [sys.executable, "-c", FIRST_EXPORT, str(tmp_path / "report.pdf")],
        capture_output=True, text=True, check=True, timeout=120,
        env=child_env({"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                       "WTFC_TEMPORARY_FOLDERS": "",
                       "HOME": str(home),
                       "XDG_CONFIG_HOME": str(home / "config"),
                       "XDG_DATA_HOME": str(home / "data")}),
    )
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts["written"]
    assert "wtfc.export.report" in facts["worker"] and "reportlab" in facts["worker"]
    # the worker touches nothing of Qt's or the window's
    assert not [m for m in facts["worker"]
                if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("wtfc.ui")]
    # the export itself loads none of it on the UI thread (it runs on its own worker)
    assert not [m for m in facts["ui during export"]
                if m.startswith(("reportlab", "wtfc.export", "wtfc.importing"))]
    # nor Review's board to learn there is no last time's workshop on it
    assert not facts["review board loaded"]


def test_an_export_pressed_while_the_preload_runs_waits_for_it(make_window, workshop_file,
                                                               tmp_path, monkeypatch, qtbot):
    from wtfc.ui import export_actions, export_preload

    monkeypatch.setattr(export_preload, "_task", None)
    finished_first = []
    real = export_actions.BackgroundTask

    def task(*args, **kwargs):  # the export's worker, made once the preload has ended
        finished_first.append(export_preload._task._thread.isFinished())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_actions, "BackgroundTask", task)
    window = make_window(autosave=False)
    window.files.open_path(workshop_file)
    export_preload.start_preload()
    started = window.exports.export("report", tmp_path / "r.pdf")
    assert started is not None and finished_first == [True]
    with qtbot.waitSignal(started.finished, timeout=30_000):
        pass
    assert (tmp_path / "r.pdf").exists()


def test_the_preload_waits_until_the_app_is_left_alone(make_window, qtbot, monkeypatch):
    """Started while the facilitator clicks, it shared the CPU: opening Review held the window
    430-870 ms instead of 230-330 ms. Each key or mouse input puts it off; a quiet moment starts
    it, once."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from wtfc.ui import export_preload

    monkeypatch.setattr(export_preload, "_task", None)
    monkeypatch.setattr(export_preload, "_watch", None)
    monkeypatch.setattr(export_preload, "QUIET_MS", 400)
    ran = []
    monkeypatch.setattr(export_preload, "load_for_export", lambda progress: ran.append(1))
    window = make_window(autosave=False)
    qtbot.waitExposed(window)
    settle()  # the window's first layout and paint (0.3-0.4 s on a loaded machine) done first
    export_preload.start_preload()
    export_preload.start_preload()  # a second window's ask: still one wait
    watch = export_preload._watch
    last_input, stalled = time.monotonic(), False
    for step in range(4):  # 0.8 s (two quiet waits) of typing and moving, never 400 ms apart
        qtbot.wait(200)
        stalled = stalled or time.monotonic() - last_input >= 0.35  # it was quiet: not typing
        if step % 2:
            QTest.keyClick(window, Qt.Key.Key_Shift)
        else:
            QTest.mouseMove(window, QPoint(100 + step, 100))
        last_input = time.monotonic()
        assert stalled or export_preload._task is None
    qtbot.waitUntil(lambda: export_preload._task is not None, timeout=3_000)
    assert time.monotonic() - last_input >= 0.35  # a quiet moment started it
    export_preload._task.wait()
    assert ran == [1] and export_preload._watch is None  # and input no longer reaches it
    QTest.keyClick(window, Qt.Key.Key_Shift)
    settle()
    # gone, and its timer with it: no other quiet wait can start it again (it slept one out)
    assert not shiboken6.isValid(watch) and export_preload._watch is None
    assert ran == [1]


def test_a_window_closed_before_the_quiet_moment_starts_no_preload(make_window, qtbot,
                                                                    monkeypatch):
    """Nothing would wait for it: the garbage collector stayed off, and Qt aborted at exit."""
    from wtfc.ui import export_preload

    monkeypatch.setattr(export_preload, "_task", None)
    monkeypatch.setattr(export_preload, "_watch", None)
    monkeypatch.setattr(export_preload, "QUIET_MS", 100)
    window = make_window(autosave=False)
    export_preload.start_preload()
    window.close()
    qtbot.waitUntil(lambda: export_preload._watch is None, timeout=2_000)
    assert export_preload._task is None


def test_the_last_edits_are_in_the_recovery_copy_before_the_export_asks(
        make_window, workshop_file, tmp_path, message_boxes, qtbot):
    """Its questions and its start hold the window, and autosave with it: a crash then lost
    the edits made just before Export."""
    window = make_window(delay_ms=60_000, max_ms=60_000)  # autosave's own timers never fire
    window.files.open_path(workshop_file)
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    session = window.files.autosaver.session
    assert not (session / recovery.SNAPSHOT_NAME).exists()
    task = window.exports.export("report", tmp_path / "r.pdf")
    window.files.autosaver.wait()
    assert recovery.read_snapshot(session).workshop.venue == "Town hall"
    if task is not None:
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass


PRELOAD_THEN_EXIT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from wtfc.ui import export_preload
export_preload._start_now()  # as `wtfc render` or a script may: the import under way at exit
"""


def test_a_process_ending_while_the_preload_runs_waits_for_it(tmp_path):
    """Ended without closing a window (``wtfc render``, a script) while the preload imported,
    the process was aborted: 'QThread: Destroyed while thread is still running', exit 134."""
    home = tmp_path / "home"
    out = subprocess.run(
        [sys.executable, "-c", PRELOAD_THEN_EXIT], capture_output=True, text=True, timeout=60,
        env=child_env({"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                       "WTFC_TEMPORARY_FOLDERS": "",
                       "HOME": str(home),
                       "XDG_CONFIG_HOME": str(home / "config"),
                       "XDG_DATA_HOME": str(home / "data")}),
    )
    assert "QThread: Destroyed" not in out.stderr
    assert out.returncode == 0, out.stderr
