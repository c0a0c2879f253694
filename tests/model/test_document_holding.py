"""Many steps at once (a jump in Edit > History) are told to the views as one edit.

Each undo told the views of itself, and each view redid its work for it: going back 150 steps
on a 3,000-card workshop laid out the wall 150 times (12 s frozen). Inside
``Document.holding()`` the document gathers what changed and tells it once, at the end; the
commands themselves are unchanged (do → undo → redo as before, held or not).
"""

from __future__ import annotations

import pytest
from workshop_builders import NW, EventLog, assert_valid, do_undo_redo, sample_document

from wtfc.model.operations.cards import add_card, delete_cards
from wtfc.model.operations.record import set_room_count
from wtfc.model.operations.themes import move_cards, rename_theme
from wtfc.model.room_role import RoomRole


def test_steps_held_are_told_once_each_collection_and_detail_with_one_edited():
    doc = sample_document()
    log = EventLog.watching(doc)
    steps = [move_cards(doc, card_ids=["n4"], to_theme_id="package"),
             rename_theme(doc, theme_id="staff", name="Who is coming?"),
             set_room_count(doc, role=RoomRole.OLDER_PEOPLE, count=9),
             delete_cards(doc, card_ids=["n5"])]
    with doc.holding():
        for step in steps:
            step.do(doc)
        assert (log.parts, log.details, log.edited) == ([], [], 0)  # nothing told yet
    assert log.changed() == {"themes": frozenset({"package", "staff"}),
                             "cards": frozenset({"n5"})}
    assert log.details == ["in_the_room"]
    assert log.edited == 1
    assert_valid(doc)

    log.clear()
    with doc.holding():  # back to the start, as History's first row does
        for step in reversed(steps):
            step.undo(doc)
    assert log.changed() == {"themes": frozenset({"package", "staff"}),
                             "cards": frozenset({"n5"})}
    assert (log.details, log.edited) == (["in_the_room"], 1)
    assert doc.workshop == sample_document().workshop


def test_a_card_added_and_taken_away_again_inside_is_not_named():
    """A view told of a card in neither state looked for it (the cards table's row of it)."""
    doc = sample_document()
    log = EventLog.watching(doc)
    added = add_card(doc, kind=NW, text="A new card")
    with doc.holding():
        added.do(doc)
        added.undo(doc)
        move_cards(doc, card_ids=["n5"], to_theme_id="staff").do(doc)
    assert log.changed() == {"themes": frozenset({"staff"})}
    assert log.edited == 1


def test_a_hold_inside_a_hold_tells_nothing_until_the_outer_one_ends():
    doc = sample_document()
    log = EventLog.watching(doc)
    with doc.holding():
        with doc.holding():
            rename_theme(doc, theme_id="staff", name="Who is coming?").do(doc)
        assert log.edited == 0
        rename_theme(doc, theme_id="good", name="Lunch club").do(doc)
    assert log.changed() == {"themes": frozenset({"staff", "good"})}
    assert log.edited == 1


def test_nothing_done_inside_tells_nothing():
    doc = sample_document()
    log = EventLog.watching(doc)
    with doc.holding():
        pass
    assert (log.parts, log.edited) == ([], 0)


def test_an_error_inside_still_tells_what_was_done_and_lets_go():
    doc = sample_document()
    log = EventLog.watching(doc)
    with pytest.raises(RuntimeError), doc.holding():
        rename_theme(doc, theme_id="staff", name="Who is coming?").do(doc)
        raise RuntimeError("a step failed")
    assert log.changed() == {"themes": frozenset({"staff"})}
    assert log.edited == 1
    log.clear()
    rename_theme(doc, theme_id="good", name="Lunch club").do(doc)  # told at once again
    assert (log.changed(), log.edited) == ({"themes": frozenset({"good"})}, 1)


def test_commands_do_undo_redo_as_before_after_a_hold():
    doc = sample_document()
    with doc.holding():
        move_cards(doc, card_ids=["n4"], to_theme_id="package").do(doc)

    def renamed(d):
        assert d.theme("staff").name == "Who is coming?"

    do_undo_redo(doc, rename_theme(doc, theme_id="staff", name="Who is coming?"), renamed,
                 changed={"themes": {"staff"}})


def test_another_workshop_opened_inside_is_told_at_once_and_what_came_before_it_dropped():
    doc = sample_document()
    log = EventLog.watching(doc)
    resets = []
    doc.events.reset.connect(lambda: resets.append(1))
    with doc.holding():
        rename_theme(doc, theme_id="staff", name="Who is coming?").do(doc)
        doc.replace_workshop(sample_document().workshop)
        assert resets == [1]  # the views rebuild from it now
    assert (log.parts, log.edited) == ([], 0)  # the rename was of a workshop no longer open
