"""File → Go back to an earlier version → Remove earlier versions…, and the save that says when
they still hold words taken off.

Each save keeps the version it replaces beside the file (``.bak``, ``.bak2``, ``.bak3``), and a
colleague's version a Save replaced stays as "spring (changed elsewhere 10-20).wtfc". That is
safe saving, but a name redacted is still in them, and a workshop folder is often a shared
OneDrive or Teams folder that syncs them to everyone. So the first save that took off words
that may name someone says so at the window's foot (not one that fixed a typo or named a
theme), and this menu item deletes the open file's kept versions, asked once. Deleting files
is housekeeping, not an edit of the workshop: nothing in it changes, so it is no step on the
Undo list, and the question says it cannot be undone.

Loaded when the earlier-versions menu first opens or at the first save.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.storage import backup_path
from wtfc.model.versions import changed_elsewhere_copies, kept_files, remove_kept, set_aside_copies
from wtfc.model.workshop import Workshop
from wtfc.ui.announce import announce
from wtfc.ui.other_copies import CrashedCopies, damaged_words

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController
    from wtfc.ui.file_lock import Holder
    from wtfc.ui.main_window import MainWindow

REMOVE = "Remove earlier versions…"
WHERE = f"File → Go back to an earlier version → {REMOVE}"
TITLE = "Remove earlier versions"
SAID_FOR_MS = 15000
SHOWN_BY_NAME = 5  # more files than this are only counted
REMOVE_PERSON = "Remove this person…"  # People's item that withdraws someone
FEW = 3  # people losing every card at once, said as people taken off (more: an import undone)
REMOVE_NOW, SAVE_FIRST = "remove", "save first"  # the question's answers (Cancel: None)


def what_save_replaces(files: FileController, path: Path) -> Workshop | Path | None:
    """Just before Save writes ``path``: the version it replaces (kept as ``.bak``) as last
    saved or opened here, in memory, when the file is still exactly that; else the ``.bak``
    it will be kept as, to read after the save (a colleague's version replaced). None when
    the save replaces no version of the open workshop (a first save, Save As)."""
    from wtfc.ui.file_controller import disk_stamp, same_path

    if not same_path(path, files.path) or (now := disk_stamp(path)) is None:
        return None
    if files.as_saved is not None and now == files.stamp and files.digest is not None \
            and files.as_saved[0] == files.digest:  # the bytes last read or written here
        return files.as_saved[1]
    return backup_path(path, 1)


def words_still_kept(path: Path, replaced: Workshop | Path, now: Workshop) -> str:
    """Said at a save that took off words that may name someone (``replaced``:
    ``what_save_replaces`` said before it): the kept version still holds them. "" when it took
    none off (a typo fixed, a theme named, a redaction undone), or a file cannot be read back
    (the save said what went wrong)."""
    from wtfc.importing.taken_off_details import MayName
    from wtfc.model import words_taken_off

    theirs = ""  # a colleague's version this save kept aside too: named, it outlasts the .bak
    may_name = MayName()
    if isinstance(replaced, Workshop):
        took = words_taken_off.parts_took_words_off(replaced, now, may_name)
    else:
        try:
            before = replaced.read_bytes()
            took = words_taken_off.took_words_off(before, path.read_bytes(), may_name)
        except OSError:
            return ""
        from wtfc.ui.changed_elsewhere import kept_already  # kept first, as it was replaced

        if took and (kept := kept_already(path, before)) is not None:
            theirs = f" and '{name_shown(kept.name)}' (a colleague's)"
    if not took:
        return ""
    kept_as = name_shown(backup_path(path, 1).name)
    return (f"Its earlier version{'s' if theirs else ''} '{kept_as}'{theirs} "
            f"still hold{'' if theirs else 's'} words taken off that may name someone. To "
            f"delete earlier versions: {WHERE}")


def why_not(window: MainWindow) -> str:
    """Why there is nothing to remove now ("" when there is)."""
    path = window.files.path
    if path is None:
        return "The workshop is not saved yet, so it has no earlier versions"
    if window.undo.read_only:  # another copy of wtfc may be going back to them
        return "Not while the workshop is open read-only"
    if not kept_files(path) and not CrashedCopies.any_of(window, path):
        return "There are no earlier versions beside this workshop's file"
    return ""


def add_remove_action(menu: QMenu, window: MainWindow) -> QAction:
    """The menu item at the foot of the earlier-versions menu, greyed with why when there is
    nothing of this file's to remove (the reason shows as its tip and at the window's foot)."""
    menu.addSeparator()
    action = menu.addAction(REMOVE)
    action.setObjectName("remove_earlier_versions")
    reason = why_not(window)
    action.setEnabled(not reason)
    tip = reason or "Delete the copies of this workshop kept beside its file"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    menu.setToolTipsVisible(True)
    action.triggered.connect(lambda _=False: remove_earlier_versions(window))
    return action


def remove_earlier_versions(window: MainWindow) -> bool:
    """Ask once, naming the files, then delete them and say what went. True when removed.
    With changes not saved yet, the file itself still holds what was taken off since, and the
    next save would keep it as ``.bak`` again: the question says so and offers Save, then
    delete, which saves (the window's own Save) and then deletes every earlier version, the
    one that save kept too."""
    if why_not(window):
        return False
    path = window.files.path
    assert path is not None
    crashed = CrashedCopies.of(window, path)  # their locks held until this is done
    try:
        return _remove(window, path, crashed)
    finally:
        crashed.release()  # any not deleted: offered at the next start, as before


def _remove(window: MainWindow, path: Path, crashed: CrashedCopies) -> bool:
    held = _held_elsewhere(window, path, kept_files(path))
    found = [kept for kept in kept_files(path) if kept not in held]
    if not found and not crashed:  # each one left is being worked on in another window
        from wtfc.ui.plain_tip import as_typed

        QMessageBox.information(window, TITLE, as_typed(
            f"Nothing was deleted. {_stays(held)}"))
        return False
    unsaved = not window.undo.stack.isClean()
    answer = _asked(window, path, found, _stays(held), unsaved=unsaved, crashed=crashed)
    if answer is None:
        return False
    set_aside: list[Path] = []  # a colleague's version the save kept, left as theirs
    if answer == SAVE_FIRST:
        from wtfc.ui.colleague_copies import SAVING_FIRST

        window.setProperty(SAVING_FIRST, True)  # the "changed elsewhere" question says so
        try:
            saved = window.files.save()
        finally:
            window.setProperty(SAVING_FIRST, False)
        if not saved:  # the save said why (or was cancelled): nothing deleted
            return False
        if why_not(window) or window.files.path != path:
            return False
        unsaved = False
        # the versions asked about, under the names the save moved them to, and the one it
        # kept; never a colleague's version it set aside just now, which no one was asked of
        asked, aside = set(found), set(changed_elsewhere_copies(path))
        aside |= set(set_aside_copies(path))  # a damaged file that save set aside, unasked
        now = kept_files(path)
        held = _held_elsewhere(window, path, now)
        found = [kept for kept in now
                 if kept not in held and (kept in asked or kept not in aside)]
        set_aside = sorted(aside - asked)
    opened = _held_elsewhere(window, path, found)  # while the question was asked
    failed = [(kept, "it was opened in another copy of wtfc meanwhile") for kept in opened]
    failed += remove_kept([kept for kept in found if kept not in opened])
    removed = len(found) - len(failed)
    copies_failed = crashed.discard()
    if removed or crashed.gone:
        from wtfc.ui.colleague_copies import end_named, name_at_foot, said_after, still_holding
        from wtfc.ui.undo import end_lasting, passing  # then "time is up" again, if it holds

        if not unsaved and not kept_files(path):  # "Still holding them: earlier versions" no more
            from wtfc.ui.remove_person import FOOT

            end_lasting(window, FOOT)
            end_named(window)
        theirs = still_holding(path, set_aside)  # named: never deleted unasked
        name_at_foot(window, theirs)

        shown = name_shown(path.name)
        said = " ".join(filter(None, (f"Removed {_count(removed)} of '{shown}'." if removed
                                      else "",
                                      crashed.said_gone(),
                                      said_after(theirs))))
        if unsaved:  # deleted before the changes were saved: "done" it is not, yet
            said += (f" Your changes are not saved in '{shown}' yet: the next save "
                     f"keeps the version it replaces again.")
        passing(window, said, SAID_FOR_MS)
        announce(window, said)
    if failed or copies_failed:
        from wtfc.ui.plain_tip import as_typed  # a file's name as typed, never as HTML

        lines = "\n".join(f"'{name_shown(kept.name)}': {why}." for kept, why in failed)
        lines += "".join(f"\n{name[0].upper()}{name[1:]}: {why}." for name, why in copies_failed)
        QMessageBox.warning(window, "Some earlier versions were not removed", as_typed(
            f"wtfc could not delete {_count(len(failed) + len(copies_failed))} of "
            f"'{name_shown(path.name)}':\n"
            f"{lines}\n\n"
            f"Delete {'them' if len(failed) > 1 else 'it'} in the folder "
            f"'{name_shown(str(path.parent))}' "
            f"instead."))
    return not failed and not copies_failed


def _held_elsewhere(window: MainWindow, path: Path, found: list[Path]) -> dict[Path, Holder]:
    """The "changed elsewhere" copies another copy of wtfc has open (it holds their lock): they
    stay, as deleting one would take the workshop from under the window working in it."""
    from wtfc.ui.open_checks import other_holder

    copies = set(changed_elsewhere_copies(path))  # a .bak opens read-only: it holds no lock
    held = {}
    for kept in found:
        if kept in copies and (holder := other_holder(window.files.lock, kept)) is not None:
            held[kept] = holder
    return held


def _stays(held: dict[Path, Holder]) -> str:
    return " ".join(f"{holder.describe(name_shown(kept.name))} It is not deleted while it is "
                    f"open there." for kept, holder in held.items())


def _count(number: int) -> str:
    return "1 earlier version" if number == 1 else f"{number} earlier versions"


def _asked(window: MainWindow, path: Path, found: list[Path], held: str, *,
           unsaved: bool, crashed: CrashedCopies | None = None) -> str | None:
    """The one question: what goes, that it cannot be undone, what stays. Cancel is the
    default. ``REMOVE`` or ``SAVE_FIRST`` (only offered with ``unsaved`` changes), None for
    Cancel."""
    names = [f"'{name_shown(kept.name)}'" for kept in found]
    listed = (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]) \
        if 0 < len(found) <= SHOWN_BY_NAME else ""
    crashed = crashed or CrashedCopies()
    beside = f"the {_count(len(found))} of '{name_shown(path.name)}' kept beside it" \
        if found else ""
    what = " and ".join(filter(None, (beside, crashed.in_title(path, after=bool(found)))))
    box = QMessageBox(QMessageBox.Icon.Question, TITLE, f"Delete {what}?", parent=window)
    box.setObjectName("remove_earlier_versions_message")
    box.setTextFormat(Qt.TextFormat.PlainText)
    from wtfc.ui.plain_tip import as_typed  # a file's name as typed, never as HTML

    box.setInformativeText(as_typed("\n\n".join(filter(None, (
        f"{'They are' if len(found) > 1 else 'It is'} {listed}." if listed else "",
        _colleagues(path, found), damaged_words(path, found), crashed.words(),
        held,
        _what_they_hold(found, window.doc.workshop, window.doc.names_to_watch)
        + "Deleting them cannot be undone: you will not be able to go back to them.",
        _unsaved_words(path) if unsaved else
        f"'{name_shown(path.name)}' itself is not changed, and the next save keeps the version "
        f"it replaces again.")))))
    save_first = None
    if unsaved:
        save_first = box.addButton("Save, then delete", QMessageBox.ButtonRole.DestructiveRole)
        save_first.setObjectName("save_then_remove")
    count = len(found) + len(crashed)
    remove = box.addButton(f"Delete {count} file{'s' if count > 1 else ''}",
                           QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("remove")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # a slip of Enter deletes nothing
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is remove:
        return REMOVE_NOW
    return SAVE_FIRST if save_first is not None and clicked is save_first else None


def _colleagues(path: Path, found: list[Path]) -> str:
    """The "changed elsewhere" copies among ``found``, named as a colleague's work: deleting
    one loses what they had that the workshop here has not (never deleted unasked)."""
    copies = set(changed_elsewhere_copies(path))
    theirs = [f"'{name_shown(kept.name)}'" for kept in found if kept in copies]
    if not theirs:
        return ""
    one = len(theirs) == 1
    names = theirs[0] if one else ", ".join(theirs[:-1]) + " and " + theirs[-1]
    they = "it" if one else "they"
    if len(theirs) == len(found) <= SHOWN_BY_NAME:  # just named, as all there is to delete
        names = they.capitalize()
    return (f"{names} {'is a version' if one else 'are versions'} changed elsewhere that a "
            f"save replaced, a colleague's work: {they} may have work of theirs that the "
            f"workshop open here does not, and may still hold what was taken off since.")


def _what_they_hold(found: list[Path], now: Workshop, names: Iterable[str] = ()) -> str:
    """The question's words on what the versions ``found`` hold that the workshop ``now`` no
    longer has, newest first, as the save's note counts it (``words_taken_off`` with
    ``MayName``: words that may name someone or the guard flags, a person's cards or row); ""
    when none holds any (saved twice with the venue changed: no one should hunt for a
    redaction never made). A version wtfc cannot read may hold anything. Each file read once
    more (~1 s at 10,000 cards), only when asked. ``names``: the names to watch for."""
    from wtfc.importing.taken_off_details import MayName
    from wtfc.model.storage import workshop_to_bytes
    from wtfc.model.words_taken_off import file_tree, took_words_off

    data = workshop_to_bytes(now)
    unread = False
    for kept in found:
        try:
            before = kept.read_bytes()
        except OSError:
            unread = True
            continue
        may_name = MayName(names)
        if file_tree(before) is None:  # damaged: its words cannot be counted
            unread = True
        elif took_words_off(before, data, may_name):
            return ("Earlier versions still hold what was taken off the workshop since they "
                    f"were saved, such as {_taken_off(kept, now, may_name.example())}. ")
    return ("Earlier versions may still hold what was taken off the workshop since they were "
            "saved. ") if unread else ""


def _taken_off(kept: Path, now: Workshop, usual: str = "a name you redacted") -> str:
    """What the version ``kept`` holds that the workshop no longer has, in words naming no one:
    the cards and People row of a person removed (Remove this person…, recorded as withdrawn),
    the cards of one whose last card was deleted, the tags of people taken off with Take off
    people with no cards, or else ``usual`` (``MayName.example``). "Took off" is said only of
    that item (its people had no cards, and no one withdrew). Only one or a few people
    (``FEW``) losing every card is said as a person's: an import undone, or a wrong sheet's
    cards deleted, took many people's cards, and no one was removed. One file read when asked
    (~25 ms at 10,000 cards), within the bound on lists and records (``file_tree``): it may be
    any file a save replaced."""
    from wtfc.model.operations.cardless_people import TAKE_OFF
    from wtfc.model.words_taken_off import file_tree

    try:
        tree = file_tree(kept.read_bytes())
    except OSError:
        tree = None
    tree = tree if isinstance(tree, dict) else {}
    cards = [(c.get("id"), c.get("person")) for c in _listed(tree, "cards")]
    ids, people = {c.id for c in now.cards}, {c.person for c in now.cards}
    # the people a card of theirs went from, with none now (a code renamed keeps its cards' ids)
    lost = {who for card, who in cards if isinstance(card, str) and isinstance(who, str) and who
            and card not in ids and who not in people}
    withdrawn = set(now.withdrawn_codes)
    row_went = any(isinstance(code := p.get("id"), str) and code in withdrawn
                   for p in _listed(tree, "people"))
    details = "cards and details" if row_went else "cards"
    if len(lost) > FEW:
        return "cards deleted or an import undone"
    who = "a person" if len(lost) == 1 else "people"
    removed = f"you removed ({REMOVE_PERSON})"
    if lost and lost <= withdrawn:
        return f"the {details} of {who} {removed}"
    if lost and not lost & withdrawn:
        return f"the cards of {who} whose last card{'' if who == 'a person' else 's'} you deleted"
    if lost:
        return f"the {details} of people {removed} or whose last cards you deleted"
    if row_went:
        return f"the details of a person {removed}"
    # rows gone that no one withdrew, fewer than before (a code renamed keeps the count)
    codes = {code for p in now.people for code in (p.id, *p.former_codes)} | withdrawn
    rows = _listed(tree, "people")
    if len(rows) > len(now.people) and any(p.get("id") not in codes for p in rows):
        return f"the tags of people you took off ({TAKE_OFF})"
    return usual


def _listed(tree: dict, key: str) -> list[dict]:
    """The parts of a file's ``key`` list (none when it is not one: a damaged file)."""
    parts = tree.get(key)
    return [p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []


def _unsaved_words(path: Path) -> str:
    """The question's last words while there are changes not saved: deleting now is not done."""
    return (f"Your changes are not saved in '{name_shown(path.name)}' yet: it still holds what "
            f"you took off since it was last saved. The next save keeps the version it replaces "
            f"again, with those words in it. Save, then delete saves the changes first, then "
            f"deletes every earlier version, the one that save keeps too.")
