"""Names copied from an e-mail's To line or a Word list into Collect's *Names to watch for* kept
their quote marks glued to each part ('"Quarrie', 'Zebulon"'), so Check all cards again said
"Checked 4 cards with 4 name(s) to watch for: no change." and "the carer, quarrie, never rang"
stayed on the wall (review 32 R2 S1). The marks and addresses are taken off as the box is read."""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop

NAMED = {"c0": "the carer, quarrie, never rang", "c1": "Green never came",
         "c2": "my worker zebulon quarrie never rang"}


@pytest.fixture
def doc():
    cards = [Card(id=i, kind=Kind.NOT_WORKING, text=t)
             for i, t in [*NAMED.items(), ("c3", "The bus is late")]]
    return Document(Workshop(title="Spring", cards=cards))


@pytest.mark.parametrize("pasted", [
    '"Quarrie, Zebulon" <zebulon.quarrie@council.gov.uk>; "Green, Hope" <hope.g@council.gov.uk>',
    "\u201cZebulon Quarrie\u201d\n\u201cHope Green\u201d",
    "*Zebulon Quarrie*\n(Hope Green).",
])
def test_check_all_again_holds_back_the_cards_naming_them(page, doc, undo, pasted):
    page.names_box.setPlainText(pasted)
    page.check_button.click()
    held = {c.id for c in doc.workshop.cards if c.held_back}
    assert held == set(NAMED), page.check_result.text()
    assert "3 held back now (was 0)" in page.check_result.text()
    undo.stack.undo()
    assert not any(c.held_back for c in doc.workshop.cards)
    undo.stack.redo()
    assert {c.id for c in doc.workshop.cards if c.held_back} == set(NAMED)
