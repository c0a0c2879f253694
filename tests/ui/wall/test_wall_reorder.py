"""Putting the wall in order: a card up or down in its theme (Alt+Up/Down, or dropped back on
its own theme where it should go), a theme earlier or later among its kind (Alt+Left/Right).

Small workshop (wall_fixtures): "package" holds n1, n2, n3; "staff" holds n3, n4 (both not
working, package first); "good" (working) holds w1.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from wtfc.model.workshop import Kind


def _order(doc, theme_id):
    return list(doc.theme(theme_id).card_ids)


def _focus(panel, key):
    panel.view.setFocus()
    panel.view.focus_card(panel.scene.cards[key])


def test_alt_down_and_up_move_the_chosen_card_within_its_theme(qtbot, panel, doc, undo):
    _focus(panel, ("n1", "package"))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _order(doc, "package") == ["n2", "n1", "n3"]
    assert undo.stack.undoText() == "Reorder the cards in 'I feel like a package'"
    assert panel.scene.focusItem().key == ("n1", "package")  # the keyboard stays with it
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _order(doc, "package") == ["n2", "n3", "n1"]
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # last: stays
    assert _order(doc, "package") == ["n2", "n3", "n1"] and undo.stack.count() == 2
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _order(doc, "package") == ["n2", "n1", "n3"]
    undo.stack.undo()
    assert _order(doc, "package") == ["n2", "n3", "n1"]
    undo.stack.redo()
    assert _order(doc, "package") == ["n2", "n1", "n3"]


def test_an_unsorted_card_has_no_place_to_move_within(qtbot, panel, doc, undo):
    _focus(panel, ("n5", None))
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert undo.stack.count() == 0


def test_alt_right_and_left_move_the_current_theme_among_its_kind(qtbot, panel, doc, undo):
    _focus(panel, ("n1", "package"))
    assert panel.numbered_themes()[1:] == ["package", "staff"]
    qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.numbered_themes()[1:] == ["staff", "package"]  # Alt+2 now reaches "staff"
    assert undo.stack.undoText() == "Move theme 'I feel like a package'"
    qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # last NW
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert panel.numbered_themes()[1:] == ["package", "staff"]
    undo.stack.redo()
    assert panel.numbered_themes()[1:] == ["staff", "package"]
    qtbot.keyClick(panel.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.numbered_themes()[1:] == ["package", "staff"]
    working = [t.id for t in doc.workshop.themes if t.kind == Kind.WORKING]
    assert working == ["good"]


def test_a_card_dropped_back_on_its_own_theme_takes_the_place_it_was_dropped_at(panel, doc, undo):
    top = panel.scene.cards[("n1", "package")].sceneBoundingRect()
    dropped = panel.view.drop_cards([("n3", "package")], panel.scene.blocks["package"],
                                    at=QPointF(top.center().x(), top.top() + 2))
    assert dropped and _order(doc, "package") == ["n3", "n1", "n2"]
    assert undo.stack.count() == 1
    same = panel.view.drop_cards([("n3", "package")], panel.scene.blocks["package"],
                                 at=QPointF(top.center().x(), top.top() + 2))
    assert not same and undo.stack.count() == 1  # where it already was: no step


def test_the_reorder_actions_are_in_the_menus_and_off_when_read_only(panel, undo):
    from PySide6.QtWidgets import QMenu

    actions = panel.wall_actions
    menu = QMenu()
    actions.add_card_actions(menu, [("n1", "package")])
    assert actions.card_up in menu.actions() and actions.card_down in menu.actions()
    panel.set_current_theme("package")
    menu = QMenu()
    actions.add_theme_actions(menu)
    assert actions.theme_earlier in menu.actions() and actions.theme_later in menu.actions()
    undo.read_only = True
    panel._apply_read_only()
    assert not any(a.isEnabled() for a in (actions.card_up, actions.card_down,
                                           actions.theme_earlier, actions.theme_later))


def test_alt_down_in_the_suggestions_kind_box_is_the_box_s_own(qtbot, panel, doc, undo):
    """Alt+Down opens a drop-down list; in the suggestions panel it moved a wall card."""
    _focus(panel, ("n1", "package"))
    box = panel.suggestions.kind_box
    panel.suggestions.set_shown(True)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert undo.stack.count() == 0 and _order(doc, "package") == ["n1", "n2", "n3"]
    box.hidePopup()
    panel.outline.setFocus()  # the outline still has them
    panel.outline.setCurrentIndex(panel.outline.model_.index(0, 0))
    panel.set_current_theme("package")
    qtbot.keyClick(panel.outline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.numbered_themes()[1:] == ["staff", "package"]
