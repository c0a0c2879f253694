"""The room's read-out list says each theme whole enough to tell apart: a right-to-left name
keeps its count after it, and a name too long for its line goes on to a second rather than
being cut to "I want to choo…" (review 24 code_b1 F1, F4)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Kind
from wtfc.ui.style import pixel_font
from wtfc.ui.wall.room_readout import HEADING_LINES, SPACING, list_px, row_line

URDU = "میں اکیلا محسوس کرتا ہوں"  # "I feel lonely"
SHOTS = os.environ.get("WTFC_TEST_RENDERS")  # a folder: keep the pictures to look at


@pytest.fixture
def room(theme_room):
    return theme_room  # tests/ui/wall/conftest.py


def _read_out(qtbot, room, panel, card_id="n5", size=(1024, 768)):
    room.window.resize(*size)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    panel.readout.show_card(card_id)
    content = room.window.content
    content.resize(*size)
    picture = content.grab()
    if SHOTS:
        picture.save(os.path.join(SHOTS, f"room_readout_list_{size[0]}x{size[1]}.png"))
    return content


def _x_of(text: str, index: int) -> float:
    """Where character ``index`` of ``text`` lands, laid out as QPainter lays out a line."""
    layout = QTextLayout(text, pixel_font(26))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_an_urdu_theme_name_reads_before_its_count(qtbot, room, panel, doc):
    create_theme(doc, kind=Kind.NOT_WORKING, name=URDU).do(doc)
    content = _read_out(qtbot, room, panel)
    assert f"3. {URDU} · 0 cards" in content.rows_drawn
    # as painted, the count sits after (right of) the whole name, the line left to right; a
    # plain name + tail had taken the Urdu's direction: "0 · <name> cards"
    line = row_line(URDU, " · 0 cards")
    count_at = line.index("0 cards")
    name_xs = [_x_of(line, line.index(URDU) + i) for i in range(len(URDU) + 1)]
    assert _x_of(line, count_at) >= max(name_xs) - 0.5
    assert _x_of(line, line.index("cards")) > _x_of(line, count_at)



# themes named as the method asks: each opens "I want to…", so a name cut to its first words
# cannot be told from the next
REAL = ["I want to choose when my carers come", "I want to know who is coming each day",
        "I want to get out and see my friends", "I want to stay living in my own home",
        "I want carers who have time to talk", "I feel nobody listens to what I say",
        "I feel lonely when the day centre shuts", "I want to be asked before things change",
        "I want the same carers every week", "I feel safe when I know the plan"]


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1280, 720), (1920, 1080)])
def test_i_statements_are_said_whole_on_a_small_projector(qtbot, room, panel, doc, size):
    for name in REAL:
        create_theme(doc, kind=Kind.NOT_WORKING, name=name).do(doc)
    content = _read_out(qtbot, room, panel, size=size)
    drawn = content.rows_drawn
    themes = [row for row in drawn if not row.startswith("and ")]
    if len(themes) < 12:  # past the ninth too, where they fit (review 37 R1 F4)
        assert drawn[-1] == f"and {12 - len(themes)} more"
    assert len(themes) >= 5  # the room still has several to choose from
    for number, row in enumerate(themes, start=1):
        assert row.startswith(f"{number}. " if number <= 9 else "• ")
        assert "…" not in row  # whole, count and all
    assert themes[2] == "3. I want to choose when my carers come · 0 cards"
    plan = content.plan()
    line = list_px(size[1]) * SPACING
    assert content.card_rect().bottom() + line * (HEADING_LINES + plan.lines) <= size[1]
    assert list_px(size[1]) >= 24 and content.text_px >= 24


def test_a_name_too_long_for_two_lines_is_shortened_with_its_count_whole(qtbot, room, panel,
                                                                          doc):
    long = "I want " + "the council to listen to what I say about my care and " * 3 + "more"
    create_theme(doc, kind=Kind.NOT_WORKING, name=long).do(doc)
    content = _read_out(qtbot, room, panel, size=(800, 600))
    row = content.rows_drawn[2]
    assert row.startswith("3. I want the council to listen") and row.endswith("… · 0 cards")
    assert [at[2] for _, at in content.plan().rows] == [1, 1, 2]  # two lines, no more


def test_names_alike_to_their_last_words_are_shown_whole_rather_than_more_of_them(
        qtbot, room, panel, doc):
    """Two columns showed five rows all reading "I want the people who visit me numb…": one
    column shows fewer, each whole."""
    for i in range(12):
        create_theme(doc, kind=Kind.NOT_WORKING,
                     name=f"I want the people who visit me number {i} to stay longer").do(doc)
    content = _read_out(qtbot, room, panel, size=(800, 600))
    themes = content.rows_drawn[:-1]
    assert content.rows_drawn[-1] == f"and {14 - len(themes)} more" and len(themes) >= 3
    assert not any("…" in row for row in themes)
    assert themes[2] == "3. I want the people who visit me number 0 to stay longer · 0 cards"
