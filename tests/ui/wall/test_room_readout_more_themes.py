"""The room's read-out list on a 4:3 projector shows the themes the card's words leave room
for: with ten themes of the card's kind, 800x600 and 1024x768 showed 5 (with long names 3)
and "and 5 more" while a short card's words took ~60-75 px, because the list kept to 40% of
the height; the room chooses where the card goes, and Alt+4…9 numbered themes it could not
see. The list now grows while the card's words stay 40 px or more (or as big as they were)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme
from wtfc.ui.wall.room_readout import RoomReadOut

LONG = "Extra theme {}: getting about without a car, buses, taxis and lifts from neighbours"
WORDS = ("I can still get myself dressed in the morning if I take my time, and my neighbour "
         "pops round with the paper, which I look forward to every day of the week. ") * 2


def _doc(name: str, text: str | None = None) -> tuple[Document, Card]:
    """The demo and seven more Working themes named ``name`` (its ``{}`` their number); the
    first unplaced Working card, its words ``text`` if given."""
    w = load_workshop(demo_path()).workshop
    cards, themes = list(w.cards), list(w.themes)
    for n in range(7):
        card = Card(kind=Kind.WORKING, text=f"The lunch club {n} is lovely")
        cards.append(card)
        themes.append(Theme(kind=Kind.WORKING, name=name.format(n + 1), card_ids=[card.id]))
    placed = {i for t in themes for i in t.card_ids}
    card = next(c for c in cards if c.kind == Kind.WORKING and c.id not in placed
                and not c.held_back)
    if text is not None:
        card = card.model_copy(update={"text": text})
        cards = [card if c.id == card.id else c for c in cards]
    return Document(w.model_copy(update={"cards": cards, "themes": themes})), card


def _shown(qtbot, doc: Document, card: Card, size: tuple[int, int]) -> RoomReadOut:
    view = RoomReadOut(doc, tuple(Kind))
    qtbot.addWidget(view)
    view.set_card(card)
    view.resize(QSize(*size))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    view.grab()
    return view


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_ten_themes_show_nine_numbered_and_the_tenth_on_a_small_projector(qtbot, size):
    view = _shown(qtbot, *_doc("Extra theme {}: transport"), size)
    assert len(view.rows()) == 10
    assert len(view.plan().rows) == 10 and view.rows_drawn[8].startswith("9. ")
    # the tenth, with no Alt number, listed with a bullet (review 37 R1 F4: "and 1 more")
    assert view.rows_drawn[-1] == "• Extra theme 7: transport · 1 card"
    assert view.text_px >= 40  # the card's words still large
    assert view.card_rect().bottom() < size[1] - view.plan().lines * view._line()


def test_long_names_show_no_fewer_themes_on_the_bigger_projector(qtbot):
    """Long names at 1024x768 showed 3 of 10 (one column of whole names), fewer than 800x600."""
    doc, card = _doc(LONG)
    small = len(_shown(qtbot, doc, card, (800, 600)).plan().rows)
    big = _shown(qtbot, doc, card, (1024, 768))
    assert len(big.plan().rows) >= max(small, 5)
    assert not any("…" in row for row in big.rows_drawn)  # each name whole


def test_a_long_card_keeps_its_words_whole(qtbot):
    """The list takes only what the card's words do not need: a 300-character card is drawn
    whole, no smaller than with the list at its first share."""
    doc, card = _doc("Extra theme {}: transport", WORDS.strip())
    view = _shown(qtbot, doc, card, (800, 600))
    assert view.drawn_words == card.text and view.text_px >= 24
