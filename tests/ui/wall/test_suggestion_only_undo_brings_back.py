"""An accepted suggestion comes back on the list only when its accept is undone. Taking one of
the cards "Add to that theme" put there back out by hand (the room decided it does not belong)
put the whole suggestion back, offering to add that very card again; so did deleting a theme made
from a suggestion. The room's own edits after an accept are decisions, not undos."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import BUS, NW, RUSH, choose_suggestion, grouping_workshop, suggested

from wtfc.model.document import Document
from wtfc.model.workshop import Card

pytestmark = pytest.mark.usefixtures("word_table")


@pytest.fixture
def doc():
    """"I feel rushed" holds two rushing cards, so the RUSH suggestion is close to it."""
    workshop = grouping_workshop()
    workshop.cards.append(Card(id="t3", kind=NW, text="The carers rush in and out"))
    next(t for t in workshop.themes if t.id == "rushed").card_ids = ["t1", "t3"]
    return Document(workshop)


def added(qtbot, wall, undo):
    page = suggested(qtbot, wall, NW)
    qtbot.waitUntil(lambda: any(s.close == "rushed" for s in page.shown), timeout=10_000)
    shown = choose_suggestion(page, RUSH)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert set(RUSH) <= set(wall.doc.theme("rushed").card_ids) and undo.stack.count() == 1
    assert shown not in page.shown
    return page, shown


def take_out_by_hand(qtbot, wall, card_id):
    """Click the card in its theme, then Take out of theme (the wall's right-click menu)."""
    from mouse import at, click

    item = wall.scene.cards[(card_id, "rushed")]
    wall.view.ensureVisible(item)
    click(wall.view, at(wall.view, item))
    assert item.isSelected()
    wall.wall_actions.unsort.trigger()
    assert card_id not in wall.doc.theme("rushed").card_ids


def test_a_card_taken_out_by_hand_does_not_bring_the_suggestion_back(qtbot, wall, undo):
    page, shown = added(qtbot, wall, undo)
    listed = list(page.shown)
    take_out_by_hand(qtbot, wall, RUSH[0])
    assert page.shown == listed and shown not in page.shown
    assert all(RUSH[0] not in s.suggestion.member_ids for s in page.shown)
    undo.stack.undo()  # the hand edit undone: the card is back in the theme, the list as it was
    assert page.shown == listed
    undo.stack.undo()  # the add undone: now the suggestion is back, where it was
    assert shown in page.shown and set(RUSH).isdisjoint(wall.doc.theme("rushed").card_ids)
    undo.stack.redo()
    assert shown not in page.shown


def test_undo_then_another_edit_leaves_the_suggestion_on_the_list(qtbot, wall, undo):
    """The add undone and a new edit made: the add can no longer be redone, so the suggestion
    stays on the list (its cards are unsorted again)."""
    page, shown = added(qtbot, wall, undo)
    undo.stack.undo()
    assert shown in page.shown
    take_out_by_hand(qtbot, wall, "t3")  # replaces the add on the stack
    assert shown in page.shown and undo.stack.count() == 1


def test_a_theme_made_then_deleted_by_hand_stays_off_the_list(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall, NW)
    shown = choose_suggestion(page, BUS)
    page.rename("I can't get a bus")
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    theme = next(t for t in doc.workshop.themes if t.name == "I can't get a bus")
    wall.set_current_theme(theme.id)
    wall.wall_actions.delete_theme.trigger()
    assert doc.get("themes", theme.id) is None and set(BUS) <= {c.id for c in
                                                                 doc.unsorted_cards()}
    assert shown not in page.shown  # the room deleted it: not offered again
    undo.stack.undo()  # the delete
    undo.stack.undo()  # the accept
    assert shown in page.shown and shown.name == "I can't get a bus"
