"""When a workshop will not open (cut short, damaged, gone) and a kept earlier version of it
opens: say so, and offer to open that version in its place.

Saving keeps the last three versions beside the file (``NAME.wtfc.bak``…), but File → Go back
to an earlier version needs the workshop open, so a damaged file used to be a dead end. The
version offered opens as ``NAME.wtfc``, not yet saved: Save puts it back in place, and the
damaged file is kept as ``NAME.wtfc.damaged`` (an empty one, a synced folder's placeholder, as
``NAME.wtfc.empty``: ``versions.DamagedFile``), never deleted. A
file a text editor saved in another encoding (Notepad's "ANSI") is not damaged, and is not called
so: it is kept the same way, as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wtfc.model.control_characters import name_shown
from wtfc.model.errors import WorkshopFileError
from wtfc.model.not_a_workshop import in_another_encoding
from wtfc.model.storage import COPY_ADVICE, STILL_DOWNLOADING, LoadedWorkshop
from wtfc.model.versions import DamagedFile, EarlierVersion, newest_readable
from wtfc.ui.plain_tip import as_typed

TITLE = "Could not open the workshop"


def offer_earlier_version(
    parent: QWidget, path: Path, exc: WorkshopFileError
) -> tuple[LoadedWorkshop, DamagedFile] | None:
    """Say why ``path`` did not open; when an earlier version opens, offer it. Returns it as
    read (what opening it let go of is said as for any file) and the file it replaces when the
    facilitator takes it, else None."""
    found = newest_readable(path)
    if found is None:
        QMessageBox.warning(parent, TITLE, as_typed(str(exc)))  # its name: never as HTML
        return None
    version, loaded = found
    box = offer_box(parent, path, exc, version)
    if not _chosen(box):
        return None
    return loaded, _set_aside_as(path, exc)


def offer_box(
    parent: QWidget | None, path: Path, exc: WorkshopFileError, version: EarlierVersion
) -> QMessageBox:
    """The question: what went wrong, the version that opens, and what saving it will do."""
    saved = _saved_at(version)
    there = path.exists()
    # only the generic "If you have a copy…" is left out, as the version offered is the next
    # step; any other advice (re-save as UTF-8, use Import…) is how to open the file itself
    said = exc.problem if exc.advice == COPY_ADVICE else str(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, said, parent=parent)
    box.setObjectName("earlier_version_offer")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name as typed, here and below
    name = name_shown(path.name)  # as the title shows it: never turned around or split
    then = (
        f"Save then puts it in place of {_the_file(path, exc)}, which is kept beside it as "
        f"'{name_shown(_set_aside_as(path, exc).aside_name().name)}'."
        if there
        else f"Save then puts '{name}' back."
    )
    # "…opens: the one saved…" read as if it had opened already: it is offered
    box.setInformativeText(
        f"You can open an earlier version of '{name}' instead: the one {saved} "
        f"('{name_shown(version.path.name)}', kept by wtfc when it saved). It opens as "
        f"'{name}', not yet saved. {then}"
    )
    # the time is in the words above: on the button, "Open the version saved Sun 25 Oct 2026 at
    # 02:10 (after the clocks went back) instead" was cut on a 1366 laptop at 16 pt (R6-5)
    box.addButton("&Open that version", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box


def _set_aside_as(path: Path, exc: WorkshopFileError) -> DamagedFile:
    """The file the version replaces, kept as ``.empty`` when it is an empty one (a sync
    client's placeholder: the box calls it empty, and ``.damaged`` said otherwise)."""
    return DamagedFile.at(path, ending="empty" if exc.advice == STILL_DOWNLOADING else "damaged")


def _the_file(path: Path, exc: WorkshopFileError) -> str:
    """What the file that would not open is: damaged, empty (perhaps still downloading: the
    message above says to wait), or only saved again in another encoding by a text editor (not
    damaged: the message above says how to open it). The reason given is that one when the
    file, read again, gives it word for word (a UTF-8 file damaged otherwise may read as a
    workshop in that encoding too, but its reason was another)."""
    if exc.advice == STILL_DOWNLOADING:
        return "the empty file"
    try:
        editor = in_another_encoding(path.read_bytes(), path.name)
    except OSError:
        editor = None
    if editor is not None and str(editor) == str(exc):
        return "the file saved in another encoding by a text editor"
    return "the damaged file"


def _saved_at(version: EarlierVersion) -> str:
    """ "saved today at 14:02", as the earlier-versions menu names it."""
    described = version.describe()
    return described[0].lower() + described[1:]


def _chosen(box: QMessageBox) -> bool:
    """Ask (tests answer for the facilitator by replacing this)."""
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
