"""The Room view menu's board views, chosen from the app (not from `wtfc render`)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from wtfc.model.workshop import Stage

REASON = ("RoomController.refresh (wall/room.py) builds board views with ViewRequest(name): no "
          "theme for causes/success, no previous workshop for review, so the projector shows "
          "the command-line hint 'needs a theme: --view causes:THEME' / 'review needs "
          "--previous FILE' even with a priority theme chosen on the board and last time's "
          "workshop opened on the Review board")


@pytest.mark.parametrize("name", ["causes", "success", "review"])
def test_a_board_room_view_shows_the_board_not_a_command_line_hint(window, name):
    window.files.open_demo()
    assert window.page(Stage.REVIEW).comparison() is not None  # the demo brings its previous
    window.room.act_show.setChecked(True)
    window.room.show_view(name)
    content = window.room.window.content
    assert not isinstance(content, QLabel), content.text()
