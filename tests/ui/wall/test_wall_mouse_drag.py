"""Dragging cards with the mouse, through real events on the wall's viewport.

Small workshop (wall_fixtures): "package" holds n1, n2, n3; "staff" holds n3, n4 (both not
working); "good" (working) holds w1; n5, n6, w2, f1 are in no theme.
"""

from __future__ import annotations

import pytest
from mouse import CTRL, at, click, drag, drag_to, move, press, release
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests.ui.renders import save_render
from wtfc.model.operations._names import quoted

STAFF = "'I never know who is coming'"


def _top_of(view, item) -> QPointF:
    """A viewport point just inside the top of a card: a drop there goes before it."""
    rect = item.sceneBoundingRect()
    return QPointF(view.mapFromScene(QPointF(rect.center().x(), rect.top() + 3)))


def _homes(scene):
    return {key: QPointF(item.pos()) for key, item in scene.cards.items()}


def test_ctrl_dragging_a_card_not_chosen_copies_that_card(panel, doc, undo):
    view, scene = panel.view, panel.scene
    card = scene.cards[("n1", "package")]
    drag(view, at(view, card), _top_of(view, scene.cards[("n4", "staff")]), CTRL)
    assert doc.theme("staff").card_ids == ["n3", "n1", "n4"]
    assert doc.theme("package").card_ids == ["n1", "n2", "n3"]  # copied, not moved
    assert undo.stack.count() == 1
    assert undo.stack.undoText() == f"Copy 1 card into {STAFF}"
    undo.stack.undo()
    assert doc.theme("staff").card_ids == ["n3", "n4"]
    undo.stack.redo()
    assert doc.theme("staff").card_ids == ["n3", "n1", "n4"]


def test_ctrl_drag_copies_the_card_under_the_pointer_not_the_one_chosen_before(panel, doc, undo):
    view, scene = panel.view, panel.scene
    click(view, at(view, scene.cards[("n2", "package")]))  # n2 chosen
    homes = _homes(scene)
    drag(
        view, at(view, scene.cards[("n1", "package")]), at(view, scene.cards[("n4", "staff")]), CTRL
    )
    assert "n1" in doc.theme("staff").card_ids and "n2" not in doc.theme("staff").card_ids
    assert undo.stack.count() == 1
    assert scene.cards[("n2", "package")].pos() == homes[("n2", "package")]  # not floating


def test_ctrl_click_still_adds_a_card_to_the_choice(panel):
    view, scene = panel.view, panel.scene
    click(view, at(view, scene.cards[("n2", "package")]))
    click(view, at(view, scene.cards[("n4", "staff")]), CTRL)
    assert {c.key for c in view.selected_cards()} == {("n2", "package"), ("n4", "staff")}


def test_a_card_nudged_but_not_dropped_is_put_back_in_its_place(panel, undo):
    view, scene = panel.view, panel.scene
    card = scene.cards[("n1", "package")]
    home, start = QPointF(card.pos()), at(view, card)
    press(view, start)
    move(view, start + QPointF(2, 1))
    release(view, start + QPointF(2, 1))
    assert card.pos() == home and undo.stack.count() == 0


def test_esc_during_a_drag_puts_the_card_back_and_the_release_does_nothing(qtbot, panel, doc, undo):
    view, scene = panel.view, panel.scene
    view.setFocus()
    card = scene.cards[("n1", "package")]
    home = QPointF(card.pos())
    target = at(view, scene.cards[("n4", "staff")])
    drag_to(view, at(view, card), target)
    assert card.pos() != home
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert card.pos() == home
    assert not scene.blocks["staff"].drop_target
    move(view, target + QPointF(5, 5))  # the mouse still moving: the card stays put
    release(view, target)
    assert card.pos() == home
    assert doc.theme("staff").card_ids == ["n3", "n4"] and undo.stack.count() == 0
    drag(view, at(view, card), target)  # the next drag works as ever
    assert "n1" in doc.theme("staff").card_ids


def _put_back(scene, label, homes) -> bool:
    """Every card in its place, drawn at its own height, no theme ringed, no words showing."""
    return (
        _homes(scene) == homes
        and all(item.zValue() == 1.0 for item in scene.cards.values())
        and not any(block.drop_target for block in scene.blocks.values())
        and not label.isVisible()
    )


def test_switching_to_read_out_mid_drag_puts_the_card_back(qtbot, panel, doc, undo):
    """Ctrl+R with the button held hides the wall: the release never reaches it, so the card
    was left floating over a theme it is not in, ringed, 'Into …' still showing."""
    view, scene = panel.view, panel.scene
    view.setFocus()
    homes = _homes(scene)
    card, target = scene.cards[("n1", "package")], at(view, scene.cards[("n4", "staff")])
    drag_to(view, at(view, card), target)
    label = view.drag.label
    assert label.isVisible() and card.pos() != homes[("n1", "package")]
    QTest.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.readout_active()
    panel.toggle_readout(False)  # back to the wall, the button let go over the read-out
    assert _put_back(scene, label, homes)
    save_render(view, "back_from_read_out")
    release(view, target)  # a late release (the button still held on the way back) drops nothing
    assert _homes(scene) == homes and undo.stack.count() == 0
    drag(view, at(view, card), target)  # the next drag works as ever
    assert "n1" in doc.theme("staff").card_ids


def test_a_drag_ends_when_the_wall_loses_the_keyboard(qtbot, panel, doc, undo):
    view, scene = panel.view, panel.scene
    view.setFocus()
    homes = _homes(scene)
    target = at(view, scene.cards[("n4", "staff")])
    drag_to(view, at(view, scene.cards[("n1", "package")]), target)
    panel.outline.setFocus()  # a dialog, another window: the release may go there
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert _put_back(scene, view.drag.label, homes)
    release(view, target)
    assert doc.theme("staff").card_ids == ["n3", "n4"] and undo.stack.count() == 0


def test_ctrl_z_mid_drag_ends_the_drag_and_its_label_at_once(qtbot, panel, doc, undo):
    """Ctrl+Z with the button held took back the move that put the card in its theme: the
    card's item went from under the pointer, but "Into …" stayed beside it until the release."""
    view, scene = panel.view, panel.scene
    view.setFocus()
    drag(view, at(view, scene.cards[("n5", None)]), at(view, scene.cards[("n4", "staff")]))
    assert "n5" in doc.theme("staff").card_ids
    target = at(view, scene.cards[("n1", "package")])
    drag_to(view, at(view, scene.cards[("n5", "staff")]), target)
    label = view.drag.label
    assert label.isVisible() and label.text().startswith("Into ")
    undo.stack.undo()  # what Ctrl+Z does: the wall is laid out again under the drag
    homes = _homes(scene)
    assert ("n5", None) in scene.cards and _put_back(scene, label, homes)
    save_render(view, "ctrl_z_mid_drag")
    move(view, target + QPointF(3, 3))
    release(view, target)  # the late release drops nothing
    assert _homes(scene) == homes and undo.stack.index() == 0
    assert not any("n5" in t.card_ids for t in doc.workshop.themes)
    undo.stack.redo()
    assert "n5" in doc.theme("staff").card_ids
    drag(view, at(view, scene.cards[("n5", "staff")]), target)  # the next drag works as ever
    assert "n5" in doc.theme("package").card_ids


def test_a_card_dropped_on_another_theme_lands_where_it_was_let_go(panel, doc, undo):
    view, scene = panel.view, panel.scene
    drag(view, at(view, scene.cards[("n5", None)]), _top_of(view, scene.cards[("n3", "staff")]))
    assert doc.theme("staff").card_ids == ["n5", "n3", "n4"]
    assert undo.stack.undoText() == f"Move 1 card to {STAFF}"
    undo.stack.undo()
    assert doc.theme("staff").card_ids == ["n3", "n4"]
    undo.stack.redo()
    assert doc.theme("staff").card_ids == ["n5", "n3", "n4"]


def test_chosen_cards_land_in_their_reading_order(panel, doc, undo):
    view, scene = panel.view, panel.scene
    click(view, at(view, scene.cards[("n2", "package")]))  # chosen bottom first
    click(view, at(view, scene.cards[("n1", "package")]), CTRL)
    drag(
        view, at(view, scene.cards[("n1", "package")]), _top_of(view, scene.cards[("n4", "staff")])
    )
    assert doc.theme("staff").card_ids == ["n3", "n1", "n2", "n4"]
    assert undo.stack.count() == 1 and undo.stack.undoText() == f"Move 2 cards to {STAFF}"


def _bottom_of(view, item) -> QPointF:
    """A viewport point just inside the bottom of a card: a drop there goes after it."""
    rect = item.sceneBoundingRect()
    return QPointF(view.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 3)))


def test_a_choice_holding_a_card_of_the_theme_lands_together_where_dropped(panel, doc, undo):
    view, scene = panel.view, panel.scene
    click(view, at(view, scene.cards[("n3", "staff")]))  # already in staff
    click(view, at(view, scene.cards[("n5", None)]), CTRL)  # unsorted
    drag(view, at(view, scene.cards[("n5", None)]), _bottom_of(view, scene.cards[("n4", "staff")]))
    # both below n4, where dropped, in the wall's reading order (unsorted cards read first)
    assert doc.theme("staff").card_ids == ["n4", "n5", "n3"]
    assert undo.stack.count() == 1 and undo.stack.undoText() == f"Move 2 cards to {STAFF}"
    staff = sorted((item.pos().y(), c) for (c, t), item in scene.cards.items() if t == "staff")
    assert [c for _, c in staff] == ["n4", "n5", "n3"]  # and the wall shows them so
    undo.stack.undo()
    assert doc.theme("staff").card_ids == ["n3", "n4"]
    undo.stack.redo()
    assert doc.theme("staff").card_ids == ["n4", "n5", "n3"]


@pytest.mark.parametrize(
    ("card", "onto", "theme"),
    [
        (("n1", "package"), ("n3", "package"), "package"),  # within its own theme
        (("n3", "package"), ("n4", "staff"), "staff"),  # its other copy is in staff
    ],
)
def test_ctrl_dragging_a_card_onto_a_theme_holding_it_says_so_and_does_nothing(
    panel, doc, undo, card, onto, theme
):
    """A card sits in a theme once: Ctrl (copy) there cannot copy, so the pointer says so
    before the drop rather than promising "Copy into" and then doing nothing."""
    view, scene = panel.view, panel.scene
    homes, before = _homes(scene), list(doc.theme(theme).card_ids)
    where = _bottom_of(view, scene.cards[onto])
    drag_to(view, at(view, scene.cards[card]), where, CTRL)
    label = view.drag.label
    name = quoted(doc.theme(theme).name, limit=70)
    assert label.isVisible() and label.text() == f"Already in {name}"
    assert label.property("refused") and not scene.blocks[theme].drop_target
    save_render(view, f"already_in_{theme}")
    release(view, where, CTRL)
    assert doc.theme(theme).card_ids == before and undo.stack.count() == 0
    assert _homes(scene) == homes and not label.isVisible()  # back in place


def test_the_dragged_card_is_drawn_over_the_others_while_it_moves(panel):
    view, scene = panel.view, panel.scene
    card, other = scene.cards[("n1", "package")], scene.cards[("n4", "staff")]
    drag_to(view, at(view, card), at(view, other))
    assert card.zValue() > other.zValue()
    assert scene.itemAt(card.sceneBoundingRect().center(), view.transform()) is card
    release(view, at(view, other))
    assert all(item.zValue() == 1.0 for item in scene.cards.values())


def test_the_theme_under_the_pointer_is_named_and_one_that_refuses_is_not_ringed(
    qtbot, panel, doc, undo, message_boxes
):
    view, scene = panel.view, panel.scene
    drag_to(view, at(view, scene.cards[("n5", None)]), at(view, scene.cards[("n4", "staff")]))
    label = view.drag.label
    assert scene.blocks["staff"].drop_target
    assert label.isVisible() and label.text() == f"Into {STAFF}"
    assert label.font().pixelSize() >= 13 or label.fontInfo().pixelSize() >= 13
    release(view, at(view, scene.cards[("n4", "staff")]))
    assert not label.isVisible()
    homes = _homes(scene)
    drag_to(view, at(view, scene.cards[("w2", None)]), at(view, scene.cards[("n1", "package")]))
    assert not scene.blocks["package"].drop_target
    assert label.isVisible()
    assert label.text() == "Not here: 'I feel like a package' holds only not working cards"
    save_render(view, "refused_drag")
    release(view, at(view, scene.cards[("n1", "package")]))
    assert "w2" not in doc.theme("package").card_ids
    assert not message_boxes and undo.stack.count() == 1  # the label said no: no message box
    assert scene.cards[("w2", None)].pos() == homes[("w2", None)]


def test_holding_a_card_near_the_bottom_edge_scrolls_the_wall(qtbot, panel):
    view, scene = panel.view, panel.scene
    view.zoom_by(3.0)
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum())
    card = scene.cards[("n1", "package")]
    view.ensureVisible(card, 40, 40)
    before = bar.value()
    edge = QPointF(at(view, card).x(), view.viewport().height() - 8)
    drag_to(view, at(view, card), edge)
    qtbot.waitUntil(lambda: bar.value() > before + 60, timeout=2000)
    pointer = view.mapToScene(edge.toPoint())
    assert card.sceneBoundingRect().contains(pointer)  # the card came along
    release(view, edge)
    assert not view.drag.timer.isActive()


def test_a_touchpad_pinch_zooms_the_wall(panel):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    view = panel.view
    before = view.scale_factor()
    middle = QPointF(view.viewport().rect().center())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        middle,
        middle,
        QPointF(view.viewport().mapToGlobal(middle.toPoint())),
        0.25,
        QPointF(),
        0,
    )
    QApplication.sendEvent(view.viewport(), pinch)
    assert abs(view.scale_factor() - before * 1.25) < 1e-6
    assert QEvent.Type.NativeGesture == pinch.type()


def test_esc_leaves_the_read_out_a_double_click_opened(qtbot, panel):
    from mouse import double_click

    view = panel.view
    double_click(view, at(view, panel.scene.cards[("n5", None)]))
    assert panel.readout_active()
    QTest.keyClick(panel.readout.theme_box, Qt.Key.Key_Escape)
    assert not panel.readout_active()
    assert panel.window().focusWidget() is view  # the keys go on from the wall


def test_pressing_or_letting_go_of_ctrl_mid_drag_changes_the_pointer_label_at_once(
    panel, doc, undo
):
    """The mouse still, Ctrl alone turns a move into a copy and back: the label says so then,
    not at the next move of the mouse."""
    view, scene = panel.view, panel.scene
    view.setFocus()
    where = at(view, scene.cards[("n4", "staff")])
    drag_to(view, at(view, scene.cards[("n1", "package")]), where)
    label = view.drag.label
    assert label.text() == f"Into {STAFF}"
    QTest.keyPress(view, Qt.Key.Key_Control, CTRL)
    assert label.isVisible() and label.text() == f"Copy into {STAFF}"
    QTest.keyRelease(view, Qt.Key.Key_Control)
    assert label.text() == f"Into {STAFF}"
    QTest.keyPress(view, Qt.Key.Key_Control, CTRL)
    release(view, where, CTRL)  # and the drop does what the label said
    QTest.keyRelease(view, Qt.Key.Key_Control)  # Qt's own idea of Ctrl held outlives the test
    assert "n1" in doc.theme("staff").card_ids and "n1" in doc.theme("package").card_ids
    assert undo.stack.undoText() == f"Copy 1 card into {STAFF}"


def test_ctrl_pressed_mid_drag_over_the_cards_own_theme_says_already_in_it(panel, doc):
    view, scene = panel.view, panel.scene
    view.setFocus()
    drag_to(
        view, at(view, scene.cards[("n1", "package")]), at(view, scene.cards[("n3", "package")])
    )
    label, name = view.drag.label, quoted(doc.theme("package").name, limit=70)
    assert label.text() == f"Into {name}" and scene.blocks["package"].drop_target
    QTest.keyPress(view, Qt.Key.Key_Control, CTRL)
    assert label.text() == f"Already in {name}" and label.property("refused")
    assert not scene.blocks["package"].drop_target
    QTest.keyRelease(view, Qt.Key.Key_Control)
    assert label.text() == f"Into {name}" and scene.blocks["package"].drop_target
    release(view, at(view, scene.cards[("n3", "package")]))
