"""M3 survivor of 6cf7bfb2: the question asked before going forward over words typed and not
entered has Cancel as its default, so a facilitator who presses Enter (or Esc) in it changes
nothing. With Enter made the default, Enter entered the words and the later steps in History
went for good; no test noticed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wtfc.ui import typed_ahead


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_or_esc_in_the_question_changes_nothing(qtbot, key):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.defaultButton().text() if box.defaultButton() else None)
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)
    assert typed_ahead.ask(parent, "My words for five", 2) == typed_ahead.CANCEL
    assert seen == ["Cancel"]
