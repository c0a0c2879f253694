"""Check all cards again with an Outlook To line pasted whose display names carry pronouns and
teams ('"Khan, Aisha (she/her)" <…>'): "he", "she", "Home", "Care" were watched, so cards naming
no one were held back (code review A2 #2); and a pasted surname that is a word said with an
adverb or first of a pair ("Green is always late", "Hall and Long were late") was let through
or half held (A2 #10)."""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop

TO_LINE = ('"Khan, Aisha (she/her)" <ak@riverside.gov.uk>; "Jones, Tom (he/him)" <tj@z.org>; '
           '"Patel, Priya (Home Care)" <pp@z.org>; "Green, Hope" <h@r.org>\nPat Hall\nJune Long')
NAMED = {"c0": "Green is always late", "c1": "Hall and Long were late", "c2": "aisha rang"}
CLEAR = {"c3": "My husband was my carer until he died",
         "c4": "My daughter does everything and she is exhausted",
         "c5": "Care home was lovely", "c6": "Home care is always late"}


@pytest.fixture
def doc():
    return Document(Workshop(title="Spring", cards=[
        Card(id=i, kind=Kind.NOT_WORKING, text=t) for i, t in {**NAMED, **CLEAR}.items()]))


def test_check_all_again_holds_back_only_the_cards_naming_someone(page, doc, undo):
    page.names_box.setPlainText(TO_LINE)
    page.check_button.click()
    held = {c.id for c in doc.workshop.cards if c.held_back}
    assert held == set(NAMED), page.check_result.text()
    pair = doc.get("cards", "c1")
    assert [d.text for d in pair.personal_details] == ["Hall", "Long"]
    assert "3 held back now (was 0)" in page.check_result.text()
    undo.stack.undo()
    assert not any(c.held_back for c in doc.workshop.cards)
    undo.stack.redo()
    assert {c.id for c in doc.workshop.cards if c.held_back} == set(NAMED)
