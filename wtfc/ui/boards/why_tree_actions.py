"""The why-tree and the actions that tackle its causes.

N (or its button) opens the Plan board's action dialog with the tree's theme and the chosen
cause filled in; its Save is the same undoable add as on Plan. A delete that takes causes some
actions are linked to says on the board which actions lost their link (Ctrl+Z puts it back).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wtfc.model.operations._names import quoted
from wtfc.model.operations.actions import add_action
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.common import NO_PRIORITY_YET, RefusalNotice, push_edit
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.freed_dialog import open_freed
from wtfc.ui.undo import UndoAdapter


class ActionsFromTree:
    """Opens the action dialog for a cause of ``board``'s tree and adds what it says;
    ``say`` puts a line under the tree and reads it out."""

    def __init__(
        self,
        board: QWidget,
        undo: UndoAdapter,
        notice: RefusalNotice,
        say: Callable[[str], None],
        *,
        before: Callable[[], bool],
    ) -> None:
        self._board, self._doc, self._undo = board, undo.doc, undo
        self._notice, self._say = notice, say
        self._before = before  # the words being typed on the board recorded first; False: kept
        self.dialog: ActionDialog | None = None

    def open_dialog(
        self, chosen: Callable[[], tuple[str | None, str | None]]
    ) -> ActionDialog | None:
        """A new action answering the theme ``chosen`` gives, tackling its cause (the theme's
        box or none: no cause). ``chosen`` is read after the words being typed are recorded:
        a reason typed and not yet sent is chosen when it is, and the action is for it (read
        before, the dialog was for the box the reason was typed under). No dialog, and said
        why, when the board can't be edited."""
        if not self._before():
            return None
        theme_id, node = chosen()
        if self._undo.read_only:
            self._notice.say("This workshop is open read-only, so it can't be changed.")
            return None
        if theme_id is None:
            self._notice.say(NO_PRIORITY_YET)
            return None
        cause_id = None if node in (None, ROOT) else node
        dialog = ActionDialog(self._doc, theme_id=theme_id, cause_id=cause_id, parent=self._board)
        # its own Save reads it: ``self.dialog`` may be another by then, or None
        dialog.accepted.connect(lambda: self._add_from_dialog(dialog))
        open_freed(self, "dialog", dialog)  # freed once closed: one is made for every N
        return dialog

    def _add_from_dialog(self, dialog: ActionDialog) -> None:
        values = dialog.values()
        if not push_edit(self._undo, self._notice, lambda: add_action(self._doc, **values)):
            # kept with what was typed (the notice says what is missing), window-modal again
            # as open() made it: show() left the board free to open a second dialog
            dialog.open()
            return
        cause = self._doc.get("causes", values["cause_id"]) if values["cause_id"] else None
        tackles = f" for {quoted(cause.text, 50)}" if cause is not None else ""
        self._say(
            f"Added the action {quoted(values['what'], 50)}{tackles}: it is on the Plan page."
        )
