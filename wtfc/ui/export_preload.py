"""What a first File → Export loads, loaded on a worker once start-up is over, so the first export
freezes the window no longer than the next one: reportlab and the PDF exports, their fonts (read
from disk, measured for what they draw) and the guard the export's questions ask. Done on the UI
thread when Export was pressed, it held the window 0.4–1.5 s, and autosave with it.

Only ``wtfc.export``, ``wtfc.importing`` and reportlab load here: none imports Qt (``lint-imports``
keeps it so). The data export's openpyxl (numpy) is left to its first use on the UI thread
(``load_export_modules``). The worker runs as a ``BackgroundTask``, so the garbage collector is
off while it imports (``background._CollectorPause``). An export pressed while it runs waits for
it (``wait_for_preload``): the fonts are read once, never on two threads at once.

Loaded once a session: a window's ``ExportController`` asks for it ``PRELOAD_AFTER_MS`` after
it is made, and it starts once the facilitator has left the app alone (no key or mouse input) for
``QUIET_MS``: started at 4 s, it shared the CPU with whatever was clicked then (opening Review held
the window 430–870 ms instead of 230–330 ms). A second window finds it asked for or started.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from wtfc.ui.background import BackgroundTask

QUIET_MS = 2_000  # with no key or mouse input: the facilitator is reading, not clicking
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})

_task: BackgroundTask | None = None  # the one preload of the session, once started
_watch: _QuietWatch | None = None  # waiting for a quiet moment to start it


def load_for_export(progress: Callable[[int, int], None]) -> None:
    """On the worker: import the PDF exports and do once what their first use does."""
    import wtfc.export.action_poster
    import wtfc.export.feedback_sheet
    import wtfc.export.poster_tiles
    import wtfc.export.report
    import wtfc.export.theme_poster  # noqa: F401
    from wtfc.export.unshowable import unshowable_parts  # noqa: F401
    from wtfc.export.writing import unshown
    from wtfc.importing.last_time_details import last_time_details  # noqa: F401
    from wtfc.importing.typed_details import quote_as_kinds

    # the embedded fonts read, and which characters they draw; Arabic's font and its joining
    for text in ("Cafe", "Café", "\u0633\u0644\u0627\u0645"):
        unshown(text)
    quote_as_kinds("Rang Ann Smith on 07700 900123")  # the guard's first use


class _QuietWatch(QObject):
    """Starts the preload after ``QUIET_MS`` with no input anywhere in the app; each key or
    mouse event starts the wait again. Gone (filter removed) once it has fired."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._timer = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._timer.timeout.connect(self._quiet)
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._timer.start()  # restarted: the wait is for QUIET_MS after the last input
        return False

    def end(self) -> None:
        global _watch
        _watch = None
        self._timer.stop()
        self._app.removeEventFilter(self)
        self.deleteLater()

    def _quiet(self) -> None:
        self.end()
        # only while a window is shown: its close waits for the preload, else Qt aborts at exit
        if any(isinstance(w, QMainWindow) and w.isVisible()
               for w in QApplication.topLevelWidgets()):
            _start_now()


def start_preload() -> None:
    """Start the session's preload at the next quiet moment, unless it has been asked for or
    started already. A failure is left unheard: the export then loads what it needs itself, and
    says what fails there."""
    global _watch
    app = QApplication.instance()
    if _task is None and _watch is None and isinstance(app, QApplication):
        _watch = _QuietWatch(app)


def _start_now() -> None:
    global _task
    if _task is None:
        _task = BackgroundTask(load_for_export)  # held here: it outlives any one window
        _task.start()
        # a process that ends without closing its window (``wtfc render``, a script) must not
        # destroy the thread mid-import: Qt aborts ("QThread: Destroyed while thread is
        # still running")
        atexit.register(wait_for_preload)


def wait_for_preload() -> None:
    """Before an export (on the UI thread): let a preload under way finish, so nothing it
    loads is loaded on two threads at once. One still waiting for a quiet moment starts now and
    is waited for: it loads on a worker what the export would load here, never twice."""
    if _watch is not None:
        _watch.end()
        _start_now()
    if _task is not None:
        _task.wait()  # at once when it has ended
