"""The facilitator's stage notes, folded away while the room may see this screen.

Notes are where a facilitator writes "P07's daughter is here; go gently on card 4", under "Your
notes for Theme — not shown to the room". With the room view on the laptop's only screen (a
projector mirroring it, Win+P → Duplicate) that box was on the very screen the room saw, while
the held-back details and the names to watch for beside it folded (review 37 R2 finding 5). So
the notes fold with them (``wall.room_notes_kept``), the label says why, and opening them asks
first, as the names box does (``cards_names_fold.RoomFold``). Folded for the room, they open
again by themselves once it can no longer see this screen: the room view closed, or on another
screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from wtfc.ui.cards_names_fold import RoomFold

if TYPE_CHECKING:
    from wtfc.ui.stage_notes import StageNotes
    from wtfc.ui.wall.room_held_back import HeldBackBesideRoom

FOLDED = "folded: the room may see this screen"


class NotesFold(RoomFold):
    """Folds ``notes``'s box away; its ``button`` ("Show your notes…") shows while folded."""

    def __init__(self, notes: StageNotes) -> None:
        super().__init__(notes.box)
        self.notes = notes
        self.button.setParent(notes)  # (hidden while open from the start: a child, not a window)
        notes.box.setVisible(True)  # open until the room may see it (shown with the window)
        self.for_room = False  # folded by the room view, not by the facilitator: opens after
        self.button.setText("Show your notes…")  # no mnemonic: Alt+N is Collect's names box
        self.button.setToolTip("Your notes are folded while the room may see this screen; "
                               "showing them asks first")
        self._say()

    def fold_for_room(self) -> bool:
        """Fold them as the room may see this screen: whether words were in sight (said)."""
        if not self.is_open():
            return False
        self.fold()
        self.for_room = True
        return bool(self.notes.box.toPlainText().strip())

    def open_after_room(self) -> None:
        """The room can no longer see this screen: folded for it, they open again (unasked)."""
        if self.for_room and not self.is_open():
            self.open(focus=False)
        self.for_room = False

    def may_open(self, keeper: HeldBackBesideRoom) -> bool:
        asked = getattr(keeper, "may_show_notes", None)
        return asked() if asked is not None else True

    def opened(self) -> None:
        self.for_room = False

    def go_to(self) -> None:
        if self.is_open():
            self.notes.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.button.setFocus(Qt.FocusReason.ShortcutFocusReason)  # (asked, Cancel chosen)

    def _say(self) -> None:
        self.button.setVisible(not self.is_open())
        self.notes.say()
