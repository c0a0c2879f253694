"""A box that is no part of the workshop keeps Ctrl+Z and Ctrl+Shift+Z (W1 M1, session 31).

Collect's "Names to watch for" follows the window's rule for boxes (nothing of its own to
undo: the key goes on to the workshop's Undo). Names pasted, then Ctrl+Z twice: the first took
the paste back, the second took back the import of 120 cards ("Undone: Import 120 cards"), and
Ctrl+Shift+Z there brought back the names first, not the cards. A box marked with
``keep_own_undo`` undoes and redoes its own typing only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle, until
from wtfc.model.operations.cards import add_cards
from wtfc.model.workshop import Card, Kind, Stage
from wtfc.ui.cards_held_back import WatchNamesBox
from wtfc.ui.undo_keys import keep_own_undo

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def import_three_cards(window) -> int:
    """An import of three cards, the workshop's last step; the cards now."""
    cards = [Card(kind=Kind.WORKING, text=f"Imported card {n}") for n in range(3)]
    window.undo.push(add_cards(window.doc, people=[], cards=cards, label="Import 3 cards"))
    return len(window.doc.workshop.cards)


def names_box_with_keys(qtbot, window):
    """Collect's names box opened, with the keyboard (moving on to Collect is a step: the
    import comes after it)."""
    window.activateWindow()
    until(qtbot, lambda: QApplication.activeWindow() is window)
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    page.names_fold.open()
    box = page.findChild(WatchNamesBox).names_box
    until(qtbot, box.hasFocus)
    return box


def paste_then_keys(box, *keys) -> None:
    QGuiApplication.clipboard().setText("Zebedee\nOkafor")
    QTest.keyClick(box, Qt.Key.Key_V, CTRL)
    settle()
    for modifiers in keys:
        QTest.keyClick(box, Qt.Key.Key_Z, modifiers)
        settle()


def test_ctrl_z_twice_in_a_box_keeping_its_undo_leaves_the_import(demo_window, qtbot):
    box = names_box_with_keys(qtbot, demo_window)
    count = import_three_cards(demo_window)
    keep_own_undo(box)
    paste_then_keys(box, CTRL, CTRL)
    assert box.toPlainText() == ""  # the paste taken back
    assert len(demo_window.doc.workshop.cards) == count  # the import stays
    assert demo_window.undo.stack.canUndo() and not demo_window.undo.stack.canRedo()
    assert not demo_window.statusBar().currentMessage().startswith("Undone")
    QTest.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)  # the box's paste again, nothing else
    settle()
    assert box.toPlainText() == "Zebedee\nOkafor"
    assert len(demo_window.doc.workshop.cards) == count
    assert not demo_window.undo.stack.canRedo()


def test_a_box_keeping_its_undo_keeps_its_history_as_the_keyboard_comes_back(demo_window,
                                                                             qtbot):
    box = names_box_with_keys(qtbot, demo_window)
    count = import_three_cards(demo_window)
    keep_own_undo(box)
    paste_then_keys(box)
    demo_window.page(Stage.COLLECT).filter_box.setFocus()  # away, and back
    until(qtbot, lambda: not box.hasFocus())
    box.setFocus()
    until(qtbot, box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Z, CTRL)
    settle()
    assert box.toPlainText() == ""  # its own paste, not the import
    assert len(demo_window.doc.workshop.cards) == count


def test_other_boxes_still_pass_ctrl_z_on_with_nothing_typed(demo_window, qtbot):
    names_box_with_keys(qtbot, demo_window)
    count = import_three_cards(demo_window)
    filter_box = demo_window.page(Stage.COLLECT).filter_box
    filter_box.setFocus()
    until(qtbot, filter_box.hasFocus)
    QTest.keyClick(filter_box, Qt.Key.Key_Z, CTRL)
    settle()
    assert len(demo_window.doc.workshop.cards) == count - 3
