"""Held-back details and a room view on the facilitator's own screen.

At a venue the laptop is usually mirrored on the projector (Win+P → Duplicate): wtfc sees one
screen, and the room view goes up as a window on the very screen the room sees, beside the
facilitator's wall and card table. Their held-back details ("Mrs Patel…", "01632 960418") would
be on the projector too, so putting the room view on the facilitator's screen (the only one, or
chosen beside another) hides them, and the foot says why; so does a screen going away that leaves
it there (Win+P → Duplicate, or a re-seated cable, mid-session: the projector now mirrors the
laptop, whatever the foot says of the projector disconnected). The screens dropping to one hides
them with the room view closed too (a break): a screen going is itself the sign the room may now
see this one. Showing them again while the room view is there, or after a screen went and none
came back, asks first: a person decides, as the privacy rule asks. With the room view on another
screen they stay as the facilitator set them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from wtfc.ui.held_back_words import HeldBackWords
from wtfc.ui.wall.room_screens import ROOM_ON

if TYPE_CHECKING:
    from wtfc.ui.wall.room import RoomController

HIDDEN = "Held-back details hidden: the room view is on this screen"
ALONE = " (no second screen found)"
TO_MOVE = " — to move it: Room view → Room view screen"
WENT = "Held-back details hidden: a screen went, so the room may be seeing this one"
HIDDEN_MS = 10000  # as long as the projector's news: read while looking up from the room
ASK_TITLE = "Show held-back details beside the room view?"
ASK = ("The room view is on this screen{alone}, so the room may be seeing this screen too (a "
       "projector showing the laptop's screen). Held-back cards would show their names, phone "
       "numbers and other details in full.\n\nShow held-back details on this screen?")
WENT_TITLE = "Show held-back details on this screen?"
WENT_ASK = ("A screen went away, so the room may be seeing this screen (a projector now showing "
            "the laptop's screen). Held-back cards would show their names, phone numbers and "
            "other details in full.\n\nShow held-back details on this screen?")


class HeldBackBesideRoom(QObject):
    """Keeps ``held_back`` (the facilitator's window's choice) off the screen the room view of
    ``room`` is on; ``facilitator`` is that window."""

    def __init__(self, room: RoomController, held_back: HeldBackWords,
                 facilitator: QWidget) -> None:
        super().__init__(room)
        self.room, self.held_back, self.facilitator = room, held_back, facilitator
        self.screen_went = False  # to one screen, hiding shown details: showing them asks
        held_back.ask_first = self.may_show
        room.screens.placed.connect(self.on_placed)
        room.screens.screen_gone.connect(self.on_screen_gone)

    def on_placed(self, screen: QScreen) -> None:
        """The room view went up on ``screen``: on the facilitator's, the details go."""
        if not self.held_back.shown or not self._facilitators(screen):
            return
        self.held_back.set_shown(False)
        words = HIDDEN + (ALONE if len(QGuiApplication.screens()) == 1 else TO_MOVE)
        # said once Show's own news ("Room view on this screen…", said as Show is ticked, after
        # this) is out: this one says the same and why the names went
        QTimer.singleShot(0, self, lambda: self.room.said.emit(words, HIDDEN_MS))

    def on_screen_gone(self, name: str) -> None:
        """Screen ``name`` went. Shown details go if the room view is up on the facilitator's
        screen now (a fall-back, the lid closed) or, up or not, one screen is left (Win+P →
        Duplicate in a break, the room view closed): the room may be seeing it. The foot says
        why over "The projector was disconnected…", which comes back after (said through the
        room's ``said`` it would end that news)."""
        if isinstance(self.facilitator, QMainWindow):
            from wtfc.ui.undo import passed

            # "Room view on HDMI-1" names a screen no longer there
            passed(self.facilitator, ROOM_ON.format(name=name or "the second screen"))
        alone = len(QGuiApplication.screens()) == 1
        # showing them from now on asks, until a second screen is back: the room may be seeing
        # this screen, whether or not they happened to be shown as the screen went (A5 S2)
        self.screen_went = self.screen_went or alone
        here = self.room_here()
        if not self.held_back.shown or not (here or alone):
            return
        self.held_back.set_shown(False)
        words = HIDDEN + (ALONE if alone else TO_MOVE) if here else WENT
        if not isinstance(self.facilitator, QMainWindow):
            self.room.said.emit(words, HIDDEN_MS)
            return
        from wtfc.ui.announce import announce
        from wtfc.ui.undo import passing

        passing(self.facilitator, words, HIDDEN_MS)
        announce(self.facilitator, words)

    def room_here(self) -> bool:
        """The room view is up on the facilitator's screen."""
        window = self.room.window
        screen = window.target_screen
        return self.room.act_show.isChecked() and window.isVisible() and screen is not None \
            and self._facilitators(screen)

    def may_show(self) -> bool:
        """Asked as the details are to be shown: yes unless the room view is here, or a screen
        went (hiding them) and none came back, where the facilitator says (Cancel, the
        default, keeps them hidden)."""
        alone = len(QGuiApplication.screens()) == 1
        self.screen_went = self.screen_went and alone
        here = self.room_here()
        if not here and not self.screen_went:
            return True
        from PySide6.QtWidgets import QMessageBox  # its enums wait until asked (start-up)

        title, text = (ASK_TITLE, ASK.format(alone=ALONE if alone else "")) if here \
            else (WENT_TITLE, WENT_ASK)
        answer = QMessageBox.question(
            self.facilitator, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.screen_went = False  # decided for this screen, as it is now
        return True

    def _facilitators(self, screen: QScreen) -> bool:
        if len(QGuiApplication.screens()) == 1:
            return True
        # where the window's middle is, as the foot's "Room view on this screen" reads it (not
        # facilitator.screen(): PySide would make the shared QScreen that window's child)
        where = QGuiApplication.screenAt(self.facilitator.frameGeometry().center()) \
            or QGuiApplication.primaryScreen()
        return where is screen

    def close(self) -> None:
        """The room view is going with its window: nothing to ask about any more."""
        if self.held_back.ask_first == self.may_show:
            self.held_back.ask_first = None


def beside_room(room: RoomController, parent: object) -> HeldBackBesideRoom | None:
    """The keeper for ``parent``'s held-back details, if it is a window that has them (the
    main window; a room view made alone in a test has none)."""
    held_back = getattr(parent, "held_back", None)
    if isinstance(held_back, HeldBackWords) and isinstance(parent, QWidget):
        return HeldBackBesideRoom(room, held_back, parent)
    return None
