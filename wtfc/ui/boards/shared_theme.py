"""One priority at a time across the afternoon's boards: Understand's and Identify success's
Theme boxes and the Plan and Act boards' "Show:" box.

At report-back a team shows its why-tree, then what success would look like, then its actions:
each box kept its own theme, so Ctrl+5 put another team's statements on the projector while
the team stood in front of it (review 36 R2-1). A theme chosen on one box is now shown by the
others at once, hidden boards too, so the room view, which reads each board's own box, shows
it as soon as the stage moves on; a board built later starts on it. A Show box on "All themes"
stays so (its choice: every theme); choosing "All themes" changes no other box.

A choice of what to look at, not an edit: nothing goes on the undo stack. A box whose theme
left its list (deleted, no longer a priority, another workshop opened) falls back on its own;
that fallback is not a choice and is not passed on, and a theme no box lists any more is
simply not found when a board is built later.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtWidgets import QComboBox

from wtfc.model.document import Document

_SHARED: WeakKeyDictionary[Document, SharedTheme] = WeakKeyDictionary()


class SharedTheme:
    """The theme last chosen on any joined box of one document's window."""

    @classmethod
    def of(cls, doc: Document) -> SharedTheme:
        if (shared := _SHARED.get(doc)) is None:
            shared = _SHARED[doc] = cls(doc)
        return shared

    def __init__(self, doc: Document) -> None:
        self.theme_id: str | None = None
        self._boxes: list[tuple[QComboBox, Callable[[str], None]]] = []
        self._last: dict[QComboBox, str | None] = {}  # each box's theme before its change
        self._passing = False  # showing a choice on the other boxes: their changes are echoes
        doc.events.reset.connect(self._forget)

    def join(self, box: QComboBox, show: Callable[[str], None]) -> None:
        """``box``'s choices are shared; ``show(theme_id)`` brings another box's choice to it
        (a box that lists no such theme keeps its own, unless its list next filled has it: told
        of the same edit after the box that chose; a Show box on "All themes" keeps it)."""
        entry = (box, show)
        self._boxes.append(entry)
        self._last[box] = box.currentData()
        box.currentIndexChanged.connect(lambda _: self._changed(box))
        box.destroyed.connect(lambda *_: self._leave(entry))
        if self.theme_id is not None:
            self._pass_on(self.theme_id, to=[entry])

    def _changed(self, box: QComboBox) -> None:
        theme_id, before = box.currentData(), self._last.get(box)
        self._last[box] = theme_id
        if self._passing or theme_id is None or theme_id == self.theme_id:
            return
        if before is not None and box.findData(before) < 0:
            # its theme left the list and the box fell back: nobody chose this, and a board
            # built later starts where the others fell back (its list's first), not on it
            if before == self.theme_id:
                self.theme_id = None
            return
        self.theme_id = theme_id
        self._pass_on(theme_id, to=[entry for entry in self._boxes if entry[0] is not box])

    def _pass_on(self, theme_id: str, to: list[tuple[QComboBox, Callable[[str], None]]]) -> None:
        self._passing = True
        try:
            for _box, show in to:
                show(theme_id)
        finally:
            self._passing = False

    def _leave(self, entry: tuple[QComboBox, Callable[[str], None]]) -> None:
        if entry in self._boxes:
            self._boxes.remove(entry)
        self._last.pop(entry[0], None)

    def _forget(self) -> None:
        self.theme_id = None  # another workshop: its themes are not the last one's
