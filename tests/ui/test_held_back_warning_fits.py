"""The held-back warning at the window's foot is readable whole at any text size and leaves room
for the foot's messages: at 16 pt on a 1024-px window it was cut at "…before this screen is p",
and even at 1366 px it took the bar, so an autosave failure beside it had no room."""

from __future__ import annotations

import pytest

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.ui.held_back_words import SHOWING_WARNING

DISK_FULL = "Autosave could not write a copy: the disk is full"


def _at(qtbot, window, width: int) -> None:
    window.resize(width, 728)
    qtbot.waitUntil(lambda: window.width() == width)
    settle()


def _assert_whole_and_beside_room(window) -> None:
    bar, warning = window.statusBar(), window.held_back_warning
    words = warning.text()
    # what it says, not its colour alone: the sign, what shows, and to hide it before projecting
    assert words.startswith("⚠ Held-back details") and "hide" in words and "project" in words
    if warning.wordWrap():
        assert warning.height() >= warning.heightForWidth(warning.width())  # every line
    else:
        assert warning.fontMetrics().horizontalAdvance(words) <= warning.contentsRect().width()
    assert warning.font().pointSizeF() == bar.font().pointSizeF()  # the bar's size of text
    assert warning.x() >= 0 and warning.geometry().right() <= bar.width()
    assert warning.width() <= bar.width() // 2  # the other half is the messages'
    bar.showMessage(DISK_FULL)
    settle()
    assert warning.x() - 8 >= bar.fontMetrics().horizontalAdvance(DISK_FULL)
    bar.clearMessage()
    assert warning.accessibleName() == warning.toolTip() == SHOWING_WARNING  # read whole


@pytest.mark.parametrize("points", [9, 12, 16])
@pytest.mark.parametrize("width", [1024, 1366])
def test_the_warning_is_whole_and_leaves_room_for_a_message(qtbot, demo_window, font_points,
                                                            points, width):
    font_points(points)
    _at(qtbot, demo_window, width)
    demo_window.show_held_back_action.trigger()  # Room view → Show held-back details…
    settle()
    _assert_whole_and_beside_room(demo_window)
    save_render(demo_window.statusBar(), f"held_back_warning_{points}pt_{width}")


def test_the_warning_follows_a_larger_font_and_a_wider_window(qtbot, demo_window, font_points):
    """Shown at 9 pt, then the system's text made larger: the warning stayed at 9 pt (a label
    with a style sheet keeps Qt's own font). Its words follow the width and the size both ways."""
    _at(qtbot, demo_window, 1024)
    demo_window.show_held_back_action.trigger()
    settle()
    font_points(16)
    settle()
    _assert_whole_and_beside_room(demo_window)
    two_lines = demo_window.statusBar().height()
    _at(qtbot, demo_window, 1366)  # room for its words on one line again
    _assert_whole_and_beside_room(demo_window)
    assert not demo_window.held_back_warning.wordWrap()
    assert demo_window.statusBar().height() < two_lines
    font_points(9)  # smaller again: room for the whole sentence
    settle()
    assert demo_window.held_back_warning.text() == SHOWING_WARNING
    _assert_whole_and_beside_room(demo_window)
