"""A cause written under the wrong priority's why-tree moved to another theme's tree with its
whole branch, its marks, category and team, as one step done, undone and redone; the links of
actions answering the old theme are dropped (named in the label) and come back with Undo."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.cause_category import CauseCategory
from wtfc.model.errors import EditRefused
from wtfc.model.operations.cause_categories import set_cause_category
from wtfc.model.operations.cause_move import links_dropped, move_to_theme
from wtfc.model.operations.causes import edit_cause


def _marked(doc):
    edit_cause(doc, cause_id="a", root_cause=True).do(doc)
    edit_cause(doc, cause_id="c", agreed=True, team="Blue table").do(doc)
    set_cause_category(doc, cause_id="b", category=CauseCategory.MONEY).do(doc)
    return doc


def test_the_branch_goes_with_its_marks_and_the_actions_link_is_dropped():
    doc = _marked(sample_document())
    assert [a.id for a in links_dropped(doc, "a", "staff")] == ["ap"]
    edit = move_to_theme(doc, cause_id="a", theme_id="staff")
    assert edit.label == ("Move 'Visits are booked by time slot' (and 2 causes under it) to "
                          "'I never know who is coming' (the action 'Pay for outcomes, not "
                          "minutes' loses its link)")

    def done(d):
        a, b, c = (d.get("causes", i) for i in "abc")
        assert {a.theme_id, b.theme_id, c.theme_id} == {"staff"}
        assert (a.parent_id, b.parent_id, c.parent_id) == (None, "a", "b")  # the branch whole
        assert a.root_cause and c.agreed and c.team == "Blue table"
        assert b.category is CauseCategory.MONEY
        assert d.get("causes", "d").theme_id == "package"  # the rest of the tree stays
        # last on the other tree, in the order they were added
        assert [x.id for x in d.workshop.causes if x.theme_id == "staff"] == ["s1", "a", "b", "c"]
        assert d.get("actions", "ap").cause_id is None
        assert d.get("actions", "ap").theme_id == "package"

    do_undo_redo(doc, edit, done, changed={"causes": {"a", "b", "c"}, "actions": {"ap"}})


def test_a_leaf_moves_alone_and_an_unlinked_branch_says_nothing_of_links():
    doc = sample_document()
    edit = move_to_theme(doc, cause_id="d", theme_id="staff")
    assert edit.label == "Move 'Nobody reads the support plan' to 'I never know who is coming'"
    do_undo_redo(doc, edit, lambda d: _theme_is(d, "d", "staff"), changed={"causes": {"d"}})


def test_under_a_cause_of_the_other_tree():
    doc = sample_document()
    edit = move_to_theme(doc, cause_id="c", theme_id="staff", parent_id="s1")

    def done(d):
        assert d.get("causes", "c").parent_id == "s1"
        assert d.get("causes", "b").parent_id == "a"  # what it hung under stays

    do_undo_redo(doc, edit, done)


def test_an_action_of_the_new_theme_keeps_its_link():
    doc = sample_document()
    doc.put("actions", "as", doc.get("actions", "as").model_copy(update={"cause_id": "d"}), None)
    assert links_dropped(doc, "d", "staff") == []
    edit = move_to_theme(doc, cause_id="d", theme_id="staff")
    edit.do(doc)
    assert doc.get("actions", "as").cause_id == "d"


@pytest.mark.parametrize(("fields", "said"), [
    ({"cause_id": "a", "theme_id": "package"}, "already on that theme's why-tree"),
    ({"cause_id": "a", "theme_id": "staff", "parent_id": "d"}, "same theme"),
    ({"cause_id": "gone", "theme_id": "staff"}, "deleted or undone"),
    ({"cause_id": "a", "theme_id": "gone"}, "no longer on the wall"),
])
def test_refused_in_plain_words(fields, said):
    doc = sample_document()
    with pytest.raises(EditRefused, match=said):
        move_to_theme(doc, **fields)


def _theme_is(doc, cause_id, theme_id):
    assert doc.get("causes", cause_id).theme_id == theme_id
