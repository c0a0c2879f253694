"""Where a workshop file is, as wtfc's own words show it (``file_place.where`` with each name
through ``name_shown``): a file or folder named with U+202E turned the rest of the recovery
offer's line, or an Open recent entry, around; a line break split it; a byte that is not text
(a Latin-1 USB stick's "caf\\xe9.wtfc") was dropped, so "caf.wtfc" was named instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from wtfc.model.control_characters import name_shown
from wtfc.ui.file_place import folder


def folder_shown(path: str | PurePath, among: Iterable[str | PurePath] = ()) -> str:
    """``file_place.folder``, shown as a name is."""
    return name_shown(folder(path, among))


def where_shown(path: str | PurePath, among: Iterable[str | PurePath] = ()) -> str:
    """ "spring.wtfc in the folder 'Reviews'" (``file_place.where``), each name shown as the
    title shows a file's: the folders that tell two files apart are found from the real names."""
    return f"{name_shown(PurePath(path).name)} in the folder '{folder_shown(path, among)}'"
