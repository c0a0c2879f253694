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
screen they stay as the facilitator set them, until the facilitator's window is moved onto the
room view's screen (dragged, Win+Shift+→): that hides them too. The Collect page's "Names to
watch for" box (every name pasted, notes and all) is folded away with them, and opening it again
while the room may see it asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from wtfc.ui.held_back_words import HeldBackWords
from wtfc.ui.wall.room_screens import ROOM_ON

if TYPE_CHECKING:
    from wtfc.ui.wall.room import RoomController

DETAILS, NAMES = "Held-back details", "names to watch for"
HERE_WHY = "the room view is on this screen"
WENT_WHY = "a screen went, so the room may be seeing this one"
MOVED_WHY = "this window is on the room view's screen"


def hidden(why: str, *, details: bool = True, names: bool = False) -> str:
    """"Held-back details hidden: …", "Names to watch for hidden: …" or both."""
    what = f"{DETAILS} and {NAMES}" if details and names else DETAILS if details \
        else NAMES.capitalize()
    return f"{what} hidden: {why}"


HIDDEN = hidden(HERE_WHY)
ALONE = " (no second screen found)"
TO_MOVE = " — to move it: Room view → Room view screen"
WENT = hidden(WENT_WHY)
MOVED = hidden(MOVED_WHY)
HIDDEN_MS = 10000  # as long as the projector's news: read while looking up from the room
ASK_TITLE = "Show held-back details beside the room view?"
ASK_WHERE = ("The room view is on this screen{alone}, so the room may be seeing this screen too "
             "(a projector showing the laptop's screen). ")
DETAILS_WOULD = ("Held-back cards would show their names, phone numbers and other details in "
                 "full.\n\nShow held-back details on this screen?")
ASK = ASK_WHERE + DETAILS_WOULD
WENT_TITLE = "Show held-back details on this screen?"
WENT_WHERE = ("A screen went away, so the room may be seeing this screen (a projector now showing "
              "the laptop's screen). ")
WENT_ASK = WENT_WHERE + DETAILS_WOULD
# the names box: every name pasted, with any notes beside them ("rings after 5 pm")
NAMES_ASK_TITLE = "Show the names to watch for beside the room view?"
NAMES_WENT_TITLE = "Show the names to watch for on this screen?"
NAMES_WOULD = ("The names box would show every name pasted, with any notes beside them."
               "\n\nShow the names to watch for on this screen?")


class HeldBackBesideRoom(QObject):
    """Keeps ``held_back`` (the facilitator's window's choice) and the names to watch for off the
    screen the room view of ``room`` is on; ``facilitator`` is that window."""

    def __init__(self, room: RoomController, held_back: HeldBackWords,
                 facilitator: QWidget) -> None:
        super().__init__(room)
        self.room, self.held_back, self.facilitator = room, held_back, facilitator
        self.screen_went = False  # to one screen, hiding shown details: showing them asks
        held_back.ask_first = self.may_show
        room.screens.placed.connect(self.on_placed)
        room.screens.screen_gone.connect(self.on_screen_gone)
        # the window moved to another screen: looked at once the move is done, after a screen
        # going that moved it (on_screen_gone says that one)
        self._window_on: QScreen | None = None  # where the window's middle was last seen
        self._moved = QTimer(self, singleShot=True, interval=0)
        self._moved.timeout.connect(self.on_window_moved)
        self._handle_followed = False
        facilitator.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.facilitator and event.type() in _MOVES:
            handle = self.facilitator.windowHandle()  # there once the window is shown
            if handle is not None and not self._handle_followed:
                self._handle_followed = True
                handle.screenChanged.connect(self._on_screen_changed)
            self._moved.start()
        return super().eventFilter(watched, event)

    def _on_screen_changed(self, _screen: QScreen) -> None:
        self._moved.start()  # (a method: the connection goes with this keeper)

    def on_placed(self, screen: QScreen) -> None:
        """The room view went up on ``screen``: on the facilitator's, the details go."""
        if not self._facilitators(screen):
            return
        alone = len(QGuiApplication.screens()) == 1
        words = self._hide(HERE_WHY)
        if words:
            words += ALONE if alone else TO_MOVE
            # said once Show's own news ("Room view on this screen…", said as Show is ticked,
            # after this) is out: this one says the same and why the names went
            QTimer.singleShot(0, self, lambda: self.room.said.emit(words, HIDDEN_MS))

    def on_window_moved(self) -> None:
        """The facilitator's window went to another screen: onto the room view's (of two or
        more; one left is a screen gone), shown details and the names box go, as they do when
        the room view is put on the window's screen, and the foot says why."""
        was, self._window_on = self._window_on, self._window_screen()
        if was is None or was is self._window_on or len(QGuiApplication.screens()) == 1 \
                or not self.room_here():
            return
        words = self._hide(MOVED_WHY)
        if words:
            self.room.said.emit(words, HIDDEN_MS)

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
        if not (here or alone):
            return
        words = self._hide(HERE_WHY if here else WENT_WHY)
        if not words:
            return
        words += (ALONE if alone else TO_MOVE) if here else ""
        if not isinstance(self.facilitator, QMainWindow):
            self.room.said.emit(words, HIDDEN_MS)
            return
        from wtfc.ui.announce import announce
        from wtfc.ui.undo import passing

        passing(self.facilitator, words, HIDDEN_MS)
        announce(self.facilitator, words)

    def _hide(self, why: str) -> str:
        """Hide shown details and fold the names box away: what to say of it ("" if nothing
        was in sight)."""
        details = self.held_back.shown
        if details:
            self.held_back.set_shown(False)
        names = self._fold_names()
        return hidden(why, details=details, names=names) if details or names else ""

    def _fold_names(self) -> bool:
        """Fold the facilitator's "Names to watch for" box away, if open (empty, a paste into
        it would show); whether it held names (said: nothing else was in sight)."""
        from wtfc.ui.cards_names_fold import NamesFold

        folds = [fold for fold in self.facilitator.findChildren(NamesFold) if fold.is_open()]
        for fold in folds:
            fold.fold()
        return any(fold.has_names() for fold in folds)

    def say_names_kept(self) -> None:
        """Names put in the folded box while the room may see this screen: in use, not shown."""
        here, alone = self._room_may_see()
        why = HERE_WHY + (ALONE if alone else TO_MOVE) if here else WENT_WHY
        self.room.said.emit(hidden(why, details=False, names=True), HIDDEN_MS)

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
        here, alone = self._room_may_see()
        if here is None:
            return True
        if not self._asked(ASK_TITLE if here else WENT_TITLE, alone, here, DETAILS_WOULD):
            return False
        self.screen_went = False  # decided for this screen, as it is now
        return True

    def may_show_names(self) -> bool:
        """Asked as the names box is to be opened, as ``may_show`` asks of the details (a yes
        is for this opening: the details' choice stays as it was)."""
        here, alone = self._room_may_see()
        if here is None:
            return True
        return self._asked(NAMES_ASK_TITLE if here else NAMES_WENT_TITLE, alone, here,
                           NAMES_WOULD)

    def room_may_see(self) -> bool:
        """The room view is on this screen, or a screen went and none came back."""
        return self._room_may_see()[0] is not None

    def _room_may_see(self) -> tuple[bool | None, bool]:
        """(the room view is here, or else False when a screen went; None: neither), alone."""
        alone = len(QGuiApplication.screens()) == 1
        self.screen_went = self.screen_went and alone
        here = self.room_here()
        return (here if here or self.screen_went else None), alone

    def _asked(self, title: str, alone: bool, here: bool, tail: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its enums wait until asked (start-up)

        where = ASK_WHERE.format(alone=ALONE if alone else "") if here else WENT_WHERE
        answer = QMessageBox.question(
            self.facilitator, title, where + tail,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _window_screen(self) -> QScreen | None:
        # where the window's middle is, as the foot's "Room view on this screen" reads it (not
        # facilitator.screen(): PySide would make the shared QScreen that window's child)
        return QGuiApplication.screenAt(self.facilitator.frameGeometry().center()) \
            or QGuiApplication.primaryScreen()

    def _facilitators(self, screen: QScreen) -> bool:
        return len(QGuiApplication.screens()) == 1 or self._window_screen() is screen

    def close(self) -> None:
        """The room view is going with its window: nothing to ask about any more."""
        self.facilitator.removeEventFilter(self)
        if self.held_back.ask_first == self.may_show:
            self.held_back.ask_first = None


# the window's middle may be on another screen after these
_MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowStateChange, QEvent.Type.Show)


def beside_room(room: RoomController, parent: object) -> HeldBackBesideRoom | None:
    """The keeper for ``parent``'s held-back details, if it is a window that has them (the
    main window; a room view made alone in a test has none)."""
    held_back = getattr(parent, "held_back", None)
    if isinstance(held_back, HeldBackWords) and isinstance(parent, QWidget):
        return HeldBackBesideRoom(room, held_back, parent)
    return None
