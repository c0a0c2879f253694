"""The read-out card never slices its words or its foot with no sign (review 32 R4 F1, F2).

A card in two themes had "Card 33 of 94 · in “…”, “…”" in a foot two lines tall: three lines,
drawn centred, so the first line's tops and the last line's bottoms were cut off. A long card
(1,200 letters) at the 24 px floor was drawn centred too: the room read it from mid-sentence,
its last lines gone, and a pasted link ran off the card's right edge.
"""

from __future__ import annotations

from PySide6.QtGui import QTextLayout

from wtfc.model.workshop import Card, Kind
from wtfc.ui.style import pixel_font
from wtfc.ui.wall.card_item import WRAP
from wtfc.ui.wall.readout_card import ReadOutCard
from wtfc.ui.wall.readout_fit import text_height

TREATED = "I am not treated with respect or as an individual by my paid carers"
COMING = "I am not sure who is coming or when"
STORY = ("My mum has had carers from the agency for two years now and in that time she has had "
         "more than thirty different people through the door. Nobody reads the care plan, and "
         "every week someone new asks her the same questions about her medication. ") * 5


def _painted(widget):
    widget.grab()  # paints it: what was drawn, and where, is kept
    return widget


def _line_widths(text: str, px: int, width: float) -> list[float]:
    layout = QTextLayout(text, pixel_font(px))
    layout.setTextOption(WRAP)
    widths = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        widths.append(line.naturalTextWidth())
    layout.endLayout()
    return widths


def test_a_card_in_two_themes_says_so_and_its_foot_fits(show, doc, undo):
    from wtfc.ui.wall import WallPanel

    doc.theme("package").name, doc.theme("staff").name = TREATED, COMING
    panel = show(WallPanel(doc, undo), 1100, 620)  # the wall's share of a 1366×768 window
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    readout = panel.readout
    readout.show_card("n3")  # in both themes
    note = readout.card.note
    assert note.startswith("Card 3 of ") and " · in 2 themes: “I am not treated with" in note
    assert note.endswith(f"“{COMING}”")
    card = _painted(readout.card)
    shown = card.drawn_foot
    assert "2 themes" in shown and shown.endswith(("”", "…"))
    assert text_height(shown, card.foot_font, card.foot_box.width()) <= card.foot_box.height()
    assert card.foot_box.top() >= card.text_box.bottom()  # the words and the foot apart


def test_a_long_card_is_read_from_its_start_and_ends_with_an_ellipsis(show):
    card = show(ReadOutCard(Card(kind=Kind.NOT_WORKING, text=STORY)), 800, 560)
    _painted(card)
    assert card.text_px == 24  # the floor: the words do not all fit even there
    assert card.drawn_words.startswith("My mum has had carers")
    assert card.drawn_words.endswith("…") and len(card.drawn_words) < len(STORY)
    drawn = text_height(card.drawn_words, pixel_font(card.text_px), card.text_box.width())
    assert drawn <= card.text_box.height()


def test_a_pasted_link_breaks_inside_the_card(show):
    link = "https://forms.office.com/Pages/ResponsePage.aspx?id=" + "DQSIkWdsW0yxEjajBLZtrQ" * 12
    card = show(ReadOutCard(Card(kind=Kind.NOT_WORKING, text=f"Fill in {link}"), room=True),
                1280, 720)
    _painted(card)
    assert card.drawn_words == f"Fill in {link}"  # all of it, on the projector
    widths = _line_widths(card.drawn_words, card.text_px, card.text_box.width())
    assert len(widths) > 1 and max(widths) <= card.text_box.width()
    assert card.text_px > 24  # as large as fits broken, not the floor
