"""Shift+Down over a group whose last row is short (22 unsorted cards, 6 wide: 6+6+6+4) chose
19 of them and went round two columns for ever: at the foot of column 5 the nearest card 'down'
was diagonal, back in column 4, and from there the next column was 5 again; column 6 was never
reached and the group's end never said (code review A4, session 37)."""

from __future__ import annotations

import pytest
from county_corner import SHIFT
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop
from wtfc.ui.boards import common
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel

NW = Kind.NOT_WORKING


def _wall(show, unsorted: int):
    cards = [Card(id=f"n{i}", kind=NW, text=f"Not working {i}", person="P1")
             for i in range(unsorted + 3)]
    themes = [Theme(id="t", kind=NW, name="I feel rushed",
                    card_ids=[f"n{i}" for i in range(unsorted, unsorted + 3)])]
    doc = Document(Workshop(title="C", people=[Person(id="P1")], cards=cards, themes=themes))
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1400, 900)
    panel.view.setFocus()
    panel.view.focus_card(panel.scene.cards[("n0", None)])
    return panel


@pytest.mark.parametrize("unsorted", [17, 22])
def test_shift_down_chooses_the_whole_group_and_says_its_end(show, qtbot, monkeypatch,
                                                             unsorted):
    said: list[str] = []
    monkeypatch.setattr(common, "announce", lambda _w, text, **_: said.append(text))
    wall = _wall(show, unsorted)
    rows = {round(c.sceneBoundingRect().center().y()) for k, c in wall.scene.cards.items()
            if k[1] is None}
    assert unsorted % (-(-unsorted // len(rows))) != 0  # its last row is short
    for _ in range(unsorted + 5):
        qtbot.keyClick(wall.view, Qt.Key.Key_Down, SHIFT)
    assert sorted(c.key for c in wall.view.selected_cards()) == \
        sorted((f"n{i}", None) for i in range(unsorted))
    assert any("the end of “not yet in a theme”" in s.lower() for s in said)


def test_shift_down_through_a_wrapped_big_theme(show, qtbot):
    """A theme of more than 30 cards is laid out several cards wide, row by row (b22bad8e):
    its last row is short too."""
    cards = [Card(id=f"n{i}", kind=NW, text=f"Not working {i}", person="P1") for i in range(39)]
    doc = Document(Workshop(title="C", people=[Person(id="P1")], cards=cards, themes=[
        Theme(id="t", kind=NW, name="I feel rushed", card_ids=[f"n{i}" for i in range(37)])]))
    wall = show(WallPanel(doc, UndoAdapter(doc)), 1400, 900)
    wall.view.setFocus()
    wall.view.focus_card(wall.scene.cards[("n0", "t")])
    columns = {round(c.sceneBoundingRect().center().x()) for k, c in wall.scene.cards.items()
               if k[1] == "t"}
    assert len(columns) > 1 and 37 % len(columns)  # wrapped, its last row short
    for _ in range(45):
        qtbot.keyClick(wall.view, Qt.Key.Key_Down, SHIFT)
    assert sorted(c.key for c in wall.view.selected_cards()) == \
        sorted((f"n{i}", "t") for i in range(37))
