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

from wtfc.model.operations.themes import rename_theme
from wtfc.ui.boards.common import local_action
from wtfc.ui.boards.priorities_model import Column

if TYPE_CHECKING:
    from wtfc.ui.boards.priorities import PrioritiesBoard

READ_ONLY = "This workshop is open read-only, so it can't be changed."


class ThemeRename:
    """The rename gestures of ``board``'s table; ``ask`` is the dialog (tests replace it)."""

    def __init__(self, board: PrioritiesBoard) -> None:
        self.board = board
        table = board.table
        # on the table alone: F2 in the reason box or a votes editor is no rename
        self.action = local_action(table, "Rename theme…", "F2", self._on_f2)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.keys[(Qt.Key.Key_F2, False)] = self._on_f2  # when no shortcut took it
        self.action.setToolTip("Rename the chosen row's theme: give a group its “I” statement "
                               "(F2 on any cell but Votes and Why, which F2 edits)")
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

