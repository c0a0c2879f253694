"""A theme named only a zero-width space (or "", or a joiner…), kept from a file saved before
one was refused, had a blank header on the projector's wall and a blank row in the read-out's
list ("1.  · 3 cards"): the room could not say which theme it meant. It is named as its poster
and the report print it, "Unnamed theme" (unnamed_themes.shown_theme_name, 092f858e)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from wall_fixtures import small_workshop

from wtfc.model.document import Document
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.ui.wall.room_block import RoomBlockItem, room_title
from wtfc.ui.wall.room_measure import CONTINUED, RoomMetrics, header_height, measure
from wtfc.ui.wall.room_wall import RoomWallView

SHOTS = os.environ.get("WTFC_TEST_RENDERS")  # a folder: keep the pictures to look at
BLANK = "\u200b"


@pytest.fixture
def doc():
    """The wall tests' small workshop, its "package" theme (n1, n2, n3) named only a
    zero-width space, as an older file loads it (the model keeps what the file holds)."""
    ws = small_workshop()
    themes = [t.model_copy(update={"name": BLANK}) if t.id == "package" else t
              for t in ws.themes]
    return Document(ws.model_copy(update={"themes": themes}))


@pytest.mark.parametrize("name", [BLANK, "\ufeff", " \u200d\u2060 ", ""])
def test_a_header_with_no_words_says_unnamed_theme(name):
    assert room_title(name, False) == UNNAMED_THEME
    assert room_title(name, True) == UNNAMED_THEME + CONTINUED
    assert room_title("I feel lonely", True) == "I feel lonely" + CONTINUED


def test_the_room_wall_heads_it_unnamed_theme(theme_room, doc):
    theme_room.show_view("room")
    content = theme_room.window.content
    assert isinstance(content, RoomWallView)
    block = content.wall.blocks["package"]
    assert isinstance(block, RoomBlockItem)
    assert block.shown_title() == UNNAMED_THEME  # whole: its header was measured for it
    if SHOTS:
        content.grab().save(os.path.join(SHOTS, "room_blank_theme_name.png"))


def test_its_header_is_measured_as_drawn():
    """Measured as the name it draws: in a column too narrow for "Unnamed theme" on one line
    the header takes two, where a zero-width space took one (and the name was cut)."""
    theme = small_workshop().themes[0]
    m = RoomMetrics(32, 4)  # its names at 37 px, bold
    width = 2 * m.pad + 150.0  # "Unnamed theme" at 40 px bold is wider than 150 px
    blank = theme.model_copy(update={"name": BLANK})
    [size] = measure([(blank, [])], m, width, [[]])
    assert size.head == header_height(UNNAMED_THEME, m, width) > header_height("I", m, width)


def test_the_read_out_list_says_it_unnamed_theme(qtbot, theme_room, panel, doc):
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    panel.readout.show_card("n5")  # not working, unsorted: the list holds "package" first
    content = theme_room.window.content
    content.resize(1024, 768)
    picture = content.grab()
    if SHOTS:
        picture.save(os.path.join(SHOTS, "room_readout_blank_theme_name.png"))
    assert content.rows_drawn[0] == f"1. {UNNAMED_THEME} · 3 cards"
    assert f"1. {UNNAMED_THEME} · 3 cards" in content.accessibleDescription()
