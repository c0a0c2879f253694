"""Checking cards again for personal details: fresh findings stored as one undoable step."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.cards import clear_card_details
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import PersonalDetail

DENNIS = PersonalDetail(start=0, end=6, category="name", text="Dennis")


def _name(text: str, start: int) -> PersonalDetail:
    return PersonalDetail(start=start, end=start + len(text), category="name", text=text)


def test_a_new_name_to_watch_holds_a_card_back():
    doc = sample_document()
    edit = store_fresh_findings(doc, findings={"n1": [], "n4": [_name("breakfast", 15)],
                                               "n6": [DENNIS]})
    assert edit.label == "Check cards again for personal details (1 card changed)"

    def done(d):
        assert d.card("n4").held_back
        assert d.card("n4").personal_details[0].text == "breakfast"
        assert d.card("n6").held_back  # unchanged
        assert not d.card("n1").held_back

    do_undo_redo(doc, edit, done, changed={"cards": {"n4"}})


def test_a_card_marked_fine_is_held_back_again_only_for_words_not_yet_seen():
    doc = sample_document()
    clear_card_details(doc, card_ids=["n6"]).do(doc)
    same_words = store_fresh_findings(doc, findings={"n6": [DENNIS]})
    assert same_words.is_empty
    new_words = store_fresh_findings(doc, findings={"n6": [DENNIS, _name("bus", 23)]})

    def done(d):
        assert d.card("n6").held_back
        assert [p.text for p in d.card("n6").personal_details] == ["Dennis", "bus"]

    do_undo_redo(doc, new_words, done, changed={"cards": {"n6"}})
    clear_card_details(doc, card_ids=["n6"]).do(doc)
    fewer = store_fresh_findings(doc, findings={"n6": [DENNIS]})
    assert fewer.is_empty  # still marked fine, with what was seen


def test_checking_again_with_fewer_names_never_releases_a_held_back_card():
    """The names to watch for are never saved: after reopening, the box is empty, and a check
    then must not put the cards held back for those names on the projector."""
    doc = sample_document()
    store_fresh_findings(doc, findings={"n6": [DENNIS, _name("bus", 23)]}).do(doc)
    assert doc.card("n6").held_back
    assert store_fresh_findings(doc, findings={"n6": []}).is_empty
    assert store_fresh_findings(doc, findings={"n6": [DENNIS]}).is_empty
    assert doc.card("n6").held_back


def test_nothing_changed_gives_an_empty_edit():
    doc = sample_document()
    assert store_fresh_findings(doc, findings={c.id: c.personal_details
                                               for c in doc.workshop.cards}).is_empty


def test_a_card_gone_since_the_check_is_refused():
    doc = sample_document()
    with pytest.raises(EditRefused, match="gone since the check began"):
        store_fresh_findings(doc, findings={"nope": []})
