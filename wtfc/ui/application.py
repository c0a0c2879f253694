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
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wtfc import __version__
from wtfc.model.demo import demo_path, resolve_workshop_argument
from wtfc.ui.focus_ring import install_focus_ring
from wtfc.ui.style import follow_the_desktop, readable_placeholders

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

TIP_WAKE_MS = 700  # Qt's wake-up delay: the pointer rests this long before any tip shows


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none running yet (the tests already have one)
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("wtfc")
    app.setOrganizationName("wtfc")
    app.setApplicationDisplayName("wtfc — Working Together for Change")
    app.setApplicationVersion(__version__)
    install_focus_ring(app)  # the platform's own look, with a clear keyboard focus ring
    readable_placeholders(app)  # boxes' grey examples at 4.5:1 or better
    follow_the_desktop(app)  # and again when the desktop turns dark or high-contrast
    # every tip wrapped at ~60 ems, from when one could first show (``tip_wrap``): counted from
    # the event loop's first turn, so a slow first frame (an old laptop) never loads it and
    # never passes its events through it
    QTimer.singleShot(0, lambda: QTimer.singleShot(TIP_WAKE_MS, lambda: _wrap_every_tip(app)))
    return app


def _wrap_every_tip(app: QApplication) -> None:
    from wtfc.ui.tip_wrap import wrap_every_tip

    wrap_every_tip(app)


def run_app(*, file: str | None = None, demo: bool = False) -> int:
    app = make_application()
    window = open_window(file=file, demo=demo)
    if not window.isVisible():  # started only to open a file another window has: that one
        window.files.closed_cleanly()  # came forward, or Cancel: no blank Untitled is left
        return 0
    script = os.environ.get("WTFC_TEST_SCRIPT")
    if script:  # test-only hook, see the module's docstring
        runpy.run_path(script)["run"](window)
    return app.exec()


def open_window(*, file: str | None = None, demo: bool = False) -> MainWindow:
    """Everything a start does before the event loop: the window, autosave, the file or demo,
    shown as last time, the recovery offer queued. benchmarks/bench_startup.py times this very
    path, so a step added to a real start is in the figure too."""
    from wtfc.ui.autosave import Autosaver
    from wtfc.ui.main_window import MainWindow

    window = MainWindow()
    window.files.autosaver = Autosaver(window)
    path = resolve_workshop_argument(file) if file else None
    if demo or (path is not None and path.resolve() == demo_path()):
        # `wtfc demo` (or the bundled file's own path) opens a copy, as --demo does: the
        # bundled demo is never written
        window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    elif path is not None and not window.files.open_path(path, confirmed=True) \
            and (window.files.sent_away or _still_held_elsewhere(window, path)):
        return window  # never shown: ``run_app`` quits
    window.show_as_last_time()
    QTimer.singleShot(0, lambda: _offer_recovery(window))  # over the window, once it is up
    return window


def _still_held_elsewhere(window: MainWindow, path: Path) -> bool:
    """The open failed while another copy has the file: 'Already open…' was cancelled (a
    file nobody else has that cannot be read is said, and the window stays to open another)."""
    from wtfc.ui.open_checks import other_holder

    return other_holder(window.files.lock, path) is not None


def _offer_recovery(window: MainWindow) -> None:
    """Offer work left by a copy of wtfc that stopped without closing. The dialog's module
    (and its Qt dialogs) loads only when another copy left a session folder: on most starts
    there is none, and the first frame comes sooner without it."""
    from wtfc.model.recovery import session_folders
    from wtfc.ui.autosave import recovery_dir, recovery_dirs

    saver = window.files.autosaver
    own = saver.instance_id if saver else ""
    folders = [saver.recovery_dir] if saver and saver.recovery_dir != recovery_dir() else \
        recovery_dirs()
    if not any(s.name != own for folder in folders for s in session_folders(folder)):
        return
    from wtfc.ui.recovery_dialog import offer_recovery

    offer_recovery(window)
