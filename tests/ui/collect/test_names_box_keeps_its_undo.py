"""Ctrl+Z twice in Collect's "Names to watch for" leaves the import (W1 M1, session 31).

Names pasted, then Ctrl+Z twice: the first took the paste back, the second (the box empty
again) reached the workshop and took back the import of 120 cards ("Undone: Import 120
cards"). The names box is no part of the workshop: the Undo and Redo keys stay in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.settled import settle
from tests.ui.test_undo_keys_kept_in_box import (
    CTRL,
    SHIFT,
    import_three_cards,
    names_box_with_keys,
    paste_then_keys,
)


def test_names_pasted_then_ctrl_z_twice_the_cards_are_still_there(demo_window, qtbot):
    box = names_box_with_keys(qtbot, demo_window)
    count = import_three_cards(demo_window)
    paste_then_keys(box, CTRL, CTRL)
    assert box.toPlainText() == ""
    assert len(demo_window.doc.workshop.cards) == count
    assert not demo_window.statusBar().currentMessage().startswith("Undone")
    QTest.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)  # the names again, the cards untouched
    settle()
    assert box.toPlainText() == "Zebedee\nOkafor"
    assert demo_window.doc.names_to_watch == ("Zebedee", "Okafor")
    assert len(demo_window.doc.workshop.cards) == count and not demo_window.undo.stack.canRedo()
