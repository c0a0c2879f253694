"""Start the desktop app: QApplication, the main window, autosave, the file or demo to open,
then the offer of work left by a copy of wtfc that crashed.

``WTFC_TEST_SCRIPT`` is for tests only (tests/ui/test_crash_recovery.py): the path of a Python
file defining ``run(window)``, called once the window is shown, which drives the app with
timers (edits, saves, answering the recovery dialog) so a test can kill it at random moments.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wtfc import __version__
from wtfc.model.demo import demo_path


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none running yet (the tests already have one)
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("wtfc")
    app.setOrganizationName("wtfc")
    app.setApplicationDisplayName("wtfc — Working Together for Change")
    app.setApplicationVersion(__version__)
    return app


def run_app(*, file: str | None = None, demo: bool = False) -> int:
    app = make_application()
    from wtfc.ui.autosave import Autosaver
    from wtfc.ui.main_window import MainWindow
    from wtfc.ui.recovery_dialog import offer_recovery

    window = MainWindow()
    window.files.autosaver = Autosaver(window)
    if demo:
        window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    elif file:
        window.files.open_path(Path(file), confirmed=True)
    window.show_as_last_time()
    QTimer.singleShot(0, lambda: offer_recovery(window))  # over the window, once it is up
    script = os.environ.get("WTFC_TEST_SCRIPT")
    if script:  # test-only hook, see the module's docstring
        runpy.run_path(script)["run"](window)
    return app.exec()
