"""Collect → Names to watch for → Check all cards again on a workshop of one card said
"Checked 1 cards …" (review 34 R2-4)."""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop


@pytest.fixture(params=[1, 2])
def doc(request):
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text="The bus is on time")
             for i in range(request.param)]
    return Document(Workshop(title="Ones", cards=cards))


def test_check_all_again_says_1_card(page, doc):
    page.names_box.setPlainText("Zebulon Quarrie")
    page.check_button.click()
    n = len(doc.workshop.cards)
    said = "Checked 1 card with" if n == 1 else "Checked 2 cards with"
    assert page.check_result.text().startswith(said), page.check_result.text()
