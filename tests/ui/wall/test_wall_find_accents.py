"""Find on the wall as a person types: "cafe" on an English keyboard rings "café" whether the
card holds it as one letter or pasted as "e" and an accent, "istanbul" rings "İstanbul" (whose
lower case is "i" and a dot), "sian" rings "Siân" and "lodz" rings "Łódź"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from renders import save_render

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.wall.find_bar import card_matches

CARDS = [
    Card(id="c1", kind=Kind.NOT_WORKING, text="I love the caf\u00e9", person="P01"),
    Card(id="c2", kind=Kind.NOT_WORKING, text="The cafe\u0301 on the corner", person="P02"),
    Card(id="c3", kind=Kind.NOT_WORKING, text="Siân moved here from İstanbul", person="P03"),
    Card(id="c4", kind=Kind.NOT_WORKING, text="My sister in Łódź rings me", person="Ł04"),
    Card(id="c5", kind=Kind.NOT_WORKING, text="The bus is late", person="P05"),
]


@pytest.fixture
def doc():
    return Document(Workshop(cards=CARDS, people=[Person(id=c.person) for c in CARDS]))


@pytest.mark.parametrize(("typed", "found"), [
    ("cafe", ["c1", "c2"]), ("café", ["c1", "c2"]), ("cafe\u0301", ["c1", "c2"]),
    ("CAFÉ corner", ["c2"]), ("istanbul", ["c3"]), ("ISTANBUL", ["c3"]), ("sian", ["c3"]),
    ("lodz", ["c4"]), ("LODZ sister", ["c4"]), ("l04", ["c4"]), ("cake", []),
])
def test_words_typed_plain_find_the_accented_cards(typed, found):
    assert [c.id for c in CARDS if card_matches(c, typed)] == found


def test_the_bar_rings_both_cafes_and_goes_to_the_first(qtbot, panel):
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = panel.find_bar
    qtbot.keyClicks(bar.box, "cafe")
    assert sorted(item.card.id for item in bar.matches) == ["c1", "c2"]
    assert bar.status.text() == "1 of 2"
    qtbot.wait(20)  # the status label laid out again for its words
    save_render(panel, "wall_find_cafe")
    bar.box.setText("lodz")
    assert [item.card.id for item in bar.matches] == ["c4"]
