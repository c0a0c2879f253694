"""What File > Open (and Open recent) finds out about a chosen file before it asks "Save them
before opening another workshop?": whether it opens read-only and why, and whether another
copy of wtfc has it open. Asked after, a file that then did not open (damaged, or Cancel in
"open on another laptop") left the same workshop open after a save made quiet for one about to
close, with nothing saying that words typed on Identify success were still not added. Loaded
when a file is first opened, not at start-up (the demo opens without it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.atomic_save import saved_at
from wtfc.model.control_characters import name_shown
from wtfc.model.kept_names import kept_version_note
from wtfc.model.owner_only import only_owner_replaces, owner_only_said
from wtfc.model.priority_numbers import KEPT_UNTIL_SAVED
from wtfc.model.record_checks import record_warnings
from wtfc.model.same_file import same_file
from wtfc.model.storage import (
    LoadedWorkshop,
    in_read_only_place,
    marked_read_only,
    read_only_said,
)
from wtfc.ui.file_controller import CHECK_TITLE
from wtfc.ui.file_lock import FileLock, Holder

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow


def read_only_reason(loaded: LoadedWorkshop, path: Path) -> str:
    """Why ``path`` opens read-only (a newer wtfc wrote it, a kept earlier version, marked
    read-only, in a folder wtfc may not write to, or another person's in a shared folder
    where only a file's owner may replace it), said when it opens; "" when it may be changed
    here. The folder is judged on Linux and macOS only (``in_read_only_place``)."""
    if said := loaded.read_only_reason or kept_version_note(path):
        return said
    if marked_read_only(path):
        elsewhere = " somewhere else" if in_read_only_place(path) else ""
        return (f"{read_only_said(path)}, so it is open read-only here: wtfc will not save "
                f"over it. To make changes, save a copy{elsewhere} with Save As.")
    # the file itself may be written (a shared team folder, a read-only share whose files are
    # not marked), but a save replaces it, which needs its folder: said now, not by Save hours
    # later (nor left unguarded, with no lock beside it and maybe none in the recovery folder)
    if in_read_only_place(saved_at(path)):  # a link's: its file's folder, where a save writes
        return (f"'{name_shown(path.name)}' is on a drive or in a folder wtfc may not write "
                f"to, so it is open read-only here: wtfc could not save it there. To make "
                f"changes, save a copy somewhere else with Save As.")
    if only_owner_replaces(saved_at(path)):  # a sticky team folder: it may be written to, the
        # folder too, but only its owner may replace it, as a save does (so Save said no)
        return (f"{owner_only_said(path.name)}, so it is open read-only here: wtfc could not "
                f"save over it. To make changes, save a copy under another name with Save As.")
    return ""


def other_holder(lock: FileLock, path: Path) -> Holder | None:
    """Who else has ``path`` open (another copy of wtfc), found without letting go of the lock
    of the workshop open here: its Save, if the user chooses it, still writes a guarded file.
    None when nobody does, or when it is the file open here."""
    if lock.path is not None and same_file(path, lock.path):
        return None
    with FileLock(lock.fallback_dir) as probe:  # released after: taken only to look, the
        return probe.acquire(path)  # open takes it for good once the question is answered


def said_on_opening(window: MainWindow, loaded: LoadedWorkshop, file_reason: str, *,
                    read_only: bool) -> None:
    """One notice once the file is open: why it is read-only, what reading it let go of, a
    next review before the workshop (as wtfc check says it; Looking back on Review says it
    too, beside the date, until it is put right), after where it is when that is a temporary
    folder (``temporary_notice``). Nothing when all is well. A file open
    read-only because another copy has it is watched from now (``read_only_watch``)."""
    from wtfc.ui.format_note import opened  # a save making it newer says so, once
    from wtfc.ui.read_only_watch import watch_while_held  # told when the other copy saves

    path = window.files.path  # read-only for no reason of its own: another copy has it
    if path is not None:
        opened(window, path, loaded.written_as)
    watch_while_held(window, held=read_only and path is not None
                     and not read_only_reason(loaded, path))
    warnings = record_warnings(loaded.workshop, read_only=read_only, today=dt.date.today(),
                               warn_passed=False)
    renumbered = loaded.renumbered  # read-only, no save will write its new numbers: Save As
    if read_only:
        renumbered = renumbered.replace(KEPT_UNTIL_SAVED, "The file keeps its old numbers; a "
                                        "copy saved with Save As has the new ones.")
    said = [file_reason, loaded.controls, loaded.forgotten, renumbered, *warnings]
    notes = "\n\n".join(n for n in said if n)
    from wtfc.model.temporary_place import in_temporary_folder

    if path is not None and (kind := in_temporary_folder(path)):  # an e-mail attachment's
        from wtfc.ui.temporary_notice import say_opened_from_temporary  # copy: said first

        say_opened_from_temporary(window, path, kind, notes)
        return
    if notes:  # QMessageBox imported here: its enums cost start-up (test_startup_work.py)
        from PySide6.QtWidgets import QMessageBox

        from wtfc.ui.plain_tip import as_typed  # a file's or a title's words as typed

        title = "Opened read-only" if file_reason else CHECK_TITLE
        QMessageBox.information(window, title, as_typed(notes))
