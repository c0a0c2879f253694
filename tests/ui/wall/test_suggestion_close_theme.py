"""A suggestion close to a theme the facilitator already has says so, and offers "Add to that
theme" beside "Make a new theme": suggesting again after theming by hand offered "I am lonely"
beside "I feel lonely and isolated", and accepting made a second loneliness theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from suggestion_helpers import (
    LONELY,
    NW,
    RUSH,
    choose_suggestion,
    grouping_workshop,
    suggested,
    theme_named,
    unsorted_ids,
)

from wtfc.model.document import Document
from wtfc.model.workshop import Card

pytestmark = pytest.mark.usefixtures("word_table")

RUSHED = ["t1", "t3"]  # the cards of the theme "I feel rushed"


@pytest.fixture
def doc():
    """grouping_workshop, its theme "I feel rushed" holding a second card: the RUSH suggestion
    ("My carer is always rushing"…) is close to it; LONELY and BUS are close to no theme."""
    workshop = grouping_workshop()
    workshop.cards.append(Card(id="t3", kind=NW, text="The carers rush in and out"))
    rushed = next(t for t in workshop.themes if t.id == "rushed")
    rushed.card_ids = RUSHED
    return Document(workshop)


def ranked(qtbot, wall, kind=NW):
    """The suggestions, once they have been ranked against the themes on their worker."""
    page = suggested(qtbot, wall, kind)
    qtbot.waitUntil(lambda: any(s.close for s in page.shown), timeout=10_000)
    return page


def row_of(page, members):
    return next(page.list.item(i).text() for i, s in enumerate(page.shown)
                if set(s.suggestion.member_ids) == set(members))


def test_a_suggestion_close_to_a_theme_says_so_and_offers_both_ways(qtbot, wall):
    page = ranked(qtbot, wall)
    assert "≈ Close to your theme “I feel rushed”" in row_of(page, RUSH)
    assert "Close to" not in row_of(page, LONELY)
    choose_suggestion(page, RUSH)
    assert page.add_button.isVisibleTo(page) and page.add_button.isEnabled()
    assert "“I feel rushed”" in page.add_button.toolTip()
    assert page.accept_button.text() == "Make a new theme"  # still possible, said plainly
    # said once, in its row: said again above "Name it", it cut the name box on a laptop
    assert not [label for label in page.findChildren(QLabel)
                if "Close to" in label.text() and label.isVisibleTo(page)]
    choose_suggestion(page, LONELY)
    assert not page.add_button.isVisibleTo(page)
    assert page.accept_button.text() == "Accept as a theme"


def test_add_to_that_theme_is_one_step_that_undoes_and_redoes(qtbot, wall, doc, undo):
    page = ranked(qtbot, wall)
    shown = choose_suggestion(page, RUSH)
    page.untick(RUSH[2])
    themes_before = len(doc.workshop.themes)
    page.add_button.click()
    assert undo.stack.count() == 1
    assert theme_named(doc, "I feel rushed").card_ids == [*RUSHED, *RUSH[:2]]
    assert len(doc.workshop.themes) == themes_before  # no second theme
    assert shown not in page.shown and RUSH[2] in unsorted_ids(doc)
    assert wall.suggestions.message.text() == ("Added 2 cards to “I feel rushed”. "
                                               "Ctrl+Z undoes it.")

    undo.stack.undo()
    assert theme_named(doc, "I feel rushed").card_ids == RUSHED
    assert set(RUSH) <= unsorted_ids(doc)
    assert shown in page.shown and shown.unticked == {RUSH[2]}  # back as the room left it

    undo.stack.redo()
    assert theme_named(doc, "I feel rushed").card_ids == [*RUSHED, *RUSH[:2]]
    assert shown not in page.shown


def test_add_to_that_theme_by_keyboard(qtbot, wall, doc, undo):
    page = ranked(qtbot, wall)
    page.list.setFocus()
    target = next(i for i, s in enumerate(page.shown) if set(s.suggestion.member_ids) == set(RUSH))
    page.list.setCurrentRow(0)
    for _ in range(target):
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert sorted(theme_named(doc, "I feel rushed").card_ids) == sorted([*RUSHED, *RUSH])
    assert undo.stack.count() == 1 and page.list.hasFocus()  # the keys stay usable


def test_the_add_button_is_in_the_tab_order(qtbot, wall):
    page = ranked(qtbot, wall)
    choose_suggestion(page, RUSH)
    page.members.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_Tab)
        seen.append(page.window().focusWidget())
    assert page.add_button in seen and page.accept_button in seen


def test_make_a_new_theme_stays_possible(qtbot, wall, doc, undo):
    page = ranked(qtbot, wall)
    choose_suggestion(page, RUSH)
    page.rename("I feel hurried in the mornings")
    assert page.accept_current()
    assert sorted(theme_named(doc, "I feel hurried in the mornings").card_ids) == RUSH
    assert theme_named(doc, "I feel rushed").card_ids == RUSHED


def test_a_theme_made_since_is_found_and_one_undone_is_forgotten(qtbot, wall, doc, undo):
    """Making a theme (here by hand; accepting one suggestion does the same) ranks the list
    again: the loneliness suggestion is now close to it. Undone, the note goes."""
    page = ranked(qtbot, wall)
    assert "Close to" not in row_of(page, LONELY)
    wall.gestures.new_theme([], "I am lonely", NW)
    qtbot.waitUntil(lambda: "Close to your theme “I am lonely”" in row_of(page, LONELY),
                    timeout=10_000)
    undo.stack.undo()
    assert "Close to" not in row_of(page, LONELY)
    choose_suggestion(page, LONELY)
    assert not page.add_button.isVisibleTo(page) and not page.add_current()


def test_a_read_only_file_cannot_add(qtbot, wall, undo):
    page = ranked(qtbot, wall)
    choose_suggestion(page, RUSH)
    undo.read_only = True
    wall._apply_read_only()
    assert not page.add_button.isEnabled()
    qtbot.keyClick(page.list, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert undo.stack.count() == 0 and "read-only" in wall.suggestions.message.text()


def test_all_groups_at_once_agree_with_rank_themes(doc):
    """closest_themes reads every theme once for all the suggestions; its answer is
    rank_themes' scores read by close_in, group by group."""
    from wtfc.clustering.suggest import rank_themes
    from wtfc.ui.wall.suggestion_closeness import close_in, closest_themes, theme_texts

    wall_theme = {"lonely": ["I am lonely in the evenings"], "empty": ["I have no words here 42"]}
    themes = {**theme_texts(doc, NW), **wall_theme}
    text = {c.id: c.text for c in doc.workshop.cards}
    groups = [[text[c] for c in members] for members in (RUSH, LONELY, ["u0", "u1"], ["w1"])]
    groups.append([])
    expected = []
    for texts in groups:
        score = dict(rank_themes(" ".join(texts), themes)) if texts else {}
        best = close_in([score[t] for t in themes]) if texts else None
        expected.append(list(themes)[best] if best is not None else None)
    assert closest_themes(groups, themes) == expected
    assert expected[:2] == ["rushed", "lonely"] and expected[4] is None
    assert closest_themes([], themes) == [] and closest_themes(groups, {}) == [None] * 5


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_add_to_that_theme_from_the_wall(qtbot, wall, doc, undo, key):
    """After S the keyboard stays on the wall: Ctrl+Shift+Enter there opened read-out mode
    (the wall takes Enter whatever the modifiers) and added nothing, while Ctrl+Enter and
    Ctrl+Delete worked from the wall."""
    page = ranked(qtbot, wall)
    choose_suggestion(page, RUSH)
    wall.view.setFocus()
    qtbot.waitUntil(wall.view.hasFocus)
    qtbot.keyClick(wall.view, key,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert sorted(theme_named(doc, "I feel rushed").card_ids) == sorted([*RUSHED, *RUSH])
    assert undo.stack.count() == 1
    assert not wall.wall_actions.readout.isChecked()


def test_add_to_that_theme_on_a_suggestion_close_to_none_says_so(qtbot, wall, undo):
    page = ranked(qtbot, wall)
    choose_suggestion(page, LONELY)
    wall.view.setFocus()
    qtbot.waitUntil(wall.view.hasFocus)
    qtbot.keyClick(wall.view, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert undo.stack.count() == 0
    assert "not close to a theme you have made" in wall.suggestions.message.text()
