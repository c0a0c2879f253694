"""The save that makes the open file one an earlier wtfc can only read says so, once.

A workshop is saved in the oldest format that holds it (``migrations.format_needed``): format
5, which the release before works on, until something of format 6 is used (an action changed
after the workshop's day, what people told us at the check…); a file from before format 5 is
saved as 5. The first save that writes a newer format than the file had says it in the status
bar and to a screen reader (``already_saved.say_saved``): a colleague still on the earlier
wtfc will then only be able to read it, and until now nothing in the window said so (R1
finding 1). Said after the save: the file as it was is still the .bak beside it. The file's
format is remembered as it is opened, or as a crashed session's work is recovered over it
(``FileController.adopt``: read from the file then).
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.control_characters import name_shown
from wtfc.model.migrations import format_needed
from wtfc.model.workshop import SCHEMA_VERSION

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

ON_DISK = "wtfc_file_format"  # the open file and its format on disk, as read or written here


def opened(window: MainWindow, path: Path, written_as: int) -> None:
    """A file opened: the format it was written in (a newer wtfc's opens read-only)."""
    window.setProperty(ON_DISK, (str(path), written_as))


def adopted(window: MainWindow, path: Path, written_as: int | None) -> None:
    """A workshop taken in under ``path``: opened from it (``written_as``, as read), or
    recovered after a crash over it (None: the file's format is read from it now), whose first
    save writes over the file as it is on disk. Unreadable: nothing to compare, nothing said."""
    if written_as is None:
        written_as = format_on_disk(path)
    window.setProperty(ON_DISK, None if written_as is None else (str(path), written_as))


# how a workshop file starts, whichever wtfc wrote it (pydantic's compact form, or spaced out by
# hand or by Python's json), after Notepad's byte-order mark if any
_HEAD = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"schema_version"\s*:\s*([0-9]{1,9})\s*[,}]')


def format_on_disk(path: Path) -> int | None:
    """The format the file at ``path`` says it is in: from its first bytes (a recovered
    workshop is not read from the file), else, for a file whose format is not said first (a
    hand edit), by reading it; None when it cannot be read as a workshop."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe would wait for ever
            return None
        with path.open("rb") as file:
            head = file.read(256)
    except OSError:
        return None
    if (found := _HEAD.match(head)) is not None:
        return int(found.group(1))
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.storage import load_workshop

    try:
        return load_workshop(path).written_as
    except WorkshopFileError:
        return None


def updated_by_save(window: MainWindow) -> str:
    """After a save: the words saying it updated the file to a newer format, the first time;
    "" otherwise (a first save, a Save As elsewhere, or the format as it was)."""
    newer = _newer_than_on_disk(window)
    if window.files.path is not None:
        window.setProperty(ON_DISK, (str(window.files.path),
                                     format_needed(window.doc.workshop)))
    return updated_words(*newer) if newer else ""


def save_would_update(window: MainWindow) -> str:
    """Before a save asked for ("Save them before closing?", whose save says nothing after):
    the words saying it will update the file to a newer format; "" when it will not."""
    newer = _newer_than_on_disk(window)
    return would_update_words(*newer) if newer else ""


# In a facilitator's words, not the format's number ("format 6" means nothing to them; ``wtfc
# check`` keeps the numbers for a technical reader): which colleagues can then only read it.
UPDATED = ("A colleague whose wtfc is older than {release} can now only read '{name}', not "
           "change it.")
WOULD_UPDATE = ("If you save, a colleague whose wtfc is older than {release} will only be able "
                "to read '{name}', not change it.")


def updated_words(name: str, written: int) -> str:
    """Said after the save that wrote ``name`` in format ``written``, newer than it was."""
    return UPDATED.format(release=_release(written), name=name)


def would_update_words(name: str, written: int) -> str:
    """Said before a save that would write ``name`` in format ``written``, newer than it is."""
    return WOULD_UPDATE.format(release=_release(written), name=name)


def _release(written: int) -> str:
    """The wtfc older than which can only read a file of format ``written``: this one's
    format, or format 5, the one the release before still writes (a file older than that is
    saved as 5)."""
    return "this one" if written >= SCHEMA_VERSION else "the release before this one"


def _newer_than_on_disk(window: MainWindow) -> tuple[str, int] | None:
    """The open file's name and the format saving the workshop writes, when newer than the
    file's on disk (only microseconds: ``format_needed`` reads the actions' few fields)."""
    from wtfc.ui.file_controller import same_path

    path, before = window.files.path, window.property(ON_DISK)
    if path is None or not before or not same_path(path, Path(before[0])):
        return None
    written = format_needed(window.doc.workshop)
    # as the title shows it: a 'Spring\u202egpj.wtfc' would turn the rest of the note round
    return (name_shown(path.name), written) if written > before[1] else None
