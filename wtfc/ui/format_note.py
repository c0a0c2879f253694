"""The save that makes the open file one an earlier wtfc can only read says so, once.

A workshop is saved in the oldest format that holds it (``migrations.format_needed``): format
5, which the release before works on, until something of format 6 is used (an action changed
after the workshop's day, what people told us at the check…); a file from before format 5 is
saved as 5. The first save that writes a newer format than the file had says it in the status
bar and to a screen reader (``already_saved.say_saved``): a colleague still on the earlier
wtfc will then only be able to read it, and until now nothing in the window said so (R1
finding 1). Said after the save: the file as it was is still the .bak beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.migrations import format_needed

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

ON_DISK = "wtfc_file_format"  # the open file and its format on disk, as read or written here


def opened(window: MainWindow, path: Path, written_as: int) -> None:
    """A file opened: the format it was written in (a newer wtfc's opens read-only)."""
    window.setProperty(ON_DISK, (str(path), written_as))


def updated_by_save(window: MainWindow) -> str:
    """After a save: the words saying it updated the file to a newer format, the first time;
    "" otherwise (a first save, a Save As elsewhere, or the format as it was)."""
    from wtfc.ui.file_controller import same_path

    path = window.files.path
    if path is None:
        return ""
    written = format_needed(window.doc.workshop)  # what the save wrote: only microseconds
    before = window.property(ON_DISK)
    window.setProperty(ON_DISK, (str(path), written))
    if not before or not same_path(path, Path(before[0])) or written <= before[1]:
        return ""
    return (f"This save updated '{path.name}' to format {written}: wtfc on other computers "
            f"that is not updated will only be able to read it.")
