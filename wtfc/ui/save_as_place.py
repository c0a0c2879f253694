"""Where File → Save as… opens: a place where the save can succeed, never the file it must not
replace.

A new workshop from last time's (File → New workshop from this one…) starts beside last time's
file, where the facilitator keeps the review's workshops. Not in wtfc's own folder, though (the
bundled demo's: wtfc never writes there, and an upgrade or uninstall would take the new
workshop with it), nor on a drive or in a folder wtfc may not write to (a write-protected stick
it has just said it cannot save to): those start in the Documents folder, as any untitled
workshop does. A file opened read-only is not offered itself: a kept ``.bak`` offers the
workshop's own name, when free, and any other a copy beside it, or in the Documents folder when
beside it would be refused again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.demo import bundled_copy_name
from wtfc.model.kept_names import version_of
from wtfc.model.storage import SUFFIX, in_read_only_place
from wtfc.model.workshop import UNTITLED
from wtfc.ui.file_names import copy_beside, safe_name, title_for_names

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController


def save_as_start(files: FileController) -> Path:
    """The file name Save As suggests, in the folder it opens in."""
    from wtfc.ui.documents_folder import documents_or_home
    from wtfc.ui.file_controller import same_path

    path, made_from = files.path, files.made_from
    if path is None and made_from is not None and _can_save_beside(made_from):
        start = made_from.parent / _suggested_name(files)  # beside last time's, not over it
        return copy_beside(start) if same_path(start, made_from) else start
    if path is None:
        return documents_or_home() / _suggested_name(files)
    if not files.window.undo.read_only:
        return path
    main = version_of(path) or path  # a kept .bak: the workshop's own name, when free
    if not _can_save_beside(main):
        main = documents_or_home() / main.name
    return main if not main.exists() else copy_beside(main)


def _can_save_beside(path: Path) -> bool:
    return not bundled_copy_name(path) and not in_read_only_place(path)


def _suggested_name(files: FileController) -> str:
    doc = files.window.doc  # a title the guard flags is left out, as in an export's name
    title = doc.workshop.title.strip() or UNTITLED  # a new workshop's, as the window says it
    return (safe_name(title_for_names(title, doc.names_to_watch)) or "workshop") + SUFFIX
