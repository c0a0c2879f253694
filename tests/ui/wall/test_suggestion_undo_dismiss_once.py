"""One gesture, one step: Undo dismiss stays where it is while more suggestions are dismissed,
so a double-click on it brought back two (the second one the room had set aside on purpose).
As with Accept and Dismiss (test_suggestion_accept_once, test_suggestion_dismiss_once), a click
on it within the system's double-click time of the last one is ignored; a deliberate one after
it still brings back the next."""

from __future__ import annotations

import pytest
from double_click_clock import after_a_double_click
from PySide6.QtCore import Qt
from suggestion_helpers import BUS, LONELY, NW, RUSH, grouping_workshop, suggested
from test_suggestion_dismiss_once import double_click

from tests.ui.renders import save_render
from wtfc.clustering.suggest import Suggestion
from wtfc.model.document import Document

pytestmark = pytest.mark.usefixtures("word_table", "double_click_clock")


@pytest.fixture
def doc():
    return Document(grouping_workshop())


def _dismiss_two(qtbot, page):
    page.list.setCurrentRow(0)
    first = page.current()
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    after_a_double_click(qtbot)
    second = page.current()
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    after_a_double_click(qtbot)
    assert [shown for shown, _row in page.dismissed] == [first, second]
    return first, second


def test_a_double_click_on_undo_dismiss_brings_back_one(qtbot, wall):
    """Nine suggestions on a short panel: the list keeps its height as one comes back, so
    Undo dismiss stays under the pointer for the second click (two came back before)."""
    wall.window().resize(1500, 500)
    page = suggested(qtbot, wall, NW)
    page.set_suggestions([Suggestion((card,), "", "These cards share words.", (), card)
                          for card in (*BUS, *LONELY, *RUSH)], NW)
    first, second = _dismiss_two(qtbot, page)
    button = page.undo_dismiss_button
    at = button.mapTo(button.window(), button.rect().center())
    double_click(button)
    assert button.mapTo(button.window(), button.rect().center()) == at  # both clicks on it
    assert [shown for shown, _row in page.dismissed] == [first]  # the first stays aside
    assert second in page.shown and first not in page.shown
    assert page.current() is second
    assert wall.suggestions.message.text().endswith("is back on the list.")
    assert button.isVisible()  # one more to bring back, when asked
    save_render(wall, "suggestions_undo_dismiss_double_click")
    after_a_double_click(qtbot)  # a deliberate click later brings back the next
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.dismissed == [] and first in page.shown and len(page.shown) == 9
    assert not button.isVisible()


def test_dismiss_then_undo_dismiss_are_two_gestures(qtbot, wall):
    """The guard is for a second click on Undo dismiss itself: a dismiss and an undo of it,
    in two places, both happen however quickly."""
    page = suggested(qtbot, wall, NW)
    page.list.setCurrentRow(0)
    first = page.current()
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.undo_dismiss_button, Qt.MouseButton.LeftButton, delay=80)
    assert page.dismissed == [] and page.current() is first


@pytest.mark.parametrize("after_dismiss", [80, 700])
@pytest.mark.parametrize("gap", [150, 300])
def test_undo_dismiss_then_accept_at_once(qtbot, wall, after_dismiss, gap):
    """The suggestion back on the list is the one the room read and set aside: "Accept as a
    theme" on it straight after Undo dismiss, in the button row, makes the theme (it was
    ignored within the double-click time of the Undo dismiss, status bar unchanged)."""
    page = suggested(qtbot, wall, NW)
    page.list.setCurrentRow(0)
    first = page.current()
    page.rename("I cannot get a bus to the shops")
    themes = len(page.doc.workshop.themes)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.undo_dismiss_button, Qt.MouseButton.LeftButton, delay=after_dismiss)
    assert page.current() is first
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton, delay=gap)
    assert len(page.doc.workshop.themes) == themes + 1
    assert first not in page.shown
    assert not wall.suggestions.message.text().endswith("is back on the list.")
