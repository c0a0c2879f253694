"""Ctrl+Z pressed with the keyboard still in the date box, just after picking a date, did
nothing (Edit > Undo worked): the box's line edit took the key and had nothing of its own to
undo. Now the window's Undo and Redo reach through it; typing in a date's sections keeps its
own undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.settled import settle
from wtfc.model.workshop import Stage

KEY, CTRL, SHIFT = Qt.Key, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    w.go_to_stage(Stage.PREPARE, focus=True)
    return w


def _keys(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    settle()


def test_ctrl_z_in_the_date_box_undoes_the_date_picked_and_ctrl_shift_z_redoes_it(window,
                                                                                 qtbot):
    box, doc, stack = window.page(Stage.PREPARE).date, window.doc, window.undo.stack
    assert doc.workshop.date is None
    box.setFocus()
    _keys(qtbot, KEY.Key_Space)  # the calendar opens on a day to start from
    calendar = box.calendarWidget()
    assert calendar.isVisible()
    when = dt.date(2027, 4, 20)
    calendar.setSelectedDate(QDate(when))
    calendar.activated.emit(QDate(when))  # Enter on a day
    qtbot.waitUntil(lambda: not calendar.isVisible())
    settle()
    assert doc.workshop.date == when and stack.count() == 1 and box.hasFocus()
    _keys(qtbot, KEY.Key_Z, CTRL)
    assert doc.workshop.date is None and box.text() == "No date yet" and stack.index() == 0
    _keys(qtbot, KEY.Key_Z, CTRL | SHIFT)
    assert doc.workshop.date == when and box.text() == "20 April 2027" and stack.index() == 1
    _keys(qtbot, KEY.Key_Z, CTRL)
    _keys(qtbot, KEY.Key_Y, CTRL)  # the other Redo key
    assert doc.workshop.date == when and stack.index() == 1


def test_a_date_being_typed_keeps_its_own_undo(window, qtbot):
    box, stack = window.page(Stage.PREPARE).date, window.undo.stack
    box.set_date_or_none(dt.date(2027, 4, 20))
    box.setFocus()
    box.lineEdit().setCursorPosition(0)
    _keys(qtbot, KEY.Key_Up)
    _keys(qtbot, KEY.Key_2)  # a date typed ("2" so far, the 2nd): not yet recorded
    assert box.text() == "2" and stack.count() == 0
    _keys(qtbot, KEY.Key_Z, CTRL)  # the typing undone, by the box itself
    assert box.text() == "21 April 2027" and stack.count() == 0
