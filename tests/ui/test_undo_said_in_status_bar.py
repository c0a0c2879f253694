"""Undo and Redo say at the window's foot which step they took ("Undone: …"), as a screen
reader hears it: a step under another theme, the other Understand tab or a kind of card the
wall is not showing changes nothing in sight, and the facilitator could not tell whether
Ctrl+Z had done anything, or what."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Kind, Stage

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _key(qtbot, w, key, modifiers) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifiers)
    settle()


def test_a_card_moved_out_of_sight_is_undone_and_said(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.THEME, focus=True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    panel = w.page(Stage.THEME)
    working = [t for t in w.doc.workshop.themes if t.kind == Kind.WORKING]
    card = working[0].card_ids[0]
    panel.gestures.drop([(card, working[0].id)], working[1].id)
    label = w.undo.stack.undoText()
    panel.set_kinds((Kind.FUTURE,))  # the Working cards are out of sight
    panel.view.setFocus()

    _key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert card in w.doc.theme(working[0].id).card_ids
    bar = w.statusBar()
    # the filter shows every kind again, said after the step (test_wall_undo_widens_filter)
    assert bar.isVisible() and bar.currentMessage().startswith(f"Undone: {label} — ")
    save_render(w, "undo_said_in_status_bar")
    _key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert card in w.doc.theme(working[1].id).card_ids
    assert bar.currentMessage() == f"Redone: {label}"


def test_nothing_to_undo_says_nothing(qtbot, demo_window):
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    assert not w.undo.stack.canUndo()
    w.undo_action.trigger()
    assert w.statusBar().currentMessage() == ""


def test_the_menu_s_undo_says_it_too(qtbot, demo_window):
    w = demo_window
    card = w.doc.workshop.cards[0]
    w.undo.push(edit_card(w.doc, card_id=card.id, text="Words changed"))
    label = w.undo.stack.undoText()
    w.undo_action.trigger()
    assert w.statusBar().currentMessage() == f"Undone: {label}"
