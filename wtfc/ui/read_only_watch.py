"""A workshop open read-only because another copy of wtfc has it: the facilitator is told, at
the window's foot, when that copy saves it ("Open the newer version") and when it closes it
("Open it to work on it"). Without this the read-only window (often the one whose room view is
on the projector) went on showing the workshop as it was opened, with nothing to say so.

Every few seconds the file's time and size and whether its lock files are there are looked at
(a stat each, never the file read), on a worker thread (``read_only_look``): the file is read
only once it has changed, to say what it now has. The notice has a row of its own above the
status bar, whose messages ("The projector was disconnected…") it would otherwise cover, and a
screen reader is told it. Nothing is opened or taken over unless the facilitator chooses it, through
``FileController.open_path`` (which asks again if the other copy still has it). The watch ends
once this window shows another workshop or the file is open here to be changed.

A copy on this computer that stopped without closing the file (killed, a power cut) keeps its
lock until the file is opened again: the look judges that lock's holder too
(``stopped_holder``), and the notice says that copy stopped, with "Open it to work on it",
whose Open offers that copy's unsaved work (``recovery_dialog.offer_left_here``). A lock from
another computer cannot be judged, and is not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLockFile, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from wtfc.model.control_characters import name_shown
from wtfc.ui.announce import announce
from wtfc.ui.lock_machine import is_this_computer, written_here
from wtfc.ui.read_only_look import Look, LookBack, Stamp, lock_there, look
from wtfc.ui.style import FOCUS, INK

if TYPE_CHECKING:
    from wtfc.model.workshop import Workshop
    from wtfc.ui.main_window import MainWindow

CHECK_MS = 3000  # a stat or three: seen within a few seconds, at no cost the room would notice
WATCH_NAME = "read_only_watch"
OPEN_NEWER, OPEN_TO_WORK = "Open the newer version", "Open it to work on it"


@dataclass(frozen=True)
class HolderLook(Look):
    """A look that also judged the lock: ``stopped``, its holder on this computer is gone
    (killed, a power cut) and left the lock behind (``stopped_holder``)."""

    stopped: bool = False


def _look(path: Path, shown: Path, locks: list[Path], *, opened: Stamp | None,
          known: Stamp | None, judge: bool) -> Look:
    """``read_only_look.look``, and, while a lock of this computer's is there, whether its
    holder is gone (on the same worker thread: the lock may be on a share)."""
    found = look(path, shown, locks, opened=opened, known=known)
    if not (judge and found.held):
        return found
    from wtfc.ui.stopped_holder import holder_stopped

    parts = {part.name: getattr(found, part.name) for part in fields(found)}
    return HolderLook(**parts, stopped=holder_stopped(locks))


def watch_while_held(window: MainWindow, *, held: bool) -> None:
    """Called each time a file opens: a watch of the file just opened read-only because
    another copy has it (``held``); any earlier watch ends."""
    end_watch(window)
    path = window.files.path
    if held and path is not None and window.undo.read_only:
        ReadOnlyWatch(window, path)


def end_watch(window: MainWindow) -> None:
    """The window's watch, if any, ends: at each open and when the window closes. A closed
    window is not deleted while anything holds it, and its watch looked on every few seconds,
    a look held by a stuck share keeping Python's collector off for the windows still open."""
    watch = window.findChild(ReadOnlyWatch, WATCH_NAME)
    if watch is not None:
        watch.stop()


class ReadOnlyWatch(QObject):
    """Looks at ``path`` and its lock files every ``CHECK_MS`` and says what changed."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.setObjectName(WATCH_NAME)
        self.window, self.path = window, path
        self.opened_stamp = window.files.stamp  # the file as this window read it
        self.locks = window.files.lock.lock_paths(path)
        self.where = _where_held(self.locks)  # read once: the lock names its copy's computer
        self.seen: tuple[Stamp | None, bool, bool] | None = None  # (stamp, held, stopped) said
        self.what_changed: tuple[Stamp | None, str] | None = None  # (stamp, words), read once
        self.bar: NoticeBar | None = None
        self.row: QToolBar | None = None  # the notice's own row, above the status bar
        self.said = ""  # the words a screen reader was last told
        self.looking = False  # a look at the disk is out, not back yet
        self.look_back = LookBack(self, self._seen)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_MS)

    def check(self) -> None:
        """A look at the disk on a daemon thread (``read_only_look``: a share that stopped
        answering froze this window every few seconds, then its close), one at a time: a tick
        while one is out waits."""
        window = self.window
        if window.files.path is None or not window.undo.read_only:
            self.stop()  # a new workshop, or this one open to be changed now
            return
        if self.looking:
            return
        path, shown, locks = self.path, window.files.path, list(self.locks)
        opened = self.opened_stamp
        known = self.what_changed[0] if self.what_changed else None
        here = not self.where.startswith("on ")  # another computer's lock: never judged
        self.looking = True
        self.look_back.start(lambda: _look(path, shown, locks, opened=opened, known=known,
                                           judge=here))

    def _seen(self, found: Look | None) -> None:
        self.looking = False
        if found is None or not self.timer.isActive():  # stopped while it looked
            return
        if not found.same or not self.window.undo.read_only:
            self.stop()  # another workshop, or this one saved as a copy of its own
            return
        stamp, held = found.stamp, found.held
        stopped = held and isinstance(found, HolderLook) and found.stopped
        if found.read:
            self.what_changed = (found.stamp, self._what(found.newer))
        if (stamp, held, stopped) == self.seen:
            return
        self.seen = (stamp, held, stopped)
        changed = stamp is not None and stamp != self.opened_stamp
        if stamp is None or (held and not changed and not stopped):
            self._show("")  # gone (a drive out, renamed): nothing to offer; or nothing new
            return
        name = f"'{name_shown(self.path.name)}'"  # as the title shows it (a bidi control)
        what = self.what_changed[1] if self.what_changed and self.what_changed[0] == stamp else ""
        saved = f"{name} was saved {self.where} at {_time(stamp)}{what}"
        if stopped:  # its lock stays until the file is opened again: nobody else has it
            words = (f"{saved}, then that window stopped without closing it" if changed else
                     f"The other wtfc window on this computer stopped without closing {name}")
            words += ": nobody has it open now. Opening it here offers any work it had not saved."
            self._show(words, OPEN_TO_WORK)
            return
        if held:
            words = f"{saved}. This window still shows it as it was opened here."
        elif changed:
            words = f"{saved}, then closed there: nobody else has it open now."
        else:
            words = (f"{name} was closed {self.where} without changes: nobody else has it "
                     f"open now.")
        self._show(words, OPEN_NEWER if held else OPEN_TO_WORK)

    def _what(self, newer: Workshop | None) -> str:
        """" (2 more cards)": the file is read once for each save seen, never at each look;
        nothing when it could not be read (mid-save elsewhere, or damaged: opening says why)."""
        if newer is None:
            return ""
        from wtfc.model.recovery_compare import differences

        comparison = differences(self.window.doc.workshop, newer)
        return "" if comparison.same else f" ({comparison.describe()})"

    def _show(self, words: str, button: str = "") -> None:
        if not words:
            if self.row is not None:
                self.row.hide()
            self.said = ""  # the same news again after it went is news again
            return
        if self.row is None or self.bar is None:
            self.bar = NoticeBar(self._open)
            self.row = notice_row(self.window, self.bar)
        self.bar.say(words, button)
        self.row.show()
        if words != self.said:  # told once, as a sighted facilitator sees the foot change
            self.said = words
            announce(self.window, words)

    def _open(self) -> None:
        """Through the usual Open: asks again if the other copy has it still, and ends this
        watch (another starts if it opens read-only again). A stopped copy's work restored
        opens without the usual open's end of the watch: it ends here, not at the next look."""
        self.window.files.open_path(self.path)
        if shiboken6.isValid(self) and self.timer.isActive() and not self.window.undo.read_only:
            self.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.look_back.shut()  # a look still out is dropped; nothing waits for it
        if self.row is not None:
            self.window.removeToolBar(self.row)
            self.row.deleteLater()
            self.row = self.bar = None
        self.setObjectName("")  # a new watch made before this one is deleted is found instead
        self.deleteLater()


def notice_row(window: MainWindow, bar: NoticeBar) -> QToolBar:
    """A row of its own at the window's foot, above the status bar: in the status bar the
    notice took the whole width, and "The projector was disconnected…", "time is up" and a
    stage's words went there unseen."""
    row = QToolBar("Read-only notice", window)
    row.setMovable(False)
    row.setFloatable(False)
    row.toggleViewAction().setVisible(False)  # not one a facilitator turns off by mistake
    row.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    row.addWidget(bar)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, row)
    return row


class NoticeBar(QWidget):
    """The words and their one button, at the window's foot: a box of its own in the window's
    ink with a blue edge (not the amber of held-back details), its button in the tab order."""

    def __init__(self, on_click) -> None:
        super().__init__()
        self.setObjectName("read_only_notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is never markup
        self.label.setWordWrap(True)  # a narrow window: two lines, never cut off
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label.setStyleSheet(
            f"QLabel {{ color: {INK.name()}; background: #FFFFFF; font-weight: bold; "
            f"border: 2px solid {FOCUS.name()}; border-radius: 4px; padding: 1px 8px; }}")
        self.button = QPushButton()
        self.button.setObjectName("read_only_open")
        self.button.clicked.connect(on_click)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def say(self, words: str, button: str) -> None:
        self.label.setText(words)
        self.button.setText(button)
        self.button.setAccessibleDescription(words)
        self.show()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As high as the words' lines at the width they have: a toolbar row gives its widget
        its size hint's height, which a wrapping label makes for a narrow width (three lines'
        height round one line on a 1366-wide window, taken from the wall)."""
        label = self.label
        label.setMinimumHeight(0)  # its answer is never less than its least height
        height = label.heightForWidth(label.width())
        label.setFixedHeight(height)


def _time(stamp: tuple[int, int]) -> str:
    """ "10:20", "10:20 on 29 November", with the year when not this year's (as a lock's)."""
    from wtfc.model.lock_status import since_words

    return since_words(dt.datetime.fromtimestamp(stamp[0] / 1e9), short=False)


def _where_held(locks: list[Path]) -> str:
    """"in the other wtfc window" (this computer) or "on LAPTOP-7F" as the lock file says."""
    for lock_path in locks:
        if lock_there(lock_path):
            info = QLockFile(str(lock_path)).getLockInfo()
            host = next((v for v in (info if isinstance(info, tuple) else ())
                         if isinstance(v, str)), "")
            if host and not is_this_computer(host):
                return f"on {host}"
            if host and not written_here(host, lock_path):  # "on ubuntu" would read as here
                return f"on '{host}' (another computer with this computer's name)"
            break
    return "in the other wtfc window"
