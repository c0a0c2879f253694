"""Review 33 A2 S1 on the Collect page: names pasted with a note naming a relative in lower case
("Hope Green - daughter olive", "Smith, poppy") and Check all cards again: "Olive comes on
Mondays" stayed on the wall (the note's "olive" read as the everyday word), while "I live with
my daughter" must still stay (the note's everyday words are no name)."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop

PASTED = "Hope Green - daughter olive\nSmith, poppy\nKwabena Mensah - son Sunday\n"
NAMED = ["Olive comes on Mondays", "Poppy rang me on Tuesday", "Sunday rang me yesterday"]
CLEAR = ["I live with my daughter", "The carers come on Mondays"]


def test_check_all_cards_again_holds_back_the_relatives_name(shown_page):
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text=t) for i, t in enumerate(NAMED + CLEAR)]
    doc = Document(Workshop(title="names", cards=cards))
    page = shown_page(other=doc)
    page.watch_names.names_box.setPlainText(PASTED)
    page.watch_names.check_button.click()
    assert {c.text for c in doc.workshop.cards if c.held_back} == set(NAMED)
