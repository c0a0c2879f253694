"""What a first File → Export loads, loaded on a worker once start-up is over, so the first export
freezes the window no longer than the next one: reportlab and the PDF exports, their fonts (read
from disk, measured for what they draw) and the guard the export's questions ask. Done on the UI
thread when Export was pressed, it held the window 0.4–1.5 s, and autosave with it.

Only ``wtfc.export``, ``wtfc.importing`` and reportlab load here: none imports Qt (``lint-imports``
keeps it so). The data export's openpyxl (numpy) is left to its first use on the UI thread
(``load_export_modules``). The worker runs as a ``BackgroundTask``, so the garbage collector is
off while it imports (``background._CollectorPause``). An export pressed while it runs waits for
it (``wait_for_preload``): the fonts are read once, never on two threads at once.

Loaded once a session: a window's ``ExportController`` starts it ``PRELOAD_AFTER_MS`` after it
is made; a second window finds it started.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable

from wtfc.ui.background import BackgroundTask

_task: BackgroundTask | None = None  # the one preload of the session, once started


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


def start_preload() -> None:
    """Start the session's preload, unless it has been started already. A failure is left
    unheard: the export then loads what it needs itself, and says what fails there."""
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
    loads is loaded on two threads at once."""
    if _task is not None:
        _task.wait()  # at once when it has ended
