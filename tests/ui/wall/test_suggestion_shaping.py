"""Shaping a suggestion before the room accepts it: names ("I" statements, never a second theme
of one name), cards that changed meanwhile, very long cards, and the panel by keyboard alone."""

from __future__ import annotations

import pytest
from double_click_clock import after_a_double_click
from PySide6.QtCore import Qt
from suggestion_helpers import (
    LONELY,
    NW,
    RUSH,
    choose_suggestion,
    finish,
    grouping_workshop,
    suggested,
    theme_holding,
    theme_named,
    unsorted_ids,
)

from tests.ui.shown_words import as_shown
from wtfc.model.document import Document
from wtfc.model.operations import cards as card_ops
from wtfc.model.workshop import Card, PersonalDetail

pytestmark = pytest.mark.usefixtures("word_table", "double_click_clock")


@pytest.fixture
def doc():
    return Document(grouping_workshop())


def undo_redo(undo, done, undone):
    undo.stack.undo()
    undone()
    undo.stack.redo()
    done()


# -- names ---------------------------------------------------------------------------------------
def test_a_name_already_on_the_wall_is_refused_in_the_panel_with_a_way_forward(
        qtbot, wall, doc, undo, message_boxes):
    page = suggested(qtbot, wall)
    shown = choose_suggestion(page, RUSH)
    page.rename("i feel RUSHED.")  # "I feel rushed" is a not-working theme already
    assert not page.accept_current()
    assert message_boxes == [] and undo.stack.count() == 0  # no box to dismiss, nothing made
    said = wall.suggestions.message.text()
    assert "already a theme called “I feel rushed”" in said and "another name" in said
    assert shown in page.shown and page.name.hasFocus()
    page.rename("I feel rushed at breakfast")
    assert page.accept_current()
    made = theme_named(doc, "I feel rushed at breakfast")
    assert sorted(made.card_ids) == RUSH

    def done():
        assert theme_named(doc, "I feel rushed at breakfast")
        assert shown not in page.shown

    def undone():
        assert not set(RUSH) - unsorted_ids(doc)
        assert shown in page.shown and shown.name == "I feel rushed at breakfast"

    undo_redo(undo, done, undone)


def test_a_group_with_no_first_person_card_waits_for_the_room_to_name_it(qtbot, wall, undo):
    page = suggested(qtbot, wall)
    choose_suggestion(page, RUSH)  # "My carer is always rushing", "Carers rush me…": no "I"
    assert page.name.text() == ""
    row = page.list.currentItem().text()
    assert "Needs a name" in row and "shared words: carers" in row  # what it is about, still
    # accepted as it is, it is a group to name later (test_suggestion_accept_unnamed.py)
    lonely = choose_suggestion(page, LONELY)
    assert lonely.name.startswith("I ")  # one of its own cards, in the person's words


def test_a_name_cannot_grow_past_what_a_theme_holds(qtbot, wall):
    page = suggested(qtbot, wall)
    assert page.name.maxLength() == 300


# -- the wall changed while the suggestions were shown -----------------------------------------
def test_a_card_held_back_meanwhile_is_said_to_be_held_back_and_left_out(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    choose_suggestion(page, LONELY)
    undo.push(card_ops.edit_card(
        doc, card_id="u4", text="Mabel says I feel lonely at night",
        personal_details=[PersonalDetail(start=0, end=5, category="name", text="Mabel")]))
    rows = [page.members.item(i).text() for i in range(page.members.count())]
    held = next(r for r in rows if r.startswith("[name] says"))  # never the name itself
    assert "held back" in held and "already in a theme" not in held
    assert not any("Mabel" in r for r in rows)
    row = page.list.currentItem().text()
    assert "1 held back" in row and "sorted since" not in row
    assert "Mabel" not in page.typical.text()
    assert wall.scene.highlighted == {"u3", "u5"}
    assert page.accept_current()
    assert sorted(theme_holding(doc, "u3").card_ids) == ["u3", "u5"]


# -- very long cards and a small screen ----------------------------------------------------------
def test_very_long_cards_are_shortened_in_the_panel_and_whole_in_the_tooltip(qtbot, wall, doc):
    long_text = ("I have waited months for someone to come and look at the stairs at home " * 27
                 ).strip()[:1990]
    workshop = grouping_workshop()
    workshop.cards[0] = Card(id="u0", kind=NW, text=long_text)
    workshop.cards[1] = Card(id="u1", kind=NW, text=long_text.replace("months", "weeks"))
    doc.replace_workshop(workshop)
    page = suggested(qtbot, wall)
    shown = next(s for s in page.shown if "u0" in s.suggestion.member_ids)
    page.list.setCurrentRow(page.shown.index(shown))
    item = next(page.members.item(i) for i in range(page.members.count())
                if page.members.item(i).data(Qt.ItemDataRole.UserRole + 1) == "u0")
    assert len(item.text()) <= 200 and item.text().endswith("…")
    assert as_shown(item.toolTip()) == long_text
    assert len(page.typical.text()) <= 200
    assert page.members.verticalScrollMode() == page.members.ScrollMode.ScrollPerPixel
    assert page.list.verticalScrollMode() == page.list.ScrollMode.ScrollPerPixel


# -- keyboard only -------------------------------------------------------------------------------
def test_the_whole_suggestion_can_be_shaped_and_accepted_by_keyboard(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    assert page.list.hasFocus()  # the list takes the keyboard as soon as it is shown
    target = next(i for i, s in enumerate(page.shown) if set(s.suggestion.member_ids) == set(RUSH))
    for _ in range(target):
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert page.list.currentRow() == target
    qtbot.keyClick(page.list, Qt.Key.Key_Tab)
    assert page.name.hasFocus()
    qtbot.keyClicks(page.name, "I feel rushed in the mornings")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    assert page.members.hasFocus()
    page.members.setCurrentRow(2)  # the arrow keys choose a card; Space unticks it
    qtbot.keyClick(page.members, Qt.Key.Key_Space)
    assert page.current().unticked == {RUSH[2]}
    qtbot.keyClick(page.members, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    made = theme_named(doc, "I feel rushed in the mornings")
    assert made.card_ids == RUSH[:2]
    assert undo.stack.count() == 1


def test_after_enter_in_the_name_box_accepts_the_keys_work_on_the_list(qtbot, wall, doc,
                                                                         undo):
    """Enter in the name box made the theme and left the keyboard nowhere: arrows, Ctrl+Enter
    and Ctrl+Delete did nothing until a click. Now the list has it, the next one chosen."""
    page = suggested(qtbot, wall)
    choose_suggestion(page, LONELY)
    following = page.shown[page.list.currentRow() + 1] if page.list.currentRow() + 1 < len(
        page.shown) else page.shown[page.list.currentRow() - 1]
    qtbot.keyClick(page.list, Qt.Key.Key_Tab)
    assert page.name.hasFocus()
    page.name.selectAll()
    qtbot.keyClicks(page.name, "I feel lonely at night")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert sorted(theme_named(doc, "I feel lonely at night").card_ids) == LONELY
    assert page.list.hasFocus() and page.current() is following
    assert page.detail.isEnabled()
    qtbot.keyClick(page.list, Qt.Key.Key_Up)  # the arrow keys choose again
    assert page.list.currentRow() == 0
    qtbot.keyClick(page.list, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(page.shown) == 1 and page.list.hasFocus()  # Ctrl+Delete dismissed one
    qtbot.keyClick(page.list, Qt.Key.Key_Tab)
    assert page.undo_dismiss_button.hasFocus()  # the way back for it comes next
    qtbot.keyClick(page.undo_dismiss_button, Qt.Key.Key_Tab)
    assert page.name.hasFocus()


def test_enter_on_the_last_suggestion_leaves_the_keys_on_the_list(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    while len(page.shown) > 1:
        page.dismiss_current()
        after_a_double_click()  # one dismiss per gesture
    page.name.setFocus()
    page.name.setText("I feel it")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.shown == [] and undo.stack.count() == 1
    assert page.list.hasFocus()  # not nowhere: Ctrl+Z, F9, Tab still act


def test_enter_in_the_name_box_of_a_read_only_file_says_why_nothing_happens(qtbot, wall, doc,
                                                                             undo):
    page = suggested(qtbot, wall)
    choose_suggestion(page, LONELY)
    undo.read_only = True
    wall._apply_read_only()
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert undo.stack.count() == 0 and len(page.shown) == 3
    assert "read-only" in wall.suggestions.message.text()


def test_enter_on_a_theme_for_a_card_in_a_read_only_file_says_why(qtbot, wall, doc, undo):
    wall.view.focus_card(wall.scene.cards[("u7", None)])
    finish(qtbot, wall.suggestions.ask_fit())
    undo.read_only = True
    wall._apply_read_only()
    qtbot.keyClick(wall.suggestions.fit_page.themes, Qt.Key.Key_Return)
    assert undo.stack.count() == 0 and "u7" in unsorted_ids(doc)
    assert "read-only" in wall.suggestions.message.text()


def test_a_card_changed_to_another_kind_meanwhile_is_said_so_and_left_out(qtbot, wall, doc,
                                                                          undo):
    from wtfc.model.workshop import Kind

    page = suggested(qtbot, wall)
    choose_suggestion(page, LONELY)
    undo.push(card_ops.edit_card(doc, card_id="u5", kind=Kind.WORKING))
    assert "1 of another kind now" in page.list.currentItem().text()
    row = next(page.members.item(i).text() for i in range(page.members.count())
               if page.members.item(i).data(Qt.ItemDataRole.UserRole + 1) == "u5")
    assert row.endswith("— now of another kind")
    undo.stack.undo()
    assert "another kind" not in page.list.currentItem().text()


def test_a_letter_pressed_in_the_panel_never_reaches_the_walls_one_letter_keys(qtbot, wall,
                                                                                undo):
    """S in the list re-ran the suggestions (losing a rename); M, N would act on the wall's
    cards out of sight. In the panel's lists and buttons a letter is theirs."""
    page = suggested(qtbot, wall)
    choose_suggestion(page, RUSH)
    page.rename("I feel rushed in the mornings")
    asked = []
    wall.pick_theme = lambda *a, **k: asked.append(a)
    wall.ask_text = lambda *a, **k: asked.append(a)
    wall.suggestions.suggest = lambda *a, **k: asked.append("suggest again")
    wall.suggestions.ask_fit = lambda *a, **k: asked.append("where does it go")
    for widget in (page.list, page.members, wall.suggestions.suggest_button):
        widget.setFocus()
        for key in (Qt.Key.Key_S, Qt.Key.Key_M, Qt.Key.Key_N, Qt.Key.Key_W):
            qtbot.keyClick(widget, key)
    assert asked == [] and undo.stack.count() == 0
    assert any(s.name == "I feel rushed in the mornings" for s in page.shown)  # kept
    wall.view.setFocus()
    wall.view.focus_card(wall.scene.ordered_cards()[0])
    qtbot.keyClick(wall.view, Qt.Key.Key_M)  # on the wall the letter still works
    assert asked
