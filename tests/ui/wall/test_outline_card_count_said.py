"""The outline's theme row as a screen reader hears it: a theme of one card read "1 cards"
(review 34 R2-4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.wall.outline import THEME_ROLE

NW = Kind.NOT_WORKING


@pytest.fixture
def doc():
    cards = [Card(id=f"c{i}", kind=NW, text=f"Nobody listens to me {i}") for i in range(3)]
    return Document(Workshop(title="Ones", cards=cards, themes=[
        Theme(id="one", kind=NW, name="Nobody listens to me", card_ids=["c0"]),
        Theme(id="two", kind=NW, name="I feel rushed", card_ids=["c1", "c2"])]))


def test_a_theme_row_says_1_card_and_2_cards(panel):
    model = panel.outline.model_
    said = {model.item(r).data(THEME_ROLE): model.item(r).data(Qt.ItemDataRole.AccessibleTextRole)
            for r in range(model.rowCount()) if model.item(r).data(THEME_ROLE)}
    assert said["one"].endswith("Not working, 1 card"), said
    assert said["two"].endswith("Not working, 2 cards"), said
