"""The facilitator's stage notes, kept off the room view's screen with the held-back details.

``room_held_back.HeldBackBesideRoom`` hides the held-back details and folds the names to watch
for away while the room may see the facilitator's screen: the room view put on it (the only
screen, a projector mirroring the laptop), the window moved onto the room view's screen, or a
screen gone. The notes under the stage timer ("P07's daughter is here; go gently on card 4")
stayed open there (review 37 R2 finding 5); this keeper folds them too, the foot says so with
the rest ("Held-back details and your notes hidden: …"), opening them asks first, and once the
room can no longer see this screen (the room view closed, or on another screen) they open again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from wtfc.ui.held_back_words import HeldBackWords
from wtfc.ui.stage_notes_fold import NotesFold
from wtfc.ui.wall.room_held_back import DETAILS, NAMES, HeldBackBesideRoom, hidden

if TYPE_CHECKING:
    from wtfc.ui.wall.room import RoomController

NOTES = "your notes"
NOTES_ASK_TITLE = "Show your notes beside the room view?"
NOTES_WENT_TITLE = "Show your notes on this screen?"
NOTES_WOULD = ("Your notes for each stage would show as you typed them (who is in the room, what "
               "to handle gently).\n\nShow your notes on this screen?")


def hidden_with_notes(why: str, *, details: bool, names: bool, notes: bool) -> str:
    """``hidden``'s words, "your notes" with them: "Held-back details and your notes hidden: …"."""
    if not notes:
        return hidden(why, details=details, names=names)
    what = [part for part, went in ((DETAILS, details), (NAMES, names)) if went] + [NOTES]
    words = what[0] if len(what) == 1 else f"{', '.join(what[:-1])} and {what[-1]}"
    return f"{words[:1].upper()}{words[1:]} hidden: {why}"


class NotesBesideRoom(HeldBackBesideRoom):
    """``HeldBackBesideRoom``, and the facilitator's stage notes folded with what it hides."""

    def __init__(self, room: RoomController, held_back: HeldBackWords,
                 facilitator: QWidget) -> None:
        super().__init__(room, held_back, facilitator)
        # once the room view's move, show or close is done: can the room still see this screen?
        self._recheck = QTimer(self, singleShot=True, interval=0)
        self._recheck.timeout.connect(self.open_notes_if_unseen)
        room.act_show.toggled.connect(self._recheck.start)
        room.screens.placed.connect(self._recheck.start)
        self._app = cast(QGuiApplication, QGuiApplication.instance())
        self._app.screenAdded.connect(self._recheck.start)

    def _hide(self, why: str) -> str:
        details = self.held_back.shown
        if details:
            self.held_back.set_shown(False)
        names = self._fold_names()
        notes = any([fold.fold_for_room() for fold in self._notes()])  # each folds
        went = details or names or notes
        return hidden_with_notes(why, details=details, names=names, notes=notes) if went else ""

    def on_window_moved(self) -> None:
        super().on_window_moved()
        self._recheck.start()  # off the room view's screen: the notes open again

    def may_show_notes(self) -> bool:
        """Asked as the notes are to be opened, as ``may_show_names`` asks of the names box."""
        here, alone = self._room_may_see()
        if here is None:
            return True
        return self._asked(NOTES_ASK_TITLE if here else NOTES_WENT_TITLE, alone, here,
                           NOTES_WOULD)

    def open_notes_if_unseen(self) -> None:
        """Notes folded for the room open again once it can no longer see this screen."""
        if not self.room_may_see():
            for fold in self._notes():
                fold.open_after_room()

    def _notes(self) -> list[NotesFold]:
        return self.facilitator.findChildren(NotesFold)

    def close(self) -> None:
        self._recheck.stop()
        self._app.screenAdded.disconnect(self._recheck.start)
        super().close()


def beside_room(room: RoomController, parent: object) -> HeldBackBesideRoom | None:
    """The keeper for ``parent``'s held-back details and notes, if it is a window that has
    them (the main window; a room view made alone in a test has none)."""
    held_back = getattr(parent, "held_back", None)
    if isinstance(held_back, HeldBackWords) and isinstance(parent, QWidget):
        return NotesBesideRoom(room, held_back, parent)
    return None
