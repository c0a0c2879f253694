""" "Check all cards again" still running when the window closes (a logout, the taskbar) or
another workshop opens: it stops as Cancel does, nothing stored, and wtfc exits cleanly
instead of aborting ("QThread: Destroyed while thread is still running", exit code 134)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from tests.child_env import child_env
from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.workshop import Stage
from wtfc.ui import names_check
from wtfc.ui.cards_held_back import WatchNamesBox

ROOT = Path(__file__).resolve().parents[3]

# A real window on the demo, a check that takes as long as one of 10,000 cards (until stopped,
# at most 20 s), or an import still reading its file (0.6 s); then the window is closed and deleted.
_SCRIPT = textwrap.dedent("""
    import sys, tempfile, threading, time
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication(sys.argv)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp())
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    from wtfc.model.demo import demo_path
    from wtfc.model.workshop import Stage
    from wtfc.ui import names_check
    from wtfc.ui.cards_held_back import WatchNamesBox
    from wtfc.ui.import_dialog import ImportDialog
    from wtfc.ui.main_window import MainWindow

    running, ended = threading.Event(), threading.Event()
    real = names_check._check

    def slow(cards, names, stop, progress):
        running.set()
        stop.wait(20)
        ended.set()
        return real(cards, names, stop, progress)

    WatchNamesBox.background_from = 0
    names_check._check = slow
    w = MainWindow()
    w.files.open_path(demo_path(), as_copy=True, confirmed=True)
    w.show()
    page = w.page(Stage.COLLECT)
    before = w.undo.stack.count(), [c.id for c in w.doc.workshop.cards if c.held_back]
    if sys.argv[1] == "check":
        page.names_box.setPlainText("Grimshaw")
        page.check_button.click()
    else:
        dialog = ImportDialog(w.doc, w.undo, parent=page)
        dialog.show()
        dialog.job.start(lambda: (running.set(), time.sleep(0.6), ended.set()),
                         what="reading big.csv")
    assert running.wait(10)
    print("running at close", not ended.is_set(), flush=True)  # else it proved nothing
    print("closed", w.close(), flush=True)
    app.processEvents()
    after = w.undo.stack.count(), [c.id for c in w.doc.workshop.cards if c.held_back]
    print("stored nothing", after == before, flush=True)
    del w, page
    sys.exit(0)
""")


@pytest.mark.parametrize("running", ["check", "import"])
def test_closing_the_window_while_work_runs_exits_cleanly(running):
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, running],
        cwd=ROOT,
        env=child_env(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Destroyed while thread" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == [
        "running at close True", "closed True", "stored nothing True"]


def test_opening_another_workshop_stops_the_check(qtbot, demo_window, monkeypatch):
    running = threading.Event()
    real = names_check._check

    def slow(cards, names, stop, progress):
        running.set()
        stop.wait(20)
        return real(cards, names, stop, progress)

    monkeypatch.setattr(WatchNamesBox, "background_from", 0)
    monkeypatch.setattr(names_check, "_check", slow)
    page = demo_window.page(Stage.COLLECT)
    page.names_box.setPlainText("Grimshaw")
    page.check_button.click()
    assert running.wait(10)
    demo_window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    held = [c.id for c in demo_window.doc.workshop.cards if c.held_back]
    # stopped at once: no progress bar over the new workshop, and the button works again
    assert page.watch_names.check is None and page.check_button.isEnabled()
    assert not [d for d in demo_window.findChildren(QProgressDialog) if d.isVisible()]
    settle()  # the stopped worker's result, posted to this thread, is not stored on the new one
    assert demo_window.undo.stack.count() == 0
    assert [c.id for c in demo_window.doc.workshop.cards if c.held_back] == held
    assert page.check_result.text() == ""
