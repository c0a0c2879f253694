"""The recovery copies of the open file that People → Remove this person… also reaches.

A copy left when wtfc stopped without closing (kept with Decide later, or while another
workshop was open) holds the whole workshop as it was, the withdrawn person's cards included,
and Restore brought them back (review 36 R6 S1). Removing a person now takes their cards out
of each such copy too, its other unsaved work kept: the question names the copies, and once
the removal is pushed (not as Remove is answered: a refused or failed removal leaves them as
they were) each is rewritten, its own header (which file, when) as it was. The copy does not
record the withdrawal, so its offer can tell that the saved file's later removal was made here
(``recovery_compare.Comparison.withdrawn_since``), not blame another computer.

A copy that cannot be read (damaged, or from a newer wtfc) cannot be rewritten: the question
names it, to Discard when wtfc offers it. A copy held by a running wtfc is left alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLockFile
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from wtfc.model.counting import count_phrase
from wtfc.model.dates import day_month, short_date
from wtfc.model.errors import WorkshopFileError
from wtfc.model.operations.withdraw import kept_withdrawn
from wtfc.model.recovery import (
    SNAPSHOT_NAME,
    SnapshotSerializer,
    read_snapshot,
    write_snapshot,
)
from wtfc.model.recovery_of import RecoveryCopyOf, copies_by_name
from wtfc.model.workshop import Workshop


@dataclass
class CopiesHolding:
    """The recovery copies of one file holding a withdrawn person's cards."""

    codes: tuple[str, ...]
    rewritable: list[tuple[RecoveryCopyOf, Workshop]] = field(default_factory=list)
    unreadable: list[RecoveryCopyOf] = field(default_factory=list)
    # kept under this file's name, holding their cards, but taken for an earlier workshop's
    # (``recovery_of``: no card shared, not taken from the file or a kept version): left, named
    perhaps_earlier: list[RecoveryCopyOf] = field(default_factory=list)
    # and those whose workshop cannot be read, taken from a file no version here holds
    unreadable_by_name: list[RecoveryCopyOf] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rewritable or self.unreadable or self.perhaps_earlier
                    or self.unreadable_by_name)

    def said(self) -> str:
        """The question's paragraph on them ("" when there are none)."""
        lines = []
        if self.rewritable:
            copies = [c for c, _ in self.rewritable]
            which = ("the recovery copy" if len(copies) == 1 else
                     f"the {len(copies)} recovery copies")
            lines.append(
                f"Their cards are also taken out of {which} of this workshop from "
                f"{_times(copies)}, kept when wtfc stopped without closing (offered each "
                f"time wtfc starts). The rest of the work in "
                f"{'it' if len(copies) == 1 else 'them'} stays; Undo puts their cards back "
                f"into {'it' if len(copies) == 1 else 'them'}.")
        if self.unreadable:
            copies = self.unreadable
            lines.append(
                f"{count_phrase(len(copies), 'recovery copy', 'recovery copies')} of this "
                f"workshop from {_times(copies)} cannot be read here (damaged, or made by a "
                f"newer wtfc), so wtfc cannot take their cards out of "
                f"{'it' if len(copies) == 1 else 'them'}: choose Discard when wtfc offers "
                f"{'it' if len(copies) == 1 else 'them'} as it starts.")
        if self.perhaps_earlier:
            copies = self.perhaps_earlier
            one = len(copies) == 1
            lines.append(
                f"{count_phrase(len(copies), 'recovery copy', 'recovery copies')} kept under "
                f"this file's name from {_times(copies)} also "
                f"hold{'s' if one else ''} cards of theirs, but share{'s' if one else ''} no "
                f"card with this workshop and {'was' if one else 'were'} not taken from its "
                f"file or a version kept of it, so wtfc takes {'it' if one else 'them'} for an "
                f"earlier workshop's and leaves {'it' if one else 'them'} as "
                f"{'it is' if one else 'they are'}. If {'it is' if one else 'they are'} this "
                f"workshop's (its sheet imported again since, say), choose Discard when wtfc "
                f"offers {'it' if one else 'them'} as it starts.")
        if self.unreadable_by_name:
            copies = self.unreadable_by_name
            one = len(copies) == 1
            lines.append(
                f"{count_phrase(len(copies), 'recovery copy', 'recovery copies')} kept under "
                f"this file's name from {_times(copies)} cannot be read here (damaged, or "
                f"made by a newer wtfc), so wtfc can neither tell whose "
                f"{'it is' if one else 'they are'} nor take cards out of "
                f"{'it' if one else 'them'}: if {'it is' if one else 'they are'} this "
                f"workshop's, choose Discard when wtfc offers {'it' if one else 'them'} as it "
                f"starts.")
        return "\n\n".join(lines)


def _times(copies: list[RecoveryCopyOf]) -> str:
    """"today at 05:58", "1 Dec at 05:58 and 2 Dec at 09:10"."""
    said = [_when(c.taken) for c in copies]
    return ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]


def _when(taken: dt.datetime | None) -> str:
    if taken is None:
        return "an unknown time"
    today = dt.date.today()
    day = ("today" if taken.date() == today else day_month(taken, short=True)
           if taken.year == today.year else short_date(taken))
    return f"{day} at {taken:%H:%M}"


def copies_holding(window: QWidget, codes: tuple[str, ...]) -> CopiesHolding:
    """The recovery copies of ``window``'s file that hold cards of ``codes``."""
    from wtfc.ui.autosave import recovery_dirs

    found = CopiesHolding(codes)
    files = getattr(window, "files", None)
    if files is None or files.path is None:  # never saved: no other session's copy is of it
        return found
    path = files.path
    autosaver = files.autosaver
    folders = recovery_dirs()
    if autosaver is not None and autosaver.recovery_dir not in folders:
        folders.append(autosaver.recovery_dir)
    own = autosaver.instance_id if autosaver is not None else ""
    taken_out = Workshop(withdrawn_codes=list(codes))
    found_by_name = copies_by_name(path, folders, own=own)
    for copy in found_by_name.another_workshop:
        lock = _free(copy.folder)
        if lock is None:
            continue
        try:
            snapshot = read_snapshot(copy.folder)
        except WorkshopFileError:  # whose it is cannot be read either: named, to Discard
            if (copy.folder / SNAPSHOT_NAME).exists():
                found.unreadable_by_name.append(copy)
            continue
        finally:
            lock.unlock()
        if snapshot.newer_version:
            found.unreadable_by_name.append(copy)
        elif any(card.person in codes for card in snapshot.workshop.cards):
            found.perhaps_earlier.append(copy)
    for copy in found_by_name.of:
        lock = _free(copy.folder)
        if lock is None:
            continue  # a running wtfc's: its own window holds the workshop
        try:
            snapshot = read_snapshot(copy.folder)
        except WorkshopFileError:
            if (copy.folder / SNAPSHOT_NAME).exists():
                found.unreadable.append(copy)
            continue
        finally:
            lock.unlock()
        if snapshot.newer_version:
            found.unreadable.append(copy)
        elif (kept := kept_withdrawn(taken_out, snapshot.workshop)).codes:
            # not recorded as withdrawn in the copy: its offer then says the saved file's
            # removal was made after it, here (``withdrawn_since``)
            without = kept.workshop.model_copy(
                update={"withdrawn_codes": snapshot.workshop.withdrawn_codes})
            found.rewritable.append((copy, without))
    return found


def take_out(found: CopiesHolding) -> list[tuple[Path, bytes, bytes]]:
    """Rewrite each copy without their cards, its header (which file, when) as it was. Each
    copy rewritten, with its bytes before and after, for Undo (``follow_step``)."""
    done = []
    for copy, workshop in found.rewritable:
        lock = _free(copy.folder)
        if lock is None:
            continue
        try:
            old = (copy.folder / SNAPSHOT_NAME).read_bytes()
            head = old.partition(b"\n")[0]
            body = SnapshotSerializer().snapshot_bytes(workshop, copy.header).partition(b"\n")[2]
            write_snapshot(head + b"\n" + body, copy.folder)
            done.append((copy.folder, old, head + b"\n" + body))
        except (OSError, WorkshopFileError):
            pass  # the copy is as it was: Restore still leaves their cards out
        finally:
            lock.unlock()
    return done


def follow_step(stack: QUndoStack, step: int, done: list[tuple[Path, bytes, bytes]]) -> None:
    """Undo of the removal pushed at ``step`` puts each copy back as it was, Redo takes their
    cards out again: a person removed by mistake and put back with Ctrl+Z kept their unsaved
    cards nowhere else (review 36 A7 R2). A copy changed since (restored, discarded, taken
    by a running wtfc) is left as it is; once the step leaves the stack, nothing is followed."""
    command = stack.command(step)
    if not done or command is None:
        return

    def moved(index: int) -> None:
        if not shiboken6.isValid(stack):  # the window closing: its stack clears as it goes
            return
        if stack.command(step) is not command:  # cleared, or dropped by a later push
            stack.indexChanged.disconnect(moved)
            return
        for folder, old, new in done:
            was, now = (new, old) if index <= step else (old, new)
            _write_back(folder, was, now)

    stack.indexChanged.connect(moved)


def _write_back(folder: Path, was: bytes, now: bytes) -> None:
    """Write ``now`` to the copy in ``folder`` when it still holds ``was``."""
    lock = _free(folder)
    if lock is None:
        return
    try:
        if (folder / SNAPSHOT_NAME).read_bytes() == was:
            write_snapshot(now, folder)
    except (OSError, WorkshopFileError):
        pass  # the copy stays as it is; Restore offers it as that
    finally:
        lock.unlock()


def _free(folder: Path) -> QLockFile | None:
    """The session's lock, taken; None when a running wtfc holds it."""
    from wtfc.ui.autosave import session_lock
    from wtfc.ui.file_lock import take_lock

    lock = session_lock(folder)
    return lock if take_lock(lock) else None
