"""The recovery dialog's Save elsewhere…: a recovery copy kept as a file of its own.

A copy that reads is saved as a workshop (.wtfc), whole, as it was written. A damaged copy is
saved as it is, for someone technical to mend, with the ending .wtfc-damaged: it is no workshop
wtfc can open, so it never takes a workshop's name, nor replaces a workshop file. Neither is
saved over the workshop open in this window, nor over one another copy of wtfc has open (its
lock is held): that copy's next save would undo it, or it would undo that copy's work. The
copy of a workshop in a temporary folder (an e-mail attachment's: ``temporary_place``) is
offered in the Documents folder, never where it would be cleared away again; saved in such a
folder all the same, it is said so, and the recovery copy is kept (offered again at the next
start): that folder may be cleared without asking, with the only copy of the lost work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.errors import WorkshopFileError
from wtfc.model.recovery import DamagedSnapshot, SnapshotHeader
from wtfc.model.same_file import same_file
from wtfc.model.storage import SUFFIX, workshop_to_bytes, write_atomically
from wtfc.model.temporary_place import in_temporary_folder
from wtfc.ui.autosave import CrashedSession
from wtfc.ui.chosen_path import chosen_path
from wtfc.ui.file_lock import FileLock
from wtfc.ui.plain_tip import as_typed  # a file's name as typed, never as HTML
from wtfc.ui.recovery_text import DAMAGED_SUFFIX


def save_elsewhere(window, crashed: CrashedSession, damaged: DamagedSnapshot | None = None) -> bool:
    """Save the copy as a new file, as written (whole even when a newer wtfc wrote parts this
    one drops), or what a damaged copy holds as it is. Asks again after a name refused. True
    when it is saved where it stays, so the recovery copy may go; False when cancelled, not
    written, or written in a temporary folder (the recovery copy is kept)."""
    head: SnapshotHeader | None
    if crashed.snapshot is not None:
        snap = crashed.snapshot
        head, data = snap.header, snap.body or workshop_to_bytes(snap.workshop)
        mark, suffix, what = " (recovered)", SUFFIX, "The recovered work"
        title, kinds = "Save the recovered workshop as", f"Workshop files (*{SUFFIX})"
    elif damaged is not None:
        head, data = damaged.header, damaged.rescue
        mark, suffix, what = " (damaged recovery copy)", DAMAGED_SUFFIX, "The damaged copy"
        title = "Save what the damaged copy holds as"
        kinds = f"Damaged recovery copies (*{DAMAGED_SUFFIX})"
    else:
        return False
    from wtfc.ui.documents_folder import documents_or_home

    if head is None:
        start = documents_or_home() / "workshop"
    else:
        start = Path(head.original_path or documents_or_home() / head.untitled_name)
        if head.original_path and in_temporary_folder(start):  # an e-mail attachment's copy:
            start = documents_or_home() / start.name  # its folder is cleared, the day with it
    start = start.with_name(start.stem + mark + suffix)
    while True:
        name, _ = QFileDialog.getSaveFileName(window, title, str(start), kinds)
        if not name:
            return False
        refused = _refused(window, Path(name), suffix)
        if refused:
            QMessageBox.warning(window, f"{what} was not saved", as_typed(refused))
            continue  # offered the suggested name again, not the one refused
        path = chosen_path(window, name, suffix)  # asks before replacing a file it names
        if path is not None:
            break
    try:
        write_atomically(data, path)
    except WorkshopFileError as exc:
        QMessageBox.warning(window, f"{what} was not saved", as_typed(str(exc)))
        return False
    temporary = bool(in_temporary_folder(path))
    _say_saved(window, path, what, opens=suffix == SUFFIX, temporary=temporary)
    return not temporary


SAID_FOR_MS = 15000  # a sentence naming a file and a folder: time to read it


def _say_saved(window, path: Path, what: str, *, opens: bool, temporary: bool) -> None:
    """Where it went, at the foot and to a screen reader; a workshop first in Open recent. The
    dialog closed with nothing said, and the recovery copy is let go next, so this file is now
    the only place the lost work is: an anxious facilitator could neither tell it had worked
    nor find it again from wtfc. A temporary folder's file is never in Open recent, and the
    folder may be cleared: said so instead, as Save As there says, with the copy kept."""
    from wtfc.ui.announce import announce
    from wtfc.ui.place_shown import where_shown
    from wtfc.ui.undo import passing

    where = where_shown(path)
    if temporary:
        said = (f"{what} is saved as {where}{'' if opens else ', for someone technical to mend'}"
                f", but that is a temporary folder, which may be cleared without asking"
                f"{': Open recent does not list it' if opens else ''}. The recovery copy is "
                f"kept and offered again when wtfc next starts: save it in your Documents or "
                f"team folder then.")
    elif opens:
        from wtfc.ui.recent_files import remember

        remember(path)
        said = f"{what} is saved as {where}: File → Open recent opens it."
    else:  # no workshop wtfc can open: not offered in Open recent
        said = f"{what} is saved as {where}, for someone technical to mend."
    passing(window, said, SAID_FOR_MS * 2 if temporary else SAID_FOR_MS)  # twice the words
    announce(window, said)


def _refused(window, typed: Path, suffix: str) -> str:
    """Why the name typed must not be written with a recovery copy; "" when it may."""
    if suffix == DAMAGED_SUFFIX and typed.suffix.lower() == SUFFIX and typed.exists():
        return (
            f"'{name_shown(typed.name)}' is a workshop file. What a damaged copy holds is not a "
            f"workshop wtfc can open, so it never replaces one: choose a name ending in "
            f"{DAMAGED_SUFFIX}."
        )
    path = typed if typed.suffix.lower() == suffix else typed.with_name(typed.name + suffix)
    open_here = window.files.path
    if open_here is not None and same_file(path, open_here):
        return (f"'{name_shown(path.name)}' is the workshop open in this window. Choose another "
                f"name.")
    if path.exists():  # a lock is taken only on a file opened: there is none on a new name
        with FileLock(window.files.lock.fallback_dir) as probe:  # only to look
            holder = probe.acquire(path)
        if holder is not None:
            return (
                f"{holder.describe(name_shown(path.name))} wtfc will not save over a workshop "
                f"another copy is changing. Choose another name."
            )
    return ""
