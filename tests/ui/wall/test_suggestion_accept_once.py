"""One gesture, one theme: after an accept the next suggestion is chosen, so the second click of
a double-click on "Accept as a theme" (or Ctrl+Enter pressed twice) made it a theme too, under
a working name the room never read. A second accept or add within the system's double-click time
is ignored; a deliberate one after it still works."""

from __future__ import annotations

import pytest
from double_click_clock import after_a_double_click
from PySide6.QtCore import Qt
from suggestion_helpers import (
    BUS,
    LONELY,
    NW,
    RUSH,
    choose_suggestion,
    grouping_workshop,
    suggested,
)

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Theme

pytestmark = pytest.mark.usefixtures("word_table", "double_click_clock")


@pytest.fixture
def doc():
    """grouping_workshop, with "I feel rushed" grown and a loneliness theme: the RUSH and LONELY
    suggestions are each close to a theme (Add to that theme), BUS to none."""
    workshop = grouping_workshop()
    workshop.cards += [Card(id="t3", kind=NW, text="The carers rush in and out"),
                       Card(id="t4", kind=NW, text="I am lonely since my wife died"),
                       Card(id="t5", kind=NW, text="Lonely most evenings")]
    next(t for t in workshop.themes if t.id == "rushed").card_ids = ["t1", "t3"]
    workshop.themes.append(Theme(id="alone", kind=NW, name="I feel alone", card_ids=["t4", "t5"]))
    return Document(workshop)


def named(qtbot, wall):
    """The suggestions, each with a name the room could accept at once."""
    page = suggested(qtbot, wall)
    for number, shown in enumerate(page.shown):
        shown.name = f"I say {number}"
    page.refresh()
    return page


def themes_made(doc):
    return [t.name for t in doc.workshop.themes if t.name.startswith("I say")]


def test_a_double_click_on_accept_makes_one_theme(qtbot, wall, doc, undo):
    page = named(qtbot, wall)
    first = choose_suggestion(page, BUS)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    following = page.current()
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton, delay=80)
    assert themes_made(doc) == [first.name] and undo.stack.count() == 1
    assert following in page.shown and page.current() is following  # chosen, ready, not taken
    assert wall.suggestions.message.text().startswith(f"Made the theme “{first.name}”")
    after_a_double_click(qtbot)  # a deliberate second click, the next one read: it is made
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert themes_made(doc) == [first.name, following.name] and undo.stack.count() == 2


def test_ctrl_enter_pressed_twice_makes_one_theme(qtbot, wall, doc, undo):
    page = named(qtbot, wall)
    page.list.setFocus()
    first = choose_suggestion(page, BUS)
    for _ in range(2):
        qtbot.keyClick(page.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert themes_made(doc) == [first.name] and undo.stack.count() == 1
    assert page.list.hasFocus() and len(page.shown) == 2
    after_a_double_click(qtbot)
    qtbot.keyClick(page.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(themes_made(doc)) == 2 and undo.stack.count() == 2


def test_add_to_that_theme_twice_quickly_adds_once(qtbot, wall, doc, undo):
    page = named(qtbot, wall)
    qtbot.waitUntil(lambda: sum(s.close is not None for s in page.shown) == 2, timeout=10_000)
    choose_suggestion(page, BUS)
    page.dismiss_current()  # left: RUSH and LONELY, each close to a theme
    after_a_double_click(qtbot)
    page.list.setFocus()
    choose_suggestion(page, RUSH)
    add = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.list, Qt.Key.Key_Return, add)
    qtbot.keyClick(page.list, Qt.Key.Key_Return, add)
    rushed, alone = doc.theme("rushed"), doc.theme("alone")
    assert set(RUSH) <= set(rushed.card_ids) and not set(LONELY) & set(alone.card_ids)
    assert undo.stack.count() == 1
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)  # nor a click straight after
    assert undo.stack.count() == 1 and not themes_made(doc)
    after_a_double_click(qtbot)
    qtbot.keyClick(page.list, Qt.Key.Key_Return, add)
    assert set(LONELY) <= set(doc.theme("alone").card_ids) and undo.stack.count() == 2
