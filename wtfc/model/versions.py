"""Earlier versions of a workshop file: the ``.bak`` copies each save keeps, and going back.

Saving keeps the last few versions beside the file (``NAME.wtfc.bak``, ``.bak2``, ``.bak3``;
see ``storage.save_workshop``). The facilitator can go back to one of them: that is one undoable
step like any edit (Undo returns to the workshop as it was), and nothing on disk changes until
the next save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import backup_path, load_workshop
from wtfc.model.workshop import Workshop

MAX_VERSIONS = 9  # looked for: .bak … .bak9 (the app keeps three)


@dataclass(frozen=True)
class EarlierVersion:
    """One kept copy of ``of``: ``number`` 1 is the newest (``.bak``)."""

    of: Path
    number: int
    path: Path
    saved_at: dt.datetime

    def describe(self, now: dt.datetime | None = None, *, seconds: bool = False) -> str:
        """How a menu names it: "Saved today at 14:02", "Saved Thu 26 Nov 2026 at 09:40"
        (with the seconds when saves came within a minute of each other)."""
        now = now or dt.datetime.now()
        if self.saved_at.date() == now.date():
            day = "today"
        elif self.saved_at.date() == (now - dt.timedelta(days=1)).date():
            day = "yesterday"
        else:
            day = f"{self.saved_at:%a} {self.saved_at.day} {self.saved_at:%b %Y}"
        return f"Saved {day} at {self.saved_at:{'%H:%M:%S' if seconds else '%H:%M'}}"


def earlier_versions(path: Path) -> list[EarlierVersion]:
    """The kept copies of ``path`` that exist, newest first."""
    found = []
    for number in range(1, MAX_VERSIONS + 1):
        candidate = backup_path(path, number)
        try:
            stamp = candidate.stat().st_mtime
        except OSError:
            continue
        found.append(EarlierVersion(path, number, candidate,
                                    dt.datetime.fromtimestamp(stamp)))
    return sorted(found, key=lambda v: v.saved_at, reverse=True)


def describe_all(versions: list[EarlierVersion],
                 now: dt.datetime | None = None) -> list[str]:
    """Names for a list of versions, told apart by the second when two share a minute (and
    numbered, newest first, when even the seconds agree)."""
    names = [v.describe(now) for v in versions]
    if len(set(names)) < len(names):
        names = [v.describe(now, seconds=True) for v in versions]
    if len(set(names)) < len(names):
        names = [f"{name} (copy {n})" for n, name in enumerate(names, start=1)]
    return names


def read_version(version: EarlierVersion) -> Workshop:
    """The workshop in a kept copy. Raises ``WorkshopFileError`` (plain English) when the copy
    is damaged, or was written by a newer wtfc (going back to it could lose what it holds)."""
    loaded = load_workshop(version.path)
    if loaded.read_only_reason:
        raise WorkshopFileError(loaded.read_only_reason)
    return loaded.workshop


@dataclass
class GoBackToVersion:
    """The undoable step "Go back to the version saved today at 14:02".

    The whole workshop is swapped: the views rebuild as when a file is opened. Parts are never
    changed in place and later edits are undone before this one, so the two workshop objects are
    exactly as they were whenever this step is done or undone.
    """

    label: str
    before: Workshop
    after: Workshop

    def do(self, doc: Document) -> None:
        self._show(doc, self.after)

    def undo(self, doc: Document) -> None:
        self._show(doc, self.before)

    @staticmethod
    def _show(doc: Document, workshop: Workshop) -> None:
        doc.replace_workshop(workshop)
        doc.announce({}, ())  # an edit like any other: autosave and the title follow it


def go_back_to(doc: Document, version: EarlierVersion, workshop: Workshop) -> GoBackToVersion:
    description = version.describe()
    return GoBackToVersion(f"Go back to the version {description[0].lower()}{description[1:]}",
                           doc.workshop, workshop)
