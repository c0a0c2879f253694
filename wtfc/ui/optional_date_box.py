"""A date that may be none (the workshop's, the next review's): it shows "No date yet" and is
not greyed out: a click on it, or a key that would change it, opens the calendar on a date to
start from, and the date picked there is the page's one step. Its "Date set" tick clears it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from wtfc.ui.date_box import NO_DATE, NO_DATE_TEXT, DateBox

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

_KEY = Qt.Key
# keys that would step a date, or open its calendar: on "No date yet" they open the calendar
_OPENS = {_KEY.Key_Up, _KEY.Key_Down, _KEY.Key_PageUp, _KEY.Key_PageDown, _KEY.Key_Space,
          _KEY.Key_Return, _KEY.Key_Enter, _KEY.Key_F4}
# keys that would edit "No date yet" itself into "No date ye" or nothing: on it they do nothing
_EDITS = {_KEY.Key_Backspace, _KEY.Key_Delete}


class OptionalDateBox(DateBox):
    """A date that may be none. With none, a click or a key that would change it opens the
    calendar on ``start()``'s date (not 1900's); a date picked there emits ``chosen`` (the page
    records it, one step, and ticks its "Date set"); closed without one, the box has no date
    again. A digit or a letter starts a typed date, read as in a box with a date; taken, it
    emits ``chosen`` too; Esc, or one refused as the box is left, leaves no date.
    ``date_or_none()``: the date shown, None for "No date yet"."""

    chosen = Signal()

    def __init__(self, start: Callable[[], dt.date],
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(today)
        self._start = start
        self._picking = False  # the calendar was opened on "No date yet"
        self._picked = False
        self._typing_on_none = False  # a date is typed on "No date yet"
        self.setDisplayFormat("d MMMM yyyy")  # named in English: DateBox sets ENGLISH_DATES
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(NO_DATE_TEXT)
        calendar = self.calendarWidget()
        calendar.clicked.connect(self._on_picked)
        calendar.activated.connect(self._on_picked)
        calendar.window().installEventFilter(self)  # its popup: to hear it close

    def date_or_none(self) -> dt.date | None:
        when = self.date()
        return None if when == NO_DATE else dt.date(when.year(), when.month(), when.day())

    def set_date_or_none(self, when: dt.date | None) -> None:
        self.show_kept(NO_DATE if when is None else QDate(when.year, when.month, when.day))

    def show_kept(self, when: QDate) -> None:
        self._typing_on_none = False
        super().show_kept(when)

    def read_typed(self, *, stay: bool = False) -> bool:
        if not self._typing_on_none or self._typed is None:
            return super().read_typed(stay=stay)
        typed = bool(self._typed.strip())
        taken = super().read_typed(stay=stay)
        if self._typed is not None:  # refused, kept to be put right
            return taken
        self._typing_on_none = False
        if taken and typed:
            self.chosen.emit()
        else:  # Esc, or refused as the box was left: still no date
            with QSignalBlocker(self):
                self.setDate(NO_DATE)
        return taken

    def _reads_whole(self) -> bool:
        return self._typing_on_none  # today, shown for typing to start from, is no date

    def open_calendar(self) -> None:
        """The calendar, on the date to start from (the box shows it while it is open)."""
        with QSignalBlocker(self):
            self.set_date_or_none(self._start())
        self._picking, self._picked = True, False
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        # Qt opens its calendar only from a press on the box's arrow (no key does): pressed
        # here, so it is placed, and reset when closed, as Qt does it. QStyle is imported here:
        # at the top it built its ~620 enum members at start-up (~45 M instructions)
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        at = QPointF(arrow.center())
        super().mousePressEvent(QMouseEvent(
            QEvent.Type.MouseButtonPress, at, self.mapToGlobal(at), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    def _on_picked(self, *_: object) -> None:
        self._picked = self._picking

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and self._picking:
            # after Qt's own slots: a pick closes the popup before it reaches ``_on_picked``
            QTimer.singleShot(0, self, self._after_calendar)  # not once the box is gone
        return False

    def _after_calendar(self) -> None:
        if not self._picking:
            return
        self._picking = False
        if self._picked:
            self.chosen.emit()
        else:  # closed with Esc or a click elsewhere: still no date
            with QSignalBlocker(self):
                self.setDate(NO_DATE)

    def _opens_calendar(self) -> bool:  # (and starts a typed date)
        return self.date() == NO_DATE and self.isEnabled() and not self.isReadOnly()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # what is typed first: refused, the box is back to no date, and Qt's own press opened
        # the calendar on January 0100
        self.read_typed()
        if self._opens_calendar() and event.button() == Qt.MouseButton.LeftButton:
            self.open_calendar()
            event.accept()
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        read = self.read_before_step()  # (refused: no date again, or the date it had)
        if self._opens_calendar():
            event.ignore()  # to the page, which scrolls: it stepped "No date yet" to 0100
            return
        if read:  # (after "31/2/27" it stepped the date it had by a year, and saved it)
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._opens_calendar():
            typed = event.text().isprintable() and event.text() != "" and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier))
            if typed and len(event.text()) == 1 and event.text().isalnum():
                # typed as on a box with a date: the calendar's own editor read "15/3/2027"
                # as 31 December 2027, and "1/2/2027" as today
                with QSignalBlocker(self):
                    self.set_date_or_none(self._start())
                self._typing_on_none = True
                self.setCurrentSection(QDateEdit.Section.DaySection)  # a whole date
                super().keyPressEvent(event)
                return
            if event.key() in _OPENS or typed:
                self.open_calendar()
                event.accept()
                return
            if event.key() in _EDITS or event.matches(QKeySequence.StandardKey.Cut) \
                    or event.matches(QKeySequence.StandardKey.Paste):
                event.accept()
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.date() == NO_DATE:
            # Tab leaves: QDateEdit walks "No date yet" for a day section it never finds, so
            # Tab and Shift+Tab stayed in the box for good
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # reads what was typed
        # whatever edited the words (the right-click menu's Delete, say), no date says so
        if self.date() == NO_DATE and self.lineEdit().text() != NO_DATE_TEXT:
            self.lineEdit().setText(NO_DATE_TEXT)
