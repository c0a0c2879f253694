"""Copies of the open workshop that hold its words outside the ``.bak`` rotation, named in the
questions of Remove earlier versions… and Delete this workshop and its copies… (review 36 R6):

- the damaged file an earlier version replaced, set aside as 'spring.wtfc.damaged' (kept for
  someone technical, never deleted unasked);
- the recovery copies of this file that a stopped wtfc left in wtfc's own folder (kept with
  Decide later, or not offered yet). They are held while the question is asked (their session
  lock taken, so a wtfc starting meanwhile does not offer one), and a copy whose wtfc is still
  running (its lock busy: another window, another computer sharing the folder) is never touched,
  nor is one of an earlier workshop saved under the same name (``recovery_of``: it shares no
  card with this one), which is named as left alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from wtfc.model.control_characters import name_shown
from wtfc.model.dates import short_date, weekday_name
from wtfc.model.recovery import remove_session
from wtfc.model.recovery_of import RecoveryCopyOf, copies_by_name, is_of
from wtfc.model.versions import set_aside_copies

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow


def when_said(when: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """ "today at 05:58", "yesterday at 17:10", "Tue 1 Dec 2026 at 09:40" ("" when unknown)."""
    if when is None:
        return ""
    now = now or dt.datetime.now().astimezone()
    if when.date() == now.date():
        day = "today"
    elif when.date() == (now - dt.timedelta(days=1)).date():
        day = "yesterday"
    else:
        day = f"{weekday_name(when, short=True)} {short_date(when)}"
    return f"{day} at {when:%H:%M}"


def damaged_words(path: Path, found: list[Path]) -> str:
    """The question's line on the damaged files among ``found`` ("" when none is)."""
    damaged = set(set_aside_copies(path))
    names = [f"'{name_shown(kept.name)}'" for kept in found if kept in damaged]
    if not names:
        return ""
    one = len(names) == 1
    listed = names[0] if one else ", ".join(names[:-1]) + " and " + names[-1]
    return (f"{listed} {'is the file' if one else 'are files'} of this workshop that would not "
            f"open, kept for someone technical: {'it' if one else 'they'} still "
            f"hold{'s' if one else ''} what {'it' if one else 'they'} held.")


@dataclass
class CrashedCopies:
    """The recovery copies of one file left by a wtfc that stopped, their locks held."""

    held: list[tuple[RecoveryCopyOf, QLockFile]] = field(default_factory=list)
    gone: int = 0  # deleted by ``discard``
    # of an earlier workshop saved under this file's name: never touched, only named
    another_workshop: list[RecoveryCopyOf] = field(default_factory=list)
    path: Path | None = None  # the workshop's file: a copy of another is of a colleague's version

    @classmethod
    def any_of(cls, window: MainWindow, path: Path) -> bool:
        """Some copy of ``path`` a stopped wtfc left is there (its lock taken only to see)."""
        copies = cls.of(window, path)
        found = bool(copies.held)
        copies.release()
        return found

    @classmethod
    def of(cls, window: MainWindow, path: Path, *,
           colleagues: Iterable[Path] = ()) -> CrashedCopies:
        """Those of ``path`` but this window's own (rewritten as it edits, and removed at its
        Save) and those whose wtfc still runs; and those of ``colleagues`` (its colleagues'
        versions a Save replaced, to be deleted with it: opened and worked on, a stopped wtfc
        kept a copy of one as of any workshop)."""
        from wtfc.ui.autosave import recovery_dirs, session_lock
        from wtfc.ui.file_lock import take_lock

        autosaver = window.files.autosaver
        own = autosaver.instance_id if autosaver is not None else ""
        held, another, taken = [], [], set()
        card_ids = [card.id for card in window.doc.workshop.cards]
        for file in (path, *colleagues):
            found = copies_by_name(file, recovery_dirs(), own=own, card_ids=card_ids)
            for copy in found.of:
                if copy.folder in taken:  # of the file and of a colleague's version (Save As)
                    continue
                lock = session_lock(copy.folder)
                if take_lock(lock):
                    held.append((copy, lock))
                    taken.add(copy.folder)
            if file == path:
                another = found.another_workshop
        return cls(held, another_workshop=another, path=path)

    def __len__(self) -> int:
        return len(self.held)

    def named(self) -> list[str]:
        """ "the recovery copy wtfc kept of this workshop from today at 05:58", one each."""
        return [" ".join(filter(None, (f"the recovery copy wtfc kept of {self._of(copy)}",
                                       f"from {when_said(copy.taken)}" if copy.taken else "")))
                for copy, _ in self.held]

    def _of(self, copy: RecoveryCopyOf) -> str:
        """ "this workshop", or the colleague's version it is of: "'spring (changed …).wtfc'"."""
        if self.path is None or is_of(copy.header, self.path):
            return "this workshop"
        named = copy.header.original_path or copy.header.saving_to
        return f"its colleague's version '{name_shown(Path(named).name)}'"

    def in_title(self, path: Path, *, after: bool) -> str:
        """ "wtfc's recovery copy of it" (``after`` the files named) or "… of 'spring.wtfc'"."""
        if not self.held:
            return ""
        copies = "recovery copy" if len(self.held) == 1 else f"{len(self.held)} recovery copies"
        return f"wtfc's {copies} of " + ("it" if after else f"'{name_shown(path.name)}'")

    def said_gone(self) -> str:
        """ "Removed wtfc's recovery copy of it." once deleted ("" when none went)."""
        if not self.gone:
            return ""
        copies = "recovery copy" if self.gone == 1 else f"{self.gone} recovery copies"
        return f"Removed wtfc's {copies} of it."

    def words(self) -> str:
        """The question's line on them ("" when there are none)."""
        if not self.held:
            return ""
        one = len(self.held) == 1
        names = self.named()
        listed = names[0] if one else ", ".join(names[:-1]) + " and " + names[-1]
        return (f"{listed[0].upper()}{listed[1:]} {'goes' if one else 'go'} too: left when wtfc "
                f"stopped without closing (kept with Decide later, or not yet offered), "
                f"{'it holds' if one else 'they hold'} the whole workshop as it was then, with "
                f"work that was not saved.")

    def left_alone_words(self) -> str:
        """ "A recovery copy from Wed 12 Mar 2025 at 10:00 was of an earlier workshop saved
        under this name: it is left as it is." ("" when there is none)."""
        if not self.another_workshop:
            return ""
        one = len(self.another_workshop) == 1
        times = [when_said(copy.taken) for copy in self.another_workshop if copy.taken]
        listed = ", ".join(times[:-1]) + " and " + times[-1] if len(times) > 1 else \
            "".join(times)
        which = ("A recovery copy" if one else f"{len(self.another_workshop)} recovery copies") \
            + (f" from {listed}" if listed else "")
        return (f"{which} {'was' if one else 'were'} of an earlier workshop saved under this "
                f"name: {'it is' if one else 'they are'} left as {'it is' if one else 'they are'}.")

    def discard(self) -> list[tuple[str, str]]:
        """Delete them; those that could not go (as named, with why)."""
        failed = []
        for (copy, lock), name in zip(self.held, self.named(), strict=True):
            lock.unlock()
            remove_session(copy.folder)
            if copy.folder.exists():
                failed.append((name, f"its folder '{name_shown(str(copy.folder))}' could not "
                                     f"be emptied"))
        self.gone, self.held = len(self.held) - len(failed), []
        return failed

    def leave_those_of(self, files: Iterable[Path], why: str) -> list[tuple[str, str]]:
        """Let the copies of ``files`` be (a colleague's version opened as the question was
        asked stays, and so does what a stopped wtfc kept of it): each as named, with ``why``."""
        files = list(files)
        keep = [held for held, name in zip(self.held, self.named(), strict=True)
                if any(is_of(held[0].header, file) for file in files)
                and not (self.path is not None and is_of(held[0].header, self.path))]
        names = [name for held, name in zip(self.held, self.named(), strict=True)
                 if held in keep]
        for _copy, lock in keep:
            lock.unlock()
        self.held = [held for held in self.held if held not in keep]
        return [(name, why) for name in names]

    def release(self) -> None:
        """Let them be, for the next start-up to offer as before."""
        for _copy, lock in self.held:
            lock.unlock()
        self.held = []
