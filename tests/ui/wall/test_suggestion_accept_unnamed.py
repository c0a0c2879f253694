"""A suggestion accepted with its name box empty, or at "I", is a group to name later, as New
theme (N) and read-out's "+ New group" make one: "Group 1 (not named yet)", one undo step, and
the panel says the name the theme has. The panel had refused an empty box ("Give the theme a
name first") and, at "I", made the group but said 'Made the theme “I”' (review 24 code_a F8)."""

from __future__ import annotations

import pytest
from suggestion_helpers import BUS, RUSH, choose_suggestion, grouping_workshop, suggested

from wtfc.model.document import Document

pytestmark = pytest.mark.usefixtures("word_table")
GROUP = "Group 1 (not named yet)"


@pytest.fixture
def doc():
    return Document(grouping_workshop())


def _group(doc):
    return next((t for t in doc.workshop.themes if t.name == GROUP), None)


@pytest.mark.parametrize("typed", ["", "   ", "I"])
def test_accepting_with_no_name_makes_a_group_and_says_its_name(qtbot, wall, doc, undo, typed):
    page = suggested(qtbot, wall)
    shown = choose_suggestion(page, BUS)
    page.rename(typed)
    assert page.accept_current()
    assert sorted(_group(doc).card_ids) == sorted(BUS)
    said = wall.suggestions.message.text()
    assert f"Made the theme “{GROUP}” from 3 cards." in said and "“I”" not in said
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert _group(doc) is None and shown in page.shown  # the suggestion is back, as it was
    undo.stack.redo()
    assert sorted(_group(doc).card_ids) == sorted(BUS) and shown not in page.shown


def test_a_suggestion_needing_a_name_can_be_grouped_now_and_named_later(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    choose_suggestion(page, RUSH)  # no first-person card: the name box starts empty
    assert page.name.text() == ""
    assert page.accept_current()
    assert sorted(_group(doc).card_ids) == sorted(RUSH) and undo.stack.count() == 1
