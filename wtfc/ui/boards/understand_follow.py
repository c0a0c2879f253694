"""Understand follows Undo and Redo (and a jump in Edit > History) to where the step shows.

A cause changed under another theme brings that theme's why-tree up, on the Root causes tab,
with the cause chosen and in sight (or the box it hung under, when the step took it away); a
priority changed (votes, chosen, rank, reason) while the why-tree is shown brings up the
Choose priorities tab with that theme's row chosen (its kind shown again, said, if the tab's
"Show:" list hid it); a team's record changed (its counts, what it found) brings up the
why-tree that names the team, its Teams panel beside it. The change was made out of sight and only
"Undone: …" at the window's foot said so. Only while the Understand page is on screen: a step
from another stage leaves its tabs as the facilitator left them. A History jump over causes and
votes goes to the tab of the later one, each board choosing what its own last step changed, as
the same Undos one at a time leave them; one that crosses a stage is told around the move
(``Document.holding``), so Understand follows the steps done while it was shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

from wtfc.model.operations.record import team_key
from wtfc.model.workshop import Team
from wtfc.ui.boards.common import brought_in
from wtfc.ui.boards.why_tree_layout import ROOT, branch_top
from wtfc.ui.document_follow import follow_document
from wtfc.ui.undo import UndoAdapter

if TYPE_CHECKING:
    from wtfc.ui.boards.causes import CausesBoard


def _tabs(board: CausesBoard) -> QTabWidget | None:
    """The Understand page's tabs the board is on, if it is on screen (a jump tells the steps
    done before its last move of stage while the page left is shown, the rest after)."""
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
        self._teams: dict[str, Team] = {}  # each team's record, by id: told apart from causes
        self._reset()
        # connected after the board's own: remembered once the board has followed the step
        follow_document(board, board.doc, on_parts=self._after, on_reset=self._reset,
                        on_edited=self._after_jump, on_details=self._after_details)

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
                # a jump's later change of votes keeps its tab (that Undo came after this one)
                if doc.last_step("causes", step) >= self._priority_change()[0]:
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
        # a jump tells causes and themes one after the other: each compared with before it
        if collection in ("themes", "causes") and not self.board.doc.telling:
            self._remember()

    def _after_jump(self) -> None:
        if self.board.doc.telling:  # all of it told: what the next step is compared with
            self._remember()

    def _priority_change(self, ids: frozenset[str] = frozenset()) -> tuple[int, str | None]:
        """Of the themes a step changed (a jump: all it changed), the one whose priority (votes,
        chosen, rank, reason) the last step changed, and that step (0 one step told); (0, None)
        if none. Renamed, say: the why-tree's heading shows it where it is; brought back by an
        undone merge, its priority is as before the merge: no change to show."""
        doc = self.board.doc
        for theme_id in doc.latest_first("themes", doc.told("themes") if doc.telling else ids):
            theme = doc.get("themes", theme_id)
            if theme is not None and theme.priority != self._priorities.get(theme_id,
                                                                             theme.priority):
                return doc.last_step("themes", [theme_id]), theme_id
        return 0, None

    def _priority_step(self, ids: frozenset[str]) -> None:
        tabs = _tabs(self.board)
        priorities = getattr(tabs, "priorities", None)
        doc = self.board.doc
        step, theme_id = self._priority_change(ids)
        if tabs is None or priorities is None or theme_id is None:
            return
        theme = doc.theme(theme_id)
        # a jump's later cause step keeps the why-tree's tab (that Undo came after this one)
        if step >= doc.last_step("causes"):
            tabs.setCurrentWidget(priorities)
        shown = priorities.kind_filter.currentData()
        if shown not in (None, theme.kind):  # its kind is filtered out: all, said
            priorities.kind_filter.setCurrentIndex(0)
            self._undo.notes.append("the priorities show all kinds again: "
                                    "their filter hid this change")
        priorities.select_theme(theme_id)

    def _after_details(self, field: str) -> None:
        """Undo or Redo of a team's record (its counts, what it found; a History jump: all it
        changed): the why-tree naming the team comes up, else the count undone was another
        team's, changed out of sight (review 36 R2-5). The keyboard stays where it was."""
        if field != "teams":
            return
        before, self._teams = self._teams, {t.id: t for t in self.board.doc.workshop.teams}
        tabs = _tabs(self.board)
        if not self._undo.in_step or tabs is None:
            return
        changed = [t for i, t in self._teams.items() if before.get(i) != t]
        changed += [t for i, t in before.items() if i not in self._teams]
        keys = {team_key(t.name) for t in changed}
        naming = {c.theme_id for c in self.board.doc.workshop.causes
                  if c.team and team_key(c.team) in keys}
        selector = self.board.selector
        themes = [t for i in range(selector.count()) if (t := selector.itemData(i)) in naming]
        if not themes:
            return  # a record no why-tree names (the Teams panel's "on no why-tree" list)
        tabs.setCurrentWidget(self.board)
        if self.board.theme_id() not in themes:
            selector.select_theme(themes[0])

    def _reset(self) -> None:
        self._remember()
        self._teams = {t.id: t for t in self.board.doc.workshop.teams}

    def _remember(self) -> None:
        workshop = self.board.doc.workshop
        self._causes = {c.id: (c.theme_id, c.parent_id) for c in workshop.causes}
        self._priorities = {t.id: t.priority for t in workshop.themes}
