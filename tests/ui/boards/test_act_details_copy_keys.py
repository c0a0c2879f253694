"""R1b (review 33): 06cc4f5c's BreakingLabel puts zero-width spaces into a long address so it
can wrap; Ctrl+C and the right-click menu's Copy must give the address as typed, or an
owner's e-mail address pasted into Outlook bounces. The existing test calls ``_copy()``
itself, so neither key nor menu was held. Put in tests/ui/boards/."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.boards.test_act_details_long_words import OWNER, _board


def test_ctrl_c_on_the_owner_copies_the_address_as_typed(show, qtbot):
    board, _ = _board(show, qtbot)
    owner = board.details.labels["Owner"]
    assert "\u200b" in owner.text()  # it may wrap inside the address
    QApplication.clipboard().clear()
    owner.setFocus()
    QTest.keyClick(owner, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == OWNER


def test_the_menus_copy_gives_the_address_as_typed(show, qtbot, monkeypatch):
    from wtfc.ui import breakable_words

    board, _ = _board(show, qtbot)
    owner = board.details.labels["Owner"]
    QApplication.clipboard().clear()

    class ChoosesCopy(QMenu):  # the facilitator picks Copy in the menu
        def exec(self, *_args):
            [copy] = [a for a in self.actions() if a.text().replace("&", "").startswith("Copy")]
            copy.trigger()
    monkeypatch.setattr(breakable_words, "QMenu", ChoosesCopy)
    point = owner.rect().center()
    QApplication.sendEvent(owner, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                    owner.mapToGlobal(point)))
    assert QApplication.clipboard().text() == OWNER
