"""The stage list's Theme entry says what theming has left ("⚠ 2 not named", "⚠ 54 in no theme").

As Collect's entry keeps the held-back cards in sight (``held_back_stage``), this keeps the
groups still "Group 1 (not named yet)" and the cards in no theme in sight from every stage:
Choose priorities lists a group by its placeholder, and the exports print it. Moving on from
Theme with either left says so once at the window's foot (``say``): a reminder, never a stop;
going back to Collect to look something up says nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from wtfc.model.document import Document
from wtfc.model.theme_progress import ThemeProgress, theme_progress
from wtfc.model.workshop import Stage
from wtfc.ui.document_follow import follow_document

ROLE = Qt.ItemDataRole
STAGES = list(Stage)


class ThemeStage(QObject):
    """Keeps ``item`` (the Theme entry, ``text`` and ``hint`` as made) in step with ``doc``;
    ``say`` shows the sentence for moving on from Theme with work left."""

    def __init__(self, doc: Document, item: QListWidgetItem, text: str, hint: str,
                 parent: QObject | None = None, *,
                 say: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.doc, self.item, self.text, self.hint, self.say = doc, item, text, hint, say
        self.shown: list[str] = []
        self._stale = True
        self._stage = doc.workshop.stage
        follow_document(item.listWidget(), doc, on_parts=self._on_parts_changed,
                        on_reset=self._on_document_reset, on_edited=self._on_document_edited,
                        on_details=self._on_details_changed)
        self._on_document_edited()

    # counted once per edit that touched cards or themes: a vote or a note leaves it as it is
    def _on_parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection in ("cards", "themes"):
            self._stale = True

    def _on_details_changed(self, name: str) -> None:
        if name != "stage":
            return
        was, self._stage = self._stage, self.doc.workshop.stage
        self._stale = True  # cards in no theme count once the room has moved past Theme
        moved_on = STAGES.index(self._stage) > STAGES.index(Stage.THEME)
        if was == Stage.THEME and moved_on and self.say is not None:  # not back to Collect
            left = theme_progress(self.doc.workshop).left_behind()
            if left:
                self.say(left[0].upper() + left[1:])

    def _on_document_reset(self) -> None:
        self._stage = self.doc.workshop.stage  # a file opened: nothing was left
        self._stale = True
        self._on_document_edited()

    def _on_document_edited(self) -> None:
        if not self._stale:
            return
        self._stale = False
        progress = theme_progress(self.doc.workshop)
        moved_on = STAGES.index(self.doc.workshop.stage) > STAGES.index(Stage.THEME)
        marks = progress.marks(moved_on=moved_on)
        if marks == self.shown:
            return
        self.shown = marks
        # each on a line of its own, as Collect's: the list stays as narrow as its longest
        # stage name (on one line, "⚠ 2 not named · 54 not in a theme" was cut at 1366 px;
        # "in no theme" is as wide as "5  Identify success" at a 16 pt system font)
        self.item.setText("\n".join([self.text, *(f"   ⚠ {mark}" for mark in marks)]))
        said = _said(progress, moved_on=moved_on) if marks else ""
        self.item.setToolTip(f"{self.hint}\n{said}" if said else self.hint)
        self.item.setData(ROLE.AccessibleTextRole, ", ".join([self.text, *marks]))
        self.item.setData(ROLE.AccessibleDescriptionRole, said)

def _said(progress: ThemeProgress, *, moved_on: bool) -> str:
    parts = []
    if progress.unnamed:
        parts.append("Groups not named yet print under “Group 1 (not named yet)”: name each "
                     "as an “I” statement with Rename theme (F2) on Theme.")
    if progress.unsorted and (progress.themes or moved_on):
        parts.append("A card in no theme is on no theme's poster.")
    return " ".join(parts)
