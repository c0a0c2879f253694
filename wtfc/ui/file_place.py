"""Where a workshop file is, in words for a screen that may be on the projector.

A whole path often names the facilitator ("C:\\Users\\jane.smith\\…") and sometimes the person
a review is about, so a file is named by itself and its folder: "spring.wtfc in the folder
'Reviews'". Two files that would read the same (each year's Reviews/Spring.wtfc) get the folders
above added, one at a time, until they differ. File → Open recent and the recovery dialog both
name files so.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath


def folder(path: str | PurePath, among: Iterable[str | PurePath] = ()) -> str:
    """The folder's name ('Reviews'), or as much of its path as tells it from the folders of
    the files in ``among`` with the same name ('2025/Reviews', or 'D:/Reviews' for a drive)."""
    file = path if isinstance(path, PurePath) else Path(path)
    kind = type(file)  # (a Windows path read on any system, in the tests)
    parts = file.parent.parts
    if not parts:  # a bare name: no folder to speak of
        return str(file.parent)
    others = [kind(p) for p in among]
    rivals = [p.parent.parts for p in others if p.name == file.name]
    rivals = [r for r in rivals if r != parts]  # the same file listed again is no rival
    shown = 1  # a drive's top folder has no name: its one part is the drive ('/', 'D:\\')
    while shown < len(parts) and any(r[-shown:] == parts[-shown:] for r in rivals):
        shown += 1
    return str(kind(*parts[-shown:]))


def where(path: str | PurePath, among: Iterable[str | PurePath] = ()) -> str:
    """ "spring.wtfc in the folder 'Reviews'": the file and its folder, not the whole path; as
    many folders as it takes to tell it from the other files in ``among``."""
    return f"{PurePath(path).name} in the folder '{folder(path, among)}'"
