"""Save As onto a file that held a workshop: said after the save, with where that one is kept.

The file dialog asks "Replace?" in its own words (``chosen_path`` asks for a name it added the
ending to), and every way wtfc saves to a new name goes through it: Save As, the first Save of
a new workshop, the Save in "Save them before closing?". So wtfc asks nothing more. But a new
cycle keeps last time's title, and one Enter on a name an earlier cycle's file has replaced
that workshop with no word from wtfc. The save keeps the file it replaced as ``.bak``: saying
so, and how the earlier-versions menu names it, lets the facilitator get it back before later
saves push it out. A save that closes the workshop next (quiet) says it in a box instead: the
status bar would be gone or be the next workshop's.

Loaded at the first save, not at start-up.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.counting import count_phrase
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import backup_path, load_workshop
from wtfc.ui.cut_short_save import KEPT_VERSIONS
from wtfc.ui.file_names import title_for_names

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController

TITLE = "A workshop file was replaced"
# the save that pushes the copy kept now out of the last KEPT_VERSIONS
GONE_AT = {1: "the next save", 2: "the 2nd save from now",
           3: "the 3rd save from now"}.get(KEPT_VERSIONS, "a later save")
MENU = "File → Go back to an earlier version"


def replaces_another(files: FileController, path: Path) -> bool:
    """Before a save: ``path`` is a file, and not the open workshop's own (a Save As onto an
    existing file)."""
    from wtfc.ui.file_controller import same_path

    # os.path's, which is False for a name too long for the disk too (that save says why)
    return os.path.isfile(path) and not same_path(path, files.path)


def replaced_words(files: FileController, path: Path, kept: bool) -> str:
    """After a save that ``replaces_another`` said would replace a file: that it held another
    workshop and where that one is kept come first, so a status bar too narrow for the whole
    shows them; then which workshop it was. Said in a box, naming the file, when the save is
    quiet (then ""). ``kept``: the save kept the file it replaced as ``.bak``."""
    from wtfc.ui.already_saved import QUIET

    quiet = files.window.property(QUIET)
    said = (f"'{name_shown(path.name)}' held another workshop, which this save replaced:" if quiet
            else "This file held another workshop:")
    if not kept:
        said += " wtfc could not keep it."
    elif quiet:
        said += (f" it is kept beside it as '{name_shown(backup_path(path, 1).name)}'. With "
                 f"'{name_shown(path.name)}' open, {MENU} lists it{_menu_name(path)} until "
                 f"{GONE_AT}.")
    else:
        said += f" it is kept as its .bak, listed in {MENU}{_menu_name(path)} until {GONE_AT}."
    said += _what_it_held(files, path) if kept else ""
    if not quiet:
        return said
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.plain_tip import as_typed  # a file's name and a title as typed, never HTML

    QMessageBox.information(files.window, TITLE, as_typed(said))
    return ""


def _what_it_held(files: FileController, path: Path) -> str:
    """' It was "Spring workshop" (96 cards).', or "" when the kept copy cannot be read. A
    title the guard flags is left out: the status bar is often on the projector."""
    try:
        held = load_workshop(backup_path(path, 1)).workshop
    except WorkshopFileError:
        return ""
    cards = count_phrase(len(held.cards), "card")
    title = title_for_names(held.title, files.window.doc.names_to_watch)
    return f' It was "{title}" ({cards}).' if title else f" It had {cards}."


def _menu_name(path: Path) -> str:
    """' as "Saved Thu 12 Nov 2026 at 09:40"', as the menu names the kept copy ("" if it is
    not listed)."""
    from wtfc.model.versions import describe_all, versions_to_go_back_to

    versions = versions_to_go_back_to(path)
    newest = backup_path(path, 1)
    return next((f' as "{name}"' for name, v in zip(describe_all(versions), versions,
                                                       strict=True) if v.path == newest), "")
