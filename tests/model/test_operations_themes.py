"""Theme operations, the clustering gestures of the card wall — each done, undone, redone."""

from __future__ import annotations

import pytest
from workshop_builders import (
    NW,
    EventLog,
    assert_valid,
    do_undo_redo,
    ids,
    sample_document,
    theme_cards,
    unsorted_ids,
)

from wtfc.model.commands import CommandGroup
from wtfc.model.errors import EditRefused
from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.themes import (
    add_theme_comment,
    create_theme,
    delete_theme,
    merge_themes,
    move_cards,
    move_placements,
    rank_priorities,
    rename_theme,
    reorder_theme,
    set_priority,
    split_theme,
)
from wtfc.model.workshop import Kind

# -- create, rename -----------------------------------------------------------------------------


def test_create_theme_from_unsorted_cards():
    doc = sample_document()
    edit = create_theme(doc, kind=NW, name="  I feel   alone ", card_ids=["n5", "n6"])
    new_id = edit.changes[-1].part_id
    assert edit.label == "Create theme 'I feel alone' from 2 cards"

    def done(d):
        assert ids(d, "themes") == ["package", "staff", new_id, "good"]  # with its kind
        assert d.theme(new_id).name == "I feel alone"
        assert theme_cards(d, new_id) == ["n5", "n6"]
        assert unsorted_ids(d) == ["w2", "f1"]

    do_undo_redo(doc, edit, done, changed={"themes": {new_id}})


def test_a_new_theme_goes_after_the_last_theme_of_its_kind_and_undo_puts_the_order_back():
    """The wall shows a new theme with its kind, so the outline, Alt+1…9 and the boards after
    the Theme stage must list it there too, not after every other kind's themes."""
    from wtfc.model.document import Document
    from wtfc.model.workshop import Card, Theme, Workshop

    working, future = Kind.WORKING, Kind.FUTURE
    cards = [Card(id=f"{k.value}{i}", kind=k, text=f"card {i}")
             for k in (working, NW, future) for i in range(3)]
    doc = Document(Workshop(cards=cards, themes=[
        Theme(id="w", kind=working, name="I have friends", card_ids=["working0"]),
        Theme(id="n", kind=NW, name="I feel rushed", card_ids=["not_working0"])]))
    cases = [(working, ["w", "NEW", "n"]),   # after the last working theme
             (NW, ["w", "n", "NEW"]),        # after the last not-working theme
             (future, ["w", "n", "NEW"])]    # none of its kind, none after it: at the end
    for kind, expected in cases:
        edit = create_theme(doc, kind=kind, name="I want a say", card_ids=[f"{kind.value}1"])
        new_id = edit.changes[-1].part_id

        def done(d, new_id=new_id, expected=expected):
            assert ids(d, "themes") == [new_id if t == "NEW" else t for t in expected]

        do_undo_redo(doc, edit, done, changed={"themes": {new_id}})
        edit.undo(doc)
        assert ids(doc, "themes") == ["w", "n"]  # the old order back
    only_future = Document(Workshop(cards=cards, themes=[
        Theme(id="f", kind=future, name="I want to stay home", card_ids=["future0"])]))
    edit = create_theme(only_future, kind=working, name="I have friends")
    edit.do(only_future)
    assert ids(only_future, "themes") == [edit.changes[-1].part_id, "f"]  # before a later kind


def test_create_empty_theme_at_a_place_on_the_wall():
    doc = sample_document()
    edit = create_theme(doc, kind=Kind.FUTURE, name="I want to stay at home", index=0)
    new_id = edit.changes[-1].part_id
    assert edit.label == "Create theme 'I want to stay at home'"

    def done(d):
        assert ids(d, "themes")[0] == new_id
        assert theme_cards(d, new_id) == []

    do_undo_redo(doc, edit, done, changed={"themes": {new_id}})


def test_create_theme_from_cards_of_another_theme_moves_them():
    doc = sample_document()
    edit = create_theme(doc, kind=NW, name="I am not asked", card_ids=["n2"],
                        from_theme_id="package")
    new_id = edit.changes[-1].part_id

    def done(d):
        assert theme_cards(d, "package") == ["n1", "n3"]
        assert theme_cards(d, new_id) == ["n2"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package", new_id}})


def test_a_theme_holds_cards_of_its_own_kind_only():
    doc = sample_document()
    with pytest.raises(EditRefused, match="not working theme can only hold not working cards"):
        create_theme(doc, kind=NW, name="Mixed", card_ids=["n5", "w2"])


@pytest.mark.parametrize("name", ["", "   "])
def test_a_renamed_theme_needs_a_name(name):
    """A new theme with no name is a group to name later (test_unnamed_groups.py); a name
    taken away by Rename is refused."""
    doc = sample_document()
    with pytest.raises(EditRefused, match="needs a name"):
        rename_theme(doc, theme_id="staff", name=name)


def test_rename_theme():
    doc = sample_document()
    edit = rename_theme(doc, theme_id="staff", name="I don't know who is coming today")
    assert edit.label == "Rename theme to 'I don't know who is coming today'"

    def done(d):
        assert d.theme("staff").name == "I don't know who is coming today"
        assert theme_cards(d, "staff") == ["n3", "n4"]

    do_undo_redo(doc, edit, done, changed={"themes": {"staff"}})


def test_a_long_name_is_shortened_in_the_label():
    doc = sample_document()
    edit = rename_theme(doc, theme_id="staff", name="I " + "really " * 20 + "want to know")
    assert edit.label.startswith("Rename theme to 'I really really")
    assert edit.label.endswith("…'")
    assert len(edit.label) < 70


# -- moving cards -------------------------------------------------------------------------------


def test_moving_three_cards_is_one_step_with_a_plain_label():
    doc = sample_document()
    edit = move_cards(doc, card_ids=["n5", "n6", "n4"], to_theme_id="package", index=1)
    assert edit.label == "Move 3 cards to 'I feel like a package'"

    def done(d):
        assert theme_cards(d, "package") == ["n1", "n5", "n6", "n4", "n2", "n3"]
        assert unsorted_ids(d) == ["w2", "f1"]
        assert theme_cards(d, "staff") == ["n3", "n4"]  # no from_theme: n4 now sits in both

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}})


def test_moving_cards_from_one_theme_to_another():
    doc = sample_document()
    edit = move_cards(doc, card_ids=["n1", "n2"], to_theme_id="staff", from_theme_id="package",
                      index=0)
    assert edit.label == "Move 2 cards to 'I never know who is coming'"

    def done(d):
        assert theme_cards(d, "package") == ["n3"]
        assert theme_cards(d, "staff") == ["n1", "n2", "n3", "n4"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package", "staff"}})


def test_moving_one_card_says_card():
    doc = sample_document()
    edit = move_cards(doc, card_ids=["n5"], to_theme_id="staff")
    assert edit.label == "Move 1 card to 'I never know who is coming'"
    do_undo_redo(doc, edit, lambda d: _assert_cards(d, "staff", ["n3", "n4", "n5"]))


def test_reordering_cards_inside_a_theme():
    doc = sample_document()
    edit = move_cards(doc, card_ids=["n3"], to_theme_id="package", from_theme_id="package",
                      index=0)
    do_undo_redo(doc, edit, lambda d: _assert_cards(d, "package", ["n3", "n1", "n2"]),
                 changed={"themes": {"package"}})


def test_an_index_past_the_end_puts_cards_last():
    doc = sample_document()
    edit = move_cards(doc, card_ids=["n5"], to_theme_id="package", index=99)
    do_undo_redo(doc, edit, lambda d: _assert_cards(d, "package", ["n1", "n2", "n3", "n5"]))


def test_the_same_card_twice_in_a_selection_moves_once():
    doc = sample_document()
    edit = move_cards(doc, card_ids=["n5", "n5"], to_theme_id="staff")
    assert edit.label == "Move 1 card to 'I never know who is coming'"
    do_undo_redo(doc, edit, lambda d: _assert_cards(d, "staff", ["n3", "n4", "n5"]))


def test_taking_cards_out_of_a_theme_returns_them_to_unsorted_unless_themed_elsewhere():
    doc = sample_document()
    edit = move_cards(doc, card_ids=["n2", "n3"], to_theme_id=None, from_theme_id="package")
    assert edit.label == "Take 2 cards out of 'I feel like a package'"

    def done(d):
        assert theme_cards(d, "package") == ["n1"]
        assert unsorted_ids(d) == ["n2", "n5", "n6", "w2", "f1"]  # n3 is still in staff
        assert d.themes_of_card()["n3"] == ["staff"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}})


def test_cards_of_another_kind_cannot_be_moved_in():
    doc = sample_document()
    with pytest.raises(EditRefused, match="working theme can only hold working cards"):
        move_cards(doc, card_ids=["n5"], to_theme_id="good")


def test_a_group_of_moves_is_one_undo_step():
    doc = sample_document()
    before = doc.workshop.model_copy(deep=True)
    first = move_cards(doc, card_ids=["n5"], to_theme_id="staff")
    first.do(doc)
    second = move_cards(doc, card_ids=["n6"], to_theme_id="package")
    first.undo(doc)
    group = CommandGroup("Sort 2 cards", [first, second])
    log = EventLog.watching(doc)

    group.do(doc)
    assert theme_cards(doc, "staff") == ["n3", "n4", "n5"]
    assert theme_cards(doc, "package") == ["n1", "n2", "n3", "n6"]
    assert unsorted_ids(doc) == ["w2", "f1"]
    assert log.edited == 2
    after = doc.workshop.model_copy(deep=True)
    group.undo(doc)
    assert doc.workshop == before
    group.do(doc)
    assert doc.workshop == after
    assert_valid(doc)


# -- merge, split, delete -----------------------------------------------------------------------


def test_merging_folds_cards_comments_votes_and_board_parts_into_one_theme():
    doc = sample_document()
    edit = merge_themes(doc, into_theme_id="package", theme_ids=["staff"])
    assert edit.label == "Merge 2 themes into 'I feel like a package'"

    def done(d):
        assert ids(d, "themes") == ["package", "good"]
        package = d.theme("package")
        assert package.card_ids == ["n1", "n2", "n3", "n4"]  # n3 sat in both: once
        assert package.comments == ["Raised by most people"]
        assert package.priority.votes == 7
        assert d.get("causes", "s1").theme_id == "package"
        assert d.get("success", "ss").theme_id == "package"
        assert d.get("actions", "as").theme_id == "package"
        assert unsorted_ids(d) == ["n5", "n6", "w2", "f1"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package", "staff"}, "causes": {"s1"},
                                           "success": {"ss"}, "actions": {"as"}})
    edit.undo(doc)
    assert doc.get("causes", "s1").theme_id == "staff"
    assert ids(doc, "themes") == ["package", "staff", "good"]


def test_themes_of_different_kinds_cannot_merge():
    doc = sample_document()
    with pytest.raises(EditRefused, match="same kind"):
        merge_themes(doc, into_theme_id="package", theme_ids=["good"])


def test_split_puts_the_chosen_cards_in_a_new_theme_next_to_the_old_one():
    doc = sample_document()
    edit = split_theme(doc, theme_id="package", card_ids=["n2"], new_name="I am not asked")
    assert edit.label == "Split 1 card off 'I feel like a package'"
    new_id = edit.changes[-1].part_id

    def done(d):
        assert ids(d, "themes") == ["package", new_id, "staff", "good"]
        assert theme_cards(d, "package") == ["n1", "n3"]
        assert theme_cards(d, new_id) == ["n2"]
        assert d.theme(new_id).kind == NW

    do_undo_redo(doc, edit, done, changed={"themes": {"package", new_id}})


@pytest.mark.parametrize("chosen", [[], ["n1", "n2", "n3"]])
def test_split_needs_some_but_not_all_cards(chosen):
    doc = sample_document()
    with pytest.raises(EditRefused, match="some, but not all"):
        split_theme(doc, theme_id="package", card_ids=chosen, new_name="Other")


def test_deleting_a_theme_returns_its_cards_and_takes_its_board_parts_which_undo_brings_back():
    doc = sample_document()
    edit = delete_theme(doc, theme_id="package")
    assert edit.label == "Delete a ✗ Not working theme of 3 cards"  # its name is not quoted

    def done(d):
        assert ids(d, "themes") == ["staff", "good"]
        assert unsorted_ids(d) == ["n1", "n2", "n5", "n6", "w2", "f1"]  # n3 stays in staff
        assert ids(d, "causes") == ["s1"]
        assert ids(d, "success") == ["ss"]
        assert ids(d, "actions") == ["as"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}, "causes": {"a", "b", "c", "d"},
                                           "success": {"sp"}, "actions": {"ap"}})
    edit.undo(doc)
    assert ids(doc, "causes") == ["a", "b", "c", "d", "s1"]
    assert doc.get("causes", "c").parent_id == "b"
    assert doc.get("actions", "ap").cause_id == "b"


def test_reorder_theme_on_the_wall():
    doc = sample_document()
    edit = reorder_theme(doc, theme_id="good", index=0)
    assert edit.label == "Move theme 'I like my day centre'"

    def done(d):
        assert ids(d, "themes") == ["good", "package", "staff"]

    do_undo_redo(doc, edit, done, changed={"themes": {"good"}})


def test_reorder_theme_past_the_end_goes_last():
    doc = sample_document()
    edit = reorder_theme(doc, theme_id="package", index=10)
    do_undo_redo(doc, edit, lambda d: _assert_ids(d, "themes", ["staff", "good", "package"]))


# -- priority and comments ----------------------------------------------------------------------


def test_choose_a_priority():
    doc = sample_document()
    edit = set_priority(doc, theme_id="staff", chosen=True, rank=1, reason="  Everyone said it ")
    assert edit.label == "Choose 'I never know who is coming' as a priority"

    def done(d):
        priority = d.theme("staff").priority
        assert (priority.chosen, priority.rank, priority.votes) == (True, 1, 2)
        assert priority.reason == "Everyone said it"

    do_undo_redo(doc, edit, done, changed={"themes": {"staff"}})


def test_drop_a_priority_and_clear_its_rank():
    doc = sample_document()
    set_priority(doc, theme_id="staff", chosen=True, rank=2).do(doc)
    edit = set_priority(doc, theme_id="staff", chosen=False, rank=None)
    assert edit.label == "Drop 'I never know who is coming' from the priorities"

    def done(d):
        assert not d.theme("staff").priority.chosen
        assert d.theme("staff").priority.rank is None

    do_undo_redo(doc, edit, done)


def test_record_votes():
    doc = sample_document()
    edit = set_priority(doc, theme_id="package", votes=12)
    assert edit.label == "Record 12 votes for 'I feel like a package'"
    do_undo_redo(doc, edit, lambda d: _assert_votes(d, "package", 12))
    # one vote is "1 vote" in Edit → Undo and History, which may be on the projector (R2-4)
    assert set_priority(doc, theme_id="package", votes=1).label == \
        "Record 1 vote for 'I feel like a package'"


def test_votes_cannot_go_below_zero():
    doc = sample_document()
    with pytest.raises(EditRefused, match="below zero"):
        set_priority(doc, theme_id="package", votes=-1)


def test_comment_on_a_theme():
    doc = sample_document()
    edit = add_theme_comment(doc, theme_id="package", comment=" Also in last year's reviews ")
    assert edit.label == "Comment on 'I feel like a package'"

    def done(d):
        assert d.theme("package").comments == ["Raised by most people",
                                               "Also in last year's reviews"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}})


def test_an_empty_comment_is_refused():
    doc = sample_document()
    with pytest.raises(EditRefused, match="empty"):
        add_theme_comment(doc, theme_id="package", comment="  ")


def _assert_cards(doc, theme_id, expected):
    assert theme_cards(doc, theme_id) == expected


def _assert_ids(doc, collection, expected):
    assert ids(doc, collection) == expected


def _assert_votes(doc, theme_id, votes):
    assert doc.theme(theme_id).priority.votes == votes


def test_deleting_a_theme_unlinks_other_themes_actions_that_pointed_at_its_parts():
    # An action moved to another theme keeps its cause and statement links; when the old
    # theme goes, those links must go too, or the saved file would no longer open.
    doc = sample_document()
    edit_action(doc, action_id="ap", theme_id="staff").do(doc)
    edit = delete_theme(doc, theme_id="package")

    def done(d):
        action = d.get("actions", "ap")
        assert (action.theme_id, action.cause_id, action.success_id) == ("staff", None, None)
        assert ids(d, "actions") == ["ap", "as"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}, "causes": {"a", "b", "c", "d"},
                                           "success": {"sp"}, "actions": {"ap"}})
    edit.undo(doc)
    assert doc.get("actions", "ap").cause_id == "b"


# -- priorities as one ranked list, and wall selections from several themes ---------------------


def _ranks(doc):
    return {t.id: (t.priority.chosen, t.priority.rank) for t in doc.workshop.themes}


def test_rank_priorities_choose_one():
    doc = sample_document()
    edit = rank_priorities(doc, theme_ids=["staff"])
    assert edit.label == "Choose 'I never know who is coming' as priority 1"

    def done(d):
        assert _ranks(d) == {"package": (False, None), "staff": (True, 1), "good": (False, None)}
        assert d.theme("staff").priority.votes == 2  # votes kept

    do_undo_redo(doc, edit, done, changed={"themes": {"staff"}})


def test_rank_priorities_add_above_drop_and_re_rank():
    doc = sample_document()
    rank_priorities(doc, theme_ids=["staff"]).do(doc)
    edit = rank_priorities(doc, theme_ids=["package", "staff"])
    assert edit.label == "Choose 'I feel like a package' as priority 1"
    do_undo_redo(doc, edit, lambda d: _assert_ranks(d, package=1, staff=2),
                 changed={"themes": {"package", "staff"}})

    edit = rank_priorities(doc, theme_ids=["staff", "package"])
    assert edit.label == "Re-rank the priorities"
    do_undo_redo(doc, edit, lambda d: _assert_ranks(d, staff=1, package=2))

    edit = rank_priorities(doc, theme_ids=["package"])
    assert edit.label == "Drop 'I never know who is coming' from the priorities"

    def dropped(d):
        assert _ranks(d)["staff"] == (False, None)
        assert _ranks(d)["package"] == (True, 1)  # no gap left at the top

    do_undo_redo(doc, edit, dropped, changed={"themes": {"package", "staff"}})


def test_moving_a_selection_gathered_from_several_themes_is_one_step():
    doc = sample_document()
    edit = move_placements(doc, moves=[("n1", "package"), ("n4", "staff"), ("n5", None)],
                           to_theme_id="staff")
    assert edit.label == "Move 3 cards to 'I never know who is coming'"

    def done(d):
        assert theme_cards(d, "package") == ["n2", "n3"]
        assert theme_cards(d, "staff") == ["n3", "n4", "n1", "n5"]  # n4 stays where it was
        assert unsorted_ids(d) == ["n6", "w2", "f1"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package", "staff"}})


def test_moved_cards_go_in_at_the_place_they_were_dropped_in_their_order():
    doc = sample_document()
    edit = move_placements(doc, moves=[("n1", "package"), ("n5", None)], to_theme_id="staff",
                           index=0)

    def done(d):
        assert theme_cards(d, "staff") == ["n1", "n5", "n3", "n4"]
        assert theme_cards(d, "package") == ["n2", "n3"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package", "staff"}})


def test_a_dropped_selection_with_a_card_already_in_the_target_goes_in_together():
    """The wall counts the drop's index among the target's cards that are not moving: a card
    already there moves to the drop with the rest, in their order, not left where it was."""
    doc = sample_document()
    edit = move_placements(doc, moves=[("n3", "staff"), ("n5", None)], to_theme_id="staff",
                           index=1)  # below n4
    assert edit.label == "Move 2 cards to 'I never know who is coming'"

    def done(d):
        assert theme_cards(d, "staff") == ["n4", "n3", "n5"]
        assert unsorted_ids(d) == ["n6", "w2", "f1"]

    do_undo_redo(doc, edit, done, changed={"themes": {"staff"}})


def test_a_card_dragged_from_another_theme_into_one_holding_it_goes_where_dropped():
    doc = sample_document()
    edit = move_placements(doc, moves=[("n3", "package")], to_theme_id="staff", index=1)

    def done(d):
        assert theme_cards(d, "staff") == ["n4", "n3"]
        assert theme_cards(d, "package") == ["n1", "n2"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package", "staff"}})


def test_copying_a_selection_leaves_the_cards_where_they_were():
    doc = sample_document()
    edit = move_placements(doc, moves=[("n1", "package"), ("n5", None)], to_theme_id="staff",
                           copy=True)
    assert edit.label == "Copy 2 cards into 'I never know who is coming'"

    def done(d):
        assert theme_cards(d, "package") == ["n1", "n2", "n3"]
        assert theme_cards(d, "staff") == ["n3", "n4", "n1", "n5"]
        assert d.themes_of_card()["n1"] == ["package", "staff"]

    do_undo_redo(doc, edit, done, changed={"themes": {"staff"}})


@pytest.mark.parametrize(("moves", "label", "unsorted"), [
    ([("n1", "package"), ("n2", "package")], "Take 2 cards out of their theme",
     ["n1", "n2", "n5", "n6", "w2", "f1"]),
    ([("n3", "package"), ("n4", "staff")], "Take 2 cards out of their themes",
     ["n4", "n5", "n6", "w2", "f1"]),  # n3 is still in staff
])
def test_taking_a_selection_out_of_its_themes(moves, label, unsorted):
    doc = sample_document()
    edit = move_placements(doc, moves=moves, to_theme_id=None)
    assert edit.label == label
    do_undo_redo(doc, edit, lambda d: _assert_unsorted(d, unsorted))


def test_a_selection_with_a_card_of_another_kind_is_refused():
    doc = sample_document()
    with pytest.raises(EditRefused, match="can only hold"):
        move_placements(doc, moves=[("n5", None), ("w2", None)], to_theme_id="staff")


def _assert_ranks(doc, **ranks):
    for theme_id, rank in ranks.items():
        assert _ranks(doc)[theme_id] == (True, rank)


def _assert_unsorted(doc, expected):
    assert unsorted_ids(doc) == expected


# -- priorities keep running 1, 2, 3… when a theme goes ------------------------------------------


def _chosen_ranks(d) -> dict[str, int | None]:
    return {t.id: t.priority.rank for t in d.workshop.themes if t.priority.chosen}


def _three_priorities():
    doc = sample_document()
    made = create_theme(doc, kind=NW, name="I feel alone", card_ids=["n5"])
    made.do(doc)
    alone = made.changes[-1].part_id
    rank_priorities(doc, theme_ids=["staff", "package", alone]).do(doc)
    return doc, alone


def test_deleting_a_chosen_theme_closes_the_gap_in_the_chosen_ranks():
    doc, alone = _three_priorities()
    edit = delete_theme(doc, theme_id="package")  # rank 2

    def done(d):
        assert _chosen_ranks(d) == {"staff": 1, alone: 2}

    do_undo_redo(doc, edit, done)


def test_merging_keeps_a_priority_at_its_best_rank_and_closes_the_gap():
    doc, alone = _three_priorities()
    merge_themes(doc, into_theme_id="good", theme_ids=["good"]).do(doc)  # nothing merged
    edit = merge_themes(doc, into_theme_id=alone, theme_ids=["staff"])  # rank 3 takes in rank 1

    def done(d):
        assert _chosen_ranks(d) == {alone: 1, "package": 2}

    do_undo_redo(doc, edit, done)


def test_a_second_theme_with_the_same_name_is_refused_with_a_way_forward():
    doc = sample_document()
    with pytest.raises(EditRefused, match=r"already a theme called 'I feel like a package'.*Merge"):
        create_theme(doc, kind=NW, name="i feel like a  package!", card_ids=["n5"])
    with pytest.raises(EditRefused, match="already a theme called"):
        rename_theme(doc, theme_id="staff", name="I feel like a package")
    assert rename_theme(doc, theme_id="package", name="I feel like a package").is_empty
    create_theme(doc, kind=Kind.WORKING, name="I feel like a package")  # another kind: fine
