"""A statement's menu on the Identify success board: what its keys do (F2, Delete, Ctrl+Left /
Ctrl+Right, Alt+Up / Alt+Down), for a mouse's right-click, the Menu key or Shift+F10, and a
finger held still and lifted (``ItemFingers`` makes that the right-click). Before, a statement
could be deleted, moved to another voice or put in order only by keys: a facilitator at a
whiteboard, whose touch keyboard has no Delete or Alt, could not.

Each item is the board's own undoable edit, the one its key makes; the key is shown beside it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu

from wtfc.model.workshop import Perspective
from wtfc.ui.boards.success_columns import ID_ROLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from wtfc.ui.boards.success import SuccessBoard


def voice(label: str) -> str:
    """ "Family carers" of "Family carers would say": the column's heading, short enough for a
    menu's line ("Move to Family carers")."""
    return label.removesuffix(" would say")


def statement_menu(board: SuccessBoard, statements: QListWidget,
                   item: QListWidgetItem) -> QMenu:
    """The menu for ``item`` (a statement in ``statements``, one voice's list): Edit…, Delete,
    Move up / Move down, Move to each other voice; greyed where it cannot apply."""
    statement_id = item.data(ID_ROLE)
    statement = board.doc.get("success", statement_id)
    menu = QMenu(statements)
    menu.setAccessibleName("Statement")
    can_edit = not board.read_only() and statement is not None
    row, rows = statements.row(item), statements.count()

    def add(text: str, key: str, act: Callable[[], object], enabled: bool = True) -> QAction:
        action = menu.addAction(text)
        if key:  # shown beside it (and read out as its key); the list's own key does it, the
            # menu's alone it is: the list's focus is kept under the menu, so it never fires
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setEnabled(can_edit and enabled)

        def chosen() -> None:
            menu.close()  # shut before the edit, however chosen: the list is filled anew
            act()
        action.triggered.connect(chosen)
        return action

    add("Edit…", "F2", lambda: _edit(statements, statement_id))
    add("Delete", "Delete", lambda: board.delete_statement(statement_id))
    menu.addSeparator()
    add("Move up", "Alt+Up", lambda: board.reorder_statement(statement_id, -1), row > 0)
    add("Move down", "Alt+Down", lambda: board.reorder_statement(statement_id, 1),
        row < rows - 1)
    if statement is not None:
        menu.addSeparator()
        voices = list(Perspective)  # the board's columns, left to right
        at = voices.index(statement.perspective)
        for to, perspective in enumerate(voices):
            if to == at:
                continue
            key = {-1: "Ctrl+Left", 1: "Ctrl+Right"}.get(to - at, "")
            add(f"Move to {voice(perspective.label)}", key,
                partial(board.shift_statement, statement_id, to - at))
    return menu


def _edit(statements: QListWidget, statement_id: str) -> None:
    """F2's editor, on the statement (found again: the list may have been filled anew)."""
    for row in range(statements.count()):
        item = statements.item(row)
        if item.data(ID_ROLE) == statement_id:
            statements.setCurrentItem(item)
            statements.setFocus(Qt.FocusReason.PopupFocusReason)
            statements.editItem(item)
            return


def menu_place(statements: QListWidget, item: QListWidgetItem) -> QPoint:
    """Where a keyboard's menu opens: under the statement (scrolled into sight first), so its
    words stay readable beside the menu; under the list's visible end for a long one."""
    statements.scrollToItem(item)
    rect = statements.visualItemRect(item)
    port = statements.viewport()
    corner = QPoint(rect.left(), min(rect.bottom(), port.height()) + 2)
    return port.mapToGlobal(corner)
