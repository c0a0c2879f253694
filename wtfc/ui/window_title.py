"""The main window's title: "spring.wtfc[*] — Older people's services — wtfc".

The file's name is shown as the import shows names (``name_shown``): a name written in Latin-1
on a USB stick ("caf\\xe9.wtfc") lost the letter ("caf.wtfc"), a name holding U+202E
("Spring[U+202E]gpj.wtfc") turned everything after it around, the workshop's title too, and a
line break split it. The workshop's title is set apart (a hand-edited file may hold bidi
controls), so the words after it keep their order. A "[*]" in a name or title is shown as
typed (``titled``), not taken for the unsaved-changes mark. A title the personal-detail guard
flags ("Review of Mrs Patel's care", with the names to watch for too) is left out, as the names
Save As and the exports suggest leave it out (``room_title``, as the room views do): the title
bar is often on the projector, and in the taskbar. The guard is not loaded for start-up's
first frame: a file opened at start (double-clicked, ``wtfc FILE``) shows no title until that
frame is out and the guard has looked (``GUARD_AFTER_MS``; it showed as typed until then,
"winter.wtfc — Call 01632 960418 about the review — wtfc", on a mirrored projector). Once the
window is shown, or names are pasted, a title is looked at at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from wtfc.model.control_characters import name_shown, set_apart
from wtfc.model.workshop import UNTITLED

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

GUARD_AFTER_MS = 1500  # after the first frame's turn (the day watch waits 3 s, exports 4 s)
_guard_ready = False  # start-up's first frame is out: the guard may be loaded


def titled(words: str) -> str:
    """``words`` (a name or title someone typed) for ``setWindowTitle``, shown as typed: Qt
    takes each odd "[*]" in a window's title for the unsaved-changes mark ("*" or nothing),
    so "Sizes [*] and prices" lost it; Qt shows "[*][*]" as "[*]"."""
    return words.replace("[*]", "[*][*]")


def window_title(file_name: str, read_only: bool, title: str, names: Iterable[str] = (), *,
                 may_look: bool = True) -> str:
    """The title for a workshop titled ``title`` (blank: ``UNTITLED``, as in the exports) open
    from ``file_name``, with ``names`` to watch for; ``[*]`` is where Qt shows unsaved
    changes. ``may_look``: the guard may be loaded now; until then a typed title is left out."""
    from wtfc.ui.room_title import room_title

    suffix = " (read-only)" if read_only else ""
    named = f"{titled(name_shown(file_name))}[*]{suffix}"
    if title.strip() and not (may_look and room_title(title, names)):
        return f"{named} — wtfc"  # not looked at yet, or a possible personal detail in it
    return f"{named} — {set_apart(titled(title.strip() or UNTITLED))} — wtfc"


class _TitleKeeper(QObject):
    """Sets its window's title again as the names to watch for change, and once the guard may
    be loaded (its slots go with the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.doc.events.names_changed.connect(self.retitle)
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(GUARD_AFTER_MS, self, self._ready))

    def _ready(self) -> None:
        global _guard_ready
        _guard_ready = True
        self.retitle()

    def retitle(self) -> None:
        window = self.window
        names = window.doc.names_to_watch
        # start-up opens its file before the window is shown: that title waits for the guard;
        # once shown, a title typed or a file opened is looked at at once
        may_look = _guard_ready or bool(names) or window.isVisible()
        window.setWindowTitle(window_title(window.files.display_name(), window.undo.read_only,
                                           window.doc.workshop.title, names, may_look=may_look))


def retitle(window: MainWindow) -> None:
    """Set ``window``'s title, and keep it so as the names to watch for change."""
    keeper = window.findChild(_TitleKeeper, "", Qt.FindChildOption.FindDirectChildrenOnly)
    (keeper or _TitleKeeper(window)).retitle()
