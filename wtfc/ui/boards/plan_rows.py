"""The Plan and Act boards' rows: an action's words in each column, and its overdue marks.

A row is made once as the board is drawn and drawn again in place when only its action
changed (a status moved on, a note written, the step undone): the whole board drawn again
laid out every row, a second and more with 150 actions, at each Space and Ctrl+Z.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from wtfc.model.document import Document
from wtfc.model.operations.actions import is_overdue
from wtfc.model.record_checks import early_action_note
from wtfc.model.workshop import Action
from wtfc.ui.boards.held_back_boards import (  # noqa: F401  (follow_held_back: plan.py's)
    drawn_with,
    follow_held_back,
    hidden_names,
)
from wtfc.ui.boards.plan_answers import THEMED_ROLE
from wtfc.ui.boards.plan_columns import (
    COLUMNS,
    EARLY_MARK,
    EARLY_ROLE,
    OVERDUE_ROLE,
    PROGRESS_COLUMN,
    STATUS_COLUMN,
    THEME_COLUMN,
)
from wtfc.ui.boards.plan_text import (
    OVERDUE_INK,
    OVERDUE_TINT,
    action_said,
    answers_said,
    answers_text,
    owner_text,
    progress_text,
    status_text,
    when_text,
)
from wtfc.ui.style import COPIED_ROLE, tint_item, ui_font

ID_ROLE = Qt.ItemDataRole.UserRole
# the Answers cell's whole words as typed (its tooltip holds them escaped when they look
# like HTML): the panel under the list shows them
WHOLE_ROLE = Qt.ItemDataRole.UserRole + 3
# what an overdue row has that another has not, taken off when it is no longer late
_LATE_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)


def action_row(lane: QTreeWidgetItem, action: Action, doc: Document, today: dt.date, *,
               one_theme: bool, act: bool = False) -> QTreeWidgetItem:
    """A new row for ``action`` at the foot of ``lane`` (``one_theme``: the Show box names
    the theme, so the Answers cell does not; ``act``: on Act, where progress is heard too)."""
    tree = lane.treeWidget()
    names = hidden_names(tree, doc) if tree is not None else doc.names_to_watch
    words, whole = _words(action, doc, today, one_theme=one_theme, names=names)
    item = QTreeWidgetItem(lane, words)
    item.setData(0, ID_ROLE, action.id)
    _mark(item, action, whole, doc, today, one_theme=one_theme, act=act, names=names)
    return item


def redraw_row(item: QTreeWidgetItem, action: Action, doc: Document, today: dt.date, *,
               one_theme: bool, act: bool = False) -> None:
    """``item`` showing ``action`` as it is now; only the cells that changed are set again,
    so only this row is measured again."""
    tree = item.treeWidget()
    names = hidden_names(tree, doc) if tree is not None else doc.names_to_watch
    words, whole = _words(action, doc, today, one_theme=one_theme, names=names)
    for column, text in enumerate(words):
        if item.text(column) != text:
            item.setText(column, text)
    if item.data(0, OVERDUE_ROLE) and not is_overdue(action, today):
        item.setData(0, OVERDUE_ROLE, None)
        for column in range(len(COLUMNS)):
            for role in _LATE_ROLES:
                item.setData(column, role, None)
        item.setData(STATUS_COLUMN, Qt.ItemDataRole.FontRole, None)
    _mark(item, action, whole, doc, today, one_theme=one_theme, act=act, names=names)


def _words(action: Action, doc: Document, today: dt.date, *, one_theme: bool,
           names: tuple[str, ...] | None) -> tuple[list[str], str]:
    """The row's words, column by column, and the Answers cell's whole words (its tooltip);
    what has happened so far hidden with ``names`` (``hidden_names``)."""
    answers, whole = answers_text(action, doc, one_theme=one_theme)
    return [action.what, answers, owner_text(action.owner), when_text(action),
            status_text(action, today), action.first_step, action.how_we_know,
            progress_text(action, today, names)], whole


def _mark(item: QTreeWidgetItem, action: Action, whole: str, doc: Document, today: dt.date, *,
          one_theme: bool, act: bool, names: tuple[str, ...] | None) -> None:
    from wtfc.ui.plain_tip import plain_tip  # not on the start-up path

    tree = item.treeWidget()
    if tree is not None:
        drawn_with(tree, names)  # drawn again at its show if the choice changes meanwhile
    # Copy is an export: the room's words, the note's details as kinds, even while shown
    item.setData(PROGRESS_COLUMN, COPIED_ROLE, progress_text(action, today, doc.names_to_watch))

    # dated before the workshop: said under the action's words (``PlanDelegate``), and in
    # whole, with what the exports then print, in its tip and to a reader
    day = doc.workshop.date
    item.setData(0, EARLY_ROLE, early_action_note(action, day, short=True) or None)
    early = early_action_note(action, day, whole=True)
    # the words as typed, "I get <b>no</b> help" not a bold "no"; the tip's own lines kept
    item.setToolTip(0, plain_tip(f"{action.what}\n\n{EARLY_MARK}{early}" if early
                                 else action.what))
    item.setToolTip(THEME_COLUMN, plain_tip(whole))
    item.setData(THEME_COLUMN, WHOLE_ROLE, whole)
    item.setData(THEME_COLUMN, THEMED_ROLE, not one_theme)  # its first line
    # a reader hears the first column alone (a tree: Right does not reach the others)
    said = action_said(action, today, act=act, names=names)
    if early:
        said = f"{said}{'' if said.endswith(('.', '!', '?')) else '.'} {early}"
    item.setData(0, Qt.ItemDataRole.AccessibleTextRole, said)
    # then, after a pause, what the Answers cell says of it (a scroll away on Act)
    item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                 answers_said(item.text(THEME_COLUMN)) or None)
    if is_overdue(action, today):  # "⚠ Late — " before the words too: the status may be out
        item.setData(0, OVERDUE_ROLE, True)  # of view
        tint_item(item, OVERDUE_TINT, columns=range(len(COLUMNS)))
        tint_item(item, OVERDUE_TINT, OVERDUE_INK, columns=[STATUS_COLUMN])
        item.setFont(STATUS_COLUMN, ui_font(11, bold=True))
