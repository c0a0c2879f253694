"""Pasting three people from an e-mail's To line ('"Quarrie, Zebulon" <…>; "Green, Hope" <…>;
Mark Evans <…>') and Check all cards again said "5 name(s) to watch for": each word of
"Surname, Given" is watched, but the facilitator pasted three people (review 33 W1 M1)."""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop


@pytest.fixture
def doc():
    cards = [Card(id="c0", kind=Kind.NOT_WORKING, text="quarrie never rang"),
             Card(id="c1", kind=Kind.WORKING, text="The bus is late")]
    return Document(Workshop(title="Spring", cards=cards))


@pytest.mark.parametrize(("pasted", "people"), [
    ('"Quarrie, Zebulon" <zebulon.quarrie@council.gov.uk>; "Green, Hope" <hope.g@council.gov.uk>;'
     " Mark Evans <mark.evans@council.gov.uk>", 3),
    ("Quarrie, Zebulon\nHope Green, carer\nMai Do", 3),
])
def test_check_all_again_counts_the_people_pasted(page, doc, pasted, people):
    page.names_box.setPlainText(pasted)
    page.check_button.click()
    assert f"with {people} name(s) to watch for" in page.check_result.text()
    assert doc.get("cards", "c0").held_back  # each word is still watched
