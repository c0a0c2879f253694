"""Alt+N with the names box open and the keyboard elsewhere went to "Check all cards again"
(Qt's group box gives its letter to the child last focused), so the Cc line's names, pasted
with Ctrl+V, were never added and nothing said so. Alt+N now always puts the keyboard in the box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def test_alt_n_again_goes_to_the_names_box(qtbot, shown_page):
    page = shown_page(1130, 600)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # opens the box
    qtbot.waitUntil(page.names_box.hasFocus)
    qtbot.keyClicks(page.names_box, "Grace Okonkwo")
    qtbot.keyClick(page.names_box, Qt.Key.Key_Tab)  # on to "Check all cards again"
    qtbot.waitUntil(lambda: not page.names_box.hasFocus())
    for _ in range(2):  # from the button, then from the card table
        qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(page.names_box.hasFocus)
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.names_box.hasFocus)
    page.names_box.moveCursor(page.names_box.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText("\nSiobhán Ní Bhriain")
    qtbot.keyClick(page.names_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.names() == ["Grace Okonkwo", "Siobhán Ní Bhriain"]
