"""Bringing a page on screen walks its Tab chain (pages.focus_target). PySide makes each widget
that nextInFocusChain() returns the Python child of the one it was called on, so the window
ended up hanging under the last widget in the chain; deleting that widget (the wall's name box
hint) then marked every Qt-made object the window held dead: FlowLayout rows cut off, and a
crash in a random walk (review 23 undo_ui F1). The walk now puts each widget back under its own
parent."""
from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from wtfc.ui.pages import focus_target


def test_a_widget_deleted_after_the_walk_takes_nothing_of_the_window_with_it(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget()
    window.setCentralWidget(central)
    page = QWidget()
    QVBoxLayout(central).addWidget(page)
    rows = QVBoxLayout(page)
    for _ in range(3):
        rows.addWidget(QLineEdit())
    window.show()
    status_bar = window.statusBar()  # made by Qt: its wrapper is not Python's own
    last = QLineEdit(page)  # the last widget in the Tab chain, as a name box's hint is
    rows.addWidget(last)
    last.show()

    assert isinstance(focus_target(page), QLineEdit)
    last.setParent(None)
    del last
    assert shiboken6.isValid(status_bar)
    assert shiboken6.isValid(window)
    window.statusBar().showMessage("still here")
    assert status_bar.currentMessage() == "still here"
