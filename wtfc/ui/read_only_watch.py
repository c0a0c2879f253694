"""A workshop open read-only because another copy of wtfc has it: the facilitator is told, at
the window's foot, when that copy saves it ("Open the newer version") and when it closes it
("Open it to work on it"). Without this the read-only window (often the one whose room view is
on the projector) went on showing the workshop as it was opened, with nothing to say so.

Every few seconds the file's time and size and whether its lock files are there are looked at
(a stat each, never the file read): the file is read only once it has changed, to say what it
now has. Nothing is opened or taken over unless the facilitator chooses it, through
``FileController.open_path`` (which asks again if the other copy still has it). The watch ends
once this window shows another workshop or the file is open here to be changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from wtfc.model.dates import day_month
from wtfc.ui.file_controller import disk_stamp, same_path
from wtfc.ui.file_lock import is_this_computer
from wtfc.ui.style import FOCUS, INK

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

CHECK_MS = 3000  # a stat or three: seen within a few seconds, at no cost the room would notice
WATCH_NAME = "read_only_watch"
OPEN_NEWER, OPEN_TO_WORK = "Open the newer version", "Open it to work on it"


def watch_while_held(window: MainWindow, *, held: bool) -> None:
    """Called each time a file opens: a watch of the file just opened read-only because
    another copy has it (``held``); any earlier watch ends."""
    old = window.findChild(ReadOnlyWatch, WATCH_NAME)
    if old is not None:
        old.stop()
    path = window.files.path
    if held and path is not None and window.undo.read_only:
        ReadOnlyWatch(window, path)


class ReadOnlyWatch(QObject):
    """Looks at ``path`` and its lock files every ``CHECK_MS`` and says what changed."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.setObjectName(WATCH_NAME)
        self.window, self.path = window, path
        self.opened_stamp = window.files.stamp  # the file as this window read it
        self.locks = window.files.lock.lock_paths(path)
        self.where = _where_held(self.locks)  # read once: the lock names its copy's computer
        self.seen: tuple[object, bool] | None = None  # (stamp, held) last said
        self.what_changed: tuple[object, str] | None = None  # (stamp, words), read once
        self.bar: NoticeBar | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_MS)

    def check(self) -> None:
        window = self.window
        if not same_path(self.path, window.files.path) or not window.undo.read_only:
            self.stop()  # another workshop, or this one saved as a copy of its own
            return
        stamp, held = disk_stamp(self.path), any(_is_file(p) for p in self.locks)
        if (stamp, held) == self.seen:
            return
        self.seen = (stamp, held)
        changed = stamp is not None and stamp != self.opened_stamp
        if stamp is None or (held and not changed):
            self._show("")  # gone (a drive out, renamed): nothing to offer; or nothing new
            return
        name = f"'{self.path.name}'"
        saved = f"{name} was saved {self.where} at {_time(stamp)}{self._what(stamp)}"
        if held:
            words = f"{saved}. This window still shows it as it was opened here."
        elif changed:
            words = f"{saved}, then closed there: nobody else has it open now."
        else:
            words = (f"{name} was closed {self.where} without changes: nobody else has it "
                     f"open now.")
        self._show(words, OPEN_NEWER if held else OPEN_TO_WORK)

    def _what(self, stamp: object) -> str:
        """" (2 more cards)": the file is read once for each save seen, never at each look."""
        if self.what_changed is None or self.what_changed[0] != stamp:
            from wtfc.model.errors import WorkshopFileError
            from wtfc.model.recovery_compare import differences
            from wtfc.model.storage import load_workshop

            try:
                newer = load_workshop(self.path).workshop
                comparison = differences(self.window.doc.workshop, newer)
                words = "" if comparison.same else f" ({comparison.describe()})"
            except WorkshopFileError:  # mid-save elsewhere, or damaged: opening says why
                words = ""
            self.what_changed = (stamp, words)
        return self.what_changed[1]

    def _show(self, words: str, button: str = "") -> None:
        if not words:
            if self.bar is not None:
                self.bar.hide()
            return
        if self.bar is None:
            self.bar = NoticeBar(self._open)
            self.window.statusBar().addPermanentWidget(self.bar, 1)
            self.window.statusBar().show()
        self.bar.say(words, button)

    def _open(self) -> None:
        """Through the usual Open: asks again if the other copy has it still, and ends this
        watch (another starts if it opens read-only again)."""
        self.window.files.open_path(self.path)

    def stop(self) -> None:
        self.timer.stop()
        if self.bar is not None:
            self.window.statusBar().removeWidget(self.bar)
            self.bar.deleteLater()
            self.bar = None
        self.setObjectName("")  # a new watch made before this one is deleted is found instead
        self.deleteLater()


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


def _time(stamp: tuple[int, int]) -> str:
    when = dt.datetime.fromtimestamp(stamp[0] / 1e9)
    today = when.date() == dt.date.today()
    return f"{when:%H:%M}" if today else f"{when:%H:%M} on {day_month(when)}"


def _where_held(locks: list[Path]) -> str:
    """"in the other wtfc window" (this computer) or "on LAPTOP-7F" as the lock file says."""
    for lock_path in locks:
        if _is_file(lock_path):
            info = QLockFile(str(lock_path)).getLockInfo()
            host = next((v for v in (info if isinstance(info, tuple) else ())
                         if isinstance(v, str)), "")
            if host and not is_this_computer(host):
                return f"on {host}"
            break
    return "in the other wtfc window"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a name too long to ask about: no lock there
        return False
