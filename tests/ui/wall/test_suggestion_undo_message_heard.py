"""What the suggestions panel says after Ctrl+Z undoes an Accept while a Dismiss holds the
message (50abbf37): the words change on screen to "N suggested themes on the list. 1 dismissed:
Undo dismiss brings it back." and a screen reader hears them, as a sighted user notices them.
Without ``say_when_shown`` there the panel's words changed in silence."""

from __future__ import annotations

import pytest
from double_click_clock import after_a_double_click
from suggestion_helpers import grouping_workshop
from test_suggestion_dismiss import suggested_page

from tests.ui.settled import settle
from tests.ui.spoken_checks import catch_announcements
from wtfc.model.document import Document

pytestmark = pytest.mark.usefixtures("word_table")


@pytest.fixture
def doc():
    return Document(grouping_workshop())


@pytest.mark.usefixtures("double_click_clock")
def test_the_list_said_again_after_an_undo_is_heard(qtbot, wall, undo, monkeypatch):
    wall.window().show()
    qtbot.waitExposed(wall.window())
    page = suggested_page(qtbot, wall)
    page.list.setCurrentRow(0)
    assert page.accept_current()
    after_a_double_click()
    page.dismiss_current()
    settle()
    said = catch_announcements(monkeypatch)
    undo.stack.undo()  # Ctrl+Z undoes the Accept, not the Dismiss
    settle()
    text = wall.suggestions.message.text()
    assert "1 dismissed: Undo dismiss brings it back." in text
    assert any("1 dismissed" in words for words in said), said
