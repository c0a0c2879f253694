"""A person withdraws: Remove this person… takes every card of theirs (from every theme, the
rest of each theme's order kept), their People row with its tags and the codes merged into
them, as one step whose History label names no one; the plan says beforehand what goes."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.next_cycle import next_cycle
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import plan_remove_person, remove_person
from wtfc.model.storage import load_workshop, workshop_from_bytes, workshop_to_bytes


@pytest.fixture
def demo() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _codes(doc):
    return [p.id for p in doc.workshop.people]


def test_the_person_cards_and_tags_go_and_undo_brings_them_back(demo):
    cards = [c.id for c in demo.workshop.cards if c.person == "P05"]
    themes = {t.id: list(t.card_ids) for t in demo.workshop.themes}
    edit = remove_person(demo, code="P05")
    assert edit.label == "Remove a person's cards and details"

    def done(d):
        assert "P05" not in _codes(d) and len(_codes(d)) == 15
        assert not any(c.person == "P05" for c in d.workshop.cards)
        assert len(d.workshop.cards) == 90
        for theme in d.workshop.themes:  # the others keep their places
            assert theme.card_ids == [c for c in themes[theme.id] if c not in cards]
        assert d.workshop.withdrawn_codes == ["P05"]  # the bare code, never given again
        assert "P05" not in workshop_to_bytes(
            d.workshop.model_copy(update={"withdrawn_codes": []})).decode()
        assert "P05" not in [p.id for p in next_cycle(d.workshop).people]

    do_undo_redo(demo, edit, done, changed={
        "cards": set(cards), "people": {"P05"},
        "themes": {t for t, ids in themes.items() if set(ids) & set(cards)}})


def test_the_plan_says_the_cards_themes_and_priorities_that_change(demo):
    plan = plan_remove_person(demo, code="P05")
    assert len(plan.card_ids) == 6
    assert plan.tags == ("Family carer", "55-64", "home care", "Riverside")
    said = [t.said() for t in plan.themes]
    assert "'I am not sure who is coming or when' (Priority 2) goes from 6 people (7 cards) " \
           "to 5 people (5 cards)" in said
    assert [t.rank for t in plan.changed_priorities] == [2]
    assert plan.emptied_priorities == ()


def test_a_priority_left_with_no_cards_is_named(demo):
    theme = next(t for t in demo.workshop.themes if t.priority.chosen)
    owner = demo.card(theme.card_ids[0]).person
    for cid in theme.card_ids:  # every card of the priority becomes one person's
        demo.put("cards", cid, demo.card(cid).model_copy(update={"person": owner}), None)
    plan = plan_remove_person(demo, code=owner)
    assert [t.theme_id for t in plan.emptied_priorities] == [theme.id]


def test_the_codes_merged_into_them_go_too(demo):
    rename_person(demo, old="P06", new="P05").do(demo)
    assert plan_remove_person(demo, code="P05").former_codes == ("P06",)
    remove_person(demo, code="P05").do(demo)
    saved = workshop_to_bytes(demo.workshop)
    assert demo.workshop.withdrawn_codes == ["P05", "P06"]  # codes only, never given again
    rest = workshop_to_bytes(demo.workshop.model_copy(update={"withdrawn_codes": []}))
    assert b"P05" not in rest and b"P06" not in rest
    assert workshop_from_bytes(saved).workshop == demo.workshop


def test_names_an_import_gave_the_code_are_kept_through_do_undo_redo(demo):
    """Kept for the session (in memory only): the importer reads them as the withdrawn code,
    so their rows in the same sheet again stay out (tests/importing/test_withdrawn_names.py)."""
    codes = {"Ann Smith": "P05", "Bob Jones": "P06"}
    demo.import_person_codes = dict(codes)
    edit = remove_person(demo, code="P05")
    edit.do(demo)
    assert demo.import_person_codes == codes
    edit.undo(demo)
    assert demo.import_person_codes == codes
    edit.do(demo)
    assert demo.import_person_codes == codes


def test_a_person_with_no_cards_is_removed_and_no_one_unknown(demo):
    for card in [c for c in demo.workshop.cards if c.person == "P05"]:
        demo.put("cards", card.id, card.model_copy(update={"person": "P04"}), None)
    assert plan_remove_person(demo, code="P05").card_ids == ()
    remove_person(demo, code="P05").do(demo)
    assert "P05" not in _codes(demo)
    with pytest.raises(EditRefused, match="There is no person P05"):
        remove_person(demo, code="P05")
