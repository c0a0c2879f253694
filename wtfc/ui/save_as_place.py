"""Where File → Save as… opens: a place where the save can succeed, never the file it must not
replace.

A new workshop from last time's (File → New workshop from this one…) starts beside last time's
file, where the facilitator keeps the review's workshops. Not in wtfc's own folder, though (the
bundled demo's: wtfc never writes there, and an upgrade or uninstall would take the new
workshop with it), nor on a drive or in a folder wtfc may not write to (a write-protected stick
it has just said it cannot save to): those start in the Documents folder, as any untitled
workshop does. A file opened read-only is not offered itself: a kept ``.bak`` offers the
workshop's own name, when free, and any other a copy beside it, or in the Documents folder when
beside it would be refused again. A file in a temporary folder (an e-mail attachment's copy, a
file inside a .zip: ``temporary_place``), read-only or not, is offered under its own name in the
Documents folder (a copy's name when that is taken), never where it will be cleared away.

A workshop never saved is offered a name no file in that folder has. Each cycle made with New
workshop from this one keeps the title, so the title's name is often an earlier cycle's file
(cycle 1's, beside cycle 2's autumn.wtfc): one Enter, and the file dialog's own "Replace?",
would put the new, empty workshop over it. The workshop's date is added then, as the exports'
names carry it ("… 20 May 2027.wtfc"), else a number ("… (2).wtfc").
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.dates import long_date
from wtfc.model.demo import bundled_copy_name
from wtfc.model.kept_names import version_of
from wtfc.model.storage import SUFFIX, in_read_only_place
from wtfc.model.temporary_place import in_temporary_folder
from wtfc.model.workshop import UNTITLED
from wtfc.ui.file_names import copy_beside, safe_name, title_for_names

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController


def save_as_start(files: FileController) -> Path:
    """The file name Save As suggests, in the folder it opens in."""
    from wtfc.ui.documents_folder import documents_or_home

    path, made_from = files.path, files.made_from
    if path is None and made_from is not None and _can_save_beside(made_from):
        return _free_name(made_from.parent, files)  # beside last time's, not over it
    if path is None:
        return _free_name(documents_or_home(), files)
    if not files.window.undo.read_only and _can_save_beside(path):
        return path
    main = version_of(path) or path  # a kept .bak: the workshop's own name, when free
    if not _can_save_beside(main):
        main = documents_or_home() / main.name
    return main if not main.exists() else copy_beside(main)


def _can_save_beside(path: Path) -> bool:
    return not (bundled_copy_name(path) or in_read_only_place(path)
                or in_temporary_folder(path))


def _free_name(folder: Path, files: FileController) -> Path:
    """The title's name in ``folder`` when no file has it, else with the workshop's date, else
    that numbered "(2)", "(3)"…; never last time's file (refused by Save), even moved away."""
    from wtfc.ui.file_controller import same_path

    stem = _suggested_name(files).removesuffix(SUFFIX)
    day = files.window.doc.workshop.date
    stems = [stem, *([f"{stem} {long_date(day)}"] if day else [])]
    stems += [f"{stems[-1]} ({number})" for number in range(2, 100)]
    for name in stems:
        start = folder / f"{name}{SUFFIX}"
        if not os.path.lexists(start) and not same_path(start, files.made_from):
            break
    return start


def _suggested_name(files: FileController) -> str:
    doc = files.window.doc  # a title the guard flags is left out, as in an export's name
    title = doc.workshop.title.strip() or UNTITLED  # a new workshop's, as the window says it
    return (safe_name(title_for_names(title, doc.names_to_watch)) or "workshop") + SUFFIX
