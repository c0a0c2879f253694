"""One export being written, seen from the UI thread: its progress dialog, its Cancel (or Esc),
and what is said when it ends, or when the window is closed while it runs.

Cancel sets a ``threading.Event`` that the worker's progress callback reads: the export raises
``ExportStopped`` there, before its file is written (every export writes in one go after its
last progress call), so nothing is left behind. A close while it runs waits for it with the
window up and saying so; the window then closes with no "Export saved" box.

A window-modal ``QProgressDialog`` runs ``processEvents`` inside ``setValue``, which delivers the
export's end there: a box opened, or the dialog deleted, inside it crashed wtfc. So the end waits
until no ``setValue`` is under way, and nothing touches the dialog once the end is heard.

Once its end is said and its thread has ended, a run frees itself and its task: kept, each held
its copy of the workshop for the rest of the session, closed workshops' too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton, QStatusBar, QWidget

from wtfc.export.output import Progress
from wtfc.ui.background import BackgroundTask

# What each export is called in "Finishing the report before closing…"
WHAT = {
    "posters": "the theme posters",
    "action-poster": "the action poster",
    "report": "the report",
    "feedback": "the feedback sheet",
    "agenda": "the day's agenda",
    "data": "the data",
}
STOPPED = "Export stopped: nothing was written."
CANCEL_HINT = "Cancel (or Esc) stops it, and nothing is written."
# An export still running this long after its start shows its progress window; a quicker one
# never flashes it. Read when a run starts, so tests can lower it.
SHOW_AFTER_MS = 400
# A run whose loading used up that wait still gets this long before its window shows: a quick
# export after a slow first load flashed its window for ~50 ms (code review A7 #2).
SHOW_FLOOR_MS = 150


class ExportStopped(Exception):
    """Raised on the worker, in the progress callback, once Cancel was pressed."""


def stoppable(progress: Progress, stop: threading.Event) -> Progress:
    """``progress`` that raises ``ExportStopped`` once ``stop`` is set."""

    def report(done: int, total: int) -> None:
        if stop.is_set():
            raise ExportStopped
        progress(done, total)

    return report


class ExportProgress(QProgressDialog):
    """Cancel, Esc and the title bar's close ask the export to stop (``stop_asked``), and the
    dialog stays up saying so until the worker has ended: hidden at once, the export seemed
    stopped while it ran on and "Export saved" followed."""

    stop_asked = Signal()

    def __init__(self, what: str, parent: QWidget) -> None:
        # the longest words first: the dialog takes its width from them and never narrows
        super().__init__(f"Preparing {what}…\n{CANCEL_HINT}", "Cancel", 0, 0, parent)
        self.setWindowTitle("Exporting")
        self.setMinimumDuration(SHOW_AFTER_MS)  # Qt's own estimate from the steps heard
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoReset(False)  # closed when the export has ended, not at its last step
        self.setAutoClose(False)
        self.canceled.disconnect(self.cancel)  # Qt's cancel() hides the dialog
        self.canceled.connect(self.stop_asked)  # the button, and Esc (Qt's shortcut)

    def reject(self) -> None:  # Esc, where Qt's shortcut does not take it
        self.stop_asked.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.stop_asked.emit()


class ExportRun(QObject):
    """The UI side of one export: ``on_saved(written)`` or ``on_failed(exc)`` is called once, at
    the top of the event loop, never inside the dialog's ``setValue``. A stopped export says
    ``STOPPED`` in the status bar instead. ``on_freed(run)`` is called as it frees itself, so
    whoever holds it lets go too."""

    def __init__(
        self,
        task: BackgroundTask,
        stop: threading.Event,
        key: str,
        parent: QWidget,
        on_saved: Callable[[list[Path]], None],
        on_failed: Callable[[BaseException], None],
        on_freed: Callable[[ExportRun], None],
        *,
        busy_from: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.task, self.stop, self.parent_widget = task, stop, parent
        self.what = WHAT.get(key, "the export")
        self.on_saved, self.on_failed, self.on_freed = on_saved, on_failed, on_freed
        self.dialog = ExportProgress(self.what, parent)
        self.dialog.stop_asked.connect(self.ask_to_stop)
        self.heard = False  # its result or failure arrived: no more progress is shown
        self.over = False  # and said: nothing more of it will reach the screen
        self._in_set_value = False
        self._then: Callable[[], object] | None = None  # the window's close, put off until the end
        self._said = False  # its end is said, and any box about it closed
        self._thread_ended = False
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(lambda written: self._end(lambda: self._saved(written)))
        task.failed.connect(lambda exc: self._end(lambda: self._failed(exc)))
        task.finished.connect(self._on_thread_ended)
        # Qt starts its minimum duration at the first step (0 of n) only: before that, or when
        # the first step heard is the last (setValue(4) of 4 is ignored), it showed at its own
        # 4 s, and a press on a slow laptop seemed to do nothing until then. Counted from
        # ``busy_from`` (monotonic), when the window last answered: a first data export loads
        # openpyxl (0.2-0.5 s) before its run starts, and nothing shows while it does
        waited = 0 if busy_from is None else int((time.monotonic() - busy_from) * 1000)
        QTimer.singleShot(max(SHOW_FLOOR_MS, SHOW_AFTER_MS - waited), self.dialog,
                          self._show_if_running)

    def _dialog(self) -> ExportProgress | None:
        """The dialog while it may be shown: None once the end is heard or it is gone."""
        return None if self.heard or not shiboken6.isValid(self.dialog) else self.dialog

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self._dialog()
        # one step delivered by the last one's setValue is skipped: a nested setValue ended
        # first, and the end it then let through deleted the dialog under the outer one
        if dialog is None or self.stop.is_set() or self._in_set_value:
            return
        dialog.setMaximum(total)
        if self._then is None:
            dialog.setLabelText(f"Exporting {self.what}… {done} of {total}\n{CANCEL_HINT}")
        self._in_set_value = True
        try:
            dialog.setValue(done)  # last: its processEvents may deliver the end
        finally:
            self._in_set_value = False

    def _show_if_running(self) -> None:
        dialog = self._dialog()
        if dialog is not None and not dialog.isVisible():
            dialog.forceShow()  # Qt's own show: its later steps then keep the window current

    def ask_to_stop(self) -> None:
        """Cancel: the worker stops at its next step; the dialog says so until it has."""
        self.stop.set()
        dialog = self._dialog()
        if dialog is not None:
            dialog.setLabelText(self._waiting_words())
            dialog.setCancelButtonText("Stopping…")
            button = dialog.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)

    def _waiting_words(self) -> str:
        before = " before closing" if self._then is not None else ""
        if self.stop.is_set():
            return f"Stopping the export{before}… nothing is written."
        return f"Finishing {self.what}{before}…\n{CANCEL_HINT}"

    def finish_then(self, close: Callable[[], object]) -> None:
        """The window is being closed: say what it waits for, and call ``close`` once the
        export has ended (with no "Export saved" box: the window is going)."""
        self._then = close
        dialog = self._dialog()
        if dialog is not None:
            dialog.setLabelText(self._waiting_words())
            dialog.show()  # at once, not after the SHOW_AFTER_MS a quick export is given
        bar = self._status_bar()
        if bar is not None:
            bar.showMessage(self._waiting_words().split("\n")[0])

    def _end(self, say: Callable[[], None]) -> None:
        self.heard = True
        if self._in_set_value:  # delivered by setValue's processEvents: say it after it
            QTimer.singleShot(0, lambda: self._end(say))
            return
        if shiboken6.isValid(self.dialog):
            self.dialog.hide()
            self.dialog.deleteLater()
        self.over = True
        try:
            say()
        finally:
            self._said = True
            self._free_when_done()
            if self._then is not None:
                self._then()

    def _on_thread_ended(self) -> None:
        self._thread_ended = True
        self._free_when_done()

    def _free_when_done(self) -> None:
        """Free the task (its thread, and the workshop copies its work holds) and this run once
        both the end is said and the thread has ended. Not before: the end can come while its
        box is still up or after ``finished``, and those waiting on ``finished`` must hear it."""
        if not (self._said and self._thread_ended) or not shiboken6.isValid(self):
            return
        if shiboken6.isValid(self.task):
            self.task.deleteLater()
        self.deleteLater()
        self.on_freed(self)

    def _saved(self, written: list[Path]) -> None:
        if self._then is None:  # a box after the window had gone kept wtfc running, unseen
            self.on_saved(written)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportStopped):
            window = self.parent_widget.window()
            if isinstance(window, QMainWindow) and self._then is None:
                from wtfc.ui.announce import announce
                from wtfc.ui.undo import passing  # then "time is up" again, if it still holds

                passing(window, STOPPED, 10_000)
                announce(self.parent_widget, STOPPED)
        else:  # said before the window closes: the facilitator must know it was not saved
            self.on_failed(exc)

    def _status_bar(self) -> QStatusBar | None:
        window = self.parent_widget.window()
        return window.statusBar() if isinstance(window, QMainWindow) else None
