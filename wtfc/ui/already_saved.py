"""Ctrl+S pressed again with nothing new: said, and the kept earlier versions left as they are.

Each save keeps the file it replaces as ``.bak`` (``.bak2`` and ``.bak3`` moving down). Pressed
out of habit with nothing changed, each press pushed out a real earlier version for one more
copy of the file already there: after three presses "Go back to an earlier version" offered the
same workshop three times. What every save says of words typed and not added yet is here too
(``say_saved``). Loaded on the first save, not at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from wtfc.model.storage import workshop_to_bytes
from wtfc.ui.announce import announce
from wtfc.ui.file_controller import disk_stamp
from wtfc.ui.undo import passing

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController
    from wtfc.ui.main_window import MainWindow

ALREADY_SAVED = "Already saved: nothing has changed since the file was saved."
# Ctrl+S "to be safe" after Later on the temporary-folder notice: the one moment the facilitator
# thinks of saving, so it says where the file is as "Saved." does (SAVED_IN_TEMPORARY)
ALREADY_SAVED_IN_TEMPORARY = ("Already saved, in a temporary folder that may be cleared without "
                              "asking: File → Save As to keep it.")
SAVED = "Saved."  # the file holds every change; then what is typed and not yet added
SAID_FOR_MS = 5000
QUIET = "wtfc_save_quietly"


@contextmanager
def quietly(window: MainWindow) -> Iterator[None]:
    """A save whose workshop is closed straight after (Save in "Save them before opening…?"):
    its words not added yet were just said to be lost, so the next workshop's status bar must not
    say they wait."""
    window.setProperty(QUIET, True)
    try:
        yield
    finally:
        window.setProperty(QUIET, False)


def already_saved(files: FileController) -> bool:
    """True, said in the status bar and to a screen reader, when the open file holds the
    workshop as it is now, byte for byte: nothing done since it was written or read here (words
    still being typed are recorded before this), and the file unchanged on disk since. A file
    an earlier wtfc wrote, or another program changed, is saved as ever. Words typed and not
    added yet (kept for another theme on Identify success) are said instead of "nothing has
    changed" (``say_saved``)."""
    window, path = files.window, files.path
    if path is None or files.damaged is not None or not window.undo.stack.isClean() \
            or disk_stamp(path) != files.stamp:
        return False
    try:  # a few megabytes at most: 10,000 cards
        same = path.read_bytes() == workshop_to_bytes(window.doc.workshop)
    except OSError:  # gone or unreadable: the save says what is wrong
        return False
    if same:
        say_saved(window, ALREADY_SAVED_IN_TEMPORARY if _in_temporary(window) else ALREADY_SAVED)
    return same


def say_saved(window: MainWindow, otherwise: str = "", *, note: str = "") -> bool:
    """After a save (or one not needed), in the status bar and to a screen reader: words typed
    on Identify success and not added yet are in no file (kept for another theme, or left in a
    box on a page no longer on screen, as an Undo of "Go to stage" leaves them), so the save
    says so, or else ``otherwise`` if given. Said after every save, not only when nothing else
    changed: there always is another change, and the facilitator went home believing them
    safe. ``note``: what else the save must say (no earlier version kept), after a newer
    format written, said once (``format_note``). "Saved." says so when the file is in a
    temporary folder (``_saved_where``). True, as the save succeeded."""
    if window.property(QUIET):  # a save before New/Open: the workshop and its words go next
        return True
    from wtfc.ui.format_note import updated_by_save  # an earlier wtfc will only read it now

    note = " ".join(filter(None, (updated_by_save(window), note)))
    waiting = " ".join(window.words_not_added())
    saved = _saved_where(window)
    if otherwise == SAVED:
        otherwise = saved
    said = " ".join(filter(None, (saved, note, waiting))) if waiting or note else otherwise
    if said:  # a note is longer: time to read it
        longer = note or saved != SAVED
        passing(window, said, SAID_FOR_MS * 3 if longer else SAID_FOR_MS)  # then "time is up"
        announce(window, said)
    return True


def _saved_where(window: MainWindow) -> str:
    """"Saved.", or, for a file in a temporary folder (an e-mail attachment's copy), where: a
    save there works, but the folder is cleared away later (``temporary_place``)."""
    from wtfc.model.temporary_place import SAVED_IN_TEMPORARY

    return SAVED_IN_TEMPORARY if _in_temporary(window) else SAVED


def _in_temporary(window: MainWindow) -> bool:
    from wtfc.model.temporary_place import in_temporary_folder

    path = window.files.path
    return path is not None and bool(in_temporary_folder(path))
