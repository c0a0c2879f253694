"""Tab leaves a date box in one press; Ctrl+Left and Ctrl+Right still jump between its day,
month and year (Left and Right go a letter at a time).

Qt's date box held Tab for the day, then the month, then the year: three stops, each said
"Workshop date, spin box, 12 November 2026", with nothing saying only a part was selected."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget

from wtfc.ui.date_box import DateBox
from wtfc.ui.optional_date_box import OptionalDateBox

KEY = Qt.Key
SECTION = QDateEdit.Section


def _form(qtbot, box: DateBox) -> tuple[QWidget, QLineEdit, QLineEdit]:
    """A line, the box, a line: the form is returned so it stays alive."""
    form = QWidget()
    before, after = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(form)
    for widget in (before, box, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form, before, after


@pytest.mark.parametrize("make", [
    lambda: DateBox(),
    lambda: OptionalDateBox(lambda: dt.date(2026, 11, 12)),
])
def test_tab_leaves_the_box_in_one_press_and_shift_tab_comes_back(qtbot, make):
    box = make()
    box.setDate(QDate(2026, 11, 12))
    _form_widget, before, after = _form(qtbot, box)
    before.setFocus()
    QTest.keyClick(before, KEY.Key_Tab)
    assert QApplication.focusWidget() is box and box.currentSection() == SECTION.DaySection
    QTest.keyClick(box, KEY.Key_Right)  # the parts are still reached with the arrows
    QTest.keyClick(box, KEY.Key_Right)
    QTest.keyClick(box, KEY.Key_Right)
    assert box.currentSection() == SECTION.MonthSection
    ctrl = Qt.KeyboardModifier.ControlModifier  # Qt's key for the next part: it left the box
    QTest.keyClick(box, KEY.Key_Right, ctrl)
    assert QApplication.focusWidget() is box and box.currentSection() == SECTION.YearSection
    assert box.lineEdit().selectedText() == "2026"  # selected, so a screen reader says it
    QTest.keyClick(box, KEY.Key_Left, ctrl)
    QTest.keyClick(box, KEY.Key_Left, ctrl)
    assert QApplication.focusWidget() is box and box.currentSection() == SECTION.DaySection
    QTest.keyClick(box, KEY.Key_Right, ctrl)
    assert box.currentSection() == SECTION.MonthSection
    QTest.keyClick(box, KEY.Key_Tab)
    assert QApplication.focusWidget() is after
    QTest.keyClick(after, KEY.Key_Backtab)
    assert QApplication.focusWidget() is box
    QTest.keyClick(box, KEY.Key_Backtab)
    assert QApplication.focusWidget() is before
    assert box.date() == QDate(2026, 11, 12)  # passing through changed nothing


def test_a_typed_date_is_read_as_tab_leaves(qtbot):
    box = DateBox(lambda: dt.date(2026, 11, 12))
    box.setDate(QDate(2026, 11, 12))
    *_, after = _form(qtbot, box)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(box, "3/4/2027")
    QTest.keyClick(box, KEY.Key_Tab)
    assert QApplication.focusWidget() is after
    assert box.date() == QDate(2027, 4, 3)
