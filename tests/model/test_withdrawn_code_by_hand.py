"""After Remove this person… on P05 ("The code P05 will not be used again"), P05 (or P005,
which reads as it) is refused to anyone else given it by hand: a rename in People or a card
typed in for it. Undo of the removal frees the code again (A6 R1)."""

from __future__ import annotations

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind

REFUSED = ("P05 belongs to someone who withdrew: wtfc will not give that code to anyone else. "
           "Choose another code.")


@pytest.fixture
def withdrawn() -> tuple[Document, object]:
    doc = Document(load_workshop(demo_path()).workshop)
    removal = remove_person(doc, code="P05")
    removal.do(doc)
    return doc, removal


def _codes(doc: Document) -> list[str]:
    return [person.id for person in doc.workshop.people]


def test_renaming_someone_to_the_withdrawn_code_is_refused(withdrawn):
    doc, _ = withdrawn
    with pytest.raises(EditRefused) as refused:
        rename_person(doc, old="P06", new="P05")
    assert str(refused.value) == REFUSED
    with pytest.raises(EditRefused, match="P005 reads as P05, which belongs to someone who"):
        rename_person(doc, old="P06", new="P005")
    assert "P06" in _codes(doc) and "P05" not in _codes(doc)
    rename_person(doc, old="P06", new="P50").do(doc)  # another code is fine
    assert "P50" in _codes(doc)


def test_a_card_typed_in_for_the_withdrawn_code_is_refused(withdrawn):
    doc, _ = withdrawn
    cards = len(doc.workshop.cards)
    for typed in ("P05", "p5"):
        with pytest.raises(EditRefused, match="belongs to someone who withdrew"):
            add_card(doc, kind=Kind.WORKING, text="I like the bus", person=typed)
    assert len(doc.workshop.cards) == cards and "P05" not in _codes(doc)
    add_card(doc, kind=Kind.WORKING, text="I like the bus", person="P06").do(doc)  # still here
    add_card(doc, kind=Kind.WORKING, text="No one's", person="").do(doc)
    assert len(doc.workshop.cards) == cards + 2


def test_undoing_the_removal_frees_the_code(withdrawn):
    doc, removal = withdrawn
    removal.undo(doc)
    assert doc.workshop.withdrawn_codes == []
    add_card(doc, kind=Kind.WORKING, text="I like the bus", person="P05").do(doc)
    rename_person(doc, old="P06", new="P05").do(doc)  # a merge, as before the removal
    assert "P06" not in _codes(doc)
