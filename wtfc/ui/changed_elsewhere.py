"""Save, when the open workshop's file is no longer as wtfc last read or wrote it.

In a OneDrive, Dropbox or shared folder that is usually a colleague's save from another
computer, synced in over the file. So before a Save replaces it:

- the same bytes written again (only the file's time changed) are no change: nothing is asked;
- nothing changed here since: there is nothing to save, so the newer version is offered to
  open, never the older workshop saved over it;
- otherwise the question says what the file now holds that the workshop here does not (the
  recovery comparison's counts), and Save first keeps that version beside it under a name of
  its own, "spring (changed elsewhere 10-20).wtfc": the .bak rotation drops a kept version
  after three saves, this one stays until someone deletes it (the question says so), with the
  file's own permissions, and File → Go back to an earlier version lists it ("Changed
  elsewhere today at 10:20") and Remove earlier versions… deletes it;
- after a recovery copy was restored over the file, the question says the file changed after
  that copy was taken (it may have been this computer's own save), not on another computer;
- a file deleted, moved or renamed meanwhile is not quietly made again: Save it there again,
  Save As… or Cancel (a name chosen in that Save As is the answer, even the same one);
- a file holding the very workshop open here (a save cut short, then restored) is written over
  unasked: nothing of it can be lost, and no copy of it is kept;
- a version already kept beside it (a retry after a save OneDrive held) is not kept again, nor
  asked about again: nothing of it can be lost;
- an empty file (a sync client's placeholder, still downloading) is said to be empty, and never
  kept as a 0-byte "changed elsewhere" copy.

Loaded on the first save, not at start-up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.dates import short_date
from wtfc.model.errors import WorkshopFileError
from wtfc.model.file_mode import file_mode
from wtfc.model.recovery import file_digest
from wtfc.model.storage import SUFFIX, workshop_from_bytes, workshop_to_bytes, write_atomically
from wtfc.model.versions import CHANGED_ELSEWHERE, changed_elsewhere_copies
from wtfc.ui.file_controller import disk_stamp, same_path
from wtfc.ui.plain_tip import as_typed  # a file's name as typed, never as HTML

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController

SAVE_AS = "save as"  # fine_to_write_over: Save As… was chosen instead
WRITTEN = "written"  # fine_to_write_over: the file holds exactly what Save would write
TITLE = "The file changed on disk"
MARK = CHANGED_ELSEWHERE


def same_bytes_again(files: FileController, path: Path) -> bool:
    """True when the file's time changed but not its bytes (a sync client or a program wrote
    the same workshop back): the stamp follows, so nothing is asked about it."""
    now = disk_stamp(path)
    if files.stamp is None or now is None or now == files.stamp or files.digest is None:
        return now == files.stamp
    if file_digest(path) != files.digest:
        return False
    files.stamp = now
    return True


def not_written_over(files: FileController, path: Path) -> bool | None:
    """None when Save goes on over the open workshop's own file; otherwise what save_to
    returns. The lock save_to took goes back as it was first (a read-only window keeps none)."""
    if (fine := fine_to_write_over(files, path)) is True:
        return None
    if fine == WRITTEN:  # the file is this workshop already: saved, nothing written
        from wtfc.ui.already_saved import say_saved

        files.window.undo.stack.setClean()
        files.window._update_title()
        return say_saved(files.window)
    files._restore_lock()
    return files.save_as_dialog(asked=True) if fine == SAVE_AS else False


def fine_to_write_over(files: FileController, path: Path) -> bool | str:
    """Before Save replaces the open workshop's own file: True to go on, False not to save,
    ``SAVE_AS`` when the facilitator chose Save As… instead."""
    if files.stamp is None or same_bytes_again(files, path):
        return True
    now = disk_stamp(path)
    if now is None:
        return _gone(files, path)
    try:
        data = path.read_bytes()
    except OSError:  # the save says what is wrong with it
        return True
    if not data:
        return _empty(files, path)
    if _holds_ours(files, data):  # nothing of it is lost: followed as if written here
        files.stamp, files.digest = now, hashlib.sha256(data).hexdigest()
        # its very bytes: written again, the .bak would be one more copy of the file
        return WRITTEN if data == workshop_to_bytes(files.window.doc.workshop) else True
    when = dt.datetime.fromtimestamp(now[0] / 1e9)
    if kept_already(path, data) is not None:  # a retry: answered Save, and that version stays
        return True
    said = " ".join(filter(None, (_changed_when(files, path, when), _what_it_holds(files, data))))
    if files.window.undo.stack.isClean():
        return _offer_newer(files, path, said)
    keep = _keep_name(path, when)
    from wtfc.ui.colleague_copies import SAVING_FIRST  # Remove earlier versions' own save

    until = ("(Save, then delete leaves it, as it was not asked about: it may still hold "
             "what you took off, and wtfc names it after)" if files.window.property(SAVING_FIRST)
             else "(File → Go back to an earlier version → Remove earlier versions… deletes it)")
    answer = QMessageBox.question(
        files.window, TITLE, as_typed(
            f"{said}\n\nSave over it with the workshop open here? Its version is kept "
            f"first, as '{name_shown(keep.name)}' beside it, until you delete it {until}. Choose "
            f"Cancel to leave the file as it is and use Save As instead."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Save:
        return False
    try:  # the bytes just compared: exactly the version that Save replaces
        write_atomically(data, keep, backup=False, mode=file_mode(path))  # private stays so
        with contextlib.suppress(OSError):  # its time, as "Go back to an earlier version"
            os.utime(keep, ns=(now[0], now[0]))  # says it: when it was changed elsewhere
    except WorkshopFileError as exc:
        from wtfc.ui.save_failed import say_not_saved

        # what to do is the error's own (free some space, or Save As somewhere else: another
        # name on the same full disk fails too), with whether a recovery copy is kept
        not_kept = WorkshopFileError(
            f"wtfc could not keep the other version of '{name_shown(path.name)}' first, so it "
            f"did not save over it. {exc.problem}", exc.advice)
        not_kept.__cause__ = exc.__cause__
        say_not_saved(files.window, files._failure_words(not_kept))
        return False
    return True


def _changed_when(files: FileController, path: Path, when: dt.datetime) -> str:
    """When the file changed, and after what. A window showing a recovery copy restored over
    the file never read or wrote it itself (``as_saved`` is none; a damaged file opened is
    read here): it compares with the file as the crashed session knew it, so the change may
    well be this computer's own save after the copy was taken (Remove this person… and Save,
    say), which the offer to restore it told. Another computer was blamed for it."""
    name = name_shown(path.name)
    if files.as_saved is None and files.damaged is None:
        return (f"'{name}' was changed at {_time(when)}, after the recovery copy restored here "
                f"was taken: it is not the version that copy was made from.")
    return (f"'{name}' was changed at {_time(when)}, after wtfc opened or saved it here: "
            f"{_changed_where(files, path)}.")


def _changed_where(files: FileController, path: Path) -> str:
    """Where the change was made, as far as wtfc knows: open read-only here because the lock
    named another wtfc window on this computer, that window saved it (blaming another
    computer or program sent the facilitator looking for a colleague's save)."""
    from wtfc.ui.read_only_watch import WATCH_NAME, ReadOnlyWatch  # watching while held

    watch = files.window.findChild(ReadOnlyWatch, WATCH_NAME)
    if watch is not None and same_path(path, watch.path) and not watch.where.startswith("on "):
        return "in another wtfc window on this computer"  # ("on LAPTOP-7F": another computer)
    return "perhaps on another computer (a OneDrive or shared folder), or by another program"


def _empty(files: FileController, path: Path) -> bool:
    """A 0-byte file: there is nothing to keep, and a colleague's save may be on its way."""
    said = (f"'{name_shown(path.name)}' is empty now. If it is in OneDrive or another synced "
            f"folder, a colleague's save may still be downloading into it: wait a minute and "
            f"Save again.")
    more = ("Nothing has changed in the workshop open here, but it is whole: "  # emptied for
            if files.window.undo.stack.isClean() else "")  # good: the only whole copy
    return _ask(files, QMessageBox.Icon.Question, TITLE, said, "empty_file_message",
                [("Save over it anyway", "save_anyway")], default="cancel",  # waiting loses nothing
                more=more + "Save over it anyway writes the workshop open here in its place."
                ) == "save_anyway"


def _ask(files: FileController, icon: QMessageBox.Icon, title: str, text: str, name: str,
         buttons: list[tuple[str, str]], *, default: str, more: str = "") -> str:
    """A box of wtfc's own buttons (label, object name) and Cancel, its words as typed (a
    file's name is never read as HTML); the object name of the button clicked, "cancel" for
    Cancel or Esc."""
    box = QMessageBox(icon, title, text, parent=files.window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName(name)
    if more:
        box.setInformativeText(more)
    made: dict[str, QPushButton] = {}
    for index, (label, object_name) in enumerate(buttons):
        made[object_name] = box.addButton(label, QMessageBox.ButtonRole.AcceptRole if index == 0
                                          else QMessageBox.ButtonRole.ActionRole)
        made[object_name].setObjectName(object_name)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(made.get(default, cancel))
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "cancel" if clicked is None or clicked is cancel else clicked.objectName()


def _holds_ours(files: FileController, data: bytes) -> bool:
    """The file holds the workshop open here, part for part (however its bytes differ): a
    save cut short just after it wrote the file, then restored. Asking, and keeping it as a
    "changed elsewhere" copy, would only leave the same workshop three times over."""
    try:
        theirs = workshop_from_bytes(data, name=files.display_name()).workshop
    except WorkshopFileError:
        return False
    return theirs == files.window.doc.workshop  # every part, and their order


def kept_already(path: Path, data: bytes) -> Path | None:
    """A "changed elsewhere" copy beside the file holding exactly these bytes."""
    for kept in changed_elsewhere_copies(path):
        try:
            if kept.stat().st_size == len(data) and kept.read_bytes() == data:
                return kept
        except OSError:
            continue
    return None


def _what_it_holds(files: FileController, data: bytes) -> str:
    """"It has 2 cards and 1 theme that the workshop open here does not." ("" when it
    cannot be read as a workshop: the question is asked all the same)."""
    try:
        theirs = workshop_from_bytes(data, name=files.display_name()).workshop
    except WorkshopFileError:
        return ""
    from wtfc.model.recovery_compare import differences  # only when a file changed elsewhere

    here = files.window.doc.workshop
    comparison = differences(theirs, here)
    if comparison.same:
        return "It holds the same workshop as the one open here."
    if comparison.only_order:  # "the same" would be read as nothing to lose by saving over it
        return (f"It has the same parts as the workshop open here, but the order of "
                f"{comparison.order_words()} is different.")
    lines = comparison.describe_both("it", "the workshop open here")
    said = "; ".join(lines)
    return said[:1].upper() + said[1:] + "."


def _offer_newer(files: FileController, path: Path, said: str) -> bool:
    """Nothing changed here since: saving would only put the older workshop back over it."""
    if _ask(files, QMessageBox.Icon.Information, TITLE,
            f"{said}\n\nNothing has changed in the workshop open here since, so there is "
            f"nothing to save.", "changed_elsewhere_message",
            [("Open the newer version", "open_newer")], default="open_newer") == "open_newer":
        files.open_path(path)  # words typed and not added yet are asked about first
    return False


def _gone(files: FileController, path: Path) -> bool | str:
    """Deleted, moved or renamed since (on another computer, perhaps): made again only when
    asked. A folder gone too is said by the save itself, which cannot go there."""
    if not path.parent.is_dir():
        return True
    clicked = _ask(files, QMessageBox.Icon.Question, "The file is no longer there",
                   f"'{name_shown(path.name)}' is no longer in the folder "
                   f"'{name_shown(path.parent.name)}': it was deleted, moved or renamed, "
                   f"perhaps on another computer.", "file_gone_message",
                   [("Save it there again", "save_again"), ("Save As…", "save_as")],
                   default="save_as", more="Save it there again makes it anew with the workshop "
                   "open here. Save As… chooses another name or place.")
    if clicked == "save_again":
        return True
    return SAVE_AS if clicked == "save_as" else False


def _keep_name(path: Path, when: dt.datetime) -> Path:
    """'spring (changed elsewhere 10-20).wtfc' beside it (':' is not allowed in Windows
    names), numbered when that name is taken; not a kept version, so never pushed out."""
    stamp = f"{when:%H-%M}" if when.date() == dt.date.today() else \
        f"{short_date(when)} {when:%H-%M}"
    stem = path.name[:-len(SUFFIX)] if path.name.lower().endswith(SUFFIX) else path.name
    keep = path.with_name(f"{stem} ({MARK} {stamp}){SUFFIX}")
    number = 2
    while keep.exists():
        keep = path.with_name(f"{stem} ({MARK} {stamp}) {number}{SUFFIX}")
        number += 1
    return keep


def _time(when: dt.datetime) -> str:
    return f"{when:%H:%M}" if when.date() == dt.date.today() else \
        f"{when:%H:%M} on {short_date(when)}"
