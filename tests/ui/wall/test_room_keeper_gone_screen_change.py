"""The window moving to another screen after the room view's keeper of held-back details has
gone (678cc3bf): the window's screenChanged was followed through a lambda, which outlived the
keeper and started its deleted timer (RuntimeError in a slot: an error box or a crash on a
laptop whose projector is unplugged as wtfc closes the room view). Followed through a method,
the connection goes with the keeper. Place: tests/ui/wall/."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QGuiApplication

from tests.ui.settled import settle


def test_a_screen_change_after_the_room_views_keeper_went_is_harmless(demo_window, qtbot):
    window = demo_window
    keeper = window.room.held_back_kept
    assert keeper is not None
    window.move(window.pos().x() + 10, window.pos().y())  # a move: the window's screen followed
    settle()
    handle = window.windowHandle()
    assert handle is not None and keeper._handle_followed
    keeper.close()
    shiboken6.delete(keeper)  # the room view's controller went, and its keeper with it
    window.room.held_back_kept = None
    with qtbot.capture_exceptions() as raised:
        handle.screenChanged.emit(QGuiApplication.primaryScreen())
        settle()
    assert raised == []
