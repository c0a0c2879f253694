"""The morning's first Show room view puts up the Welcome, wherever the file was left.

An evening's dry run through the stages leaves the saved workshop on, say, Theme. Next morning
the facilitator plugs in and shows the room view first (README's day at a glance), and the room
following the stage put the whole card wall up while people took their coats off (review 37 R2
finding 3). So the first Show after a workshop is opened, while the day is not under way yet (no
stage timer run this session, the stage not moved since it was opened) on a workshop dated today
or later, or not dated, shows the Welcome instead. The room view then no longer follows the
stage, and the Room view menu says so (Follow the stage unticked); the foot says how to show the
stage's own view: Room view → Follow the stage, or moving to another stage, which follows it
again by itself. Later shows, and a day under way, are as they were.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wtfc.model.workshop import Stage
from wtfc.ui.wall.room_no_names import WHERE

if TYPE_CHECKING:
    from wtfc.ui.wall.room import RoomController

WELCOME = "welcome"
MORNING_SAID = ("the room sees the welcome, not {view} (the file was left on {stage}) — "
                "Room view → Follow the stage shows it; moving to another stage does too")
MORNING_MS = 15000  # read while looking up from the arriving room
# other news at the foot first: looked at again each second, for as long as such news lasts
WAIT_MS, WAIT_TRIES = 1000, 40


class MorningWelcome(QObject):
    """Decides, as ``room`` is shown, whether the Welcome goes up instead of the stage's view."""

    def __init__(self, room: RoomController) -> None:
        super().__init__(room)
        self.room = room
        self.fresh = True  # no Show yet since the workshop was opened, nor a stage moved
        self.held_on: Stage | None = None  # the stage whose view the Welcome stands in for
        self._words = ""  # to be said at the foot once shown
        room.act_follow.toggled.connect(self._on_follow_toggled)

    def opened(self) -> None:
        """Another workshop: its morning starts again, as its stage timers do (and the room
        view follows its stage again, as it is opened)."""
        if self.held_on is not None:
            self._follow_ticked(True)
        self.fresh, self.held_on = True, None

    def stage_moved(self) -> None:
        """The facilitator moved the workshop on: the day is under way."""
        self.fresh = False

    def on_show(self) -> None:
        """The room view is about to be shown (before its view is built): the first time, on a
        workshop whose day has not started, the Welcome is chosen instead of another view."""
        fresh, self.fresh = self.fresh, False
        room = self.room
        followed = room._followed_view()
        if not fresh or followed is None or followed == WELCOME \
                or WELCOME not in room.view_actions or self._under_way() \
                or not self._today_or_later():
            return
        stage = room.shown_stage()
        self._follow_ticked(False)
        self.held_on = stage
        room.choice = WELCOME
        room.view_actions[WELCOME].setChecked(True)
        view = room.view_actions[followed].text().replace("&", "")
        self._words = MORNING_SAID.format(view=view[:1].lower() + view[1:], stage=stage.label)

    def say(self) -> None:
        """Shown: said once Show's own news ("Room view on HDMI-1 — Room view menu") is out."""
        if self._words:
            QTimer.singleShot(0, self, self._say)

    def _say(self, *, tries: int = 0) -> None:
        """"Room view on HDMI-1: the room sees the welcome…", in place of Show's news of where it
        went ("No names pasted…" comes after it, as it does after that news). Other news at the
        foot as the room view goes up (the facilitator's private things hidden, "No names
        pasted…") is read first: this waits until it has passed."""
        room, words = self.room, self._words
        if self.held_on is None or not room.act_show.isChecked():
            self._words = ""
            return  # no longer so
        foot = _foot(room)
        if foot and not foot.startswith(WHERE) and tries < WAIT_TRIES:
            QTimer.singleShot(WAIT_MS, self, lambda: self._say(tries=tries + 1))
            return
        self._words = ""
        if foot and foot.startswith(WHERE):
            words = f"{foot.split(' — ')[0]}: {words}"
        else:
            words = words[:1].upper() + words[1:]
        room.said.emit(words, MORNING_MS)

    def on_follow(self) -> None:
        """The room view is asked to follow the stage on screen: moved on from the stage held,
        the Welcome's hold ends and Follow the stage is ticked again (quietly: the move's own
        view is shown by the caller, and the wall is never built for nothing)."""
        if self.held_on is None or self.room.shown_stage() == self.held_on:
            return
        self.held_on = None
        self._follow_ticked(True)

    def _follow_ticked(self, on: bool) -> None:
        """Room view → Follow the stage ticked or not, without its own following."""
        action = self.room.act_follow
        blocked = action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(blocked)

    def _on_follow_toggled(self, _on: bool) -> None:
        self.held_on = None  # the facilitator chose: Follow the stage is theirs again

    def _under_way(self) -> bool:
        """A stage timer has run this session (``StageClock`` forgets on another workshop). A
        room view with no facilitator's window (and so no timer) is as it was: following."""
        side = getattr(self.room.parent(), "stage_side", None)
        clock = getattr(side, "clock", None)
        if clock is None:
            return True
        return clock.running is not None or any(clock.elapsed_ms(stage) for stage in Stage)

    def _today_or_later(self) -> bool:
        date = self.room.doc.workshop.date
        return date is None or date >= dt.date.today()


def _foot(room: RoomController) -> str | None:
    """What the facilitator's window says at its foot (None: not a main window, a test's)."""
    from PySide6.QtWidgets import QMainWindow

    window = room.parent()
    return window.statusBar().currentMessage() if isinstance(window, QMainWindow) else None
