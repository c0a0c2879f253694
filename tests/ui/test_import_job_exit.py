"""wtfc closed while a cancelled import's read or build still runs: its job outlives the window
(``BackgroundJob.outlive_owner``) and ends as the application exits, after Python has freed the
collector's relay (``background._CollectorPause``). The job's end printed a traceback
("RuntimeError: Signal source has been deleted") in the terminal (review code-a4 #4); the exit
is quiet now. Run in a child process: only a real exit frees things in that order."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.child_env import child_env

CHILD = textwrap.dedent("""
    import sys, threading, time
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from wtfc.ui.import_worker import BackgroundJob

    app = QApplication([])
    dialog = QObject()  # the import dialog
    job = BackgroundJob(dialog)
    reading = threading.Event()
    # a read cannot be stopped: it runs on 0.8 s after wtfc closes (closing takes ~0.1 s)
    job.start(lambda: (reading.set(), time.sleep(0.8)), what="reading big.xlsx")
    assert reading.wait(10)  # (it slept 0.2 s for this, the read then 0.8 s more)
    job.outlive_owner()  # Cancel
    del dialog, job
    print("closed", flush=True)
    sys.exit(0)  # wtfc closed at once
""")


def test_closing_wtfc_while_a_cancelled_read_runs_is_quiet():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=60, env=child_env(QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0
    assert done.stdout == "closed\n"
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
