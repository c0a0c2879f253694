"""Find says which theme the card found is in: on a county wall themes are tall columns, the
found card is centred with its theme's header far above it, and "1 of 124" alone left the
facilitator asked "where did the bus one go?" scrolling up to find out (review 37 R1 F6).
Beside the count: "· in theme 2, “I feel like a package”", or "· not yet in a theme", the
words the wall says a card with; on the facilitator's screen only, never the room's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.wall.test_wall_find import _find
from wtfc.model.operations.themes import rename_theme

ALT = Qt.KeyboardModifier.AltModifier


def test_a_card_found_in_a_theme_says_which_and_each_place_says_its_own(qtbot, panel):
    bar = _find(qtbot, panel, "rota")  # n3: in "package" (2) and in "staff" (3)
    assert bar.status.text() == "1 of 2"
    assert bar.where.isVisible()
    assert bar.where.text() == "· in theme 2, “I feel like a package”"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.status.text() == "2 of 2"
    assert bar.where.text() == "· in theme 3, “I never know who is coming”"


def test_a_card_in_no_theme_says_so_and_follows_it_into_one(qtbot, panel):
    bar = _find(qtbot, panel, "lonely")  # n5, unsorted
    assert bar.where.text() == "· not yet in a theme"
    qtbot.keyClick(bar.box, Qt.Key.Key_2, ALT)  # moved while the bar is open
    qtbot.waitUntil(lambda: bar.where.text() == "· in theme 2, “I feel like a package”")
    qtbot.keyClicks(bar.box, "zzq")
    assert not bar.where.text() and bar.status.text() == "No card has these words"


def test_a_long_theme_name_is_cut_at_its_end_whole_in_its_tip(qtbot, panel, doc, undo):
    long = ("I can't get to the shops or the doctor since the number 47 bus stopped running "
            "after six and nobody asked us")
    undo.push(rename_theme(doc, theme_id="package", name=long))
    bar = _find(qtbot, panel, "different carers")  # n1, in "package" only
    assert bar.where.text().startswith("· in theme 2, “I can't get to the shops")
    assert bar.where.text().endswith("…”") and len(bar.where.text()) < 60
    assert long in bar.where.toolTip()
    assert bar.where.width() < bar.box.width()  # the box keeps its room to type
    panel.resize(830, 700)  # the wall's share of a 1024x768 laptop: the name was all but a
    # 60-px box there; it gives way, to its first words
    letters = bar.box.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: bar.box.width() >= 16 * letters)
    assert bar.where.text().startswith("· in theme 2, “I can")
    assert bar.where.text().endswith("…”")


def test_the_theme_said_is_on_the_facilitators_screen_not_the_rooms(qtbot, theme_room, panel):
    panel.activateWindow()  # the room's window, shown, took it
    qtbot.waitUntil(panel.isActiveWindow)
    bar = _find(qtbot, panel, "rota")
    assert "I feel like a package" in bar.where.text()
    assert bar.window() is panel.window() and bar.window() is not theme_room.window
    shown = [label.text() for label in theme_room.window.findChildren(QLabel)]
    assert not any("in theme" in text or "1 of 2" in text for text in shown)
