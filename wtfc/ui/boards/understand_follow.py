"""Understand follows Undo and Redo (and a jump in Edit > History) to where the step shows.

A cause changed under another theme brings that theme's why-tree up, on the Root causes tab,
with the cause chosen and in sight (or the box it hung under, when the step took it away); a
priority changed (votes, chosen, rank, reason) while the why-tree is shown brings up the
Choose priorities tab with that theme's row chosen (its kind shown again, said, if the tab's
"Show:" list hid it). The change was made out of sight and only
"Undone: …" at the window's foot said so. Only while the Understand page is on screen: a step
from another stage leaves its tabs as the facilitator left them, and so does a History jump that
lands on another stage (it tells its changes before the stage, while Understand is still shown;
Undos one at a time leave Understand first).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

from wtfc.model.workshop import Stage
from wtfc.ui.boards.common import brought_in
from wtfc.ui.boards.why_tree_layout import ROOT, branch_top
from wtfc.ui.document_follow import follow_document
from wtfc.ui.undo import UndoAdapter

if TYPE_CHECKING:
    from wtfc.ui.boards.causes import CausesBoard


def _tabs(board: CausesBoard) -> QTabWidget | None:
    """The Understand page's tabs the board is on, if it is on screen and the step lands on
    Understand (a jump out of it is told while it is still shown)."""
    if board.doc.workshop.stage != Stage.UNDERSTAND:
        return None
    widget = board.parentWidget()
    while widget is not None and not isinstance(widget, QTabWidget):
        widget = widget.parentWidget()
    return widget if widget is not None and widget.isVisible() else None


class StepFollow:
    """Kept by the why-tree's board; remembers where each cause and priority was, so an
    undone add (the cause gone) still knows its theme and the box it hung under."""

    def __init__(self, board: CausesBoard, undo: UndoAdapter) -> None:
        self.board, self._undo = board, undo
        self._causes: dict[str, tuple[str, str | None]] = {}
        self._priorities: dict[str, object] = {}
        self._remember()
        # connected after the board's own: remembered once the board has followed the step
        follow_document(board, board.doc, on_parts=self._after, on_reset=self._remember)

    def cause_step(self, ids: frozenset[str]) -> str | None:
        """For causes an Undo or Redo changed: their theme and tab come up; the box to choose
        is returned (None: not a step, or no theme of the why-trees)."""
        tabs = _tabs(self.board)
        if not self._undo.in_step or tabs is None:
            return None
        doc, selector = self.board.doc, self.board.selector
        # a History jump's steps, the last first: the tree the last one changed comes up
        for step in doc.by_step("causes", ids):
            here = [i for i in step if doc.get("causes", i) is not None]
            top = branch_top(doc, here) if here else None
            for cause_id in ([top] if top else step):
                theme_id, parent = self._causes.get(cause_id, (None, None))
                if (cause := doc.get("causes", cause_id)) is not None:
                    theme_id, parent = cause.theme_id, cause_id
                if theme_id is None or selector.findData(theme_id) < 0:
                    continue
                tabs.setCurrentWidget(self.board)
                if theme_id != self.board.theme_id():
                    selector.select_theme(theme_id)
                return parent or ROOT
        return None

    def came_back(self, ids: frozenset[str], shown: Iterable[str]) -> str | None:
        """The top of the branch the step put back in the tree shown (an undone delete, a redone
        add), of a History jump's steps the last that changed this tree: four Redos choose the
        cause the last one added, not the first in sorted order, nor one under another theme."""
        came, theme_id = brought_in(self.board.doc, "causes", ids, shown), self.board.theme_id()
        for step in self.board.doc.by_step("causes", ids):
            if any(self._theme_of(cause_id) == theme_id for cause_id in step):
                return branch_top(self.board.doc, [i for i in step if i in came
                                                   and self._theme_of(i) == theme_id])
        return None

    def _theme_of(self, cause_id: str) -> str | None:
        cause = self.board.doc.get("causes", cause_id)
        return cause.theme_id if cause is not None else self._causes.get(cause_id, (None,))[0]

    def _after(self, collection: str, ids: frozenset[str]) -> None:
        if collection == "themes" and self._undo.in_step:
            self._priority_step(ids)
        if collection in ("themes", "causes"):
            self._remember()

    def _priority_step(self, ids: frozenset[str]) -> None:
        tabs = _tabs(self.board)
        if tabs is None:
            return
        priorities = getattr(tabs, "priorities", None)
        for theme_id in self.board.doc.latest_first("themes", ids):  # the last step's first
            theme = self.board.doc.get("themes", theme_id)
            # renamed, say: the why-tree's heading shows it where it is; brought back by an
            # undone merge, its priority is as before the merge: no change of votes to show
            if theme is None or theme.priority == self._priorities.get(theme_id, theme.priority):
                continue
            if priorities is None:
                return
            tabs.setCurrentWidget(priorities)
            shown = priorities.kind_filter.currentData()
            if shown not in (None, theme.kind):  # its kind is filtered out: all, said
                priorities.kind_filter.setCurrentIndex(0)
                self._undo.notes.append("the priorities show all kinds again: "
                                        "their filter hid this change")
            priorities.select_theme(theme_id)
            return

    def _remember(self) -> None:
        workshop = self.board.doc.workshop
        self._causes = {c.id: (c.theme_id, c.parent_id) for c in workshop.causes}
        self._priorities = {t.id: t.priority for t in workshop.themes}
