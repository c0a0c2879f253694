"""File → Open recent: the workshops last opened or saved on this laptop, newest first.

The menu is often on the projector, and a whole path names the facilitator ("C:\\Users\\
jane.smith\\…") and sometimes the person a review is about, so each workshop is named as the
recovery dialog names it (``file_place``): the file and its folder's name, with the folders
above only where two would read the same, and no tooltip saying more. A workshop not found now
stays listed. If its folder is there, the file was moved, renamed or
deleted: choosing it offers to take it off the list. If its folder is not found either, it is
probably on a USB stick or network drive not connected: it stays, greyed, until that is back
(unless it was in a temporary folder: then it is gone). A workshop in a temporary folder (an
e-mail attachment's copy, a file inside a .zip: ``temporary_place``) is never listed.
"Remove one from this list" takes off any workshop by hand; "Clear this list" takes off all of
them, and the Review board's memory of which file each was compared with.
A settings folder wtfc may not write to (a locked-down profile) keeps none of it: the list was
empty at every start with nothing said, so the first workshop it cannot remember says so once
in each window's status bar (``NOT_KEPT``).
A name that is not text (a Latin-1 USB stick's "caf\\xe9.wtfc") lost its byte in Qt's settings
and came back as "caf.wtfc", which was not found, or was another file: such a path is kept
escaped (``_stored``) and read back byte for byte; it is named in the menu as the title names it.
"""

from __future__ import annotations

import os
import re
import weakref
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from wtfc.model.control_characters import name_shown
from wtfc.ui import review_memory
from wtfc.ui.app_settings import settings, written
from wtfc.ui.place_shown import folder_shown, where_shown

KEY = "recent"
MAX_RECENT = 8
GONE = "  (no longer there: moved or deleted)"
UNREACHABLE = "  (not found now: moved, or on a drive not connected)"
NOT_KEPT = ("wtfc cannot remember recent workshops on this laptop: its settings folder is "
            "read-only.")
NOT_KEPT_MS = 20_000  # long enough to read at the foot of the window
_menus: weakref.WeakSet[RecentMenu] = weakref.WeakSet()  # each window's, told when not kept
# a path whose name is not text, kept as its bytes: each byte that is not UTF-8 (and '%') as
# %XX. Never the start of a path kept whole ('/…', 'C:\\…', '\\\\server…')
BYTES = "wtfc-bytes:"
_ESCAPED = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as surrogateescape reads it
_PERCENT = re.compile(rb"%([0-9A-F]{2})")


class Found(Enum):
    THERE = "there"
    GONE = "gone"  # its folder is there, the file is not
    UNREACHABLE = "unreachable"  # its folder is not found either: a drive not connected?


def found(path: Path) -> Found:
    from wtfc.model.temporary_place import in_temporary_folder

    try:
        if path.exists():
            return Found.THERE
        # a temporary folder cleared away (listed before wtfc left them off) is no drive
        # to plug in again
        gone = path.parent.is_dir() or in_temporary_folder(path)
        return Found.GONE if gone else Found.UNREACHABLE
    except OSError:  # a network drive refusing, say: it may answer later
        return Found.UNREACHABLE


def _menu_text(text: str) -> str:
    return text.replace("&", "&&")  # a menu takes '&' as "the next letter is its key"


def _whole(path: Path | str) -> str:
    """The whole path, '..' taken out (`wtfc spring.wtfc` gives 'spring.wtfc'). Not resolved:
    that would name a mapped drive's server (\\\\server\\share) or a link's target instead."""
    return os.path.abspath(path)


def _key(path: Path | str) -> str:
    """What makes two entries one workshop: on Windows case is ignored, as NTFS ignores it, so
    'Spring 2026.wtfc' from Open… and 'spring 2026.wtfc' typed on a command line are one."""
    return os.path.normcase(_whole(path))


def _stored(path: str) -> str:
    """``path`` as the settings keep it: as it is when it is text (every name a list kept
    before reads the same); else ``BYTES`` and its bytes escaped (Qt drops what is not text)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:  # a byte os.fsdecode could not read, or a lone UTF-16 half
        pass
    raw = os.fsencode(path).replace(b"%", b"%25").decode("utf-8", "surrogateescape")
    return BYTES + _ESCAPED.sub(lambda byte: f"%{ord(byte.group()) - 0xDC00:02X}", raw)


def _read(stored: str) -> str:
    """The path ``_stored`` kept, byte for byte."""
    if not stored.startswith(BYTES):
        return stored
    raw = stored[len(BYTES):].encode("utf-8")
    return os.fsdecode(_PERCENT.sub(lambda code: bytes([int(code.group(1), 16)]), raw))


def _keep(paths: list[str]) -> bool:
    """Keep ``paths`` as the list; False when the settings folder refused them."""
    kept = settings()
    kept.setValue(KEY, [_stored(path) for path in paths[:MAX_RECENT]])
    return written(kept)


def recent_files() -> list[str]:
    """Newest first, with those not there now: a USB stick or network drive comes back."""
    value = settings().value(KEY, [])
    paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    whole: list[str] = []
    keys: set[str] = set()
    for path in map(_read, map(str, paths)):
        # a relative path kept before they were made whole: placed from here if it is here;
        # otherwise nobody knows where it was, so it is left off rather than called gone
        if not os.path.isabs(path) and not os.path.exists(path):
            continue
        if _key(path) not in keys:  # the newest spelling of a workshop listed twice
            keys.add(_key(path))
            whole.append(_whole(path))
    return whole[:MAX_RECENT]


def remember(path: Path) -> None:
    """Put ``path`` first; one in a temporary folder (an e-mail attachment's copy) is not kept:
    it is cleared away later, and the list would then send the facilitator looking for it."""
    from wtfc.model.temporary_place import in_temporary_folder

    if in_temporary_folder(path):
        return
    paths = [_whole(path)] + [p for p in recent_files() if _key(p) != _key(path)]
    if not _keep(paths):
        for menu in list(_menus):
            menu.say_not_kept()


def forget(path: str) -> None:
    _keep([p for p in recent_files() if _key(p) != _key(path)])


class RecentMenu:
    """Fills File → Open recent each time it opens; ``open_path`` opens a chosen workshop."""

    def __init__(self, menu: QMenu, parent: QWidget, open_path: Callable[[Path], object]) -> None:
        self.menu = menu
        self._parent = parent
        self._open_path = open_path
        self._remove = QMenu("&Remove one from this list", menu)  # made once: clear() keeps it
        self._remove.setObjectName("recent_remove")
        menu.aboutToShow.connect(self.fill)
        self._not_kept_said = False
        _menus.add(self)

    def say_not_kept(self) -> None:
        """Once a window, after what the save or open says itself ("Saved.", kept in front):
        the recent workshops, and the window's place and Review's pairings with them, are
        forgotten at every start."""
        if self._not_kept_said or not shiboken6.isValid(self._parent):
            return
        self._not_kept_said = True
        QTimer.singleShot(0, self._parent, self._say_not_kept_now)

    def _say_not_kept_now(self) -> None:
        from wtfc.ui.announce import announce
        from wtfc.ui.undo import LASTING, passing

        window = self._parent
        if not isinstance(window, QMainWindow):
            return
        bar = window.statusBar()
        shown = bar.currentMessage()  # lasting news comes back after these words
        if shown and shown != bar.property(LASTING) and NOT_KEPT not in shown:
            passing(window, f"{shown} {NOT_KEPT}", NOT_KEPT_MS)
        else:
            passing(window, NOT_KEPT, NOT_KEPT_MS)
        announce(window, NOT_KEPT)

    def fill(self) -> None:
        self.menu.clear()
        self._remove.clear()
        paths = recent_files()
        for path in paths:
            self._add(path, paths)
        if not paths:
            self.menu.addAction("No recent workshops").setEnabled(False)
            return
        self.menu.addSeparator()
        self.menu.addMenu(self._remove)
        self.menu.addAction("&Clear this list…").triggered.connect(self.clear)

    def _add(self, path: str, paths: list[str]) -> None:
        state = found(Path(path))
        note = {Found.THERE: "", Found.GONE: GONE, Found.UNREACHABLE: UNREACHABLE}[state]
        # two Spring.wtfc: their folders tell them apart; each name as the title shows it
        name = _menu_text(where_shown(path, paths))
        action = self.menu.addAction(name + note)
        action.setEnabled(state is not Found.UNREACHABLE)  # kept greyed until the drive is back
        action.triggered.connect(lambda _=False, p=path: self.choose(p))
        removal = self._remove.addAction(name)
        removal.triggered.connect(lambda _=False, p=path: forget(p))

    def choose(self, path: str) -> None:
        """Open the workshop; one not there now is explained and offered off the list."""
        from PySide6.QtWidgets import QMessageBox

        from wtfc.ui.plain_tip import as_typed  # the file's name as typed, never as HTML

        file = Path(path)
        state = found(file)
        place, name = folder_shown(file, recent_files()), name_shown(file.name)
        from wtfc.model.versions import earlier_versions  # when first needed

        if state is Found.THERE or (state is Found.GONE and earlier_versions(file)):
            self._open_path(file)  # gone: opening offers the earlier version kept beside it
            return
        if state is Found.GONE:
            why = (
                f"'{name}' is no longer in the folder '{place}'. It was moved, "
                f"renamed or deleted."
            )
        else:  # the drive went between opening the menu and choosing: probably back later
            why = (
                f"Neither '{name}' nor its folder '{place}' can be found now. It "
                f"may be on a USB stick or network drive that is not connected."
            )
        keep = state is not Found.GONE
        answer = QMessageBox.question(
            self._parent,
            "Workshop not found",
            as_typed(f"{why}\n\nTake it off the list of recent workshops? No file is changed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if keep else QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            forget(path)

    def clear(self) -> None:
        """Forget every recent workshop, and which file the Review board compared each with."""
        from PySide6.QtWidgets import QMessageBox

        pairings = review_memory.count()
        review = ""
        if pairings:  # the list and these go together: both say where workshops are kept
            review = (
                f" This also clears what the Review board remembers: last time's file for "
                f"{pairings} workshop{'' if pairings == 1 else 's'}, which it will ask for again."
            )
        answer = QMessageBox.question(
            self._parent,
            "Clear recent workshops",
            f"Clear the list of recent workshops on this laptop?{review}\n\nNo workshop file "
            f"is changed or deleted.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            settings().remove(KEY)
            review_memory.forget_all()
