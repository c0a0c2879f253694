"""Ctrl+Z on the wall (or a jump in Edit > History) that takes back a move among cards its
kind filter hides shows every kind again and says so at the window's foot ("Undone: … — the
wall shows all kinds again: its filter hid this change"): before, the wall looked unchanged
and only the step's name was said. A step among the kinds shown leaves the filter as the
facilitator set it (it is the projector's too)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from wtfc.model.workshop import Kind, Stage

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
WIDENED = "the wall shows all kinds again: its filter hid this change"


def _key(qtbot, w, key, modifiers) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifiers)
    qtbot.wait(10)


@pytest.fixture
def moved(qtbot, demo_window):
    """A Working card moved to another Working theme, then the wall filtered to another kind."""
    w = demo_window
    w.go_to_stage(Stage.THEME, focus=True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    panel = w.page(Stage.THEME)
    working = [t for t in w.doc.workshop.themes if t.kind == Kind.WORKING]
    card = working[0].card_ids[0]
    panel.gestures.drop([(card, working[0].id)], working[1].id)
    return w, panel, card, working, w.undo.stack.undoText()


def test_an_undo_the_filter_hides_shows_all_kinds_and_says_so(qtbot, moved):
    w, panel, card, working, label = moved
    panel.filter_actions[Kind.FUTURE.value].trigger()  # F8: the Working cards out of sight
    assert panel.kinds == (Kind.FUTURE,)
    panel.view.setFocus()

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert card in w.doc.theme(working[0].id).card_ids
    assert set(panel.kinds) == set(Kind) and panel.filter_actions["all"].isChecked()
    assert (card, working[0].id) in panel.scene.cards  # on the wall again
    assert w.statusBar().currentMessage() == f"Undone: {label} — {WIDENED}"
    save_render(w, "wall_undo_widens_filter")

    panel.filter_actions[Kind.NOT_WORKING.value].trigger()
    _key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert card in w.doc.theme(working[1].id).card_ids
    assert panel.filter_actions["all"].isChecked()
    assert w.statusBar().currentMessage() == f"Redone: {label} — {WIDENED}"


def test_an_undo_among_the_kinds_shown_leaves_the_filter(qtbot, moved):
    w, panel, _card, _working, label = moved
    panel.filter_actions[Kind.WORKING.value].trigger()
    panel.view.setFocus()
    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert panel.kinds == (Kind.WORKING,) and panel.filter_actions[Kind.WORKING.value].isChecked()
    assert w.statusBar().currentMessage() == f"Undone: {label}"


def test_a_history_jump_back_past_the_move_shows_all_kinds_and_says_so(qtbot, moved):
    w, panel, card, working, _label = moved
    panel.filter_actions[Kind.FUTURE.value].trigger()
    w.history_dock.show()
    view = w.history_dock.widget()
    row = w.undo.stack.index() - 1  # the state before the move
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert card in w.doc.theme(working[0].id).card_ids
    assert panel.filter_actions["all"].isChecked()
    said = w.statusBar().currentMessage()
    assert said.startswith("Went back to: ") and said.endswith(WIDENED)
