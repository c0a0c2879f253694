"""The Plan board: actions in swim-lanes by role, with overdue ones standing out.

The Act stage shows the same board headed for doing the work: is each action happening, and
on time? Its columns put the date, the status and "What has happened so far" (the progress note
with the date it was last checked) beside the action, on a 1366-wide laptop at 150% scaling too
(``plan_columns``); the summary counts the open actions due a check. Keys: F1 (``describe_keys``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.operations.actions import (
    add_action,
    delete_action,
    edit_action,
    move_status,
    needs_reason,
)
from wtfc.model.workshop import Action, ActionStatus, Role
from wtfc.ui.boards.action_details import ActionDetails
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.click_once import once_per_double_click
from wtfc.ui.boards.common import (
    RefusalNotice,
    announce,
    brought_in,
    button_row,
    follow_document,
    local_action,
    on_screen,
    push_edit,
)
from wtfc.ui.boards.folding_label import FoldingLabel, FoldWhenShort
from wtfc.ui.boards.heading_row import HeadingRow
from wtfc.ui.boards.plan_answers import AnswersDelegate
from wtfc.ui.boards.plan_columns import (  # the tests and the room views use them from here
    ACT_ORDER,
    ACT_WIDTHS,
    COLUMNS,
    PLAN_WIDTHS,
    PROGRESS_COLUMN,
    STATUS_COLUMN,  # noqa: F401
    THEME_COLUMN,
    THEME_TIP,
    PlanDelegate,
    PlanTree,
)
from wtfc.ui.boards.plan_filter import ThemeFilter
from wtfc.ui.boards.plan_rows import ID_ROLE, action_row, follow_held_back, redraw_row
from wtfc.ui.boards.plan_text import (  # noqa: F401  (the room views and Review use some)
    OVERDUE_INK,
    OVERDUE_TINT,
    actions_in_priority_order,
    actions_summary_text,
    by_when_text,
    date_text,
    owner_text,
    status_text,
    waiting_priorities,
)
from wtfc.ui.boards.spoken_changes import next_status, status_said, status_said_asking
from wtfc.ui.freed_dialog import open_freed
from wtfc.ui.shortcut_help import describe_keys
from wtfc.ui.style import tint_item, ui_font
from wtfc.ui.undo import UndoAdapter

if TYPE_CHECKING:
    from wtfc.ui.boards.action_reason import ReasonLine

PLAN_HEADING = "Plan: who will do what, by when?"
ACT_HEADING = "Act: is each action happening, and on time?"
LANE_TINT = QColor("#ECEAE4")


class PlanBoard(QWidget):
    """Who does what by when, lane by lane; ``today`` can be fixed for tests and renders."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 heading: str = PLAN_HEADING) -> None:
        super().__init__(parent)
        self._doc, self._undo, self._today, self._heading = doc, undo, today, heading
        self._act = heading == ACT_HEADING
        self.dialog: ActionDialog | None = None
        self.reason: ReasonLine | None = None  # "Why was this stopped?", made when first needed
        self.setAccessibleName("Plan board")
        self._build()
        self._stale = False  # actions or themes changed while another page was on screen
        # the Show box's theme, today and the workshop's date every row was drawn for
        self._drawn: tuple[str | None, dt.date, dt.date | None] | None = None
        follow_document(self, doc, on_parts=self._on_parts_changed, on_reset=self.refresh,
                        on_details=self._on_details_changed)
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self._heading)
        title.setWordWrap(True)
        title.setFont(ui_font(16, bold=True))
        self.summary = FoldingLabel()  # one line on a short board, whole on focus or hover
        self._summary_fold = FoldWhenShort(self.summary, self)
        self.theme_filter = ThemeFilter(self.refresh)
        show = QLabel("Sh&ow:")
        show.setBuddy(self.theme_filter)
        key = Qt.Key
        self.details = ActionDetails()  # the chosen action's columns a scroll away, whole
        self.details.summary = (self.summary, self._summary_fold)  # led by "fields aside"
        self.tree = PlanTree({key.Key_Insert: self.open_add_dialog,
                               key.Key_Return: self.open_edit_dialog,
                               key.Key_Enter: self.open_edit_dialog,
                               key.Key_F2: self.open_edit_dialog,
                               key.Key_Space: self.advance_status,
                               key.Key_Delete: self.delete_selected}, self._act,
                             lambda _names: self._show_details(), self.details.fit_under)
        describe_keys(self.tree, [  # Insert is the page's action, listed as such
            ("Enter or F2", "Record what has happened, or change the action" if self._act
             else "Change the chosen action"),
            ("Space", "Move the status on (not started → in progress → done → dropped)"),
            ("Delete", "Delete the chosen action")])
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.headerItem().setToolTip(THEME_COLUMN, THEME_TIP)
        self.tree.setAccessibleName("Actions by role")
        self.tree.setToolTip("Insert adds, Enter edits (and records what has happened), Space "
                             "moves the status on, Delete removes")
        self.tree.setFont(ui_font(11))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(PlanDelegate(self.tree))  # whole words, no "…"
        # …but what an action answers has the lines its row takes anyway (whole in its
        # tooltip): the theme's long "I" statement wrapped whole made each row nine lines tall
        self.tree.setItemDelegateForColumn(THEME_COLUMN, AnswersDelegate(self.tree, act=self._act))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(lambda *_: self.open_edit_dialog())
        self.tree.currentItemChanged.connect(lambda *_: self._show_details())
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(ACT_WIDTHS if self._act else PLAN_WIDTHS):
            header.resizeSection(column, width)
        if self._act:
            for place, name in enumerate(ACT_ORDER):
                header.moveSection(header.visualIndex(COLUMNS.index(name)), place)
        else:  # the plan is being written: nothing has happened yet
            self.tree.setColumnHidden(PROGRESS_COLUMN, True)
        header.setStretchLastSection(True)
        self.notice = RefusalNotice()

        buttons = button_row((
                ("Add action (Insert)", "Add an action in the selected lane", self.open_add_dialog),
                ("Edit (Enter)", "Edit the selected action", self.open_edit_dialog),
                ("Next status (Space)", "Move the selected action's status on",
                 once_per_double_click(self.advance_status)),
                ("Delete", "Delete the selected action (Delete key)",  # not "Delete (Delete)"
                 once_per_double_click(self.delete_selected))))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)  # a stop when folded: just before the list, for Tab
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        # put on top after the rest, so Tab reaches it after the buttons: from the list, where
        # the keyboard starts, Tab went to the stage panel and came to the Show box after it
        layout.insertWidget(0, HeadingRow(title, show, self.theme_filter, [self._heading]))
        self.details.described = self.tree  # the summary is said with the list
        local_action(self, "Add action", "Insert", self.open_add_dialog)

    # -- reading ---------------------------------------------------------------------------------
    def selected_action(self) -> Action | None:
        item = self.tree.currentItem()
        action_id = item.data(0, ID_ROLE) if item else None
        return self._doc.get("actions", action_id) if action_id else None

    def selected_role(self) -> Role:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(1, ID_ROLE) if item is not None else Role.COMMISSIONERS

    def lane(self, role: Role) -> QTreeWidgetItem:
        lane = self.tree.topLevelItem(list(Role).index(role))
        assert lane is not None  # ``refresh`` makes a lane for every role
        return lane

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the page comes on screen: the actions."""
        return self.tree

    def action_items(self) -> list[QTreeWidgetItem]:
        """The actions' rows, lane by lane."""
        return [item for lane in map(self.lane, Role) for c in range(lane.childCount())
                if (item := lane.child(c)) is not None]

    def select_action(self, action_id: str) -> None:
        for item in self.action_items():
            if item.data(0, ID_ROLE) == action_id:
                self.tree.setCurrentItem(item)

    # -- edits -----------------------------------------------------------------------------------
    def open_add_dialog(self) -> None:
        if not self._editable():
            return
        if not self._doc.workshop.themes:
            self.notice.say("Make some themes first: every action answers a theme.")
            return
        theme_id = self.theme_filter.currentData() or self._default_theme()
        dialog = ActionDialog(self._doc, theme_id=theme_id, role=self.selected_role(),
                              today=self._today(), parent=self)
        dialog.accepted.connect(lambda: self._add_from_dialog(dialog))
        open_freed(self, "dialog", dialog)  # freed once closed: one is made for every Insert

    def open_edit_dialog(self) -> None:
        action = self.selected_action()  # beside the room view: asked before the notes show
        if not (action and self._editable() and ActionDialog.may_open(self, action, self._doc)):
            return
        # on Act, Enter "records what has happened": the cursor starts in the note
        dialog = ActionDialog(self._doc, action=action, today=self._today(), parent=self,
                              start_in_note=self._act)
        dialog.accepted.connect(lambda: self._edit_from_dialog(dialog, action.id))
        open_freed(self, "dialog", dialog)

    def advance_status(self) -> bool:
        action = self.selected_action()
        status = next_status(action) if action else None
        if action is None or status is None or not self._push(
                lambda: move_status(self._doc, action_id=action.id, status=status,
                                    today=self._today()), action.id):
            return False
        # said as the row now shows it: a reader hears nothing when a row's words change
        moved = self._doc.get("actions", action.id)
        asking = self._ask_reason(moved)
        announce(self, (status_said_asking if asking else status_said)(moved, self._today()))
        return True

    def _ask_reason(self, action: Action) -> bool:
        """Dropped with no note: the line under the list asks why (not a dialog: the room is
        not stopped, and Esc leaves it blank)."""
        if not needs_reason(action):
            return False
        if self.reason is None:
            from wtfc.ui.boards.action_reason import under_list  # only once one is dropped

            self.reason = under_list(self, self._doc, self._undo, self.notice, self._today,
                                     self.tree)
        self.reason.ask(action.id)
        return True

    def commit_pending(self) -> bool:
        """Before a save or close: a reason typed and not yet sent with Enter is recorded."""
        return self.reason is None or self.reason.record()

    def delete_selected(self) -> bool:
        action = self.selected_action()
        # the board, drawn again, chooses the next action in the lane (or the lane)
        return action is not None and self._push(
            lambda: delete_action(self._doc, action_id=action.id), None)

    def _add_from_dialog(self, dialog: ActionDialog) -> None:
        values = dialog.values()
        before = {a.id for a in self._doc.workshop.actions}
        if self._push(lambda: add_action(self._doc, **values), None):
            new = [a.id for a in self._doc.workshop.actions if a.id not in before]
            if new:
                self.select_action(new[0])
        else:
            dialog.open()  # kept window-modal, what was typed kept; the notice says what is missing

    def _edit_from_dialog(self, dialog: ActionDialog, action_id: str) -> None:
        values = dialog.values()
        was = self._doc.get("actions", action_id).status
        if not self._push(lambda: edit_action(self._doc, action_id=action_id, **values),
                          action_id):
            dialog.open()  # window-modal again: no second dialog over it
        elif was != ActionStatus.DROPPED and self._ask_reason(
                moved := self._doc.get("actions", action_id)):
            announce(self, status_said_asking(moved, self._today()))

    def _push(self, build, select: str | None) -> bool:
        done = push_edit(self._undo, self.notice, build)
        if select:
            self.select_action(select)
        return done

    def _editable(self) -> bool:
        if self._undo.read_only:
            self.notice.say("This workshop is open read-only, so it can't be changed.")
            return False
        return True

    def _default_theme(self) -> str | None:
        chosen = [t for t in self._doc.workshop.themes if t.priority.chosen]
        chosen.sort(key=lambda t: t.priority.rank or 10_001)
        return (chosen or self._doc.workshop.themes)[0].id

    # -- following the document ------------------------------------------------------------------
    def refresh(self, edited: frozenset[str] | None = None) -> None:
        """Draw the board again; where only the ``edited`` actions changed and every lane
        keeps the same actions in the same order, only their rows are drawn again."""
        self.theme_filter.fill(self._doc.workshop)
        only = self.theme_filter.currentData()
        today = self._today()
        lanes = [actions_in_priority_order([a for a in self._doc.workshop.actions if (
            a.role == lane_role and only in (None, a.theme_id))], self._doc.workshop)
            for lane_role in Role]
        if edited is None or not self._redraw_rows(lanes, edited, only, today):
            self._rebuild(lanes, only, today)
        shown = [a for a in self._doc.workshop.actions if only is None or a.theme_id == only]
        waiting = waiting_priorities(self._doc.workshop) if only is None else []
        counts = actions_summary_text(shown, today, act=self._act, waiting=waiting)
        # Plan is where actions are written; on Act the work is checking and moving each on.
        keys = ("Enter records what has happened; Space moves the status on." if self._act
                else "Insert adds an action; Enter edits; Space moves the status on.")
        self.details.say_summary(f"{counts} {keys}", said=counts)  # the list's tip: its keys
        if self.reason is not None:  # its action undone, deleted or given a note: it closes
            self.reason.follow()

    def _rebuild(self, lanes: list[list[Action]], only: str | None, today: dt.date) -> None:
        current = self.selected_action()
        role = self.selected_role()
        item = self.tree.currentItem()
        row = parent.indexOfChild(item) if item and (parent := item.parent()) else -1  # -1: a lane
        self.tree.clear()
        for lane_role, actions in zip(Role, lanes, strict=True):
            lane = QTreeWidgetItem([f"{lane_role.label} ({len(actions)})"])
            lane.setData(1, ID_ROLE, lane_role)
            lane.setFont(0, ui_font(12, bold=True))
            tint_item(lane, LANE_TINT, columns=range(len(COLUMNS)))
            lane.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(lane)
            lane.setFirstColumnSpanned(True)  # only once in the tree (before, Qt ignores it)
            for action in actions:  # on Act heard with what has happened so far
                action_row(lane, action, self._doc, today, one_theme=only is not None,
                           act=self._act)
        self.tree.expandAll()
        if current is not None and self._doc.get("actions", current.id):
            self.select_action(current.id)
        else:  # it went (a delete, an undo): the keyboard keeps its place in the lane
            lane = self.lane(role)
            near = lane.child(min(row, lane.childCount() - 1)) if row >= 0 else None  # or none
            self.tree.setCurrentItem(near or lane)
        self._drawn = (only, today, self._doc.workshop.date)

    def _redraw_rows(self, lanes: list[list[Action]], edited: frozenset[str],
                     only: str | None, today: dt.date) -> bool:
        """The ``edited`` actions' rows drawn again in place, where the lanes hold the same
        actions in the same order; False (nothing done) where they do not."""
        rows = [[self.lane(role).child(c) for c in range(self.lane(role).childCount())]
                for role in Role]
        if self._drawn != (only, today, self._doc.workshop.date) or [
                [item.data(0, ID_ROLE) for item in lane if item is not None] for lane in rows
        ] != [[action.id for action in actions] for actions in lanes]:
            return False
        for items, actions in zip(rows, lanes, strict=True):
            for item, action in zip(items, actions, strict=True):
                if action.id in edited and item is not None:
                    redraw_row(item, action, self._doc, today, one_theme=only is not None,
                               act=self._act)
        self.tree.keep_chosen_in_sight()  # its row may have grown past the list's foot
        self._show_details()  # the chosen action's columns a scroll away, as they are now
        return True

    def _show_details(self) -> None:
        """The chosen action's columns that are a scroll away (or cut), under the list."""
        self.details.show_chosen(self.tree, self.selected_action() is not None)

    def _on_parts_changed(self, collection: str, ids: frozenset[str]) -> None:
        # causes and success statements: an action's Answers quote them
        if collection in ("actions", "themes", "causes", "success"):
            if on_screen(self):
                shown = [item.data(0, ID_ROLE) for item in self.action_items()]
                self.refresh(ids if collection == "actions" else None)
                if collection == "actions":  # an undone delete, a redone add: chosen (a jump's
                    came = brought_in(self._doc, "actions", ids, shown)  # last step's first)
                    self.select_action(next(iter(self._doc.latest_first("actions", came)), ""))
            else:
                self._stale = True

    def _on_details_changed(self, field: str) -> None:
        if field == "date":  # a row says when its action's date is before the workshop's
            self._on_parts_changed("themes", frozenset())  # every row drawn again, as for one

    def showEvent(self, event) -> None:
        follow_held_back(self, self.tree, self._doc)  # notes beside the room view: as it has them
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
