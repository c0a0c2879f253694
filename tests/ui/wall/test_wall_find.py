"""Find a card on the wall: Ctrl+F, a few words or a person's code, Enter / F3 for the next.

Small workshop (wall_fixtures): n1 "Different carers every week" (P01, in "package"), n3
"The rota is never sent to me" (P02, in "package" and "staff"), n5 "I am lonely in the
evenings" (P03, unsorted), w1 "The day centre lunch club" (P01, in "good")…
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from wall_fixtures import small_document

from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Kind
from wtfc.ui.wall.find_bar import card_matches


def _find(qtbot, panel, text):
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = panel.find_bar
    assert bar.isVisible() and bar.box.hasFocus()
    qtbot.keyClicks(bar.box, text)
    return bar


def _chosen(panel):
    return [item.key for item in panel.view.selected_cards()]


def test_every_word_must_match_and_a_person_code_matches_whole():
    card = small_document().card("n1")
    assert card_matches(card, "carers WEEK")
    assert not card_matches(card, "carers month")
    assert card_matches(card, "p01") and not card_matches(card, "P0")
    assert not card_matches(card, "   ")


def test_typing_rings_the_matches_and_chooses_the_first(qtbot, panel):
    bar = _find(qtbot, panel, "the")
    found = [item.card.id for item in bar.matches]
    ordered = [item.card.id for item in panel.scene.ordered_cards()
               if "the" in item.card.text.lower()]
    assert found == ordered and len(found) >= 3  # reading order: as the wall is laid out
    assert panel.scene.highlighted == set(found)
    assert _chosen(panel) == [bar.matches[0].key]
    assert bar.status.text() == f"1 of {len(found)}"


def test_enter_and_f3_go_on_shift_goes_back_round_the_end(qtbot, panel):
    bar = _find(qtbot, panel, "the")
    count = len(bar.matches)
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert _chosen(panel) == [bar.matches[1].key] and bar.status.text() == f"2 of {count}"
    panel.wall_actions.find_next.trigger()
    assert bar.status.text() == f"3 of {count}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    panel.wall_actions.find_previous.trigger()
    assert bar.status.text() == f"1 of {count}"
    panel.wall_actions.find_previous.trigger()  # before the first: the last
    assert bar.status.text() == f"{count} of {count}"


def test_a_card_in_two_themes_is_found_in_both(qtbot, panel):
    bar = _find(qtbot, panel, "rota")
    assert [item.key for item in bar.matches] == [("n3", "package"), ("n3", "staff")]


def test_esc_closes_leaving_the_found_card_chosen_for_the_next_key(qtbot, panel, undo):
    bar = _find(qtbot, panel, "lonely")
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert panel.scene.highlighted == frozenset()
    assert panel.view.hasFocus()
    assert panel.selected_placements() == [("n5", None)]  # M, Alt+1… act on it now
    assert undo.stack.count() == 0  # finding is not an edit


def test_after_esc_the_arrow_keys_go_on_from_the_found_card(qtbot, demo_window):
    """The keyboard was on another card before Find: the next arrow goes from the card found
    and chosen (it went from the old one: Qt gave the wall's keyboard focus back to it)."""
    from wtfc.model.workshop import Stage
    from wtfc.ui.wall.card_focus import nearest

    demo_window.go_to_stage(Stage.THEME)
    panel = demo_window.page(Stage.THEME)
    demo_window.activateWindow()  # an active window, as on the facilitator's screen
    qtbot.waitActive(demo_window)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)  # the keyboard on the first card
    before = panel.scene.focusItem()
    bar = _find(qtbot, panel, "carer")
    found = panel.view.selected_cards()
    assert found == [bar.matches[0]] and found[0] is not before
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert panel.scene.focusItem() is found[0]
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    below = nearest(found[0], panel.scene.ordered_cards(), Qt.Key.Key_Down)
    assert below is not None and panel.view.selected_cards() == [below]


def test_no_match_says_so_and_points_to_other_kinds(qtbot, panel):
    bar = _find(qtbot, panel, "lunch club")
    assert [item.card.id for item in bar.matches] == ["w1"]
    panel.set_kinds((Kind.NOT_WORKING,))
    panel.wall_actions.find.trigger()
    assert bar.matches == [] and bar.status.text() == \
        "Not on this wall; 1 in other kinds (F5 shows all)"
    bar.box.setText("helicopter")
    assert bar.status.text() == "No card has these words"


def test_an_edit_while_finding_finds_again(qtbot, panel, doc, undo):
    bar = _find(qtbot, panel, "breakfast")
    assert [item.card.id for item in bar.matches] == ["n4"]
    undo.push(edit_card(doc, card_id="n5", text="I am lonely at breakfast"))
    assert {item.card.id for item in bar.matches} == {"n4", "n5"}
    assert all(item.scene() is panel.scene for item in bar.matches)  # today's items, not gone
    assert bar.status.text().endswith("of 2")


def test_find_leaves_read_out_mode_for_the_wall(qtbot, panel):
    panel.toggle_readout(True)
    panel.wall_actions.find.trigger()
    assert not panel.readout_active() and panel.find_bar.isVisible()


def test_the_find_bar_looks_right(qtbot, panel, tmp_path):
    bar = _find(qtbot, panel, "carers")
    image = panel.grab()
    image.save(str(tmp_path / "find.png"))
    assert bar.geometry().bottom() < panel.view.geometry().top() + panel.pages.y()
    assert bar.status.text() == "1 of 1"


def test_f3_after_closing_and_an_edit_finds_again_on_the_wall_as_it_is(qtbot, panel, doc,
                                                                         undo):
    from wtfc.model.operations.cards import delete_cards

    bar = _find(qtbot, panel, "the")
    count = len(bar.matches)
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    undo.push(delete_cards(doc, card_ids=[bar_first := panel.view.selected_cards()[0].card.id]))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F3)  # the bar opens again on "the"
    assert bar.isVisible() and bar.box.text() == "the"
    assert all(item.scene() is panel.scene for item in bar.matches)
    assert bar_first not in {item.card.id for item in bar.matches}
    assert bar.status.text() == f"1 of {count - 1}"
    assert panel.view.selected_cards() == [bar.matches[0]]


def test_a_card_deleted_while_the_page_was_away_is_not_found(qtbot, demo_window):
    from wtfc.model.operations.cards import delete_cards
    from wtfc.model.workshop import Stage

    window = demo_window
    window.go_to_stage(Stage.THEME)
    page = window.page(Stage.THEME)
    bar = _find(qtbot, page, "lonely")
    gone = [item.card.id for item in bar.matches]
    window.go_to_stage(Stage.COLLECT)
    window.undo.push(delete_cards(window.doc, card_ids=gone))
    window.go_to_stage(Stage.THEME)
    assert bar.matches == [] and bar.status.text() == "No card has these words"


def test_alt_number_in_the_find_box_moves_the_found_card(qtbot, panel, doc, undo):
    """Alt+1…9 with the keyboard in the Find box typed the digit ("lonely 2"): the keys were
    the wall's and the outline's only. Now they move the found card, as F1 says."""
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    bar = _find(qtbot, panel, "lonely")
    assert panel.selected_placements() == [("n5", None)]
    assert panel.numbered_themes()[1] == "package"  # theme 2, of the card's kind

    def in_package() -> bool:
        return "n5" in next(t for t in doc.workshop.themes if t.id == "package").card_ids

    qtbot.keyClick(bar.box, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert bar.box.text() == "lonely"  # no digit typed
    assert undo.stack.count() == 1 and in_package()
    undo.stack.undo()
    assert not in_package()
    undo.stack.redo()
    assert in_package()
