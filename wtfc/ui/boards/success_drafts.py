"""Words typed in a voice's "Add…" box on Identify success and not yet added with Enter.

Words in the boxes on screen are added when the window saves, exports, closes or moves on, each
statement its own undo step before that (``commit``), as the why-tree records a reason typed:
Ctrl+S saved the file without them, and only a close asked. Undo and Redo leave them in the box
(``SuccessBoard.commit_pending``): they undo the step they name. Until then the autosave's recovery
copy holds them (``built``). Words left in a box when another theme is chosen stay with the
theme they were typed for (they come back when it is chosen again) and never follow to the new
one, where Enter would have added them; a close asks about those (``words_not_added``), every
save says they are not added yet (``already_saved.say_saved``), and the recovery copy holds them
too. So do words left in a box when Undo takes back the step onto Identify success.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wtfc.model.commands import Command
from wtfc.model.operations.success import add_success
from wtfc.model.workshop import Perspective
from wtfc.ui.left_field import built_edits

if TYPE_CHECKING:
    from wtfc.ui.boards.success import SuccessBoard


class SuccessDrafts:
    """The words of ``board``'s "Add…" boxes: those on screen, and those kept for other themes."""

    def __init__(self, board: SuccessBoard) -> None:
        self._board = board
        # words half-typed in a column's box, kept with the theme they were typed for while
        # another theme is on the board: (theme id, perspective) -> words
        self._kept: dict[tuple[str | None, Perspective], str] = {}
        self._shown = board.theme_id()  # the theme the boxes' words belong to

    def follow_theme(self) -> None:
        """Another theme on the board: the boxes' words are kept for the one they were typed
        for, and the new one's kept words (if any) come back into them."""
        board, shown = self._board, self._board.theme_id()
        for perspective, column in board.columns.items():
            mine = (self._shown, perspective)
            if column.entry.text().strip():
                self._kept[mine] = column.entry.text()
            else:
                self._kept.pop(mine, None)
            column.entry.setText(self._kept.pop((shown, perspective), ""))
        self._shown = shown

    def forget(self) -> None:
        """Another workshop: the words were about the last one's themes."""
        self._kept.clear()
        for column in self._board.columns.values():
            column.entry.clear()

    def _typed(self) -> list[tuple[str, Perspective, str]]:
        """(theme id, voice, words) of every draft for a theme still there: the boxes on
        screen first, then those kept for other themes (a deleted theme's no longer count)."""
        doc = self._board.doc
        shown = [(self._shown, p, c.entry.text()) for p, c in self._board.columns.items()
                 if self._shown is not None and c.entry.text().strip()]
        kept = [(theme, p, words) for (theme, p), words in self._kept.items()
                if words.strip() and theme is not None and doc.get("themes", theme) is not None]
        return [*shown, *kept]

    def commit(self) -> bool:
        """Add the words in the boxes on screen, each as its own step. False when refused (too
        long, say: said on the board), the keyboard then in the box that holds them. Words
        kept for another theme wait for it: the facilitator would not see them added."""
        board = self._board
        if board.read_only():
            return True
        for perspective, column in board.columns.items():
            if column.entry.text().strip() and not board.add_statement(perspective):
                column.entry.setFocus()
                return False
        return True

    def built(self) -> list[Command]:
        """Every draft as the step Enter would make (built, not done), for the recovery copy."""
        if self._board.read_only():
            return []
        doc = self._board.doc
        return built_edits(*(
            lambda t=theme, p=perspective, w=words: add_success(doc, theme_id=t, perspective=p,
                                                                text=w)
            for theme, perspective, words in self._typed()))

    def words_not_added(self) -> str:
        """What closing or opening another workshop would lose; "" when nothing."""
        themes = {theme for theme, _p, _w in self._typed()}
        if not themes:
            return ""
        some = "1 theme" if len(themes) == 1 else f"{len(themes)} themes"
        return (f"Words typed on Identify success for {some} are not added yet (Enter in their "
                "box adds them).")
