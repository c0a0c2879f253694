"""Renaming a theme where the room chooses priorities: F2, a double click on the Theme cell, or
the table's right-click menu.

A room often names a group while voting on it ("Group 1 (not named yet)" is on the list to
vote on), and had to go back to the Theme page to do so. The name is asked in the Theme page's
own dialog (its typed-detail line: a name goes on the projector as typed) and recorded with the
wall's ``rename_theme``: one undo step, with the same refusals, said under the board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from wtfc.model.operations.themes import rename_theme
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.shortcut_help import describe

if TYPE_CHECKING:
    from wtfc.ui.boards.priorities import PrioritiesBoard

READ_ONLY = "This workshop is open read-only, so it can't be changed."


class ThemeRename:
    """The rename gestures of ``board``'s table; ``ask`` is the dialog (tests replace it)."""

    def __init__(self, board: PrioritiesBoard) -> None:
        self.board = board
        table = board.table
        # F2 has two meanings (edit a Votes or Why cell, else rename) and the menu item one: a
        # right-click makes the cell under it current, so the item sharing F2's action opened
        # the votes editor on a Votes cell instead of renaming
        self.key = QShortcut(QKeySequence("F2"), table, self._on_f2,
                             context=Qt.ShortcutContext.WidgetShortcut)  # not in an editor
        describe("Rename theme… (on a Votes or Why cell: edit that cell)", self.key)
        table.keys[(Qt.Key.Key_F2, False)] = self._on_f2  # when no shortcut took it
        self.action = QAction("Rename theme…", table)  # the right-click menu's item
        self.action.setToolTip("Rename the chosen row's theme: give a group its “I” statement")
        self.action.triggered.connect(lambda *_: self.rename_current())
        table.addAction(self.action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.doubleClicked.connect(self._on_double_clicked)

    def ask(self, name: str) -> str | None:
        """The new name as typed, None for Cancel."""
        from wtfc.ui.wall.theme_name_dialog import ask_theme_name  # loads when first opened

        doc = self.board._doc
        return ask_theme_name(self.board, "Rename theme", "The theme's new name:", name,
                              names=lambda: doc.names_to_watch)

    def rename_current(self) -> bool:
        """Ask for the current row's theme's new name and record it (False: no change)."""
        board = self.board
        theme = board.current_theme()
        if theme is None:
            board.notice.say("Choose a theme first (the arrow keys move between them).")
            return False
        if board._undo.read_only:  # said before the dialog, not after the name is typed
            board.notice.say(READ_ONLY)
            return False
        name = self.ask(theme.name)
        if name is None or name.strip() == theme.name:
            return False
        theme_id = theme.id
        done = board._push(lambda: rename_theme(board._doc, theme_id=theme_id, name=name))
        board.table.setFocus()
        return done

    def _on_f2(self) -> bool:
        """F2 edits a Votes or Why cell, as in any table (the room's votes are typed there);
        on the theme's other cells it renames the theme."""
        table = self.board.table
        index = table.currentIndex()
        if index.isValid() and index.column() in (Column.VOTES, Column.REASON):
            table.edit(index)
            return True
        return self.rename_current()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.THEME:  # the other cells' double click edits votes, reasons
            self.board.table.setCurrentIndex(index)  # the theme clicked, whatever was current
            self.rename_current()

