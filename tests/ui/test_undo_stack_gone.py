"""The undo stack may be destroyed before the window that listens to it: at interpreter exit
PySide deletes the Qt objects Python still owns one by one, in no set order. The stack's
destructor clears it and announces each change as it goes ("clean", "nothing to undo"); the
window's title, its Undo and Redo items and the autosave took that for an edit undone and read
the stack back, and wtfc printed "Internal C++ object (PySide6.QtGui.QUndoStack) already
deleted" as it exited. A stack that is going away is not a change to follow."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.child_env import child_env

ROOT = Path(__file__).resolve().parents[2]

# A window on the demo with an unsaved edit and its autosave, then deleted as PySide's clean-up
# at exit deletes what Python owns, here the stack before the window.
_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    import shiboken6
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    folder = Path(sys.argv[1])
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    from wtfc.model.demo import demo_path
    from wtfc.model.operations.themes import rename_theme
    from wtfc.model.recovery import SNAPSHOT_NAME
    from wtfc.ui.autosave import Autosaver
    from wtfc.ui.main_window import MainWindow

    w = MainWindow()
    w.files.open_path(demo_path(), as_copy=True, confirmed=True)
    saver = Autosaver(w, folder / "recovery")
    w.show()
    theme = w.doc.workshop.themes[0]
    w.undo.push(rename_theme(w.doc, theme_id=theme.id, name="Renamed"))
    assert w.isWindowModified() and saver.snapshot_now()
    saver.wait()
    snapshot = saver.session / SNAPSHOT_NAME
    print("snapshot", snapshot.exists(), flush=True)
    shiboken6.delete(w.undo.stack)
    saver.wait()
    print("snapshot kept", snapshot.exists(), flush=True)
    shiboken6.delete(w)
""")


def test_a_window_whose_undo_stack_goes_first_exits_quietly(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(tmp_path)],
        cwd=ROOT,
        env=child_env(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "already deleted" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.stdout.split("\n")[:2] == ["snapshot True", "snapshot kept True"]
