"""Dismissing a suggestion can be undone ("Undo dismiss"), and the panel's message never
describes a list an undo has changed since."""

from __future__ import annotations

import pytest
from double_click_clock import after_a_double_click
from suggestion_helpers import NW, finish, grouping_workshop

from wtfc.model.document import Document

pytestmark = pytest.mark.usefixtures("word_table")


@pytest.fixture
def doc():
    return Document(grouping_workshop())


def suggested_page(qtbot, wall):
    task = wall.suggestions.suggest(NW)
    finish(qtbot, task)
    page = wall.suggestions.themes_page
    assert len(page.shown) >= 2
    return page


def test_undo_dismiss_puts_it_back_where_it_was(qtbot, wall):
    page = suggested_page(qtbot, wall)
    names = [s.name for s in page.shown]
    page.list.setCurrentRow(0)
    page.rename("I can't get about by bus")  # the facilitator's own edit comes back with it
    assert not page.undo_dismiss_button.isEnabled()
    page.dismiss_button.click()
    assert len(page.shown) == len(names) - 1
    assert "Undo dismiss brings it back" in wall.suggestions.message.text()
    assert page.undo_dismiss_button.isEnabled()
    page.undo_dismiss_button.click()
    assert [s.name for s in page.shown] == ["I can't get about by bus", *names[1:]]
    assert page.current() is page.shown[0]
    assert "is back on the list" in wall.suggestions.message.text()
    assert not page.undo_dismiss_button.isEnabled()


@pytest.mark.usefixtures("double_click_clock")
def test_the_message_is_not_left_lying_after_an_undo(qtbot, wall, undo):
    page = suggested_page(qtbot, wall)
    count = len(page.shown)
    page.list.setCurrentRow(0)
    page.rename("I have no bus")
    assert page.accept_current() and undo.stack.count() == 1
    after_a_double_click()  # so the dismiss is not the accept's second click
    page.dismiss_current()
    assert wall.suggestions.message.text().startswith("Dismissed")
    undo.stack.undo()  # Ctrl+Z undoes the Accept, not the Dismiss
    text = wall.suggestions.message.text()
    assert "Dismissed" not in text
    assert text == (
        f"{count - 1} suggested theme{'s' if count - 1 != 1 else ''} on the list. "
        "1 dismissed: Undo dismiss brings it back."
    )
    assert page.shown[0].name == "I have no bus"  # the accepted one is back, as before


def test_a_suggestion_with_no_name_is_not_called_empty_quotes(qtbot, wall):
    page = suggested_page(qtbot, wall)
    page.list.setCurrentRow(0)
    page.rename("")
    page.dismiss_current()
    said = wall.suggestions.message.text()
    assert "“”" not in said and said.startswith("Dismissed the suggestion with no name yet.")
    page.undo_dismiss()
    assert wall.suggestions.message.text() == "The suggestion with no name yet is back on the list."
