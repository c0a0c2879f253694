"""An edit handed a part that has gone (deleted, merged, or taken away by an Undo since a panel
showed it) is refused in words the Undo adapter shows, and changes nothing. It used to crash
with a KeyError or AttributeError, or, for a new cause, success statement or action on a gone
theme (or an action linked to a gone cause or statement), to be done and leave a workshop
that saved a file that would not open (review 23 undo_model F2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations import actions, cards, cause_categories, causes, success, themes
from wtfc.model.storage import workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import ActionStatus, Kind, Perspective, Role

GONE = "gone"
NW = Kind.NOT_WORKING
CARD, THEME = "That card was deleted", "That theme is no longer on the wall"
CAUSE, STATEMENT = "That cause was deleted", "That success statement was deleted"
ACTION = "That action was deleted"

EDITS: dict[str, tuple[str, Callable[[Document], object]]] = {
    "edit a card": (CARD, lambda d: cards.edit_card(d, card_id=GONE, text="a")),
    "redact a card": (CARD, lambda d: cards.redact_card(d, card_id=GONE)),
    "mark cards fine": (CARD, lambda d: cards.clear_card_details(d, card_ids=["n6", GONE])),
    "delete cards": (CARD, lambda d: cards.delete_cards(d, card_ids=["n1", GONE])),
    "new theme from a gone card": (CARD, lambda d: themes.create_theme(
        d, kind=NW, name="New", card_ids=["n5", GONE])),
    "new theme out of a gone theme": (THEME, lambda d: themes.create_theme(
        d, kind=NW, name="New", card_ids=["n1"], from_theme_id=GONE)),
    "rename a theme": (THEME, lambda d: themes.rename_theme(d, theme_id=GONE, name="a")),
    "move cards to a theme": (THEME, lambda d: themes.move_cards(
        d, card_ids=["n5"], to_theme_id=GONE)),
    "take cards out of a theme": (THEME, lambda d: themes.move_cards(
        d, card_ids=["n1"], to_theme_id=None, from_theme_id=GONE)),
    "drag cards to a theme": (THEME, lambda d: themes.move_placements(
        d, moves=[("n5", None)], to_theme_id=GONE)),
    "drag cards out of a theme": (THEME, lambda d: themes.move_placements(
        d, moves=[("n1", GONE)], to_theme_id="staff")),
    "merge into a theme": (THEME, lambda d: themes.merge_themes(
        d, into_theme_id=GONE, theme_ids=["staff"])),
    "merge a theme in": (THEME, lambda d: themes.merge_themes(
        d, into_theme_id="package", theme_ids=["staff", GONE])),
    "split a theme": (THEME, lambda d: themes.split_theme(
        d, theme_id=GONE, card_ids=["n1"], new_name="a")),
    "delete a theme": (THEME, lambda d: themes.delete_theme(d, theme_id=GONE)),
    "move a theme": (THEME, lambda d: themes.reorder_theme(d, theme_id=GONE, index=0)),
    "record votes": (THEME, lambda d: themes.set_priority(d, theme_id=GONE, votes=3)),
    "rank priorities": (THEME, lambda d: themes.rank_priorities(
        d, theme_ids=[GONE, "package"])),
    "comment on a theme": (THEME, lambda d: themes.add_theme_comment(
        d, theme_id=GONE, comment="a")),
    "add a cause to a theme": (THEME, lambda d: causes.add_cause(d, theme_id=GONE, text="a")),
    "add a cause under a cause": (CAUSE, lambda d: causes.add_cause(
        d, theme_id="package", text="a", parent_id=GONE)),
    "edit a cause": (CAUSE, lambda d: causes.edit_cause(d, cause_id=GONE, text="a")),
    "move a cause": (CAUSE, lambda d: causes.move_cause(d, cause_id=GONE, parent_id=None)),
    "move a cause under a cause": (CAUSE, lambda d: causes.move_cause(
        d, cause_id="d", parent_id=GONE)),
    "delete a cause": (CAUSE, lambda d: causes.delete_cause(d, cause_id=GONE)),
    "give causes to a team": (CAUSE, lambda d: causes.assign_team(
        d, cause_ids=["a", GONE], team="A")),
    "put a cause under a category": (CAUSE, lambda d: cause_categories.set_cause_category(
        d, cause_id=GONE, category=None)),
    "add a success statement": (THEME, lambda d: success.add_success(
        d, theme_id=GONE, perspective=Perspective.STAFF_AND_MANAGERS, text="a")),
    "edit a success statement": (STATEMENT, lambda d: success.edit_success(
        d, success_id=GONE, text="a")),
    "move a success statement": (STATEMENT, lambda d: success.reorder_success(
        d, success_id=GONE, index=0)),
    "delete a success statement": (STATEMENT, lambda d: success.delete_success(
        d, success_id=GONE)),
    "add an action to a theme": (THEME, lambda d: actions.add_action(
        d, theme_id=GONE, role=Role.PROVIDERS, what="a")),
    "add an action for a cause": (CAUSE, lambda d: actions.add_action(
        d, theme_id="package", role=Role.PROVIDERS, what="a", cause_id=GONE)),
    "add an action for a statement": (STATEMENT, lambda d: actions.add_action(
        d, theme_id="package", role=Role.PROVIDERS, what="a", success_id=GONE)),
    "edit an action": (ACTION, lambda d: actions.edit_action(d, action_id=GONE, what="a")),
    "move an action to a theme": (THEME, lambda d: actions.edit_action(
        d, action_id="as", theme_id=GONE)),
    "link an action to a cause": (CAUSE, lambda d: actions.edit_action(
        d, action_id="as", cause_id=GONE)),
    "link an action to a statement": (STATEMENT, lambda d: actions.edit_action(
        d, action_id="as", success_id=GONE)),
    "mark an action done": (ACTION, lambda d: actions.move_status(
        d, action_id=GONE, status=ActionStatus.DONE, today=dt.date(2027, 1, 4))),
    "delete an action": (ACTION, lambda d: actions.delete_action(d, action_id=GONE)),
}


@pytest.mark.parametrize("name", EDITS)
def test_an_edit_naming_a_gone_part_is_refused_in_words_and_changes_nothing(name):
    says, build = EDITS[name]
    doc = sample_document()
    before = workshop_to_bytes(doc.workshop)
    with pytest.raises(EditRefused) as refused:
        build(doc)
    assert str(refused.value).startswith(says)
    assert str(refused.value).endswith("nothing was changed.")
    assert workshop_to_bytes(doc.workshop) == before


def test_a_cause_undone_cannot_be_hung_under_by_a_panel_still_showing_it():
    doc = sample_document()
    added = causes.add_cause(doc, theme_id="staff", text="Agencies fill the gaps")
    added.do(doc)
    cause_id = added.changes[-1].after.id
    added.undo(doc)
    with pytest.raises(EditRefused, match="That cause was deleted or undone meanwhile"):
        causes.add_cause(doc, theme_id="staff", text="Pay is low", parent_id=cause_id)


def test_an_action_linked_to_parts_that_exist_is_still_added_and_saves():
    doc = sample_document()
    # an action of one theme may link another theme's cause and statement, as after a move
    edit = actions.add_action(doc, theme_id="staff", role=Role.PROVIDERS, what="Send the rota",
                              cause_id="b", success_id="sp")

    def done(d: Document) -> None:
        action = d.workshop.actions[-1]
        assert (action.theme_id, action.cause_id, action.success_id) == ("staff", "b", "sp")
        assert workshop_from_bytes(workshop_to_bytes(d.workshop)).workshop == d.workshop

    do_undo_redo(doc, edit, done, changed={"actions": {edit.changes[-1].after.id}})


def test_an_action_can_still_lose_its_links():
    doc = sample_document()
    edit = actions.edit_action(doc, action_id="ap", cause_id=None, success_id=None)

    def done(d: Document) -> None:
        action = d.get("actions", "ap")
        assert (action.cause_id, action.success_id) == (None, None)

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})
