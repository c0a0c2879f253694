"""The Move-to-theme picker shows long theme names whole, each with its card count, and the
note about cards leaving their theme (review 37 R1 F9, F2).

At 460 px the picker cut "I want to plan ahead for my end of life care with people who know me
(" with its count, behind a sideways scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.workshop import Kind, Theme
from wtfc.ui.wall.theme_picker import ThemePicker

LONG = ("I want to plan ahead for my end of life care with people who know me and what "
        "matters to me")


def _themes() -> list[Theme]:
    return [Theme(id=f"t{i}", kind=Kind.FUTURE, name=f"{LONG} ({i})",
                  card_ids=[f"c{j}" for j in range(18 + i)]) for i in range(14)]


def test_long_names_and_their_counts_are_read_whole(show, qtbot):
    picker = show(ThemePicker(_themes(), kind=Kind.FUTURE, title="Move 3 cards to theme"))
    qtbot.wait(10)
    rows = picker.list
    assert rows.horizontalScrollBar().maximum() == 0  # nothing off to the side
    viewport = rows.viewport().rect()
    for row in range(3):
        item = rows.item(row)
        assert item.text().endswith(f"  ({18 + row})")  # the count last, as before
        rect = rows.visualItemRect(item)
        assert rect.right() <= viewport.right() + 1  # whole across the list: wrapped
        height = rows.fontMetrics().height()
        assert rect.height() >= 2 * height  # the name on more than one line, none lost
        assert item.toolTip() == f"{LONG} ({row})  ({18 + row} cards)"


def test_the_picker_shows_its_note(show, qtbot):
    note = "21 of them are in “I don't know who is coming…” now: Move takes them out of it."
    picker = show(ThemePicker(_themes(), kind=Kind.FUTURE, title="Move 30 cards", note=note))
    shown = picker.note
    assert shown.isVisible() and shown.text() == note and shown.wordWrap()
    assert shown.textFormat() == Qt.TextFormat.PlainText  # a theme's name shown as typed
