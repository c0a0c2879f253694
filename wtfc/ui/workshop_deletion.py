"""What File → Delete this workshop and its copies… does once chosen (``delete_workshop``: the
menu item): ask once, naming every file with its date, then delete them, forget the workshop and
show a new empty one. Loaded when first chosen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QStyle

from wtfc.model.control_characters import name_shown
from wtfc.model.workshop import Workshop
from wtfc.model.workshop_copies import (
    COLLEAGUE,
    FILE,
    CopyBeside,
    LeftBeside,
    copies_beside,
    delete_copies,
    left_beside,
)
from wtfc.ui.announce import announce
from wtfc.ui.delete_workshop import why_not
from wtfc.ui.left_field import typed_edits
from wtfc.ui.other_copies import CrashedCopies, when_said
from wtfc.ui.plain_tip import as_typed
from wtfc.ui.scrolling_question import ScrollingQuestion

if TYPE_CHECKING:
    from wtfc.ui.file_lock import Holder
    from wtfc.ui.main_window import MainWindow

TITLE = "Delete this workshop and its copies"
SAID_FOR_MS = 15000
CANNOT_REACH = (
    "wtfc cannot reach, so delete them yourself if they must go: PDFs, spreadsheets and "
    "pictures made from this workshop, and any sent on; copies saved elsewhere (Save As…, "
    "'… (recovered).wtfc', Save elsewhere…); copies on other computers or USB sticks; the next "
    "cycle's workshop made from this one (it keeps people's codes and tags, and compares with "
    "this one on Review); a synced folder's recycle bin and version history (OneDrive and "
    "SharePoint keep deleted files for a time); the Windows clipboard history; backups.")


def delete_with_copies(window: MainWindow) -> bool:
    """Ask once, naming every file, then delete them, forget the workshop and show a new empty
    one. True when all went. The workshop's own file goes first: when it will not (a read-only
    share, a file another program holds) or cannot be reached (a stick taken out), nothing else
    is deleted and the window keeps the workshop, its unsaved work and its place in Open recent
    (review 36 A5 S1: it was closed and forgotten, and said deleted, with the file still there)."""
    if why_not(window):
        return False
    path = window.files.path
    assert path is not None
    why, advice = _unreachable(path)
    if why:
        _not_deleted(window, f"'{name_shown(path.name)}' cannot be reached: {why}",
                     "Nothing was deleted or closed: the workshop is still open here.", advice)
        return False
    beside, unsure = copies_beside(path), left_beside(path)
    held = _open_elsewhere(window, beside)  # a colleague's copy being worked on there
    kept_open = [copy for copy in beside  # (and its own versions)
                 if copy.path in held or copy.of_colleague in held]
    beside = [copy for copy in beside if copy not in kept_open]
    # their locks held while asked; a colleague's version's too (it goes with the workshop)
    crashed = CrashedCopies.of(window, path, colleagues=[
        copy.path for copy in beside if copy.what == COLLEAGUE])
    try:
        unsaved = not window.undo.stack.isClean() or bool(typed_edits(window))
        link = _leads_to(path)
        if not _asked(window, path, beside, crashed, unsaved=unsaved, held=held,
                      changed=_changed_here(window, path), link=link,
                      kept_open=kept_open, unsure=unsure):
            return False
        own = [copy for copy in beside if copy.what == FILE]
        if (stayed := delete_copies(own)) or os.path.lexists(path):
            why = stayed[0][1] if stayed else "it is still there"
            _not_deleted(window, f"'{name_shown(path.name)}' was not deleted: {why}",
                         "Nothing was deleted, and the workshop is still open.",
                         f"Close the program that has it open, or ask whoever looks after the "
                         f"folder '{name_shown(str(path.parent))}', then try again.")
            return False
        opened = _open_elsewhere(window, beside)  # while the question was asked
        _close(window)
        rest = [copy for copy in beside if copy.what != FILE]
        failed = [(copy.path, _opened_meanwhile(copy)) for copy in rest
                  if copy.path in opened or copy.of_colleague in opened]
        rest = [copy for copy in rest
                if copy.path not in opened and copy.of_colleague not in opened]
        not_gone = delete_copies(rest)
        failed += not_gone
        copies_failed = crashed.leave_those_of(
            opened, "the colleague's version it is of was opened in another copy of wtfc "
                    "meanwhile")
        copies_failed += crashed.discard()
    finally:
        crashed.release()  # those not deleted: offered at the next start, as before
    _forget(path)
    gone = 1 + len(rest) - len(not_gone) + crashed.gone
    said = _said_done(path, gone, len(failed) + len(copies_failed), link,
                      left=len(kept_open) + len(unsure.copies))
    if failed or copies_failed:
        lines = [f"'{name_shown(copy.name)}': {why}." for copy, why in failed]
        lines += [f"{name[0].upper()}{name[1:]}: {why}." for name, why in copies_failed]
        QMessageBox.warning(window, "Some files were not deleted", as_typed(
            f"wtfc could not delete {len(lines)} of the files of '{name_shown(path.name)}':\n"
            + "\n".join(lines) + f"\n\nDelete {'them' if len(lines) > 1 else 'it'} in the "
            f"folder '{name_shown(str(path.parent))}' instead."))
    from wtfc.ui.undo import passing

    passing(window, said, SAID_FOR_MS)
    announce(window, said)
    return not failed and not copies_failed


def _unreachable(path: Path) -> tuple[str, str]:
    """Why the workshop's file cannot be reached now, and what to do, in plain words (("", "")
    when it can)."""
    try:
        path.stat()
    except FileNotFoundError:
        if not path.parent.is_dir():
            return ("its folder is not there (a USB stick taken out, or a network drive not "
                    "connected), so it cannot be deleted now",
                    "Put the stick back or connect the drive, then try again.")
        return ("it is no longer in its folder (moved, renamed or deleted elsewhere)",
                "If it was moved, open it where it is now and delete it from there.")
    except OSError as exc:
        return (f"the drive does not answer ({(exc.strerror or str(exc)).lower()})",
                "Try again once the drive answers.")
    return "", ""


def _not_deleted(window: MainWindow, why: str, kept: str, advice: str) -> None:
    """Say plainly that the file is still there and nothing was closed."""
    QMessageBox.warning(window, "Nothing was deleted", as_typed(f"{why}.\n\n{kept} {advice}"))
    said = f"{why}. {kept}"
    from wtfc.ui.undo import passing

    passing(window, said, SAID_FOR_MS)
    announce(window, said)


def _opened_meanwhile(copy: CopyBeside) -> str:
    """Why a colleague's version, or one of its own, was left: opened as the question waited."""
    if copy.of_colleague is None:
        return "it was opened in another copy of wtfc meanwhile"
    return (f"the colleague's version it is of, '{name_shown(copy.of_colleague.name)}', was "
            f"opened in another copy of wtfc meanwhile")


def _said_done(path: Path, gone: int, stayed: int, link: str, *, left: int = 0) -> str:
    """The line once the workshop's own file went, from what went; ``left``: the files the
    question said would stay (open in another copy of wtfc, or perhaps another file's)."""
    name = f"'{name_shown(path.name)}'"
    name = f"the link {name}" if link else name
    if stayed or left:
        more = gone - 1
        head = f"Deleted {name} and {more} file{'s' if more != 1 else ''} more of it"
        head += f"; {stayed} could not be deleted" if stayed else ""
        head += (f"; {left} {'was' if left == 1 else 'were'} left, as the question said"
                 if left else "")
        head += "."
    else:
        head = (f"Deleted {name} and every copy wtfc made of it "
                f"({gone} file{'s' if gone != 1 else ''}).")
    led = f" The file it led to, '{link}', is not deleted." if link else ""
    return f"{head[0].upper()}{head[1:]}{led} Exports and copies saved or sent elsewhere are " \
           f"not deleted."


def _leads_to(path: Path) -> str:
    """Where ``path`` leads, as shown, when it is a link (a shortcut-like symbolic link): only
    the link goes, and the question must not let the file it leads to pass as deleted ("" when
    it is the file itself)."""
    try:
        return name_shown(str(path.resolve(strict=True))) if path.is_symlink() else ""
    except (OSError, RuntimeError):
        return name_shown(os.readlink(path)) if path.is_symlink() else ""


def _changed_here(window: MainWindow, path: Path) -> str:
    """How the file changed since this window last read or wrote it ("" when it did not): a
    colleague's Save in a synced folder, what it holds now is not in this window (review 36 A5
    R1). A window showing a restored recovery copy never read the file itself: the change may
    be this computer's own save after the copy was taken, as Save's question says
    (``changed_elsewhere._changed_when``), so no other computer is blamed (review 36 A7 M1)."""
    from wtfc.model.recovery import file_digest
    from wtfc.ui.file_controller import disk_stamp

    files = window.files
    if files.stamp is None or disk_stamp(path) == files.stamp:
        return ""
    if files.digest is not None and file_digest(path) == files.digest:
        return ""
    if files.as_saved is None and files.damaged is None:
        return "changed after the recovery copy restored here was taken"
    return ("changed elsewhere since this window last opened or saved it, perhaps on another "
            "computer")


def _open_elsewhere(window: MainWindow, beside: list[CopyBeside]) -> dict[Path, Holder]:
    """The colleagues' copies another copy of wtfc has open (it holds their lock): they stay,
    as deleting one would take a workshop from under the window working in it."""
    from wtfc.ui.open_checks import other_holder

    return {copy.path: holder for copy in beside if copy.what == COLLEAGUE
            and (holder := other_holder(window.files.lock, copy.path)) is not None}


def _named(copy: CopyBeside, *, changed: str = "", link: str = "") -> str:
    """ "'spring.wtfc.bak' (an earlier version, today at 06:21)", with what to mind."""
    when = f", {when_said(copy.changed)}" if copy.changed is not None else ""
    what, mind = copy.what, ""
    if copy.what == COLLEAGUE:
        mind = ": their work may not be in the workshop open here"
    elif copy.what == FILE and link:
        what, mind = f"a link to '{link}'", ": the link is deleted, not the file it leads to"
    elif copy.what == FILE and changed:
        what = f"{what}, {changed}"
        mind = ": what it holds now is not in this window"
    return f"'{name_shown(copy.path.name)}' ({what}{when}){mind}"


def _asked(window: MainWindow, path: Path, beside: list[CopyBeside], crashed: CrashedCopies,
           *, unsaved: bool, held: dict[Path, Holder], changed: str, link: str,
           kept_open: list[CopyBeside], unsure: LeftBeside) -> bool:
    """The one question, naming every file with its date; Cancel is the default."""
    count = len(beside) + len(crashed)
    folder = name_shown(str(path.parent))
    files = "\n".join(_named(copy, changed=changed, link=link) for copy in beside)
    copies = "\n".join(f"{name[0].upper()}{name[1:]} (in wtfc's own folder)"
                       for name in crashed.named())
    words = "\n\n".join(filter(None, (
        f"From the folder '{folder}':\n{files}" if files else "",
        copies,
        crashed.left_alone_words(),
        " ".join(f"{holder.describe(name_shown(kept.name))} It is not deleted while it is open "
                 f"there{_nor_its_own(kept, kept_open)}." for kept, holder in held.items()),
        _unsure_words(unsure),
        "It is also taken off Open recent and Review's memory of last time's file.",
        "Your changes not saved yet are lost too." if unsaved else "",
        "Deleted files do not go to the Recycle Bin, and Undo cannot bring them back. The "
        "window then shows a new, empty workshop.",
        CANNOT_REACH)))
    # its words scroll, the buttons on screen: with a colleague's copy, a recovery copy and
    # unsaved changes a message box ran past a 768-px screen's foot at 16 pt (review 36 R8 R2)
    box = ScrollingQuestion(
        window, TITLE, f"Delete '{name_shown(path.name)}' and every copy wtfc made of it? "
        f"This cannot be undone.", words,
        f"Delete {count} file{'s' if count != 1 else ''}" if count else "Close and forget it",
        words_name="The files it deletes", icon=QStyle.StandardPixmap.SP_MessageBoxWarning)
    box.setObjectName("delete_workshop_message")
    box.act.setObjectName("delete")
    try:
        return box.exec() == QDialog.DialogCode.Accepted  # Cancel the default: Enter, Esc
    finally:
        box.deleteLater()


def _nor_its_own(kept: Path, kept_open: list[CopyBeside]) -> str:
    """ ", nor its earlier version 'x.bak'" for a colleague's version left open elsewhere."""
    own = [f"'{name_shown(copy.path.name)}'" for copy in kept_open if copy.of_colleague == kept]
    if not own:
        return ""
    listed = own[0] if len(own) == 1 else ", ".join(own[:-1]) + " and " + own[-1]
    return f", nor its {'earlier version' if len(own) == 1 else 'own copies'} {listed}"


def _unsure_words(unsure: LeftBeside) -> str:
    """The copies a save cut short left that may be a twin's, named as left ("" when none)."""
    if not unsure.copies:
        return ""
    one = len(unsure.copies) == 1
    names = [_named(copy) for copy in unsure.copies]
    twins = " and ".join(f"'{name_shown(twin.name)}'" for twin in unsure.twins)
    return (f"{'; '.join(names)} {'is' if one else 'are'} left: {twins}, whose name differs "
            f"from this one's only in letter case, {'is' if len(unsure.twins) == 1 else 'are'} "
            f"in the same folder, and wtfc cannot tell which of them "
            f"{'it is' if one else 'they are'} of. Delete {'it' if one else 'them'} yourself "
            f"if {'it is' if one else 'they are'} this workshop's.")


def _close(window: MainWindow) -> None:
    """A new empty workshop, as File → New workshop shows (asked already, so not asked again):
    the file's lock is let go (its lock file removed), and this window's recovery copy goes."""
    files = window.files
    files.is_demo = False
    files.adopt(Workshop(), None, "Untitled", read_only_reason="")
    if files.autosaver is not None:
        from wtfc.model.recovery import remove_snapshot

        files.autosaver.wait()  # a copy being written now would land after the removal
        remove_snapshot(files.autosaver.session)


def _forget(path: Path) -> None:
    """Off Open recent, and out of Review's memory: as this workshop, and as another
    workshop's last-time file (a path in the settings names the workshop)."""
    from wtfc.ui.recent_files import forget
    from wtfc.ui.review_memory import forget_file

    forget(str(path))
    forget_file(path)
