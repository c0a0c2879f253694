"""The room's read-out list counts a theme's cards as its header on the room wall does: every
card, and those held back said, "6 cards (1 not shown)". It said "6 cards" while the room's
own theme view said "6 cards (1 not shown)" (review 34 R2 #7)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, PersonalDetail, Theme, Workshop
from wtfc.ui.wall.room_readout import RoomReadOut

NW = Kind.NOT_WORKING
HELD = "Mary says the rota is never sent"


def _doc() -> tuple[Document, Card]:
    cards = [Card(id=f"c{i}", kind=NW, text=f"I never know who is coming {i}")
             for i in range(1, 4)]
    cards.append(Card(id="c4", kind=NW, text=HELD, personal_details=[
        PersonalDetail(start=0, end=4, category="name", text="Mary")]))
    reading = Card(id="c9", kind=NW, text="Nobody tells me when they are late")
    themes = [Theme(id="t1", kind=NW, name="I don't know who is coming",
                    card_ids=["c1", "c2", "c3", "c4"]),
              Theme(id="t2", kind=NW, name="I feel rushed", card_ids=["c1"])]
    return Document(Workshop(title="Read-out", cards=[*cards, reading], themes=themes)), reading


def test_the_list_says_how_many_of_a_themes_cards_are_not_shown(qtbot):
    doc, card = _doc()
    view = RoomReadOut(doc, (NW,))
    qtbot.addWidget(view)
    view.set_card(card)
    view.resize(QSize(1280, 720))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    view.grab()
    assert [row.text() for row in view.rows()] == [
        "1. I don't know who is coming · 4 cards (1 not shown)", "2. I feel rushed · 1 card"]
    drawn = " ".join(view.rows_drawn)
    assert "4 cards (1 not shown)" in drawn and HELD not in drawn
