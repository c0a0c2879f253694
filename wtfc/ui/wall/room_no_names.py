"""Room views that print words typed after the day, with no names pasted to watch for.

Names to watch for are never saved (no names in the file), so six months later the file opens
with none. At the check the facilitator types in an action's "What people told us at the
check": "Zebedee rang the office…". The guard finds "Mr Zebedee" by itself, never a bare
surname or a first name, so Act's room view on the projector showed it as typed, and nothing
said this session had no names to watch for (W1 R1, session 31). Now, while a room view that
prints such words is up (Act's notes, what people told us, words changed since the day; Review's
last time's notes, while they are hidden in the room) and none are pasted, the Room view menu
says so, and the foot (and a screen reader) once as it begins. Names pasted: it goes.

The same on the day: a colleague prepared the workshop with the names pasted on their laptop,
and the facilitator opens it on the venue's. Theme names, causes, actions and new cards are
typed live in front of the room, checked by the guard alone, which misses a bare surname or a
name in lower case, and nothing said so until Act (review 32 R2 R1). So from Collect to Plan,
with cards and a room view up, the same item and foot say it in words for the day: the foot
once per workshop opened (the room view goes up and down all day), the menu while it holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from wtfc.model.agreed_words import reworded
from wtfc.model.workshop import Action, Stage, Workshop
from wtfc.ui.wall.room_held_back import HERE_WHY, HIDDEN_MS

if TYPE_CHECKING:
    from wtfc.ui.wall.room import RoomController

NO_NAMES = ("No names pasted to watch for since this workshop was opened: notes typed after "
            "the day go up as typed. Collect → Names to watch for (Alt+N).")
# the menu's item: one line that reads at a glance, the whole sentence beside it as its tip
MENU_TEXT = "⚠ No n&ames pasted to watch for: notes typed after the day go up as typed"
MENU_TIP = (f"{NO_NAMES} Names to watch for are never saved: paste them again each time the "
            "workshop is opened, and the room view shows \"[name]\" for each.")
NO_NAMES_MS = 15000  # a long sentence, read while looking up from the room
# on the day, before Act: what is typed live goes to the room
NO_NAMES_TODAY = ("No names pasted to watch for since this workshop was opened (they are "
                  "never saved in the file): names typed today are caught only if they look "
                  "like names. Collect → Names to watch for (Alt+N).")
TODAY_MENU_TEXT = "⚠ No n&ames pasted to watch for: names typed today may go up as typed"
TODAY_MENU_TIP = (f"{NO_NAMES_TODAY} Names a colleague pasted on another laptop are not here: "
                  "paste them again, and words naming one of them are caught, a bare surname "
                  "or in lower case too.")
# the foot's news as the view goes up: "Room view on HDMI-1 …", "… on this screen …"
WHERE = "Room view on "
# Prepare too: the Welcome is up while the room arrives, the last quiet moment to paste them
# before the first theme is named in front of the room (review 37 R2)
ON_THE_DAY = (Stage.PREPARE, Stage.COLLECT, Stage.THEME, Stage.UNDERSTAND,
              Stage.IDENTIFY_SUCCESS, Stage.PLAN)
# each notice's words: at the foot, the menu's item, its tip
WORDS = {NO_NAMES: (MENU_TEXT, MENU_TIP), NO_NAMES_TODAY: (TODAY_MENU_TEXT, TODAY_MENU_TIP)}


def later_words(action: Action) -> bool:
    """``action`` has words typed after the day that Act's room view prints: what has happened
    so far, what people told us at the check, its words changed since the workshop."""
    return bool(action.progress_note.strip() or action.heard_at_check.strip()
                or reworded(action))


class NoNamesNotice(QObject):
    """Says ``NO_NAMES`` (or on the day ``NO_NAMES_TODAY``) for ``room`` (a
    ``RoomController``) while it applies: ``action`` is the Room view menu's item for it."""

    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.room = room
        self.action = QAction(self, text=MENU_TEXT)  # (QAction(text, …) loads QIcon's enums)
        self.action.setToolTip(MENU_TIP)
        self.action.setStatusTip(NO_NAMES)
        # in the menu's own ink (greyed, it read as an item not working): chosen, the whole
        # sentence is said again at the foot and to a screen reader
        self.action.triggered.connect(lambda *_: self._say(asked=True))
        self.action.setVisible(False)
        self._said = ""  # the words told at the foot since they last began to apply
        self._told_today = False  # ``NO_NAMES_TODAY`` told since this workshop was opened
        # (the menu's item is shown at once: only the foot waits for Show's own news)
        self._saying = QTimer(self, singleShot=True)
        self._saying.timeout.connect(self._say)
        events = room.doc.events
        self._signals = ((events.names_changed, self.update), (events.edited, self.update),
                         (events.reset, self._on_reset))
        for signal, slot in self._signals:
            signal.connect(slot)

    def close(self) -> None:
        """The room view is going with its window: the workshop's news is no longer asked."""
        self._saying.stop()
        for signal, slot in self._signals:
            signal.disconnect(slot, missing_ok=True)

    def applies(self) -> bool:
        return bool(self.words())

    def words(self) -> str:
        """What is to be said now: ``NO_NAMES`` while a room view up prints words typed after
        the day, ``NO_NAMES_TODAY`` while one is up on the day with cards; no names pasted."""
        room = self.room
        if room.doc.names_to_watch or not (room.act_show.isChecked()
                                           and room.window.isVisible()):
            return ""
        workshop = room.doc.workshop
        if room.choice == "plan" and workshop.stage == Stage.ACT:
            theme = room.board_request("plan").argument  # "": every theme's actions
            if any(later_words(a) for a in _of_theme(workshop, theme)):
                return NO_NAMES
        elif room.choice == "review":
            from wtfc.ui.boards.review_last_words import hidden_in_room

            previous = room.board_request("review").previous
            # shown as typed by the facilitator's tick: names pasted would change nothing
            if previous is not None and hidden_in_room(previous) \
                    and any(later_words(a) for a in previous.workshop.actions):
                return NO_NAMES
        # whatever the view: the next card or cause typed goes up on it
        return NO_NAMES_TODAY if workshop.stage in ON_THE_DAY and workshop.cards else ""

    def update(self) -> None:
        now = self.words()
        self.action.setVisible(bool(now))
        if now:
            text, tip = WORDS[now]
            self.action.setText(text)
            self.action.setToolTip(tip)
            self.action.setStatusTip(now)
        if now == self._said:
            return
        if self._said:
            self._unsay()
        if now and not (now == NO_NAMES_TODAY and self._told_today):
            self._said = now
            self._saying.start(0)  # after "Room view on…", said as Show is ticked

    def _on_reset(self) -> None:
        """Another workshop opened with the view up: "since this workshop was opened" was said
        for the last one, so it is said once for this one too where it holds (the room's own
        reset, after this, asks again with the view it follows)."""
        if self._said:
            self._unsay()
        self._told_today = False
        self.update()

    def _unsay(self) -> None:
        said, self._said = self._said, ""
        self._saying.stop()
        window = self.room.parent()
        if isinstance(window, QMainWindow):
            from wtfc.ui.undo import passed

            passed(window, said)  # no longer holds: gone from the foot, if still there

    def _say(self, *, asked: bool = False) -> None:
        """Say the words that hold now (``asked``: chosen in the menu, so at once)."""
        words = self.words()
        if not words:
            return
        window = self.room.parent()
        if not isinstance(window, QMainWindow):  # a room view made alone (a test)
            self.room.said.emit(words, NO_NAMES_MS)
            return
        foot = window.statusBar().currentMessage()
        # "Held-back details hidden: …", "Your notes hidden: …" (07cc5f31), or both
        if f" hidden: {HERE_WHY}" in foot:
            # why the facilitator's private things just went: read first, then this
            self._saying.start(HIDDEN_MS)
            return
        if words == NO_NAMES_TODAY and foot.startswith(WHERE) and not asked:
            from wtfc.ui.pages import ROOM_SHOWN_MS

            # where the room view went, the day's first news of it: read first, then this
            self._saying.start(ROOM_SHOWN_MS + 100)
            return
        from wtfc.ui.announce import announce
        from wtfc.ui.undo import passing

        if words == NO_NAMES_TODAY:
            self._told_today = True  # once per workshop opened: the view goes up all day
        self._said = words  # (chosen in the menu too): taken from the foot once it ends
        # not through the room's ``said``: that ends "the projector was disconnected"
        passing(window, words, NO_NAMES_MS)
        announce(window, words)


def _of_theme(workshop: Workshop, theme: str) -> list[Action]:
    """The actions the plan's room view shows: one theme's (by id, or by name from the
    command line), or all."""
    if not theme:
        return workshop.actions
    ids = {t.id for t in workshop.themes if theme in (t.id, t.name)}
    return [a for a in workshop.actions if a.theme_id in ids]
