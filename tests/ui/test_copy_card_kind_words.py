"""Edit → Copy of a card writes its kind as the exports do: a blue card copied as "Future: …"
while the report, the posters and the spreadsheet's Kind column say "Important for the future",
so an Excel filter on the export's word missed every pasted blue row (review R3 R3)."""

from __future__ import annotations

from wtfc.export.look import kind_words
from wtfc.model.workshop import Card, Kind
from wtfc.ui.copy_words import card_line


def test_a_copied_card_gives_its_kind_in_the_exports_words():
    card = Card(id="c1", kind=Kind.FUTURE, text="I want to get out more")
    assert card_line(card) == "Important for the future: I want to get out more"
    for kind in Kind:
        copied = card_line(Card(id="c2", kind=kind, text="Words"))
        assert copied == f"{kind_words(kind)}: Words"
