"""Person codes: one typed another way is spotted, and renaming a code (merging it into one in
use) is one step, done, undone and redone."""

from __future__ import annotations

from collections import Counter

import pytest
from workshop_builders import do_undo_redo, ids, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.people import (
    card_counts,
    code_key,
    plan_rename,
    rename_person,
    similar_code,
)
from wtfc.model.workshop import Card, Kind, Person, Voice


def _with_p7(doc):
    """P7 (two cards, one in the 'package' theme) typed for the P01-style P07."""
    doc.workshop.people.append(Person(id="P7", voice=Voice.OLDER_PERSON, locality="North"))
    doc.workshop.cards += [
        Card(id="x1", kind=Kind.NOT_WORKING, text="Late again", person="P7", tags=["North"]),
        Card(id="x2", kind=Kind.WORKING, text="Kind carers", person="P7"),
    ]
    doc.workshop.themes[0].card_ids.append("x1")
    doc.replace_workshop(doc.workshop)
    return doc


def test_codes_typed_differently_share_a_key():
    assert len({code_key(c) for c in ("P0007", "p0007", "P7", "P07", "P-07", "p_7")}) == 1
    assert code_key("P07") != code_key("P70") != code_key("Q07")


def test_a_new_code_like_one_in_use_is_spotted():
    doc = sample_document()
    counts = card_counts(doc)
    assert counts["P01"] == 3
    assert similar_code("p1", counts) == "P01"
    assert similar_code("P001", counts) == "P01"
    assert similar_code("P01", counts) is None  # the code itself: nothing to say
    assert similar_code("P10", counts) is None
    assert similar_code("", counts) is None


def test_rename_to_a_new_code_keeps_the_person_and_its_place():
    doc = sample_document()
    edit = rename_person(doc, old="P02", new="P20")
    assert edit.label == "Rename person P02 to P20"

    def done(d):
        assert ids(d, "people") == ["P01", "P20", "P03"]
        assert [c.id for c in d.workshop.cards if c.person == "P20"] == ["n3", "n4", "f1"]
        assert not any(c.person == "P02" for c in d.workshop.cards)
        assert d.people_count(d.theme("staff")) == 1

    do_undo_redo(doc, edit, done, changed={"cards": {"n3", "n4", "f1"}, "people": {"P02", "P20"}})


def test_merge_into_a_code_in_use_counts_one_person():
    doc = _with_p7(sample_document())
    doc.workshop.people[0] = Person(id="P01", locality="South")
    doc.replace_workshop(doc.workshop)
    package = doc.theme("package")
    assert doc.people_count(package) == 3  # P01, P02 and P7
    plan = plan_rename(doc, old="P7", new="P01")
    assert plan.merging and (plan.cards, plan.merge_cards) == (2, 3)
    assert plan.summary().startswith(
        "P01 is already used for 3 cards, so this merges: P7's 2 cards become P01's, and the two "
        "count as one person (5 cards)."
    )
    assert "locality" in plan.summary()  # North and South differ: P01's is kept
    edit = rename_person(doc, old="P7", new="P01")
    assert edit.label == "Merge person P7 into P01 (2 cards)"

    def done(d):
        assert ids(d, "people") == ["P01", "P02", "P03"]
        p01 = d.get("people", "P01")
        assert (p01.locality, p01.voice) == ("South", Voice.OLDER_PERSON)  # kept; filled in
        assert d.card("x1").person == "P01" and d.card("x1").tags == ["North"]
        assert d.people_count(d.theme("package")) == 2

    do_undo_redo(doc, edit, done, changed={"cards": {"x1", "x2"}, "people": {"P01", "P7"}})


def test_case_alone_is_a_rename():
    doc = sample_document()
    edit = rename_person(doc, old="P01", new="p01")

    def done(d):
        assert ids(d, "people")[0] == "p01"
        assert d.card("n1").person == "p01"

    do_undo_redo(doc, edit, done)


@pytest.mark.parametrize(
    ("new", "says"),
    [("", "Type the new code"), ("Mrs Jones", "never a name"), ("P01", "already its code")],
)
def test_a_rename_that_cannot_be_done_says_why(new, says):
    with pytest.raises(EditRefused, match=says):
        rename_person(sample_document(), old="P01", new=new)


def test_a_code_typed_another_way_is_found_at_once_among_many():
    """Looked for at each key press in the card dialog: 110 ms a key at 10,000 people when
    every code was compared. Its steps are counted, not its seconds (a loaded machine
    stretches those): comparing every code is 10,000 steps or more a look."""
    from python_steps import steps

    from wtfc.model.operations.people import KnownCodes

    known = KnownCodes(Counter({f"P{i:04d}": 3 for i in range(10_000)}) + Counter({"P7": 1}))
    assert known.similar("p0007") == "P0007"  # most cards first
    assert known.similar("P7") is None  # in use itself
    assert known.similar("P7", in_use_too=True) == "P0007"  # being renamed
    _, taken = steps(lambda: [known.similar("P77777") for _ in range(100)], most=100_000)
    assert taken < 10_000  # 100 looks
