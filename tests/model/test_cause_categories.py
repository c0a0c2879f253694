"""A cause's category (the fishbone's bones): put under one and taken out again, each done,
undone and redone; a format 4 file from before categories opens with none; a category this
version does not know is refused with the categories' names."""

from __future__ import annotations

import json

import pytest
from storage_checks import problem, sample_json
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.cause_category import CauseCategory
from wtfc.model.operations.cause_categories import set_cause_category
from wtfc.model.storage import workshop_from_bytes, workshop_to_bytes


def test_put_a_cause_under_a_category():
    doc = sample_document()
    edit = set_cause_category(doc, cause_id="b", category=CauseCategory.MONEY)
    assert edit.label == "Put 'Contracts pay by the minute' under Money"

    def done(d):
        assert d.get("causes", "b").category is CauseCategory.MONEY
        assert d.get("causes", "a").category is None

    do_undo_redo(doc, edit, done, changed={"causes": {"b"}})


def test_move_a_cause_to_another_category_and_take_it_out():
    doc = sample_document()
    set_cause_category(doc, cause_id="s1", category=CauseCategory.PEOPLE_STAFF).do(doc)
    move = set_cause_category(doc, cause_id="s1", category=CauseCategory.POLICY_CONTRACT)
    assert move.label == "Put 'High staff turnover' under Policy and contracts"
    do_undo_redo(doc, move, lambda d: _category_is(d, "s1", CauseCategory.POLICY_CONTRACT))

    out = set_cause_category(doc, cause_id="s1", category=None)
    assert out.label == "Take 'High staff turnover' out of Policy and contracts"
    do_undo_redo(doc, out, lambda d: _category_is(d, "s1", None), changed={"causes": {"s1"}})


def test_choosing_the_category_it_has_adds_no_undo_step():
    doc = sample_document()
    assert set_cause_category(doc, cause_id="a", category=None).is_empty
    set_cause_category(doc, cause_id="a", category=CauseCategory.PROCESS).do(doc)
    assert set_cause_category(doc, cause_id="a", category=CauseCategory.PROCESS).is_empty


def _category_is(doc, cause_id, category):
    assert doc.get("causes", cause_id).category == category


def test_labels_are_plain_words():
    assert [c.label for c in CauseCategory] == [
        "People and staff",
        "Process",
        "Policy and contracts",
        "Money",
        "Information",
        "Places and environment",
    ]


def test_a_format_4_file_written_before_categories_opens_with_none():
    """Categories joined format 4 before any release of it: a 4 without them is still a 4."""
    raw = sample_json()
    raw["schema_version"] = 4  # as format 4 was written: format 5's parts are not in it
    del raw["agreements"]
    for action in raw["actions"]:
        del action["resources"]
    for person in raw["people"]:
        del person["former_codes"]
    for cause in raw["causes"]:
        del cause["category"]
    loaded = workshop_from_bytes(json.dumps(raw).encode(), name="spring.wtfc")
    assert [c.category for c in loaded.workshop.causes] == [None] * 5
    assert loaded.read_only_reason == ""


def test_a_category_is_saved_and_read_back():
    doc = sample_document()
    set_cause_category(doc, cause_id="c", category=CauseCategory.ENVIRONMENT).do(doc)
    data = workshop_to_bytes(doc.workshop)
    assert json.loads(data)["causes"][2]["category"] == "environment"
    again = workshop_from_bytes(data, name="spring.wtfc").workshop
    assert again.causes[2].category is CauseCategory.ENVIRONMENT


@pytest.mark.parametrize("value", ["staffing", "Money", 3])
def test_an_unknown_category_is_answered_with_the_categories_names(value):
    raw = sample_json()
    raw["causes"][1]["category"] = value
    shown = f"'{value}'" if isinstance(value, str) else str(value)
    assert problem(raw) == (
        "'spring.wtfc' has a problem: Cause 2 ('Contracts pay by the minute') has a cause "
        f"category this version of wtfc does not know ({shown}); it knows 'People and staff', "
        "'Process', 'Policy and contracts', 'Money', 'Information' and 'Places and "
        "environment'."
    )


def test_causes_by_category_in_the_categories_order_then_none_in_reading_order():
    """The fishbone's bones and the report's list: categories in use only, in their own
    order, then "No category yet"; each in the why-tree's reading order (a → b → c, then d)."""
    from wtfc.model.cause_category import causes_by_category

    doc = sample_document()
    for cause_id, category in (
        ("d", CauseCategory.INFORMATION),
        ("c", CauseCategory.MONEY),
        ("a", CauseCategory.MONEY),
        ("s1", CauseCategory.PROCESS),
    ):
        set_cause_category(doc, cause_id=cause_id, category=category).do(doc)
    groups = causes_by_category(doc.workshop.causes, "package")
    assert [(label, [c.id for c in causes]) for label, causes in groups] == [
        ("Money", ["a", "c"]),
        ("Information", ["d"]),
        ("No category yet", ["b"]),
    ]
    assert causes_by_category(doc.workshop.causes, "good") == []
