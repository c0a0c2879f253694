"""The card wall (Theme stage): ``WallPanel`` for the facilitator, ``RoomController`` for the
projector. Views for the room and headless renders register in ``wtfc.ui.wall.views``."""

from wtfc.ui.wall.panel import WallPanel
from wtfc.ui.wall.room import RoomController, RoomWindow

__all__ = ["RoomController", "RoomWindow", "WallPanel"]
